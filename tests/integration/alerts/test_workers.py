"""Alerts workers as real processes: racing workers and a killed one publish each alert once."""

import signal

import pytest
import redis
from elasticsearch7 import Elasticsearch

from services.alerts.matching import alert_id
from services.alerts.watchlist import WatchlistSpec
from services.alerts.watchlist_index import add_watchlist
from shared.contracts import Alert, DedupedArticle
from shared.streams import Stage, Streams
from shared.wire import decode, encode
from tests.integration.pipeline.processes import Workers, wait_for
from tests.unit.indexer.factory import make_deduped

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.timeout(600)]

TOPICS = (
    ("لافروف يلتقي روبيو في بودابست", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره روبيو."),
    ("انفجار قرب مرفأ بيروت", "هز انفجار كبير منطقة المرفأ في العاصمة اللبنانية بيروت."),
    ("زلزال يضرب ملطية", "ضرب زلزال بقوة خمس درجات ولاية ملطية فجر اليوم."),
)
REPORTS_PER_STORY = 3


def articles(stories: int) -> list[DedupedArticle]:
    """Reports of `stories` stories, three each and the last a near copy, topics in turn."""
    made = []
    for story in range(stories):
        title, body = TOPICS[story % len(TOPICS)]
        for n in range(REPORTS_PER_STORY):
            bundle = f"{story * REPORTS_PER_STORY + n:032x}"
            made.append(
                make_deduped(
                    0,
                    id=f"{bundle}-000",
                    bundle_id=bundle,
                    title=f"{title} ({n})",
                    body=body,
                    source="الأمصار" if story % 2 else "صدى البلد",
                    story_id=f"story-{story}",
                    duplicate_of=f"{story * REPORTS_PER_STORY:032x}-000" if n == 2 else None,
                )
            )
    return made


def expected_alerts(watchlists: dict[str, str], made: list[DedupedArticle]) -> set[str]:
    """Alert ids by the watchlists' intent: lavrov and beirut by topic, the outlet by source."""
    expected = set()
    for article in made:
        title = article.title or ""
        if "لافروف" in title:
            expected.add(alert_id(watchlists["lavrov"], article.story_id))
        if "بيروت" in title:
            expected.add(alert_id(watchlists["beirut"], article.story_id))
        if article.source == "الأمصار" and "زلزال" in title:
            expected.add(alert_id(watchlists["outlet-quakes"], article.story_id))
    return expected


def add_watchlists(client: Elasticsearch, index: str) -> dict[str, str]:
    specs = {
        "lavrov": WatchlistSpec(name="lavrov", owner="desk", query="لافروف"),
        "beirut": WatchlistSpec(name="beirut", owner="desk", query="انفجار بيروت"),
        "outlet-quakes": WatchlistSpec(
            name="outlet-quakes", owner="desk", query="زلزال", source="الأمصار"
        ),
    }
    return {name: add_watchlist(client, index, spec).id for name, spec in specs.items()}


def push(client: redis.Redis, streams: Streams, made: list[DedupedArticle], times: int) -> None:
    """XADD every article `times` times in a row, as a producer retrying would."""
    with client.pipeline(transaction=False) as pipe:
        for article in made:
            for _ in range(times):
                pipe.xadd(streams.name("deduped"), encode(article))
        pipe.execute()


def published(client: redis.Redis, streams: Streams) -> list[Alert]:
    return [decode(f, Alert) for _, f in client.xrange(streams.name("alerts"))]


def drained(client: redis.Redis, streams: Streams) -> bool:
    groups = client.xinfo_groups(streams.name("deduped"))
    group = next((g for g in groups if g["name"] == b"alerts"), None)
    return group is not None and int(group["lag"] or 0) == 0 and int(group["pending"]) == 0


def test_two_racing_workers_publish_each_alert_exactly_once(
    alert_workers: Workers,
    es_client: Elasticsearch,
    watchlists: str,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    ids = add_watchlists(es_client, watchlists)
    streams = Streams(stream_prefix)
    alert_workers.start(Stage.ALERTS, 2)
    alert_workers.wait_ready()
    made = articles(60)
    push(rclient, streams, made, times=2)  # both workers see copies of the same entries at once
    wait_for(
        lambda: drained(rclient, streams), 300, "the alerts group to drain", alert_workers.logs
    )
    alerts = [a.alert_id for a in published(rclient, streams)]
    assert len(alerts) == len(set(alerts)), "an alert was published twice"
    assert set(alerts) == expected_alerts(ids, made)
    tallies = rclient.hvals(streams.key("processed", "alerts"))
    assert len(tallies) == 2, "both workers took part"
    assert rclient.xlen(streams.dead_letters) == 0


def test_a_worker_killed_mid_batch_loses_no_alert_and_repeats_none(
    alert_workers: Workers,
    es_client: Elasticsearch,
    watchlists: str,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    ids = add_watchlists(es_client, watchlists)
    streams = Streams(stream_prefix)
    made = articles(300)  # enough batches of 8 that the kill lands mid-run
    push(rclient, streams, made, times=1)
    [worker] = alert_workers.start(Stage.ALERTS)
    wait_for(
        lambda: rclient.xlen(streams.name("alerts")) > 0, 300, "first alerts", alert_workers.logs
    )
    assert alert_workers.kill(worker, signal.SIGKILL) == -signal.SIGKILL
    assert not drained(rclient, streams), "the worker finished before it was killed"
    alert_workers.start(Stage.ALERTS)
    wait_for(
        lambda: drained(rclient, streams), 300, "the alerts group to drain", alert_workers.logs
    )
    alerts = [a.alert_id for a in published(rclient, streams)]
    assert len(alerts) == len(set(alerts)), "an alert was published twice"
    assert set(alerts) == expected_alerts(ids, made)
