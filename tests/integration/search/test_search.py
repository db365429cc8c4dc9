"""Search on a real node: one hit per story, facets, filters and highlights."""

from datetime import date

import pytest
from elasticsearch7 import Elasticsearch

from services.search import search
from tests.integration.search.corpus import corpus_article

pytestmark = pytest.mark.integration

BUDAPEST_CALL = ["lavrov_rubio_amsar", "lavrov_rubio_balad", "us_russia_ittihad"]


def test_articles_of_one_story_collapse_into_one_hit_with_its_size(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(es_client, corpus_alias, "لافروف روبيو", collapse="story")
    story_hits = [hit for hit in result.hits if hit.story_id == "budapest-call"]
    assert len(story_hits) == 1
    assert story_hits[0].group_size == len(BUDAPEST_CALL)
    assert result.groups == len(result.hits)


def test_without_collapse_every_article_is_its_own_hit(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(es_client, corpus_alias, "لافروف روبيو", collapse=None)
    ids = {hit.id for hit in result.hits}
    assert {corpus_article(key).id for key in BUDAPEST_CALL} <= ids


def test_facets_count_sources_and_entities_by_label(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(es_client, corpus_alias, "بوتين")
    sources = {facet.value: facet.count for facet in result.facets["sources"]}
    people = {facet.value for facet in result.facets["per"]}
    assert sources["الأمصار"] == 1
    assert "فلاديمير بوتين" in people
    assert "الكرملين" in {facet.value for facet in result.facets["org"]}


def test_source_filter_keeps_only_that_outlet(es_client: Elasticsearch, corpus_alias: str) -> None:
    result = search(es_client, corpus_alias, "لافروف", source="صدى البلد", collapse=None)
    assert [hit.id for hit in result.hits] == [corpus_article("lavrov_rubio_balad").id]


def test_date_filter_includes_the_whole_last_day(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(
        es_client,
        corpus_alias,
        "روبيو",
        date_from=date(2025, 10, 20),
        date_to=date(2025, 10, 20),
        collapse=None,
    )
    expected = {corpus_article(k).id for k in ("lavrov_rubio_amsar", "lavrov_rubio_balad")}
    assert {hit.id for hit in result.hits} == expected


def test_entity_filter_matches_the_canonical_form(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(es_client, corpus_alias, "", entity="الكرملين", collapse=None)
    assert corpus_article("kremlin_budapest").id in {hit.id for hit in result.hits}
    assert corpus_article("saudi_egypt").id not in {hit.id for hit in result.hits}


def test_story_filter_lists_the_members_of_a_story(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(es_client, corpus_alias, "", story="budapest-call", collapse=None)
    assert {hit.id for hit in result.hits} == {corpus_article(k).id for k in BUDAPEST_CALL}


def test_empty_query_lists_newest_first(es_client: Elasticsearch, corpus_alias: str) -> None:
    result = search(es_client, corpus_alias, "", collapse=None, size=3)
    assert result.hits[0].id == corpus_article("us_russia_ittihad").id


def test_highlights_mark_the_matched_words(es_client: Elasticsearch, corpus_alias: str) -> None:
    result = search(es_client, corpus_alias, "أوربان", collapse=None)
    assert any("<mark>" in fragment for fragment in result.hits[0].snippets)


def test_search_before_anything_is_indexed_is_empty_not_an_error(
    es_client: Elasticsearch, es_index: str
) -> None:
    result = search(es_client, es_index, "بوتين")
    assert (result.total, result.hits) == (0, [])
