"""Arabic normalization: one case per rule, with real words."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from shared.arabic import (
    _CHANGES,
    _normalize_chars,
    display_form,
    matching_form,
    normalize_with_offsets,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("روسيا\u200b اليوم", "روسيا اليوم"),
        ("\u200fلافروف\u200e", "لافروف"),
        ("\u202bموسكو\u202c", "موسكو"),
        ("\ufeffالكرملين", "الكرملين"),
        ("بي\u200cتي\u200dسي", "بيتيسي"),
        ("الخارجیة الروسی", "الخارجية الروسي"),
        ("کرملين", "كرملين"),
        ("عام ٢٠٢٥", "عام 2025"),
        ("عام ۲۰۲۵", "عام 2025"),
        ("٣٫٥ مليون", "3.5 مليون"),
        ("الحـــرب", "الحرب"),
        ("بوتين   و\t ترامب", "بوتين و ترامب"),
        ("بوتين\u00a0وترامب", "بوتين وترامب"),
        ("سطر أول\nسطر ثان", "سطر أول\nسطر ثان"),
        ("\ufefb", "لا"),
    ],
    ids=[
        "zwsp",
        "lrm-rlm",
        "bidi-embedding",
        "bom",
        "zwnj-zwj-between-letters",
        "farsi-yeh",
        "farsi-keheh",
        "arabic-indic-digits",
        "persian-digits",
        "decimal-separator",
        "tatweel",
        "space-runs",
        "nbsp",
        "newlines-kept",
        "lam-alef-ligature",
    ],
)
def test_display_form_cleans_without_changing_words(raw: str, expected: str) -> None:
    assert display_form(raw) == expected


def test_display_form_keeps_hamza_diacritics_and_letters() -> None:
    assert display_form("أَعلنَ إسرائيل مؤتمر الجزائر مدرسة مستشفى") == (
        "أَعلنَ إسرائيل مؤتمر الجزائر مدرسة مستشفى"
    )


def test_display_form_keeps_zwj_inside_emoji_sequence() -> None:
    family = "👨\u200d👩"
    assert display_form(family) == family


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مُحَمَّدٌ", "محمد"),
        ("الرَّحْمٰن", "الرحمن"),
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراييل"),
        ("آسيا", "اسيا"),
        ("ٱلله", "الله"),
        ("مستشفى", "مستشفي"),
        ("موسى", "موسي"),
        ("الخارجية", "الخارجيه"),
        ("مؤتمر", "موتمر"),
        ("الجزائر", "الجزاير"),
        ("رئيس", "رييس"),
        ("NATO Summit", "nato summit"),
        ("قال: «نعم»، ولماذا؟", 'قال: "نعم", ولماذا?'),
        ("٪٥٠", "%50"),
        ("2024–2025", "2024-2025"),
        ("انتظر…", "انتظر..."),
        ("الخارجیة الروسی", "الخارجيه الروسي"),
    ],
    ids=[
        "harakat-tanween-shadda",
        "superscript-alef-sukun",
        "alef-hamza-above",
        "alef-hamza-below-and-yeh-seat",
        "alef-madda",
        "alef-wasla",
        "final-alef-maqsura",
        "alef-maqsura-name",
        "teh-marbuta",
        "waw-hamza-seat",
        "yeh-hamza-seat",
        "yeh-hamza-seat-mid-word",
        "latin-lowercase",
        "arabic-punctuation-and-guillemets",
        "percent-and-digits",
        "en-dash",
        "ellipsis",
        "farsi-letters-then-folding",
    ],
)
def test_matching_form_folds_spelling_variants(raw: str, expected: str) -> None:
    assert matching_form(raw) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("مسؤول", "مسؤول"),
        ("أمريكا", "امريكا"),
        ("الخارجیة الروسی", "الخارجية الروسي"),
        ("سيرغي", "سيرغى"),
    ],
    ids=["identical", "hamza-alef", "farsi-and-teh", "final-yeh"],
)
def test_matching_form_equates_common_spellings(left: str, right: str) -> None:
    assert matching_form(left) == matching_form(right)


def test_matching_form_keeps_lone_hamza() -> None:
    assert matching_form("جزء") != matching_form("جز")


@pytest.mark.parametrize("form", ["display", "matching"])
def test_offsets_point_back_to_original_characters(form: str) -> None:
    raw = "\u200fقال  الرئيسُ الروسی فلاديمير بوتين"
    normalized, offsets = normalize_with_offsets(raw, form)  # type: ignore[arg-type]
    assert len(offsets) == len(normalized)
    start = normalized.index("فلاديمير")
    end = start + len("فلاديمير")
    assert raw[offsets[start] : offsets[end - 1] + 1] == "فلاديمير"


def test_offsets_map_a_span_over_removed_characters() -> None:
    raw = "زار بـــوتين موسكو"
    normalized, offsets = normalize_with_offsets(raw, "display")
    start = normalized.index("بوتين")
    end = start + len("بوتين")
    assert raw[offsets[start] : offsets[end - 1] + 1] == "بـــوتين"


def test_offsets_of_an_expanded_character_repeat_its_offset() -> None:
    normalized, offsets = normalize_with_offsets("a\ufefbb", "display")
    assert normalized == "aلاb"
    assert offsets == [0, 1, 1, 2]


@pytest.mark.parametrize(
    "text",
    ["قال بوتين إن القمة ستعقد.\nسطر ثان", "قال  بوتين", "بوتين\u00a0وترامب", "الحـرب", "x\u200by"],
    ids=["clean", "double-space", "nbsp", "tatweel", "zwsp"],
)
def test_display_offsets_agree_with_the_character_rules(text: str) -> None:
    normalized, offsets = normalize_with_offsets(text, "display")
    assert len(offsets) == len(normalized)
    assert all(text[o] == c for o, c in zip(offsets, normalized, strict=True) if c != " ")


# Every character some rule touches, with plain letters, spaces and cased Latin around them.
_TRICKY = (
    "قال بوتين ابجد AbZ İ Ⓐ ١٢۳ ی ک ـ ً ُ ّ ٰ ؤ ئ ة ى أإآٱ «»“”–—… ،؛؟ "
    "\u200b\u200c\u200d\u200f\ufeff\u00ad\t\u00a0\u2003\u3000\ufefb\ufdf2 😀\u200d"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(" \n"), st.sampled_from(_TRICKY)), max_size=40))
@example("a \u200b b")
def test_fast_path_equals_the_character_rules_applied_one_by_one(text: str) -> None:
    for form in ("display", "matching"):
        out: list[str] = []
        offsets: list[int] = []
        _normalize_chars(text, 0, len(text), form, out, offsets, False)  # type: ignore[arg-type]
        assert normalize_with_offsets(text, form) == ("".join(out), offsets)  # type: ignore[arg-type]


@pytest.mark.parametrize("form", ["display", "matching"])
def test_every_character_the_fast_path_copies_is_one_the_rules_leave_alone(form: str) -> None:
    # The fast path copies any character its pattern does not match (and, for matching, that
    # lowercasing leaves alone); each such character must come out of the rules unchanged.
    changed = []
    for code in range(0x10000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF or _CHANGES[form].match(ch):  # type: ignore[index]
            continue
        if form == "matching" and ch.lower() != ch:
            continue
        out: list[str] = []
        _normalize_chars(ch, 0, 1, form, out, [], False)  # type: ignore[arg-type]
        if "".join(out) != ch:
            changed.append(f"U+{code:04X}")
    assert not changed, changed[:20]
