"""The Arabic PREFIX/SUFFIX/SHAPE the NER model embeds (khabar.arabic_language.v2)."""

import pytest
import spacy
from spacy.language import Language
from wordfreq import zipf_frequency

from services.enricher.components import frequency_class, make_arabic_language


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp: Language = make_arabic_language()(spacy.blank("ar"))
    return nlp


@pytest.mark.parametrize(
    ("word", "prefix", "suffix", "shape"),
    [
        ("وبالعراق", "عرا", "راق", "وب+ال:4"),
        ("للعراق", "عرا", "راق", "ل+ال:4"),
        ("العراق", "عرا", "راق", "+ال:4"),
        ("بوتين", "بوت", "تين", ":5"),  # a bare ب is not a clitic: it may be a root letter
        ("لافروف", "لاف", "روف", ":6"),
        ("رامسفيلد", "رام", "يلد", ":7"),  # long stems share one length class
        ("الرئيسُ", "ريي", "ييس", "+ال:4"),  # matching form: diacritics off, hamza seat folded
    ],
)
def test_affixes_come_from_the_stem_and_shape_from_the_clitics(
    nlp: Language, word: str, prefix: str, suffix: str, shape: str
) -> None:
    token = nlp.make_doc(word)[0]
    assert (token.prefix_, token.suffix_, token.shape_) == (prefix, suffix, shape)


def test_digits_latin_and_punctuation_keep_spacy_shapes(nlp: Language) -> None:
    doc = nlp.make_doc("2025 Putin ،")
    assert [t.shape_ for t in doc] == ["dddd", "Xxxxx", "،"]


def test_the_infixes_are_still_added(nlp: Language) -> None:
    assert [t.text for t in nlp.make_doc("لافروف،روبيو")] == ["لافروف", "،", "روبيو"]


@pytest.mark.parametrize(
    "word",
    ["قال", "ليبرمان", "دويسنبرج", "والعراق", "الرئيسُ", "بـوتين", "2025", "Putin", "،", "ی"],
)
def test_frequency_class_agrees_with_wordfreq(word: str) -> None:
    assert frequency_class(word) == f"f{int(zipf_frequency(word, 'ar') * 2)}"


def test_common_words_rank_above_rare_names() -> None:
    classes = [int(frequency_class(w)[1:]) for w in ("قال", "ليبرمان", "دويسنبرج")]
    assert classes[0] > classes[1] > classes[2] == 0
