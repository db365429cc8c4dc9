"""The Elasticsearch request built for a search, and the result read from a response."""

from datetime import date
from typing import Any

from services.search import build_request, read_response
from shared.query import build_query


def _walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for value in node.values():
            found += _walk(value)
    elif isinstance(node, list):
        for value in node:
            found += _walk(value)
    return found


def test_quoted_phrase_is_required_and_boosted_on_exact_fields() -> None:
    query = build_query('"الأمن الأوروبي"')
    phrase_clause = query["bool"]["must"][1]["bool"]["should"]
    fields = {next(iter(c["match_phrase"])): c for c in phrase_clause}
    assert fields["body.exact"]["match_phrase"]["body.exact"]["query"] == "الأمن الأوروبي"
    boosts = {f: c["match_phrase"][f]["boost"] for f, c in fields.items()}
    assert boosts["body.exact"] > boosts["body"]


def test_each_word_is_required_with_its_clitic_variants() -> None:
    words = build_query("قمة بمدرسة")["bool"]["must"][0]["bool"]
    assert words["minimum_should_match"] == "3<80%"
    options = words["should"][1]["bool"]["should"]
    second = [c["multi_match"]["query"] for c in options if _on_fields(c, "body")]
    assert second == ["بمدرسة", "مدرسة"]


def test_a_name_and_its_clitic_variants_are_matched_as_written() -> None:
    words = build_query("قمة بموسكو")["bool"]["must"][0]["bool"]
    options = words["should"][1]["bool"]["should"]
    second = [c["multi_match"]["query"] for c in options if _on_fields(c, "body.exact")]
    assert second == ["بموسكو", "موسكو"]
    assert not [c for c in options if _on_fields(c, "body")]


def _on_fields(clause: dict[str, Any], field: str) -> bool:
    return field in clause.get("multi_match", {}).get("fields", [])


def test_filters_cover_source_dates_entity_and_story() -> None:
    filters = build_query(
        "لافروف",
        source="الأمصار",
        date_from=date(2025, 10, 1),
        date_to=date(2025, 10, 21),
        entity="per:sergey-lavrov",
        story="story-1",
    )["bool"]["filter"]
    assert {"terms": {"source": ["الأمصار"]}} in filters
    assert {"range": {"published_at": {"gte": "2025-10-01", "lte": "2025-10-21||/d"}}} in filters
    assert {"term": {"story_id": "story-1"}} in filters
    assert {"term": {"entity_ids": "per:sergey-lavrov"}} in _walk(filters)


def test_empty_query_browses_newest_first() -> None:
    request = build_request("")
    assert request["query"]["bool"]["must"] == [{"match_all": {}}]
    assert request["sort"][0] == {"published_at": "desc"}


def test_collapse_by_story_or_content_hash_or_not_at_all() -> None:
    assert build_request("x", collapse="story")["collapse"]["field"] == "story_id"
    assert build_request("x", collapse="content")["collapse"]["field"] == "content_hash"
    assert "collapse" not in build_request("x", collapse=None)


def test_read_response_reads_hits_group_sizes_and_facets() -> None:
    response = {
        "hits": {
            "total": {"value": 3, "relation": "eq"},
            "hits": [
                {
                    "_id": "a-000",
                    "_score": 2.5,
                    "_source": {"title": "عنوان", "source": "الأمصار", "story_id": "s1"},
                    "highlight": {"title": ["<mark>عنوان</mark>"]},
                    "inner_hits": {"group": {"hits": {"total": {"value": 2}, "hits": []}}},
                }
            ],
        },
        "aggregations": {
            "sources": {"buckets": [{"key": "الأمصار", "doc_count": 3}]},
            "entities_per": {"buckets": [{"key": "سيرغي لافروف", "doc_count": 2}]},
            "groups": {"value": 2},
        },
    }
    result = read_response(response)
    assert (result.total, result.groups) == (3, 2)
    assert result.hits[0].group_size == 2
    assert result.hits[0].highlights == {"title": ["<mark>عنوان</mark>"]}
    assert result.facets["sources"][0].value == "الأمصار"
    assert result.facets["per"][0].count == 2
    assert result.facets["org"] == []


def test_story_facet_counts_matching_articles_per_story() -> None:
    assert build_request("x")["aggs"]["stories"] == {"terms": {"field": "story_id", "size": 10}}
    response = {
        "hits": {"total": {"value": 3}, "hits": []},
        "aggregations": {"stories": {"buckets": [{"key": "s1", "doc_count": 2}]}},
    }
    assert [(f.value, f.count) for f in read_response(response).facets["stories"]] == [("s1", 2)]


def test_results_are_faceted_by_the_agency_a_report_credits() -> None:
    assert build_request("زلزال")["aggs"]["agencies"] == {"terms": {"field": "agency", "size": 15}}
    result = read_response(
        {
            "hits": {"total": {"value": 2}, "hits": []},
            "aggregations": {"agencies": {"buckets": [{"key": "فرانس برس", "doc_count": 2}]}},
        }
    )
    assert [(f.value, f.count) for f in result.facets["agencies"]] == [("فرانس برس", 2)]
