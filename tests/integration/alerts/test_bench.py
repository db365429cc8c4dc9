"""The alerts benchmark runs the stage's work on real servers and cleans up after itself."""

import pytest
import redis
from elasticsearch7 import Elasticsearch

from services.alerts.alerter import BATCH_SIZE
from services.alerts.bench import bench_alerts, draw_watchlists
from shared.contracts import DedupedArticle
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration

PLACES = ("بودابست", "بيروت", "ملطية", "الموصل", "طرابلس", "نابلس", "حلب", "وهران")
EVENTS = ("اجتماع", "انفجار", "زلزال", "فيضان", "انتخابات", "مؤتمر", "إضراب")


LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def corpus(n: int) -> list[DedupedArticle]:
    """Titles pair an event with a place (common words) and name a district (a rare word)."""
    return [
        make_deduped(
            i,
            title=f"{EVENTS[i % len(EVENTS)]} كبير في {PLACES[i % len(PLACES)]} بحي"
            f" {LETTERS[i % 28]}{LETTERS[i // 28 % 28]}{LETTERS[i // 7 % 28]}ان",
            story_id=f"story-{i % 11}",
            source=f"outlet {i % 4}",
        )
        for i in range(n)
    ]


def test_watchlists_are_drawn_distinct_and_reproducibly() -> None:
    articles = corpus(300)
    drawn = draw_watchlists(articles, 40)
    assert len(drawn) == 40
    assert drawn == draw_watchlists(articles, 40)
    assert len({(w.query, w.source, w.entity) for w in drawn}) == 40
    assert any(w.entity for w in drawn)
    assert any(w.query.startswith('"') for w in drawn)


def test_bench_reports_rate_percolation_latency_and_alerts(
    es_url: str, redis_url: str, es_index: str, es_client: Elasticsearch, rclient: redis.Redis
) -> None:
    report = bench_alerts(es_url, redis_url, corpus(300), watchlists=40, run_id=es_index)
    assert (report["watchlists"], report["articles"]) == (40, 300)
    assert report["batch_size"] == BATCH_SIZE
    assert report["articles_per_s"] > 0
    assert report["percolate_per_batch"]["p99_ms"] > 0
    assert 0 < report["alerts"] <= report["matches"]
    assert es_client.indices.get(index=f"{es_index}*") == {}
    assert not list(rclient.scan_iter(f"{es_index}:*"))
