"""What spaCy's Arabic tokenizer does with clitics and punctuation, and what Khabar's infixes add."""

import pytest
import spacy
from spacy.language import Language

from services.enricher.components import make_tokenizer_tweaks


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("ar")


@pytest.fixture(scope="module")
def tweaked() -> Language:
    nlp = spacy.blank("ar")
    make_tokenizer_tweaks()(nlp)
    return nlp


@pytest.mark.parametrize(
    "word",
    ["والعراق", "بالعراق", "للعراق", "لروسيا", "وقال", "الكرملين", "كتابهم"],
    ids=["wa-al", "bi-al", "li-al", "li", "wa-verb", "al", "pronoun-suffix"],
)
def test_blank_arabic_keeps_clitics_on_the_word(blank: Language, word: str) -> None:
    assert [t.text for t in blank(word)] == [word]


def test_blank_arabic_splits_spaced_punctuation(blank: Language) -> None:
    tokens = [t.text for t in blank("وقال: «نعم»، ولماذا؟ (موسكو) - الكرملين.")]
    assert tokens == [
        "وقال",
        ":",
        "«",
        "نعم",
        "»",
        "،",
        "ولماذا",
        "؟",
        "(",
        "موسكو",
        ")",
        "-",
        "الكرملين",
        ".",
    ]


def test_blank_arabic_leaves_a_comma_glued_between_words(blank: Language) -> None:
    assert [t.text for t in blank("لافروف،روبيو")] == ["لافروف،روبيو"]


def test_tweaked_tokenizer_splits_a_glued_arabic_comma(tweaked: Language) -> None:
    assert [t.text for t in tweaked("لافروف،روبيو")] == ["لافروف", "،", "روبيو"]


def test_tweaked_tokenizer_splits_a_quote_after_a_proclitic(tweaked: Language) -> None:
    assert [t.text for t in tweaked('و"الكرملين"')] == ["و", '"', "الكرملين", '"']


def test_features_set_norm_and_stem(tweaked: Language) -> None:
    nlp = spacy.blank("ar")
    nlp.add_pipe("khabar_arabic_features")
    doc = nlp("وبالعراق أعلنَ")
    assert [(t.norm_, t.lemma_) for t in doc] == [("وبالعراق", "عراق"), ("اعلن", "اعلن")]
