"""The word-forms rules: Lucene's light stemmer ported, pattern readings, the rules built and
committed."""

import pytest

from services.indexer.word_forms_build import (
    GROUP_MARK,
    HEADER,
    build_rules,
    given_names,
    light_stem,
    normalize,
    place_words,
    vocabulary,
)
from services.indexer.word_patterns import Shape, cut, pattern_form, readings, shapes
from shared.index_template import WORD_FORMS_PATH, load_template, read_word_forms

# A singular and a broken plural, or two nouns of one verb form, a reader expects to match.
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
    ("مدينة", "مدن"),
    ("ميناء", "موانئ"),
    ("سجين", "سجناء"),
    ("قانون", "قوانين"),
    ("مليون", "ملايين"),
    ("نهر", "أنهار"),
    ("رئيس", "رؤساء"),
    ("مظاهرة", "تظاهرة"),
    ("مظاهرات", "المتظاهرين"),
    ("مفاوضات", "التفاوض"),
    ("هجوم", "هجمات"),
    ("منزل", "منزلا"),
    ("منازل", "منازلهم"),
]
# Words of one root a reader keeps apart.
APART = [
    ("كتاب", "كاتب"),
    ("كتب", "مكتبة"),
    ("مظاهرات", "مظهر"),
    ("عاصفة", "عاصمة"),
    ("ثلوج", "ثلاجات"),
    ("الروسي", "رؤساء"),
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


@pytest.mark.parametrize(
    ("word", "shape"),
    [
        ("رؤساء", Shape("فعلاء", "رءس")),
        ("رئيس", Shape("فعيل", "رءس")),
        ("قوانين", Shape("فواعيل", "قنن")),
        ("ملايين", Shape("فعاليل", "ملين")),
        ("موانئ", Shape("مواعل", "نء")),
        ("متظاهر", Shape("متفاعل", "ظهر")),
    ],
)
def test_a_word_is_read_against_the_classical_patterns(word: str, shape: Shape) -> None:
    assert shape in shapes(pattern_form(word))


def test_a_long_vowel_or_teh_marbuta_is_never_a_root_letter() -> None:
    assert shapes(pattern_form("حال")) == []
    assert shapes(pattern_form("مدة")) == []


def test_a_pronoun_or_tanween_is_cut_only_toward_a_word_of_the_list() -> None:
    known = frozenset({"منازل", "مدينة", "منزل"})
    assert cut("منازلهم", known) == "منازل"
    assert cut("مدينتهم", known) == "مدينة"
    assert cut("منزلا", known) == "منزل"
    assert cut("ملاكم", known) == "ملاكم"


def test_a_sound_plural_is_read_as_its_singular() -> None:
    assert readings("هجمات", frozenset({"هجمة"})) == [Shape("فعلة", "هجم")]
    # مليون is no plural of ملي.
    assert Shape("فعلول", "ملين") in readings("مليون", frozenset({"ملي"}))


def test_rules_join_a_singular_and_its_plural_and_keep_places_apart() -> None:
    words = ["حريق", "حرائق", "مكتبة", "كتب", "روسيا", "الروسي", "رئيس", "رؤساء"]
    rules = build_rules(words, keep=frozenset({"روسيا", "روسي"}))
    assert rules == [f"حرايق, حريق => حريق{GROUP_MARK}", f"روساء, رييس => رييس{GROUP_MARK}"]


def test_a_plural_joins_its_most_frequent_singular_only() -> None:
    assert build_rules(["حكم", "حكيم", "حكام"]) == [f"حكام, حكم => حكم{GROUP_MARK}"]


def test_the_nouns_of_one_verb_form_join_each_other() -> None:
    rules = build_rules(["مظاهرات", "مظاهرة", "تظاهرة", "المتظاهرين", "متظاهر", "مظهر"])
    assert rules == [f"تظاهر, متظاهر, مظاهر => مظاهر{GROUP_MARK}"]


def test_places_and_their_adjectives_are_kept_out() -> None:
    assert {"روسيا", "روسي", "روسيه", "مصر"} <= place_words()


def test_two_given_names_never_join_by_their_patterns() -> None:
    names = given_names()
    assert {"حسن", "حسان"} <= names
    assert build_rules(["حسن", "حسان"], names=names) == []
    # عاصفة is a given name too; one name alone keeps its group.
    assert build_rules(["عاصفة", "عواصف"], names=names) == [f"عاصف, عواصف => عاصف{GROUP_MARK}"]


def _group(rules: list[str], word: str) -> str | None:
    stem = light_stem(normalize(word))
    for rule in rules:
        stems, _, target = rule.partition(" => ")
        if stem in stems.split(", "):
            return target
    return None


@pytest.mark.parametrize(("first", "second"), TABLE)
def test_the_committed_rules_join_the_issue_table(first: str, second: str) -> None:
    rules = read_word_forms()
    assert _group(rules, first) is not None
    assert _group(rules, first) == _group(rules, second)


@pytest.mark.parametrize(("first", "second"), APART)
def test_the_committed_rules_keep_apart_words_a_reader_tells_apart(first: str, second: str) -> None:
    rules = read_word_forms()
    assert _group(rules, first) != _group(rules, second) or _group(rules, first) is None


def test_the_template_carries_the_committed_rules() -> None:
    filters = load_template()["template"]["settings"]["analysis"]["filter"]
    assert filters["word_forms"]["rules"] == read_word_forms()


def test_the_committed_file_is_what_make_word_forms_builds() -> None:
    rules = build_rules(vocabulary(), place_words(), given_names())
    built = HEADER + "\n".join(rules) + "\n"
    assert WORD_FORMS_PATH.read_text(encoding="utf-8") == built
