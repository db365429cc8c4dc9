"""Reindexing on a real node: a new version behind the same alias, search never failing."""

import threading
from collections.abc import Iterator

import pytest
from elasticsearch7 import Elasticsearch

from services.indexer.bulk import ensure_index, index_batch
from services.indexer.reindex import reindex
from services.search import search
from shared.index_template import versioned_index
from shared.search import make_client
from shared.settings import ServiceSettings
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration

ARTICLES = 300


@pytest.fixture
def client(es_url: str) -> Iterator[Elasticsearch]:
    es = make_client(ServiceSettings(es_url=es_url))
    yield es
    es.transport.close()


def _count(client: Elasticsearch, index: str) -> int:
    client.indices.refresh(index=index)
    return int(client.count(index=index)["count"])


def test_reindex_swaps_the_alias_while_search_keeps_answering(
    client: Elasticsearch, es_index: str
) -> None:
    ensure_index(client, es_index)
    index_batch(client, es_index, [make_deduped(position=i) for i in range(ARTICLES)], refresh=True)
    answers: list[int] = []
    failures: list[Exception] = []
    done = threading.Event()

    def keep_searching() -> None:
        while not done.is_set():
            try:
                answers.append(search(client, es_index, "لافروف", collapse=None).total)
            except Exception as error:  # recorded: the assertion below must see every failure
                failures.append(error)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        new = reindex(client, es_index)
    finally:
        done.set()
        searcher.join()

    assert new == versioned_index(es_index, 2)
    assert list(client.indices.get_alias(name=es_index)) == [new]
    assert failures == []
    assert answers
    assert set(answers) == {ARTICLES}
    assert _count(client, new) == _count(client, versioned_index(es_index, 1)) == ARTICLES
    assert search(client, es_index, "لافروف", collapse=None).total == ARTICLES


def test_second_reindex_moves_on_to_the_next_version(client: Elasticsearch, es_index: str) -> None:
    ensure_index(client, es_index)
    index_batch(client, es_index, [make_deduped(position=i) for i in range(3)], refresh=True)
    reindex(client, es_index)
    assert reindex(client, es_index) == versioned_index(es_index, 3)
    assert _count(client, es_index) == 3
