"""spaCy parts the Khabar NER pipeline is built from; import this module before spacy.load.

* `khabar_arabic_features`: sets NORM to the matching form, LEMMA to the clitic-free stem and TAG
  to the word's frequency class in wordfreq's Arabic lists (Wikipedia, news, subtitles, web: far
  more text than the NER corpora), the extra features the NER model embeds (see ner.cfg). Rarity
  is what an unseen foreign name (دويسنبرج، ليبرمان) shares with the names the model was taught.
  With `name_lexicon = true` (as in the shipped model), TAG also carries the
  word's kinds in the name lexicon (names.py: "f6n" a rare listed name, "f10gs" a common given
  name and surname) and ends in F inside a known full name; joined with the frequency class,
  since a listed name that is also a common word (إن، من) is seldom a name.
* `khabar.arabic_tokenizer.v1`: spaCy's Arabic tokenizer, plus Arabic punctuation glued between
  words ("لافروف،روبيو") and quotes glued to a proclitic (و"الكرملين) split off.
* `khabar.arabic_language.v2`: the same tokenizer, and PREFIX/SUFFIX/SHAPE made useful for Arabic:
  spaCy's defaults see the first letter (mostly و or ا of the article) and a shape of "xxxx".
  Here PREFIX and SUFFIX are the first and last three letters of the stem (clitics and article
  removed: foreign names share endings such as ـوف، ـمان، ـيلد) and SHAPE says which proclitics
  were glued on and how long the stem is (names seldom take the article; verbs take no ال).
"""

import math
import re
from collections.abc import Callable
from functools import lru_cache, partial

import numpy
from spacy.attrs import LEMMA, MORPH, NORM, ORTH, PREFIX, SHAPE, SUFFIX, TAG
from spacy.lang.lex_attrs import word_shape
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, registry
from wordfreq import get_frequency_dict, zipf_frequency

from services.enricher.names import NameLexicon, shipped_lexicon
from services.enricher.vectors import WordClusters, shipped_clusters
from shared.arabic import matching_form
from shared.clitics import split_article_clitics, stem

_EXTRA_INFIXES = [r"[،؛؟]", r"(?<=\w)[\"«»“”](?=\w)"]

FULL_NAME_MARK = "F"  # appended to TAG inside a known full name
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel and diacritics, as wordfreq drops them
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


@lru_cache(maxsize=200_000)
def _features(text: str) -> tuple[str, str, str]:
    norm = matching_form(text)
    return norm, stem(norm), frequency_class(text)


@lru_cache(maxsize=200_000)
def _lexicon_features(text: str, lexicon: NameLexicon) -> tuple[str, str, str]:
    norm, key, tag = _features(text)
    return norm, key, tag + lexicon.word_kinds(norm)


def frequency_class(word: str) -> str:
    """Half-Zipf steps of the word's frequency in Arabic: "f12" for قال, "f6" for ليبرمان, "f0" unseen.

    An Arabic word is looked up directly in wordfreq's list (its own zipf_frequency tokenizes
    first and costs ~40 µs a new word); Latin words and digits take wordfreq's slow path.
    """
    key = _MARKS.sub("", word).casefold()
    if not _ARABIC_WORD.fullmatch(key):
        return f"f{int(zipf_frequency(word, 'ar') * 2)}"
    frequency = _arabic_frequencies().get(key, 0.0)
    return f"f{int((math.log10(frequency) + 9) * 2)}" if frequency > 0 else "f0"


@lru_cache(maxsize=1)
def _arabic_frequencies() -> dict[str, float]:
    return get_frequency_dict("ar", wordlist="best")


@lru_cache(maxsize=200_000)
def _cluster_feature(norm: str, clusters: WordClusters) -> str:
    found = clusters.cluster(norm)
    return f"{CLUSTER_FEATURE}=c{'none' if found is None else found}"


CLUSTER_FEATURE = "Cl"  # MORPH holds "Cl=c123": no morphologizer runs, so the slot is free


@Language.factory(
    "khabar_arabic_features", default_config={"name_lexicon": False, "word_clusters": False}
)
def make_arabic_features(
    nlp: Language, name: str, name_lexicon: bool, word_clusters: bool
) -> Callable[[Doc], Doc]:
    """The features component; `name_lexicon` adds the name marks to TAG, `word_clusters` the
    encoder's cluster id (vectors.py) as MORPH."""
    lexicon = shipped_lexicon() if name_lexicon else None
    clusters = shipped_clusters() if word_clusters else None
    return partial(set_arabic_features, lexicon=lexicon, clusters=clusters)


def set_arabic_features(
    doc: Doc, lexicon: NameLexicon | None = None, clusters: WordClusters | None = None
) -> Doc:
    """Give every token its matching form as NORM, its stem as LEMMA, its frequency class as TAG.

    With a lexicon, TAG also carries the word's name kinds, and FULL_NAME_MARK inside a known full
    name. Works on the doc's arrays, once per distinct word: setting token.norm_ one token at a
    time cost a tenth of the enricher's time.
    """
    if not len(doc):
        return doc
    orths = doc.to_array(ORTH)
    distinct, where = numpy.unique(orths, return_inverse=True)
    where = where.reshape(-1)
    strings = doc.vocab.strings
    if lexicon is None:
        features = [_features(strings[orth]) for orth in distinct.tolist()]
    else:
        features = [_lexicon_features(strings[orth], lexicon) for orth in distinct.tolist()]
    values = numpy.array([[strings.add(f) for f in word] for word in features], dtype="uint64")
    per_token = values[where]
    if lexicon is not None:
        inside = lexicon.in_full_name([features[i][0] for i in where.tolist()])
        for position in numpy.flatnonzero(inside).tolist():
            per_token[position, 2] = strings.add(features[where[position]][2] + FULL_NAME_MARK)
    doc.from_array([NORM, LEMMA, TAG], per_token)  # type: ignore[arg-type]
    if clusters is not None:
        ids = [strings.add(_cluster_feature(word[0], clusters)) for word in features]
        doc.from_array([MORPH], numpy.array(ids, dtype="uint64")[where].reshape(-1, 1))  # type: ignore[arg-type]
    return doc


@registry.callbacks("khabar.arabic_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_tokenizer_tweaks() -> Callable[[Language], Language]:
    """An after_creation callback that adds Khabar's infixes to the Arabic tokenizer."""

    def add_infixes(nlp: Language) -> Language:
        infixes = list(nlp.Defaults.infixes or []) + _EXTRA_INFIXES
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
        return nlp

    return add_infixes


@lru_cache(maxsize=200_000)
def _stem_of(text: str) -> str:
    return stem(matching_form(text))


def stem_prefix(text: str) -> str:
    """First three letters of the stem: "وبالعراق" → "عرا"."""
    return _stem_of(text)[:3]


def stem_suffix(text: str) -> str:
    """Last three letters of the stem: "لافروف" → "روف"."""
    return _stem_of(text)[-3:]


def clitic_shape(text: str) -> str:
    """Glued proclitics and the stem's length class: "وبالعراق" → "وب+ال:4", "بوتين" → ":5"."""
    norm = matching_form(text)
    if not norm or not "\u0621" <= norm[0] <= "\u064a":  # not an Arabic letter
        return spacy_shape(text)
    clitics, rest = split_article_clitics(norm)
    article = "ال" if rest.startswith("ال") and len(rest) > 3 else ""
    size = min(len(_stem_of(text)), 7)
    return f"{clitics}+{article}:{size}" if clitics or article else f":{size}"


def spacy_shape(text: str) -> str:
    """spaCy's own word shape, for digits, Latin and punctuation."""
    return str(word_shape(text))


@registry.callbacks("khabar.arabic_language.v2")  # type: ignore[untyped-decorator]
def make_arabic_language() -> Callable[[Language], Language]:
    """An after_creation callback: Khabar's infixes and Arabic-aware PREFIX/SUFFIX/SHAPE."""
    add_infixes = make_tokenizer_tweaks()

    def setup(nlp: Language) -> Language:
        add_infixes(nlp)
        getters: dict[int, Callable[[str], object]] = nlp.vocab.lex_attr_getters  # type: ignore[attr-defined]
        getters[PREFIX] = stem_prefix
        getters[SUFFIX] = stem_suffix
        getters[SHAPE] = clitic_shape
        return nlp

    return setup
