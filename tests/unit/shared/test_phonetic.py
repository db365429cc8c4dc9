"""Phonetic keys across scripts and spellings, and which spellings of one key agree."""

import pytest

from shared.phonetic import joined_key, latin_keys, phonetic_key, spellings_agree


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Google", "غوغل"),
        ("Google", "قوقل"),
        ("Nvidia", "إنفيديا"),
        ("WhatsApp", "واتساب"),
        ("iPhone", "آيفون"),
        ("OpenAI", "أوبن"),
        ("Samsung", "سامسونغ"),
        ("Facebook", "فيسبوك"),
        ("Thomas", "توماس"),
        ("Chrome", "كروم"),
    ],
    ids=[
        "oo-silent-e",
        "gulf-g",
        "leading-alef",
        "wh-doubled",
        "ph-initial-vowel",
        "vowels",
        "ng",
        "c-before-e",
        "th",
        "ch-as-k",
    ],
)
def test_a_latin_name_shares_a_key_with_its_arabic_spelling(latin: str, arabic: str) -> None:
    assert phonetic_key(arabic) in latin_keys(latin)


def test_words_written_apart_share_the_key_of_the_word_written_whole() -> None:
    assert joined_key(["تيك", "توك"]) in latin_keys("TikTok")
    assert joined_key(["بيونغ", "يانغ"]) == phonetic_key("بيونغيانغ")
    assert joined_key(["أوبن", "إيه", "آي"]) in latin_keys("OpenAI")


def test_latin_words_with_digits_or_too_short_get_no_key() -> None:
    assert latin_keys("COP30") == ()
    assert latin_keys("the") == ()


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        ("ترامب", "ترمب", True),
        ("بوتين", "پوتين", True),
        ("غوغل", "جوجل", True),
        ("ميلوني", "ميللوني", True),
        ("iPhone", "آيفون", True),
        ("بوتين", "البوتان", False),
        ("جمال", "كمال", False),
    ],
    ids=["vowel-left-out", "farsi-peh", "foreign-g", "doubled", "latin", "vowel-swapped", "k-g"],
)
def test_spellings_of_one_key_agree_when_they_can_be_one_name(
    first: str, second: str, agree: bool
) -> None:
    assert spellings_agree(first, second) is agree


def test_two_words_of_the_language_agree_only_as_one_foreign_name() -> None:
    assert not spellings_agree("حسن", "حسين", both_words=True)
    assert spellings_agree("غوغل", "قوقل", both_words=True)
    assert spellings_agree("دولار", "دولارا", both_words=True)
