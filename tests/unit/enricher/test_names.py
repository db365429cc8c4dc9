"""The name lexicon the NER features read (services/enricher/names.py) and its builder."""

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
import spacy

from services.enricher.components import FULL_NAME_MARK, set_arabic_features
from services.enricher.names import NameLexicon, lexicon_from, parse_words, shipped_lexicon
from services.enricher.names_build import (
    PLACE_FILES,
    arabic_words,
    build,
    full_name_lines,
    name_kinds,
    place_words,
)
from shared.arabic import matching_form


@pytest.fixture(scope="module")
def small() -> NameLexicon:
    return lexicon_from(
        {"محمود": "g", "عباس": "gs", "لافروف": "n", "الطراونة": "s"},
        ["محمود عباس", "سيرغي لافروف", "غيث الطراونة"],
    )


def test_words_are_found_in_any_spelling_and_with_one_glued_clitic(small: NameLexicon) -> None:
    assert small.word_kinds("عباس") == "gs"
    assert small.word_kinds("وعباس") == "gs"  # و glued on
    assert small.word_kinds("الطراونه") == "s"  # keys are matching forms: ة and ه alike
    assert small.word_kinds("قال") == ""
    assert small.word_kinds("وقال") == ""


def test_a_short_word_keeps_its_first_letter(small: NameLexicon) -> None:
    tiny = lexicon_from({"لي": "g"}, [])
    assert tiny.word_kinds("للي") == ""  # three letters: the ل is not tried off


def test_full_names_mark_every_word_they_cover(small: NameLexicon) -> None:
    words = ["قال", "محمود", "عباس", "إن", "سيرغي", "لافروف", "وغيث", "الطراونه", "وصلا"]
    assert small.in_full_name(words) == [False, True, True, False, True, True, True, True, False]


def test_a_known_word_alone_is_not_a_full_name(small: NameLexicon) -> None:
    assert small.in_full_name(["محمود", "رضا", "عباس"]) == [False, False, False]
    assert small.in_full_name([]) == []


def test_parse_words_skips_comments() -> None:
    assert parse_words(["# header", "عباس\tgs", ""]) == {"عباس": "gs"}


def test_the_shipped_lexicon_knows_arab_and_foreign_names() -> None:
    lexicon = shipped_lexicon()
    assert "g" in lexicon.word_kinds("محمد")
    assert "s" in lexicon.word_kinds(matching_form("النجّار"))
    assert "n" in lexicon.word_kinds("رامسفيلد")  # a Western surname from the dictionary
    assert lexicon.word_kinds("الاقتصاد") == ""
    assert lexicon.in_full_name(["الرئيس", "جمال", "عبد", "الناصر"]) == [False, True, True, True]


def test_the_features_component_marks_names_in_tag_when_asked() -> None:
    nlp = spacy.blank("ar")
    text = "قال الرئيس جمال عبد الناصر إن رامسفيلد وصل"
    plain = set_arabic_features(nlp.make_doc(text))
    assert all(token.tag_[1:].isdigit() for token in plain)  # frequency classes only
    nlp.add_pipe("khabar_arabic_features", config={"name_lexicon": True})
    doc = nlp(text)
    tags = {token.text: token.tag_ for token in doc}
    assert tags["الرئيس"][0] == "f"
    assert tags["الرئيس"][1:].isdigit()  # a frequency class and nothing else
    assert tags["جمال"].endswith(FULL_NAME_MARK)
    assert tags["الناصر"].endswith(FULL_NAME_MARK)
    assert tags["رامسفيلد"].endswith("n")
    assert not tags["وصل"].endswith(FULL_NAME_MARK)


def test_builder_keeps_arabic_words_only() -> None:
    assert arabic_words("مُحمّد  عبّاس") == ["محمد", "عباس"]
    assert arabic_words("Mohamed") == []
    assert arabic_words("50 سنت") == []


def test_builder_needs_two_people_before_it_lists_a_given_name_or_surname() -> None:
    units = [
        ("محمد", "given", 40),
        ("نادر", "given", 1),
        ("الحصري", "surname", 3),
        ("الحصري", "given", 1),
    ]
    kinds = name_kinds(units, ["آرون آرتس"])
    assert kinds == {"محمد": "g", "الحصري": "s", "ارون": "n", "ارتس": "n"}


def test_builder_takes_place_words_without_their_generic_head() -> None:
    places = ["محافظة النبطية", "حيفا", "ألما سنتر (ويسكونسن)", "مدينة السادس من أكتوبر"]
    assert place_words(places) == {"النبطيه", "حيفا"}


def test_builder_keeps_full_names_of_two_to_four_words() -> None:
    lines = full_name_lines(["محمد", "أباء الحصري", "أ ب ج د هـ", "أباء الحصري", "Iba Ismail"])
    assert lines == ["اباء الحصري"]


def _wheel(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def test_builder_writes_a_lexicon_the_reader_loads(tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite3"
    with sqlite3.connect(index) as db:
        db.execute("CREATE TABLE units (arabic_key, role, count, source)")
        db.execute("CREATE TABLE full_names (arabic_key, source)")
        db.executemany(
            "INSERT INTO units VALUES (?, ?, ?, ?)",
            [("غيث", "given", 2, "wikidata"), ("رابح", "given", 9, "dzirinames")],
        )
        db.executemany(
            "INSERT INTO full_names VALUES (?, ?)",
            [("غيث الطراونة", "wikidata"), ("رابح سعدان", "dzirinames")],
        )
    places = {"ArWikiCats/" + member: _json({}) for member in PLACE_FILES}
    places["ArWikiCats/jsons/geography/popopo.json"] = _json(
        {"nabatieh governorate": "محافظة النبطية", "haifa": "حيفا", "x": {"male": "حيفاوي"}}
    )
    wheels = {
        "arabic_name_romanizer": _wheel(
            tmp_path / "a.whl",
            {"arabic_name_romanizer/resources/names.sqlite3": index.read_bytes()},
        ),
        "arabnamer": _wheel(
            tmp_path / "b.whl", {"arabnamer/data/dict_FINAL.json": _json({"aaron": "آرون"})}
        ),
        "arwikicats": _wheel(
            tmp_path / "c.whl",
            {
                "ArWikiCats/jsons/people/peoples.json": _json({"milne": "آلان ألكسندر ميلن"}),
                **places,
            },
        ),
    }
    out = tmp_path / "lexicon"
    # غيث ارون الان الكسندر ميلن النبطيه حيفا; two full names
    assert build(wheels, tmp_path, out) == (7, 2)
    assert shipped_lexicon.__wrapped__(out).word_kinds("النبطيه") == "p"
    lexicon = shipped_lexicon.__wrapped__(out)
    assert lexicon.word_kinds("غيث") == "g"
    assert lexicon.word_kinds("رابح") == ""  # not a Wikidata row
    assert lexicon.in_full_name(matching_form("آلان ألكسندر ميلن").split()) == [True, True, True]
    assert lexicon.in_full_name(["رابح", "سعدان"]) == [False, False]


def test_builder_names_the_file_a_changed_package_lacks(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path / "arabnamer.whl", {"arabnamer/other.json": b"{}"})
    with pytest.raises(
        SystemExit, match=r"arabnamer.whl has no file ending in resources/names\.sqlite3"
    ):
        build(
            {"arabic_name_romanizer": wheel, "arabnamer": wheel, "arwikicats": wheel},
            tmp_path,
            tmp_path / "out",
        )
