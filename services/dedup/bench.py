"""Benchmark of the Redis dedup store: check-and-insert latency and memory per article.

Loads `n_existing` synthetic articles (random signatures and band buckets: real MinHash
values are uniform too) through pipelines, then times `n_probe` single check-and-insert
calls, half new content and half near copies of loaded articles (so candidates come back).
Memory per article is the growth of INFO `used_memory` over the load divided by n_existing.
"""

import time
import uuid
from collections.abc import Iterator
from typing import Any

import numpy as np
import redis

from services.dedup.fingerprint import BANDS, NUM_PERM, ROWS, Fingerprint
from services.dedup.store import Namespace, RedisDedupStore

_EMPTY = np.empty(0, dtype=np.uint64)


def _synthetic(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    signatures = rng.integers(0, 2**16, size=(n, NUM_PERM), dtype=np.uint16)
    buckets = rng.integers(0, 2**63, size=(n, BANDS), dtype=np.uint64)
    hashes = rng.integers(0, 2**63, size=(n, 4), dtype=np.uint64)
    return signatures, buckets, hashes


def _fingerprint(signature: np.ndarray, buckets: np.ndarray, digest: np.ndarray) -> Fingerprint:
    content_hash = digest.astype(">u8").tobytes().hex()
    return Fingerprint(content_hash, _EMPTY, signature, tuple(int(b) for b in buckets))


def _articles(
    rng: np.random.Generator, n: int, start: int, batch: int = 10_000
) -> Iterator[tuple[str, Fingerprint]]:
    for first in range(0, n, batch):
        count = min(batch, n - first)
        signatures, buckets, hashes = _synthetic(rng, count)
        for k in range(count):
            article_id = f"{start + first + k:016x}-000"
            yield article_id, _fingerprint(signatures[k], buckets[k], hashes[k])


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
    pipe = client.pipeline(transaction=False)
    for n, key in enumerate(client.scan_iter(match=f"{prefix}:*", count=10_000), 1):
        pipe.unlink(key)
        if n % 10_000 == 0:
            pipe.execute()
    pipe.execute()


def bench_store(redis_url: str, n_existing: int, n_probe: int, seed: int = 1) -> dict[str, float]:
    """Latency p50/p99 (ms) of check-and-insert with n_existing articles loaded, and bytes each."""
    client = redis.Redis.from_url(redis_url)
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    store = RedisDedupStore(client, prefix, capacity=n_existing + n_probe)
    rng = np.random.default_rng(seed)
    try:
        before = _used_memory(client)
        started = time.perf_counter()
        kept: list[Fingerprint] = []
        every = max(1, n_existing // max(1, n_probe))

        def loading() -> Iterator[tuple[str, Fingerprint]]:
            for n, (article_id, fingerprint) in enumerate(_articles(rng, n_existing, 0)):
                if n % every == 0:
                    kept.append(fingerprint)
                yield article_id, fingerprint

        store.insert_many(Namespace.BODY, loading())
        load_seconds = time.perf_counter() - started
        per_article = (_used_memory(client) - before) / max(1, n_existing)
        probes = list(_articles(rng, n_probe, n_existing))
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
            "bytes_per_article": per_article,
            "p50_ms": float(np.percentile(ms, 50)),
            "p99_ms": float(np.percentile(ms, 99)),
            "probes_with_candidates": found / max(1, n_probe),
        }
    finally:
        _delete_prefix(client, prefix)
        client.close()
