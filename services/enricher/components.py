"""spaCy parts the Khabar NER pipeline is built from; import this module before spacy.load.

* `khabar_arabic_features`: sets NORM to the matching form and LEMMA to the clitic-free stem, the
  two extra features the NER model embeds (see ner.cfg).
* `khabar.arabic_tokenizer.v1`: spaCy's Arabic tokenizer, plus Arabic punctuation glued between
  words ("لافروف،روبيو") and quotes glued to a proclitic (و"الكرملين) split off.
"""

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, registry

from services.enricher.clitics import stem
from shared.arabic import matching_form

_EXTRA_INFIXES = [r"[،؛؟]", r"(?<=\w)[\"«»“”](?=\w)"]


@lru_cache(maxsize=200_000)
def _features(text: str) -> tuple[str, str]:
    norm = matching_form(text)
    return norm, stem(norm)


@Language.component("khabar_arabic_features")
def set_arabic_features(doc: Doc) -> Doc:
    """Give every token its matching form as NORM and its stem as LEMMA."""
    for token in doc:
        norm, lemma = _features(token.text)
        token.norm_ = norm
        token.lemma_ = lemma
    return doc


@registry.callbacks("khabar.arabic_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_tokenizer_tweaks() -> object:
    """An after_creation callback that adds Khabar's infixes to the Arabic tokenizer."""

    def add_infixes(nlp: Language) -> Language:
        infixes = list(nlp.Defaults.infixes or []) + _EXTRA_INFIXES
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
        return nlp

    return add_infixes
