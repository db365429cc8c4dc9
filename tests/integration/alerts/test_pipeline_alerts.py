"""Every stage as a real process: a watchlist alerts once for each story `khabar search` finds."""

import pytest
import redis
from elasticsearch7 import Elasticsearch

from services.alerts.watchlist import WatchlistSpec
from services.alerts.watchlist_index import add_watchlist, set_paused
from services.search import search
from shared.contracts import Alert
from shared.streams import Stage, Streams
from shared.wire import decode
from tests.integration.pipeline.processes import Workers, push_bundles, variant_bundles, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]

QUERY = "لافروف روبيو"
STAGES = (Stage.SPLITTER, Stage.ENRICHER, Stage.DEDUP, Stage.INDEXER, Stage.ALERTS)


def drained(client: redis.Redis, streams: Streams) -> bool:
    """Every group has read and acknowledged everything on its stream."""
    for stage in STAGES:
        try:
            groups = {g["name"].decode(): g for g in client.xinfo_groups(streams.input_of(stage))}
        except redis.ResponseError:  # the stream is not there yet
            return False
        group = groups.get(stage.value)
        if group is None or int(group["lag"] or 0) or int(group["pending"]):
            return False
    return True


def test_pushed_pages_alert_once_per_matching_story_copies_included(
    alert_workers: Workers,
    es_client: Elasticsearch,
    watchlists: str,
    es_index: str,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    spec = WatchlistSpec(name="lavrov-rubio", owner="desk", query=QUERY)
    watchlist = add_watchlist(es_client, watchlists, spec)
    paused = add_watchlist(es_client, watchlists, spec.model_copy(update={"name": "paused"}))
    set_paused(es_client, watchlists, paused.id, paused=True)
    streams = Streams(stream_prefix)
    # Ten pages: the five samples and a copy of each (the same articles, another crawl label).
    push_bundles(rclient, streams, variant_bundles(10))
    for stage in STAGES:
        alert_workers.start(stage)
    wait_for(lambda: drained(rclient, streams), 400, "the pipeline to drain", alert_workers.logs)
    es_client.indices.refresh(index=es_index)
    found = search(es_client, es_index, QUERY, collapse=None, size=100)
    stories = {hit.story_id for hit in found.hits if hit.story_id}
    assert len(found.hits) > len(stories), "copies and later reports share their story"
    alerts = [decode(f, Alert) for _, f in rclient.xrange(streams.name("alerts"))]
    assert sorted(a.story_id for a in alerts) == sorted(stories)
    assert {a.watchlist_id for a in alerts} == {watchlist.id}
    assert rclient.xlen(streams.dead_letters) == 0
