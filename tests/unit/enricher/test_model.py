"""The shipped model: loads offline, keeps its parts, and finds plain entities."""

import pytest
from spacy.language import Language

from services.enricher.enrich import MODEL_DIR, load_pipeline
from services.enricher.names import LEXICON_DIR

pytestmark = pytest.mark.skipif(not (MODEL_DIR / "meta.json").exists(), reason="no model shipped")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def test_model_has_the_khabar_pipeline(nlp: Language) -> None:
    assert nlp.lang == "ar"
    assert {"khabar_arabic_features", "tok2vec", "ner", "entity_ruler"} <= set(nlp.pipe_names)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}  # type: ignore[attr-defined]


def test_model_ships_its_licence_notes() -> None:
    notice = (MODEL_DIR / "NOTICE.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in notice
    assert "Benajiba" in notice
    assert (MODEL_DIR / "LICENSE.country-list.txt").exists()


def test_model_reads_the_name_lexicon_and_names_its_sources(nlp: Language) -> None:
    assert nlp.get_pipe_config("khabar_arabic_features")["name_lexicon"] is True
    doc = nlp("وقال ماركو روبيو وسيرغي لافروف")
    assert [t.tag_.endswith("F") for t in doc] == [False, True, True, False, False]  # a full name
    assert "n" in doc[4].tag_  # a listed name
    notice = (MODEL_DIR / "NOTICE.md").read_text(encoding="utf-8")
    assert all(source in notice for source in ("Wikidata", "arabnamer", "ArWikiCats"))


def test_model_stays_small() -> None:
    files = [*MODEL_DIR.rglob("*"), *LEXICON_DIR.rglob("*")]  # the model reads both
    assert sum(p.stat().st_size for p in files if p.is_file()) < 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("text", "entity", "label"),
    [
        ("وصل الوفد إلى لبنان صباح اليوم في زيارة رسمية.", "لبنان", "LOC"),
        ("قال الأمين العام للأمم المتحدة إن الوضع خطير.", "للأمم المتحدة", "ORG"),
        ("أعلنت الحكومة في العراق عن خطة جديدة.", "العراق", "LOC"),
    ],
    ids=["country", "organisation-with-clitic", "country-with-article"],
)
def test_model_finds_well_known_entities(nlp: Language, text: str, entity: str, label: str) -> None:
    assert (entity, label) in {(e.text, e.label_) for e in nlp(text).ents}
