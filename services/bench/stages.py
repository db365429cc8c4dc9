"""Each stage on its own, in this process: splitter MB/s, enricher words/s, dedup checks/s.

Each measurement runs the stage's real pure function (the one its worker calls) on corpus data,
one core, with the stores a worker uses (Redis for dedup, in-memory where the stage is pure).
"""

import importlib
import time
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from redis import Redis

from services.bench.stats import latency_summary_ms, rate
from shared.contracts import Article, Bundle, DedupedArticle, EnrichedArticle

ENRICH_BATCH = 32  # what a worker receives per read (ServiceSettings.batch_size)


def _within(budget_s: float) -> Callable[[], bool]:
    deadline = time.perf_counter() + budget_s
    return lambda: time.perf_counter() < deadline


def bench_splitter(
    bundles: Sequence[Bundle], budget_s: float
) -> tuple[dict[str, Any], list[Article]]:
    """Split bundles until done or out of time; the figures and every article cut."""
    from services.splitter.furniture import InMemoryFurniture
    from services.splitter.split import split_bundle

    furniture = InMemoryFurniture()
    articles: list[Article] = []
    done = size = failed = 0
    more = _within(budget_s)
    started = time.perf_counter()
    for bundle in bundles:
        if not more():
            break
        try:
            articles.extend(split_bundle(bundle, furniture))
        except Exception:  # a bad page is dead-lettered in the pipeline; here it only counts
            failed += 1
        done += 1
        size += len(bundle.raw)
    elapsed = time.perf_counter() - started
    return {
        "bundles": done,
        "failed": failed,
        "articles": len(articles),
        "mb_per_s": round(size / 1e6 / elapsed, 3) if elapsed else 0.0,
        "bundles_per_s": rate(done, elapsed),
        "articles_per_s": rate(len(articles), elapsed),
    }, articles


def bench_enricher(
    articles: Sequence[Article], budget_s: float
) -> tuple[dict[str, Any], list[EnrichedArticle]]:
    """Enrich articles in worker-sized batches (nlp.pipe inside) until done or out of time."""
    from services.enricher.canonical import InMemoryRegistry
    from services.enricher.enrich import Enricher, load_pipeline, word_count

    loading = time.perf_counter()
    enricher = Enricher(load_pipeline(), InMemoryRegistry())
    load_s = time.perf_counter() - loading
    enricher.enrich_many(articles[:4])  # warm-up: first calls allocate spaCy's buffers
    enriched: list[EnrichedArticle] = []
    words = 0
    more = _within(budget_s)
    started = time.perf_counter()
    for start in range(0, len(articles), ENRICH_BATCH):
        if not more():
            break
        batch = articles[start : start + ENRICH_BATCH]
        enriched.extend(enricher.enrich_many(batch))
        words += sum(word_count(a.title or "") + word_count(a.body) for a in batch)
    elapsed = time.perf_counter() - started
    return {
        "articles": len(enriched),
        "words": words,
        "batch_size": ENRICH_BATCH,
        "model_load_s": round(load_s, 2),
        "words_per_s": rate(words, elapsed),
        "articles_per_s": rate(len(enriched), elapsed),
    }, enriched


def bench_dedup(
    redis_url: str, articles: Sequence[EnrichedArticle]
) -> tuple[dict[str, Any], list[DedupedArticle]]:
    """Judge articles with the Redis stores a dedup worker uses; rate and per-article latency."""
    from services.dedup.dedup import Deduplicator
    from services.dedup.store import RedisDedupStore
    from services.dedup.stories import RedisStoryStore, StoryAssigner

    client = Redis.from_url(redis_url)
    prefix = f"bench-dedup-{uuid.uuid4().hex[:8]}"
    deduplicator = Deduplicator(
        RedisDedupStore(client, prefix), StoryAssigner(RedisStoryStore(client, prefix))
    )
    out: list[DedupedArticle] = []
    latencies: list[float] = []
    started = time.perf_counter()
    for article in articles:
        begun = time.perf_counter()
        out.append(deduplicator.apply(article))
        latencies.append(time.perf_counter() - begun)
    elapsed = time.perf_counter() - started
    for key in client.scan_iter(f"{prefix}:*", count=1000):
        client.delete(key)
    client.close()
    figures: dict[str, Any] = {
        "articles": len(out),
        "per_s": rate(len(out), elapsed),
        "duplicates_found": sum(1 for a in out if a.duplicate_of),
        "near_duplicates_found": sum(1 for a in out if a.near_duplicates and not a.duplicate_of),
    }
    if latencies:
        figures["latency_fresh"] = latency_summary_ms(latencies)
    return figures, out


def bench_dedup_store(redis_url: str, n_existing: int, n_probe: int) -> dict[str, Any] | None:
    """The dedup helper's store benchmark (latency with n_existing stored, memory per article)."""
    try:
        module = importlib.import_module("services.dedup.bench")
    except ImportError:  # not written yet: the report shows a dash
        return None
    result: dict[str, Any] = module.bench_store(redis_url, n_existing, n_probe)
    return result
