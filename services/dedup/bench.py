"""Benchmark of the Redis dedup store: check-and-insert latency and memory per article.

Loads `n_existing` synthetic articles (random signatures and band buckets: real MinHash
values are uniform too) with the bulk loader, which leaves the layout check-and-insert would,
then times `n_probe` single check-and-insert calls, half new content and half near copies of
loaded articles (so candidates come back).
Memory per article is the growth of INFO `used_memory` over the load divided by n_existing.
"""

import time
import uuid
from typing import Any

import numpy as np
import redis

from services.dedup.bulk import BulkLoader, FingerprintRows
from services.dedup.fingerprint import BANDS, NUM_PERM, ROWS, Fingerprint
from services.dedup.store import Namespace, RedisDedupStore

_EMPTY = np.empty(0, dtype=np.uint64)


def _synthetic(rng: np.random.Generator, n: int) -> FingerprintRows:
    return FingerprintRows(
        rng.integers(0, 256, size=(n, 32), dtype=np.uint8),
        rng.integers(0, 2**16, size=(n, NUM_PERM), dtype=np.uint16),
        rng.integers(0, 2**63, size=(n, BANDS), dtype=np.uint64),
    )


def _ids(start: int, n: int) -> list[str]:
    return [f"{k:016x}-000" for k in range(start, start + n)]


def _near_copy(rng: np.random.Generator, original: Fingerprint) -> Fingerprint:
    """Same signature and buckets except a quarter of the bands: about 0.75 similar."""
    changed = set(rng.choice(BANDS, size=BANDS // 4, replace=False).tolist())
    signature = original.signature.copy()
    for band in changed:
        signature[band * ROWS : (band + 1) * ROWS] = rng.integers(0, 2**16, size=ROWS)
    buckets = tuple(
        int(rng.integers(0, 2**63)) if b in changed else v for b, v in enumerate(original.bands)
    )
    content_hash = rng.integers(0, 2**63, size=4, dtype=np.uint64).astype(">u8").tobytes().hex()
    return Fingerprint(content_hash, _EMPTY, signature, buckets)


def _used_memory(client: "redis.Redis") -> int:
    info: dict[str, Any] = client.info("memory")  # type: ignore[assignment]
    return int(info["used_memory"])


def _delete_prefix(client: "redis.Redis", prefix: str) -> None:
    batch: list[bytes] = []
    for key in client.scan_iter(match=f"{prefix}:*", count=10_000):
        batch.append(key)
        if len(batch) == 10_000:
            client.unlink(*batch)
            batch.clear()
    if batch:
        client.unlink(*batch)


def bench_store(redis_url: str, n_existing: int, n_probe: int, seed: int = 1) -> dict[str, float]:
    """Latency p50/p99 (ms) of check-and-insert with n_existing articles loaded, and bytes each."""
    client = redis.Redis.from_url(redis_url)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    store = RedisDedupStore(client, prefix, capacity=n_existing + n_probe)
    rng = np.random.default_rng(seed)
    try:
        ids, rows = _ids(0, n_existing), _synthetic(rng, n_existing)
        before = _used_memory(client)
        started = time.perf_counter()
        BulkLoader(store).load(Namespace.BODY, ids, rows)
        load_seconds = time.perf_counter() - started
        per_article = (_used_memory(client) - before) / max(1, n_existing)
        # every n_existing // n_probe-th stored article is the original of a near-copy probe
        every = max(1, n_existing // max(1, n_probe))
        kept = [rows.fingerprint(k) for k in range(0, n_existing, every)]
        del ids, rows
        probe_rows = _synthetic(rng, n_probe)
        probes = [(i, probe_rows.fingerprint(k)) for k, i in enumerate(_ids(n_existing, n_probe))]
        latencies = []
        found = 0
        for k, (article_id, fingerprint) in enumerate(probes):
            if k % 2 and kept:
                fingerprint = _near_copy(rng, kept[k % len(kept)])
            t0 = time.perf_counter()
            outcome = store.check_and_insert(Namespace.BODY, article_id, fingerprint, True)
            latencies.append(time.perf_counter() - t0)
            found += bool(outcome.candidates)
        ms = np.array(latencies) * 1000
        return {
            "n_existing": float(n_existing),
            "n_probe": float(n_probe),
            "load_seconds": load_seconds,
            "load_articles_per_s": n_existing / max(load_seconds, 1e-9),
            "bytes_per_article": per_article,
            "p50_ms": float(np.percentile(ms, 50)),
            "p99_ms": float(np.percentile(ms, 99)),
            "probes_with_candidates": found / max(1, n_probe),
        }
    finally:
        _delete_prefix(client, prefix)
        client.close()
