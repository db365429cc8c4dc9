"""The indexer benchmark runs both sides on a real node and cleans up after itself."""

import pytest
from elasticsearch7 import Elasticsearch

from services.indexer.bench import bench_indexer
from shared.search import make_client
from shared.settings import ServiceSettings
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration


def test_bench_reports_both_rates_and_their_ratio(es_url: str, es_index: str) -> None:
    client: Elasticsearch = make_client(ServiceSettings(es_url=es_url))
    docs = [make_deduped(position=i) for i in range(40)]
    report = bench_indexer(client, docs, alias_prefix=es_index, batch_size=20, rounds=2)
    assert report["documents"] == 40
    assert report["index_batch_docs_per_s"] > 0
    assert report["raw_bulk_docs_per_s"] > 0
    assert report["ratio"] == pytest.approx(
        report["index_batch_docs_per_s"] / report["raw_bulk_docs_per_s"], rel=0.01
    )
    assert client.indices.get(index=f"{es_index}*") == {}
    client.transport.close()
