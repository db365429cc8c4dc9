"""The alerts stage alone: articles/s and percolation p99 per batch with many watchlists stored.

Watchlists are drawn from the articles themselves (an entity, two title words, a quoted title
phrase, a word from one outlet), so a share of them match as real ones would; then the stage's
own work (one percolate request per worker-sized batch, then the claim script) runs over the
articles on real Elasticsearch and Redis, under a fresh alias and prefix removed afterwards.
"""

import random
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from typing import Any

from elasticsearch7 import Elasticsearch
from redis import Redis

from services.alerts.alerter import BATCH_SIZE, Alerter
from services.alerts.claims import AlertClaims, Decision
from services.alerts.percolate import percolate
from services.alerts.watchlist import WatchlistSpec
from services.alerts.watchlist_index import add_watchlists, watchlist_index
from services.bench.stats import latency_summary_ms, rate
from shared.contracts import DedupedArticle

MIN_WORD = 4
RARE_SHARE = 0.02


def draw_watchlists(
    articles: Sequence[DedupedArticle], n: int, seed: int = 17
) -> list[WatchlistSpec]:
    """n watchlists shaped like real ones, each drawn from one article of the corpus.

    People follow names and distinctive terms, not words every other article uses: each query
    holds a word found in at most RARE_SHARE of the articles, and an entity watchlist follows an
    entity drawn from the distinct entities (so the commonest is not followed a hundred times).
    No two watchlists are the same.
    """
    rng = random.Random(seed)  # noqa: S311 (a reproducible draw, not a secret)
    rare = _rare_words(articles)
    entities = sorted({e.canonical for a in articles for e in a.entities})
    specs: dict[tuple[str, str | None, str | None], WatchlistSpec] = {}
    for _ in range(n * 20):  # a bounded number of draws: a tiny corpus may offer few candidates
        if len(specs) >= n or not articles:
            break
        article = rng.choice(articles)
        words = _title_words(article)
        distinctive = [i for i, w in enumerate(words) if w in rare]
        query, source, entity = "", None, None
        kind = rng.random()
        if kind < 0.3 and entities:
            entity = rng.choice(entities)
        elif not distinctive or len(words) < 2:
            continue
        elif kind < 0.6:
            first = rng.choice(distinctive)
            query = f"{words[first]} {rng.choice([w for i, w in enumerate(words) if i != first])}"
        elif kind < 0.85:
            at = min(rng.choice(distinctive), len(words) - 2)
            query = f'"{words[at]} {words[at + 1]}"'
        else:
            query, source = words[rng.choice(distinctive)], article.source
        name = f"bench {len(specs)}"
        specs.setdefault(
            (query, source, entity),
            WatchlistSpec(name=name, owner="bench", query=query, source=source, entity=entity),
        )
    return list(specs.values())


def _title_words(article: DedupedArticle) -> list[str]:
    return [w for w in (article.title or "").split() if len(w) >= MIN_WORD and w.isalpha()]


def _rare_words(articles: Sequence[DedupedArticle]) -> set[str]:
    """Title words that appear in at most RARE_SHARE of the articles (title or body)."""
    seen: Counter[str] = Counter()
    for article in articles:
        seen.update(set(f"{article.title or ''} {article.body}".split()))
    limit = max(2, int(len(articles) * RARE_SHARE))
    return {w for a in articles for w in _title_words(a) if seen[w] <= limit}


def bench_alerts(
    es_url: str,
    redis_url: str,
    articles: Sequence[DedupedArticle],
    *,
    watchlists: int = 1000,
    budget_s: float = 20.0,
    run_id: str | None = None,
) -> dict[str, Any]:
    """Run the alerts stage's work over the articles in batches until done or out of time.

    `run_id` names the alias and key prefix (removed afterwards); a fresh one by default.
    """
    client = Elasticsearch([es_url], timeout=120)
    redis = Redis.from_url(redis_url)
    run_id = run_id or f"bench-alerts-{uuid.uuid4().hex[:8]}"
    index = watchlist_index(run_id)
    try:
        stored = add_watchlists(client, index, draw_watchlists(articles, watchlists))
        alerter = Alerter(client, index, AlertClaims(redis, run_id, window_days=1))
        batches = [list(articles[i : i + BATCH_SIZE]) for i in range(0, len(articles), BATCH_SIZE)]
        percolate(client, index, batches[0] if batches else [])  # warm-up: the first loads queries
        done = published = matches = 0
        alerting: list[float] = []
        percolations: list[float] = []
        deadline = time.perf_counter() + budget_s
        for batch in batches:
            if time.perf_counter() > deadline:
                break
            begun = time.perf_counter()
            outcomes = alerter.alert(batch)  # the stage's whole work: percolate, then claim
            alerting.append(time.perf_counter() - begun)
            begun = time.perf_counter()
            percolate(client, index, batch)  # again alone, for the percolation figure
            percolations.append(time.perf_counter() - begun)
            done += len(batch)
            matches += len(outcomes)
            published += sum(1 for o in outcomes if o.decision is Decision.ALERTED)
        elapsed = sum(alerting)
        figures: dict[str, Any] = {
            "watchlists": len(stored),
            "articles": done,
            "batch_size": BATCH_SIZE,
            "articles_per_s": rate(done, elapsed),
            "matches": matches,
            "alerts": published,
        }
        if percolations:
            figures["percolate_per_batch"] = latency_summary_ms(percolations)
        return figures
    finally:
        # Concrete names: ES 8 refuses wildcard deletes.
        names = list(client.indices.get(index=f"{index}*"))
        if names:
            client.indices.delete(index=",".join(names))
        for key in redis.scan_iter(f"{run_id}:*", count=1000):
            redis.delete(key)
        redis.close()
        client.transport.close()
