"""Benchmark of story linking on Redis: StoryAssigner.assign latency and story-state bytes.

bench_story_linking: the story development set's reports (no NER entities: linking alone is
timed) are replayed `rounds` times, each round a day later under fresh ids, through a
RedisStoryStore: reports of one event in later rounds meet that event's stories of earlier ones
within the candidate window, so candidates come back as on a busy feed. The last `n_probe`
assignments are timed one by one. Bytes per article is the growth of INFO `used_memory` over the
run divided by articles assigned.

bench_story_store: the same at scale. One round is linked in memory and bulk loaded
(story_bulk.py) as `n_articles / 182` rounds spread evenly over the window (a round every ~0.4 h
at 1,000,000), so every candidate key holds its KEY_CAP stories within reach; then the next
rounds are linked and timed against that store.
"""

import gc
import time
import uuid
from datetime import timedelta

import numpy as np
import redis

from services.dedup.bench import _delete_prefix, _used_memory
from services.dedup.store import WINDOW_DAYS
from services.dedup.stories import InMemoryStoryStore, RedisStoryStore, StoryAssigner
from services.dedup.story_bulk import RecordingStore, StoryBulkLoader
from services.dedup.story_events import load_reports
from shared.contracts import EnrichedArticle


def replayed_reports(
    rounds: int, step: timedelta = timedelta(days=1), first: int = 0
) -> list[EnrichedArticle]:
    """The story set's reports, rounds first..first+rounds-1, each `step` later, ids renamed."""
    reports = load_reports()
    articles = []
    for n in range(first, first + rounds):
        for k, report in enumerate(reports):
            a = report.article
            published = a.published_at + n * step if a.published_at else None
            articles.append(
                EnrichedArticle(
                    **a.model_dump(exclude={"id", "published_at"}),
                    id=f"{n:08x}{k:08x}-000",
                    published_at=published,
                    language="ar",
                    is_arabic=True,
                    word_count=len(a.body.split()),
                )
            )
    return articles


def bench_story_linking(
    redis_url: str, rounds: int = 60, n_probe: int = 1000, prefix: str | None = None
) -> dict[str, float]:
    """Assign latency p50/p99 (ms) per article after the others, and story-state bytes each."""
    client = redis.Redis.from_url(redis_url)
    prefix = prefix or f"bench-{uuid.uuid4().hex[:8]}"
    stories = StoryAssigner(RedisStoryStore(client, prefix))
    articles = replayed_reports(rounds)
    probes = min(n_probe, len(articles))
    try:
        before = _used_memory(client)
        started = time.perf_counter()
        for article in articles[:-probes]:
            stories.assign(article)
        fill_seconds = time.perf_counter() - started
        latencies = []
        for article in articles[-probes:]:
            t0 = time.perf_counter()
            stories.assign(article)
            latencies.append(time.perf_counter() - t0)
        per_article = (_used_memory(client) - before) / len(articles)
        ms = np.array(latencies) * 1000
        return {
            "articles": float(len(articles)),
            "n_probe": float(probes),
            "fill_articles_per_s": (len(articles) - probes) / max(fill_seconds, 1e-9),
            "bytes_per_article": per_article,
            "p50_ms": float(np.percentile(ms, 50)),
            "p99_ms": float(np.percentile(ms, 99)),
        }
    finally:
        _delete_prefix(client, prefix)
        client.close()


def _renamed(article_id: str, round_: int) -> str:
    """An id of round 0 (see replayed_reports) as round `round_` spells it."""
    return f"{round_:08x}{article_id[8:]}"


def bench_story_store(
    redis_url: str, n_articles: int = 1_000_000, n_probe: int = 1000, prefix: str | None = None
) -> dict[str, float]:
    """Assign latency p50/p99 (ms) with n_articles' story state stored, and bytes per article."""
    client = redis.Redis.from_url(redis_url)
    prefix = prefix or f"bench-{uuid.uuid4().hex[:8]}"
    base = replayed_reports(1)
    rounds = max(1, n_articles // len(base))
    step = timedelta(days=WINDOW_DAYS) / rounds
    recorder = RecordingStore(InMemoryStoryStore())
    assigner = StoryAssigner(recorder)
    for article in base:
        assigner.assign(article)
    store = RedisStoryStore(client, prefix)
    try:
        before = _used_memory(client)
        started = time.perf_counter()
        stored = StoryBulkLoader(client, store).load(
            recorder.commits, rounds, step.total_seconds() / 3600, _renamed
        )
        load_seconds = time.perf_counter() - started
        per_article = (_used_memory(client) - before) / stored
        gc.collect()  # the load's garbage, not the linking's, would be swept during the probes
        probes = replayed_reports(-(-n_probe // len(base)), step, first=rounds)[:n_probe]
        stories = StoryAssigner(store)
        latencies = []
        joined = 0
        for article in probes:
            t0 = time.perf_counter()
            story = stories.assign(article)
            latencies.append(time.perf_counter() - t0)
            joined += story != article.id
        ms = np.array(latencies) * 1000
        return {
            "articles": float(stored),
            "n_probe": float(len(probes)),
            "load_s": load_seconds,
            "bytes_per_article": per_article,
            "joined_share": joined / len(probes),
            "p50_ms": float(np.percentile(ms, 50)),
            "p99_ms": float(np.percentile(ms, 99)),
        }
    finally:
        _delete_prefix(client, prefix)
        client.close()
