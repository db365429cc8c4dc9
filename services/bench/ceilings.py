"""Ceilings: what raw Redis streams and a raw Elasticsearch `_bulk` sustain on this machine.

Khabar can never beat these: a stage reads, publishes and acknowledges through the same streams,
and the indexer sends the same documents through the same `_bulk` endpoint.
"""

import json
import time
import uuid
from collections.abc import Sequence
from typing import Any

from elasticsearch7 import Elasticsearch
from redis import Redis

from services.bench.stats import rate
from services.indexer.bulk import ensure_index

BATCH = 32  # entries per read, as ServiceSettings.batch_size
BULK_DOCS = 200  # documents per raw _bulk request


def redis_stream_ceiling(
    redis_url: str, payload: bytes, n: int, batch: int = BATCH
) -> dict[str, Any]:
    """XADD n entries pipelined, then XREADGROUP them `batch` at a time, XACK each batch.

    The consumer side commits like a stage does (MULTI: XADD to the next stream, XACK), so the
    figure is one pipeline hop with nothing but the transport in it.
    """
    redis = Redis.from_url(redis_url)
    key = f"bench-ceiling-{uuid.uuid4().hex[:8]}"
    source, sink, group = f"{key}:in", f"{key}:out", "ceiling"
    redis.xgroup_create(source, group, id="0", mkstream=True)
    fields = {"schema": b"bench.v1", "payload": payload}
    try:
        started = time.perf_counter()
        for start in range(0, n, batch):
            pipe = redis.pipeline(transaction=False)
            for _ in range(min(batch, n - start)):
                pipe.xadd(source, fields)  # type: ignore[arg-type]
            pipe.execute()
        produced = time.perf_counter()
        consumed = 0
        while consumed < n:
            reply: Any = redis.xreadgroup(group, "c1", {source: ">"}, count=batch)
            entries = reply[0][1] if reply else []
            tx = redis.pipeline(transaction=True)
            for _entry_id, entry in entries:
                tx.xadd(sink, entry)
            tx.xack(source, group, *(entry_id for entry_id, _ in entries))
            tx.execute()
            consumed += len(entries)
        finished = time.perf_counter()
    finally:
        redis.delete(source, sink)
        redis.close()
    return {
        "messages": n,
        "payload_bytes": len(payload),
        "batch": batch,
        "xadd_per_s": rate(n, produced - started),
        "read_commit_per_s": rate(n, finished - produced),
        "round_trip_per_s": rate(n, finished - started),
        "ms_per_message": round((finished - started) * 1000 / n, 4),
    }


def es_bulk_ceiling(
    client: Elasticsearch,
    documents: Sequence[tuple[str, dict[str, Any]]],
    alias: str,
    budget_s: float,
) -> dict[str, Any]:
    """Send (id, document) pairs as raw NDJSON `_bulk` requests into an index like Khabar's.

    Requests are prepared in advance (the ceiling prices only Elasticsearch) and sent until all
    are sent or `budget_s` has passed, whichever comes first.
    """
    ensure_index(client, alias)
    bodies = []
    for start in range(0, len(documents), BULK_DOCS):
        lines: list[str] = []
        chunk = documents[start : start + BULK_DOCS]
        for doc_id, document in chunk:
            lines.append(json.dumps({"index": {"_index": alias, "_id": doc_id}}))
            lines.append(json.dumps(document, ensure_ascii=False))
        bodies.append((len(chunk), ("\n".join(lines) + "\n").encode("utf-8")))
    client.bulk(body=bodies[-1][1])  # warm-up, overwritten below: a cold JVM is slow
    sent = errors = 0
    started = time.perf_counter()
    for count, body in bodies:
        reply = client.bulk(body=body)
        errors += sum(1 for item in reply["items"] if item["index"].get("error"))
        sent += count
        if time.perf_counter() - started > budget_s:
            break
    elapsed = time.perf_counter() - started
    client.indices.refresh(index=alias)
    return {
        "documents": sent,
        "per_request": BULK_DOCS,
        "docs_per_s": rate(sent - errors, elapsed),
        "errors": errors,
        "mean_doc_bytes": round(sum(len(b) for _, b in bodies) / max(len(documents), 1)),
    }
