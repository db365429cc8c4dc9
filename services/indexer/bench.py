"""Throughput of index_batch against a raw `_bulk` of the same documents, in the same run."""

import json
import statistics
import time
from collections.abc import Sequence
from typing import Any

from elasticsearch7 import Elasticsearch

from services.indexer.bulk import ensure_index, index_batch
from shared.contracts import DedupedArticle
from shared.index_documents import document_id, to_document
from shared.index_template import template_name


def bench_indexer(
    client: Elasticsearch,
    docs: Sequence[DedupedArticle],
    *,
    alias_prefix: str = "khabar-bench",
    batch_size: int = 500,
    rounds: int = 3,
    cleanup: bool = True,
) -> dict[str, Any]:
    """Documents per second of index_batch and of raw `_bulk`, alternating rounds; ratio = ours/raw.

    Each side writes to its own fresh index made from the same template, so both pay for the same
    analysis; the raw side gets its NDJSON prepared in advance, so the ratio also prices building
    documents from messages.
    """
    ours, raw = f"{alias_prefix}-ours", f"{alias_prefix}-raw"
    for alias in (ours, raw):
        ensure_index(client, alias)
    batches = [list(docs[i : i + batch_size]) for i in range(0, len(docs), batch_size)]
    bodies = [_ndjson(raw, batch) for batch in batches]
    ours_rates, raw_rates = [], []
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            for body in bodies:
                response = client.bulk(body=body)
                if response.get("errors"):
                    raise RuntimeError("raw _bulk reported errors; the comparison would be unfair")
            raw_rates.append(len(docs) / (time.perf_counter() - started))

            started = time.perf_counter()
            for batch in batches:
                outcome = index_batch(client, ours, batch)
                if outcome.rejected:
                    raise RuntimeError(f"index_batch rejected documents: {outcome.rejected}")
            ours_rates.append(len(docs) / (time.perf_counter() - started))
    finally:
        if cleanup:
            for alias in (ours, raw):
                indices = list(client.indices.get_alias(name=alias))
                client.indices.delete(index=",".join(indices))
                client.indices.delete_index_template(name=template_name(alias))
    ours_rate, raw_rate = statistics.median(ours_rates), statistics.median(raw_rates)
    return {
        "documents": len(docs),
        "batch_size": batch_size,
        "rounds": rounds,
        "index_batch_docs_per_s": round(ours_rate, 1),
        "raw_bulk_docs_per_s": round(raw_rate, 1),
        "ratio": round(ours_rate / raw_rate, 3),
    }


def _ndjson(index: str, batch: Sequence[DedupedArticle]) -> str:
    lines = []
    for article in batch:
        lines.append(json.dumps({"index": {"_index": index, "_id": document_id(article)}}))
        lines.append(json.dumps(to_document(article), ensure_ascii=False))
    return "\n".join(lines) + "\n"
