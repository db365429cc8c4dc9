"""Canonical forms and ids: transliterations, surnames, typos, clitics, Farsi letters, aliases."""

import pytest

from services.enricher.canonical import (
    Canonicalizer,
    InMemoryRegistry,
    KnownEntity,
    one_edit_apart,
)
from shared.phonetic import phonetic_key


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("سيرغي", "سيرجي"),
        ("دميتري", "ديمتري"),
        ("بودابست", "بوادبست"),
        ("الخارجية الروسية", "الخارجیة الروسی"),
        ("العراق", "عراق"),
        ("أوكرانيا", "اوكرانيا"),
    ],
    ids=["ghain-jeem", "yeh-position", "vowel-typo", "farsi-letters", "article", "hamza"],
)
def test_phonetic_key_ignores_transliteration_variants(left: str, right: str) -> None:
    assert phonetic_key(left) == phonetic_key(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("روسيا", "تركيا"), ("بوتين", "بايدن"), ("لبنان", "لندن")],
    ids=["countries", "people", "near-letters"],
)
def test_phonetic_key_keeps_different_names_apart(left: str, right: str) -> None:
    assert phonetic_key(left) != phonetic_key(right)


def _resolve_each(mentions: list[tuple[str, str]]) -> list[KnownEntity]:
    canonicalizer = Canonicalizer(InMemoryRegistry())
    return [canonicalizer.resolve([m])[0] for m in mentions]


@pytest.mark.parametrize(
    ("mentions", "canonical"),
    [
        ([("سيرغي لافروف", "PER"), ("سيرجي لافروف", "PER"), ("لافروف", "PER")], "سيرغي لافروف"),
        ([("دميتري بيسكوف", "PER"), ("ديمتري بيسكوف", "PER")], "دميتري بيسكوف"),
        ([("بودابست", "LOC"), ("بوادبست", "LOC")], "بودابست"),
        ([("العراق", "LOC"), ("والعراق", "LOC"), ("بالعراق", "LOC"), ("للعراق", "LOC")], "العراق"),
        ([("روسيا", "LOC"), ("لروسيا", "LOC"), ("وروسيا", "LOC")], "روسيا"),
        ([("أمريكا", "LOC"), ("أميركا", "LOC"), ("الولايات المتحدة", "LOC")], "الولايات المتحدة"),
        (
            [("وزارة الخارجية الروسية", "ORG"), ("الخارجیة الروسی", "ORG")],
            "وزارة الخارجية الروسية",
        ),
    ],
    ids=["surname", "yeh-order", "typo", "article-clitics", "bare-clitics", "alias", "ministry"],
)
def test_variants_across_articles_share_one_canonical_and_id(
    mentions: list[tuple[str, str]], canonical: str
) -> None:
    resolved = _resolve_each(mentions)
    assert {r.canonical for r in resolved} == {canonical}
    assert len({r.entity_id for r in resolved}) == 1


def test_surname_joins_a_full_name_written_later_in_the_same_article() -> None:
    canonicalizer = Canonicalizer(InMemoryRegistry())
    surname, full = canonicalizer.resolve([("زيلينسكي", "PER"), ("فولوديمير زيلينسكي", "PER")])
    assert surname == full
    assert full.canonical == "فولوديمير زيلينسكي"


def test_a_surname_does_not_join_an_entity_of_another_label() -> None:
    canonicalizer = Canonicalizer(InMemoryRegistry())
    person, place = canonicalizer.resolve([("جورج واشنطن", "PER"), ("واشنطن", "LOC")])
    assert person.entity_id != place.entity_id


def test_different_people_get_different_ids() -> None:
    resolved = _resolve_each([("فلاديمير بوتين", "PER"), ("دونالد ترامب", "PER")])
    assert resolved[0].entity_id != resolved[1].entity_id


def test_first_writer_wins_the_canonical_form() -> None:
    resolved = _resolve_each([("سيرجي لافروف", "PER"), ("سيرغي لافروف", "PER")])
    assert [r.canonical for r in resolved] == ["سيرجي لافروف", "سيرجي لافروف"]


def test_in_article_typo_joins_the_known_spelling() -> None:
    canonicalizer = Canonicalizer(InMemoryRegistry())
    right, typo = canonicalizer.resolve([("الكرملين", "ORG"), ("الكرمللين", "ORG")])
    assert typo == right


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("بودابست", "بوادبست", False),  # a swap is two edits
        ("بودابست", "بودابيست", True),  # insertion
        ("بودابست", "بودبست", True),  # deletion
        ("بودابست", "بوذابست", True),  # substitution
        ("بودابست", "بودابست", False),  # the same name is not a near miss
        ("لافروف", "لافروفا", True),  # at the end
        ("لافروف", "افروف", True),  # at the start
        ("لافروف", "لافرو", True),
        ("لافروف", "روبيو", False),
    ],
)
def test_one_edit_apart_agrees_with_edit_distance_one(a: str, b: str, expected: bool) -> None:
    assert one_edit_apart(a, b) is expected
    assert one_edit_apart(b, a) is expected
