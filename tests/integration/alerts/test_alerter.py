"""The alerts stage on real Redis and Elasticsearch: one alert per watchlist and story, ever."""

from datetime import UTC, datetime
from typing import Any

import pytest
import redis
from elasticsearch7 import Elasticsearch

from services.alerts.alerter import Alerter
from services.alerts.claims import AlertClaims, Decision
from services.alerts.matching import alert_id
from services.alerts.watchlist import WatchlistSpec
from services.alerts.watchlist_index import add_watchlist, set_paused
from shared.broker import StageRunner
from shared.contracts import Alert, DedupedArticle, NearDuplicate
from shared.errors import SearchUnavailable
from shared.search import make_client
from shared.settings import ServiceSettings
from shared.streams import Stage, Streams
from shared.wire import decode, encode
from tests import servers
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration

MATCHED_AT = datetime(2025, 10, 21, 9, 0, tzinfo=UTC)
STORY = "story-budapest"


def report(position: int, **over: Any) -> DedupedArticle:
    """A report of the Budapest story (every one names لافروف)."""
    fields: dict[str, Any] = {"story_id": STORY, "source": f"outlet {position}"}
    fields.update(over)
    return make_deduped(position, **fields)


def alerts_on_stream(client: redis.Redis, prefix: str) -> list[Alert]:
    return [decode(f, Alert) for _, f in client.xrange(Streams(prefix).name("alerts"))]


@pytest.fixture
def alerter(es_client: Elasticsearch, watchlists: str, claims: AlertClaims) -> Alerter:
    return Alerter(es_client, watchlists, claims, clock=lambda: MATCHED_AT)


def add(client: Elasticsearch, index: str, name: str, query: str) -> str:
    spec = WatchlistSpec(name=name, owner="desk", query=query, target="https://example.test/hook")
    return add_watchlist(client, index, spec).id


def test_several_reports_and_a_near_copy_of_one_story_alert_once_and_are_counted(
    alerter: Alerter,
    es_client: Elasticsearch,
    watchlists: str,
    claims: AlertClaims,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    watchlist = add(es_client, watchlists, "lavrov", "لافروف")
    first, second = report(0), report(1)
    near = report(2, near_duplicates=[NearDuplicate(id=first.id, similarity=0.8)])
    exact = report(3, duplicate_of=first.id)
    alerter.alert([first, second])
    alerter.alert([near, exact])
    [alert] = alerts_on_stream(rclient, stream_prefix)
    assert alert.alert_id == alert_id(watchlist, STORY)
    assert (alert.watchlist_id, alert.article_id, alert.story_id) == (watchlist, first.id, STORY)
    assert alert.target == "https://example.test/hook"
    assert alert.matched_at == MATCHED_AT
    state = claims.state(alert.alert_id)
    assert state is not None
    assert (state.reports, state.article_id, state.last_article_id) == (4, first.id, exact.id)
    assert (state.watchlist_id, state.story_id) == (watchlist, STORY)


def test_each_watchlist_alerts_once_for_each_story_it_matches(
    alerter: Alerter,
    es_client: Elasticsearch,
    watchlists: str,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    lavrov = add(es_client, watchlists, "lavrov", "لافروف")
    rubio = add(es_client, watchlists, "rubio", "لافروف روبيو")
    other_story = report(5, story_id="story-other")
    outcomes = alerter.alert([report(0), report(1), other_story])
    assert [o.decision for o in outcomes].count(Decision.ALERTED) == 4
    found = {(a.watchlist_id, a.story_id) for a in alerts_on_stream(rclient, stream_prefix)}
    assert found == {(w, s) for w in (lavrov, rubio) for s in (STORY, "story-other")}
    assert len(alerts_on_stream(rclient, stream_prefix)) == 4


def test_the_same_batch_delivered_again_publishes_and_counts_nothing_more(
    alerter: Alerter,
    es_client: Elasticsearch,
    watchlists: str,
    claims: AlertClaims,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    add(es_client, watchlists, "lavrov", "لافروف")
    batch = [report(0), report(1)]
    alerter.alert(batch)
    again = alerter.alert(batch)
    assert [o.decision for o in again] == [Decision.SEEN, Decision.SEEN]
    [alert] = alerts_on_stream(rclient, stream_prefix)
    state = claims.state(alert.alert_id)
    assert state is not None
    assert state.reports == 2


def test_a_paused_watchlist_never_alerts(
    alerter: Alerter,
    es_client: Elasticsearch,
    watchlists: str,
    rclient: redis.Redis,
    stream_prefix: str,
) -> None:
    watchlist = add(es_client, watchlists, "lavrov", "لافروف")
    set_paused(es_client, watchlists, watchlist, paused=True)
    assert alerter.alert([report(0)]) == []
    assert alerts_on_stream(rclient, stream_prefix) == []


def test_alert_state_expires_within_the_window(
    alerter: Alerter,
    es_client: Elasticsearch,
    watchlists: str,
    claims: AlertClaims,
    rclient: redis.Redis,
) -> None:
    watchlist = add(es_client, watchlists, "lavrov", "لافروف")
    alerter.alert([report(0)])
    key = alert_id(watchlist, STORY)
    for name in (claims.state_key(key), claims.reports_key(key)):
        assert 0 < rclient.ttl(name) <= 90 * 86_400


async def test_with_elasticsearch_down_the_batch_stays_pending_and_is_not_dead_lettered(
    redis_url: str, stream_prefix: str, rclient: redis.Redis
) -> None:
    down = ServiceSettings(es_url=f"http://127.0.0.1:{servers.free_port()}")
    client = make_client(down)
    claims = AlertClaims(rclient, stream_prefix, window_days=90)
    alerter = Alerter(client, "nowhere_watchlists", claims)
    with pytest.raises(SearchUnavailable):
        alerter.alert([report(0)])
    settings = ServiceSettings(redis_url=redis_url, stream_prefix=stream_prefix, consumer_name="c1")
    runner: StageRunner[DedupedArticle, Alert] = StageRunner(
        Stage.ALERTS, settings, lambda f: decode(f, DedupedArticle), alerter.handle
    )
    await runner.start()
    streams = Streams(stream_prefix)
    rclient.xadd(streams.name("deduped"), encode(report(0)))
    reply = rclient.xreadgroup("alerts", "c1", {streams.name("deduped"): ">"}, count=10)
    entries = [(entry_id, fields) for _, rows in reply for entry_id, fields in rows]
    await runner.run(entries, reclaimed=False)
    await runner.stop()
    client.transport.close()
    assert rclient.xpending(streams.name("deduped"), "alerts")["pending"] == 1
    assert rclient.xlen(streams.dead_letters) == 0
    assert rclient.hget(streams.key("errors", "alerts"), entries[0][0]).startswith(b"transient:")
