"""The test Elasticsearch is real: health, Arabic analysis, custom analyzers, templates, reindex."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from elasticsearch7 import Elasticsearch

from tests import servers

pytestmark = pytest.mark.integration

ARABIC_SETTINGS: dict[str, Any] = {
    "number_of_shards": 1,
    "number_of_replicas": 0,
    "analysis": {
        "char_filter": {
            "strip_tatweel": {"type": "mapping", "mappings": ["\u0640=>"]},
            "strip_harakat": {
                "type": "pattern_replace",
                "pattern": "[\u064b-\u0652]",
                "replacement": "",
            },
        },
        "filter": {"arabic_stop": {"type": "stop", "stopwords": "_arabic_"}},
        "analyzer": {
            "khabar_arabic": {
                "tokenizer": "standard",
                "char_filter": ["strip_tatweel", "strip_harakat"],
                "filter": ["lowercase", "arabic_stop", "arabic_normalization", "arabic_stem"],
            }
        },
    },
}
MAPPINGS: dict[str, Any] = {
    "properties": {
        "title": {"type": "text", "analyzer": "khabar_arabic"},
        "section": {"type": "keyword"},
        "published_at": {"type": "date"},
    }
}


@pytest.fixture
def es(es_url: str) -> Iterator[httpx.Client]:
    """A plain HTTP client on the session node."""
    with httpx.Client(base_url=es_url, timeout=30) as client:
        yield client


def tokens(response: httpx.Response) -> list[str]:
    """The token strings of an `_analyze` answer."""
    response.raise_for_status()
    return [token["token"] for token in response.json()["tokens"]]


def hit_ids(response: httpx.Response) -> list[str]:
    """The `_id`s of a search answer, in rank order."""
    response.raise_for_status()
    return [hit["_id"] for hit in response.json()["hits"]["hits"]]


def test_cluster_is_yellow_or_green(es: httpx.Client) -> None:
    health = es.get("/_cluster/health").json()
    assert health["status"] in {"yellow", "green"}


def test_python_client_accepts_the_node(es_url: str) -> None:
    client = Elasticsearch(es_url)
    try:
        assert client.info()["version"]["number"].startswith(("7.", "8."))
    finally:
        client.close()


def test_builtin_arabic_analyzer_drops_stopwords_and_stems(es: httpx.Client) -> None:
    answer = es.post(
        "/_analyze",
        json={
            "analyzer": "arabic",
            "text": "أعلنت الحكومة المصرية عن خطة جديدة للمدارس في القاهرة",
        },
    )
    assert tokens(answer) == ["اعلنت", "حكوم", "مصر", "خط", "جديد", "مدارس", "قاهر"]


def test_custom_arabic_analyzer_strips_tatweel_and_harakat(es: httpx.Client, es_index: str) -> None:
    created = es.put(f"/{es_index}", json={"settings": ARABIC_SETTINGS, "mappings": MAPPINGS})
    created.raise_for_status()

    answer = es.post(
        f"/{es_index}/_analyze",
        json={"analyzer": "khabar_arabic", "text": "الرئيـــس في المَدرسةِ وأحمد"},
    )

    assert tokens(answer) == ["رئيس", "مدرس", "احمد"]


def test_template_alias_bulk_and_reindex_work_together(es: httpx.Client, es_index: str) -> None:
    template = {
        "index_patterns": [f"{es_index}-*"],
        "template": {"settings": ARABIC_SETTINGS, "mappings": MAPPINGS, "aliases": {es_index: {}}},
    }
    es.put(f"/_index_template/{es_index}", json=template).raise_for_status()
    lines = [
        {"index": {"_index": f"{es_index}-v1", "_id": "a"}},
        {
            "title": "الرئيس يزور القاهرة",
            "section": "سياسة",
            "published_at": "2024-03-01T10:00:00Z",
        },
        {"index": {"_index": f"{es_index}-v1", "_id": "b"}},
        {"title": "أمطار غزيرة في الإسكندرية", "section": "طقس", "published_at": "2024-03-02"},
    ]
    body = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    bulk = es.post(
        "/_bulk",
        params={"refresh": "true"},
        content=body.encode(),
        headers={"content-type": "application/x-ndjson"},
    )
    bulk.raise_for_status()
    assert bulk.json()["errors"] is False

    reindexed = es.post(
        "/_reindex",
        params={"refresh": "true"},
        json={"source": {"index": f"{es_index}-v1"}, "dest": {"index": f"{es_index}-v2"}},
    )
    reindexed.raise_for_status()
    assert reindexed.json()["created"] == 2

    search = {"query": {"match": {"title": "رئيس"}}}
    assert hit_ids(es.post(f"/{es_index}-v2/_search", json=search)) == ["a"]
    newest = {"query": {"range": {"published_at": {"gte": "2024-03-02"}}}}
    assert hit_ids(es.post(f"/{es_index}-v2/_search", json=newest)) == ["b"]
    # The template's alias spans both generations, so the alias finds the article in each.
    by_section = {"query": {"term": {"section": "طقس"}}}
    assert hit_ids(es.post(f"/{es_index}/_search", json=by_section)) == ["b", "b"]


def test_cleanup_deletes_indices_and_templates_under_the_prefix(
    es: httpx.Client, es_url: str
) -> None:
    prefix = servers.unique_name()
    es.put(f"/{prefix}-one").raise_for_status()
    es.put(
        f"/_index_template/{prefix}", json={"index_patterns": [f"{prefix}-*"]}
    ).raise_for_status()

    servers.delete_indices(es_url, prefix)

    assert es.head(f"/{prefix}-one").status_code == httpx.codes.NOT_FOUND
    assert es.get(f"/_index_template/{prefix}").status_code == httpx.codes.NOT_FOUND
