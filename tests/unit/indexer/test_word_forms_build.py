"""The word-forms rules: Lucene's light stemmer ported, roots, the rules built and committed."""

import pytest

from services.indexer.word_forms_build import (
    GROUP_MARK,
    HEADER,
    build_rules,
    given_name_stems,
    light_stem,
    normalize,
    place_stems,
    root,
    vocabulary,
)
from shared.index_template import WORD_FORMS_PATH, load_template, read_word_forms

TABLE = [
    ("حريق", "حرائق"),
    ("زلزال", "الزلازل"),
    ("ثلج", "ثلوج"),
    ("عاصفة", "عواصف"),
    ("دولة", "دول"),
    ("طفل", "أطفال"),
    ("صاروخ", "صواريخ"),
    ("مدرسة", "مدارس"),
    ("منزل", "منازل"),
]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("الزلازل", "زلازل"),
        ("والحرائق", "حرايق"),
        ("للمدينة", "مدين"),
        ("قرارات", "قرار"),
        ("مدرستها", "مدرست"),
        ("وطن", "وطن"),
        ("ولد", "ولد"),
    ],
)
def test_light_stem_follows_lucene(word: str, stem: str) -> None:
    assert light_stem(normalize(word)) == stem


@pytest.mark.parametrize(("singular", "plural"), TABLE)
def test_a_broken_plural_has_its_singulars_root(singular: str, plural: str) -> None:
    assert root(singular) is not None
    assert root(singular) == root(plural)


def test_a_derivational_prefix_never_joins_the_bare_root() -> None:
    assert root("كتاب") == root("كاتب") == "كتب"
    assert root("مكتبة") == root("مكاتب") == "مكتب"
    assert root("يكتب") is None


def test_rules_join_stems_of_one_root_under_a_mark_and_keep_places_apart() -> None:
    rules = build_rules(["حريق", "حرائق", "مكتبة", "كتب", "روسيا", "رؤساء"], frozenset({"روسيا"}))
    assert rules == [f"حرايق, حريق => حرق{GROUP_MARK}"]


def test_places_and_their_adjectives_are_kept_out() -> None:
    assert {"روسيا", "روس", "مصر"} <= place_stems()


def test_two_given_names_never_share_a_group() -> None:
    names = given_name_stems()
    assert build_rules(["حسن", "حسين", "حسنات"], names=names) == []
    # عاصفة is a given name too; one name alone keeps its group.
    assert build_rules(["عاصفة", "عواصف"], names=names) == [f"عاصف, عواصف => عصف{GROUP_MARK}"]


def _group(rules: list[str], word: str) -> str | None:
    stem = light_stem(normalize(word))
    for rule in rules:
        stems, _, target = rule.partition(" => ")
        if stem in stems.split(", "):
            return target
    return None


@pytest.mark.parametrize(("singular", "plural"), TABLE)
def test_the_committed_rules_join_the_issue_table(singular: str, plural: str) -> None:
    rules = read_word_forms()
    assert _group(rules, singular) is not None
    assert _group(rules, singular) == _group(rules, plural)


def test_the_template_carries_the_committed_rules() -> None:
    filters = load_template()["template"]["settings"]["analysis"]["filter"]
    assert filters["word_forms"]["rules"] == read_word_forms()


def test_the_committed_file_is_what_make_word_forms_builds() -> None:
    rules = build_rules(vocabulary(), place_stems(), given_name_stems())
    built = HEADER + "\n".join(rules) + "\n"
    assert WORD_FORMS_PATH.read_text(encoding="utf-8") == built
