"""Reading the search box: phrases, words and clitic variants."""

import pytest

from shared.query_text import clitic_variants, parse_query, strip_marks


def test_quoted_text_becomes_a_phrase_and_its_words_stay_required() -> None:
    text = parse_query('قمة "بوتين وترامب" بودابست')
    assert text.phrases == ["بوتين وترامب"]
    assert text.words == ["قمة", "بوتين", "وترامب", "بودابست"]


@pytest.mark.parametrize(
    "query",
    ["«الأمن الأوروبي»", "“الأمن الأوروبي”", '"الأمن الأوروبي"'],
    ids=["guillemets", "curly", "straight"],
)
def test_every_quote_style_marks_a_phrase(query: str) -> None:
    assert parse_query(query).phrases == ["الأمن الأوروبي"]


def test_diacritics_and_tatweel_do_not_split_a_word() -> None:
    assert parse_query("مُحَمَّدٌ الأوروبـــي").words == ["محمد", "الأوروبي"]


def test_zero_width_marks_are_dropped() -> None:
    assert strip_marks("الخارجی\u200cة") == "الخارجیة"


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("زلزال 6.1", ["زلزال", "6.1"]),
        ("٥٫٤ درجات", ["٥٫٤", "درجات"]),
        ("1,500 منحة", ["1,500", "منحة"]),
    ],
    ids=["decimal-point", "arabic-decimal-separator", "thousands"],
)
def test_a_number_keeps_its_separators(query: str, words: list[str]) -> None:
    # The index reads 6.1, ٥٫٤ (as 5.4) and 1,500 (as 1500) as one token each.
    assert parse_query(query).words == words


def test_empty_or_punctuation_only_query_is_browse_mode() -> None:
    assert parse_query("  ،؟ ").is_empty


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("بموسكو", ["موسكو"]),
        ("وبموسكو", ["بموسكو", "موسكو"]),
        ("لروسيا", ["روسيا"]),
        ("فكييف", ["كييف", "ييف"]),
        ("موسكو", []),
        ("بها", []),
    ],
    ids=["bi", "wa-bi", "li", "fa-ka", "no-clitic", "too-short"],
)
def test_clitic_variants_strip_joined_conjunctions_and_prepositions(
    word: str, variants: list[str]
) -> None:
    assert clitic_variants(word) == variants
