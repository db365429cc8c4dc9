"""Bulk indexing on a real node: confirmations, rejections, retries and the alias set-up."""

import copy
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from elasticsearch7 import Elasticsearch

from services.indexer.bulk import ensure_index, index_batch
from shared.errors import SearchUnavailable
from shared.index_template import load_template, versioned_index
from shared.search import make_client
from shared.settings import ServiceSettings
from tests import servers
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration


@pytest.fixture
def client(es_url: str) -> Iterator[Elasticsearch]:
    es = make_client(ServiceSettings(es_url=es_url))
    yield es
    es.transport.close()


def _count(client: Elasticsearch, alias: str) -> int:
    client.indices.refresh(index=alias)
    return int(client.count(index=alias)["count"])


def test_index_batch_confirms_every_article_under_its_own_id(
    client: Elasticsearch, es_index: str
) -> None:
    ensure_index(client, es_index)
    articles = [make_deduped(position=i) for i in range(5)]
    outcome = index_batch(client, es_index, articles)
    assert sorted(outcome.confirmed) == sorted(a.id for a in articles)
    assert outcome.rejected == {}
    stored = client.get(index=es_index, id=articles[3].id)["_source"]
    assert stored["position"] == 3


def test_redelivered_batch_overwrites_instead_of_duplicating(
    client: Elasticsearch, es_index: str
) -> None:
    ensure_index(client, es_index)
    articles = [make_deduped(position=i) for i in range(3)]
    index_batch(client, es_index, articles)
    index_batch(client, es_index, articles)
    assert _count(client, es_index) == 3


def test_mapping_error_rejects_only_that_article_with_es_reason(
    client: Elasticsearch, es_index: str
) -> None:
    # An index whose word_count is a byte: a long article no longer fits, the others do.
    template = copy.deepcopy(load_template()["template"])
    template["mappings"]["properties"]["word_count"] = {"type": "byte"}
    client.indices.create(
        index=versioned_index(es_index, 1),
        settings=template["settings"],
        mappings=template["mappings"],
        aliases={es_index: {}},
    )
    short, long = make_deduped(position=0), make_deduped(position=1, word_count=5000)
    outcome = index_batch(client, es_index, [short, long])
    assert outcome.confirmed == [short.id]
    assert list(outcome.rejected) == [long.id]
    assert outcome.rejected[long.id].startswith("400 mapper_parsing_exception")


def test_unreachable_node_raises_search_unavailable_after_growing_backoff() -> None:
    dead = make_client(ServiceSettings(es_url=f"http://127.0.0.1:{servers.free_port()}"))
    waits: list[float] = []
    with pytest.raises(SearchUnavailable):
        index_batch(dead, "khabar-articles", [make_deduped()], max_attempts=4, sleep=waits.append)
    assert waits == [0.5, 1.0, 2.0]


def test_missing_alias_is_retried_not_auto_created(client: Elasticsearch, es_index: str) -> None:
    waits: list[float] = []
    with pytest.raises(SearchUnavailable):
        index_batch(client, es_index, [make_deduped()], max_attempts=2, sleep=waits.append)
    assert not client.indices.exists(index=es_index)


def test_ensure_index_is_idempotent_and_safe_for_workers_starting_together(
    client: Elasticsearch, es_index: str
) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        targets = list(pool.map(lambda _: ensure_index(client, es_index), range(4)))
    assert set(targets) == {versioned_index(es_index, 1)}
    assert list(client.indices.get_alias(name=es_index)) == [versioned_index(es_index, 1)]
    assert ensure_index(client, es_index) == versioned_index(es_index, 1)
