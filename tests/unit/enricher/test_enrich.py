"""Enricher: NER on the display form with offsets into the original, language, counts, key phrases.

A rule-only pipeline (EntityRuler on NORM) stands in for the trained model so these run in a blink;
test_model.py covers the shipped model.
"""

import pytest
import spacy
from spacy.language import Language

from services.enricher.canonical import InMemoryRegistry
from services.enricher.enrich import Enricher, word_count
from shared.arabic import matching_form
from shared.contracts import Article, EnrichedArticle, Role

BUNDLE = "0123456789abcdef"


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("ar")
    nlp.add_pipe("khabar_arabic_features")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM"})
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "PER", "pattern": matching_form("سيرغي لافروف")},
            {"label": "PER", "pattern": "لافروف"},
            {"label": "LOC", "pattern": "بودابست"},
            {"label": "ORG", "pattern": matching_form("الخارجية الروسية")},
        ]
    )
    return nlp


def _article(body: str, title: str | None = None, position: int = 0) -> Article:
    return Article(
        id=f"{BUNDLE}-{position:03d}",
        bundle_id=BUNDLE,
        position=position,
        role=Role.MAIN,
        title=title,
        body=body,
    )


def _enrich(nlp: Language, *articles: Article) -> list[EnrichedArticle]:
    return Enricher(nlp, InMemoryRegistry()).enrich_many(articles)


def test_entity_offsets_point_into_the_original_body(nlp: Language) -> None:
    body = "قال وزير الخارجيـــة الروسیة ســيرغي لافروف\u200f إن القمة في بودابست."
    (enriched,) = _enrich(nlp, _article(body))
    assert enriched.entities
    for entity in enriched.entities:
        assert body[entity.start : entity.end] == entity.text
    assert {e.label for e in enriched.entities} == {"PER", "ORG", "LOC"}


def test_title_entities_are_marked_as_title(nlp: Language) -> None:
    (enriched,) = _enrich(
        nlp, _article("التقى لافروف نظيره الأميركي اليوم في موسكو.", "لافروف في بودابست")
    )
    title_entities = [e for e in enriched.entities if e.field == "title"]
    assert [e.text for e in title_entities] == ["لافروف", "بودابست"]


def test_surname_in_title_shares_the_id_of_the_full_name_in_the_body(nlp: Language) -> None:
    (enriched,) = _enrich(
        nlp, _article("أجرى سيرغي لافروف اتصالا هاتفيا اليوم مع نظيره.", "لافروف يتصل")
    )
    ids = {e.entity_id for e in enriched.entities if e.label == "PER"}
    assert len(ids) == 1
    assert {e.canonical for e in enriched.entities if e.label == "PER"} == {"سيرغي لافروف"}


def test_non_arabic_article_is_passed_on_without_entities(nlp: Language) -> None:
    body = (
        "Russian Foreign Minister Sergei Lavrov spoke with the US Secretary of State in Budapest."
    )
    (enriched,) = _enrich(nlp, _article(body))
    assert (enriched.language, enriched.is_arabic, enriched.entities) == ("en", False, [])
    assert enriched.word_count == 14


def test_arabic_article_is_flagged_and_keeps_its_fields(nlp: Language) -> None:
    article = _article("أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا بنظيره الأميركي.")
    (enriched,) = _enrich(nlp, article)
    assert (enriched.language, enriched.is_arabic) == ("ar", True)
    assert enriched.model_dump(include=set(Article.model_fields)) == article.model_dump()


def test_batch_keeps_article_order(nlp: Language) -> None:
    first = _article(
        "أجرى سيرغي لافروف اتصالا هاتفيا اليوم بنظيره الأميركي بشأن القمة.", position=0
    )
    second = _article("This English article has no Arabic text in it at all, none.", position=1)
    third = _article(
        "تستعد العاصمة المجرية بودابست لاستضافة القمة المرتقبة خلال أسابيع.", position=2
    )
    enriched = _enrich(nlp, first, second, third)
    assert [e.id for e in enriched] == [first.id, second.id, third.id]
    assert [e.is_arabic for e in enriched] == [True, False, True]


def test_printed_keywords_become_key_phrases(nlp: Language) -> None:
    article = _article("أجرى سيرغي لافروف اتصالا هاتفيا اليوم بنظيره.").model_copy(
        update={"keywords": ["لافروف", "روبيو"]}
    )
    (enriched,) = _enrich(nlp, article)
    assert enriched.key_phrases == ["لافروف", "روبيو"]


@pytest.mark.parametrize(
    ("text", "count"),
    [("", 0), ("قال لافروف، إن 2025 عام مهم.", 6), ("وزير\nالخارجية", 2)],
    ids=["empty", "punctuation-and-digits", "newline"],
)
def test_word_count(text: str, count: int) -> None:
    assert word_count(text) == count


def test_resolve_mention_gives_canonical_and_id(nlp: Language) -> None:
    enricher = Enricher(nlp, InMemoryRegistry())
    full = enricher.resolve_mention("سيرغي لافروف", "PER")
    assert enricher.resolve_mention("لافروف", "PER") == full
