"""`khabar alerts`, `GET /api/alerts` and the digest, on a real Redis."""

import json
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
import redis
from redis.asyncio import Redis
from typer.testing import CliRunner

from services.alert_list import AlertRow, daily_digest, recent_alerts
from services.api import create_app
from services.cli import app as cli
from services.delivery.records import DeliveryLog, DeliveryRecord, DeliveryState
from shared.contracts import Alert
from shared.settings import ServiceSettings
from shared.streams import Streams
from tests import servers
from tests.integration.delivery.alerts import MATCHED, make_alert, publish

pytestmark = pytest.mark.integration

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
TARGET = "https://hooks.example.com/khabar/T0KEN?sig=abc"


@pytest.fixture
async def alerts(
    redis_url: str, stream_prefix: str, rclient: redis.Redis, streams: Streams
) -> AsyncIterator[list[Alert]]:
    """Five alerts of two watchlists: delivered, failed, list only, and two still queued."""
    made = [
        make_alert(0, TARGET),
        make_alert(1, TARGET),
        make_alert(2, None, watchlist="w-quake", watchlist_name="زلازل", owner="desk-science"),
        make_alert(3, TARGET),
        make_alert(4, None, watchlist="w-quake", watchlist_name="زلازل", owner="desk-science"),
    ]
    publish(rclient, streams, made)
    client = Redis.from_url(redis_url)
    log = DeliveryLog(client, Streams(stream_prefix))
    await log.put(
        made[0],
        DeliveryRecord(state=DeliveryState.DELIVERED, attempts=1, status=200, updated_at=NOW),
    )
    failed = DeliveryRecord(
        state=DeliveryState.FAILED,
        attempts=1,
        status=404,
        error="HTTP 404 Not Found",
        updated_at=NOW,
    )
    await log.put(made[1], failed)
    await log.put(made[2], DeliveryRecord(state=DeliveryState.LIST_ONLY, updated_at=NOW))
    yield made
    await client.aclose()


def test_recent_alerts_lists_newest_first_with_each_delivery_state(
    alerts: list[Alert], rclient: redis.Redis, streams: Streams
) -> None:
    rows = recent_alerts(rclient, streams)
    assert [row.alert for row in rows] == alerts[::-1]
    assert [row.state for row in rows] == [
        DeliveryState.QUEUED,
        DeliveryState.QUEUED,
        DeliveryState.LIST_ONLY,
        DeliveryState.FAILED,
        DeliveryState.DELIVERED,
    ]
    assert rows[3].error == "HTTP 404 Not Found"


def test_recent_alerts_keeps_listing_what_the_stream_no_longer_holds(
    alerts: list[Alert], rclient: redis.Redis, streams: Streams
) -> None:
    rclient.delete(streams.name("alerts"))  # as if trimmed once every group acknowledged it
    rows = recent_alerts(rclient, streams)
    assert [row.alert.alert_id for row in rows] == [a.alert_id for a in alerts[2::-1]]


@pytest.mark.parametrize("name", ["w-quake", "زلازل"], ids=["by-id", "by-name"])
def test_recent_alerts_filters_by_watchlist_and_count(
    alerts: list[Alert], rclient: redis.Redis, streams: Streams, name: str
) -> None:
    rows = recent_alerts(rclient, streams, count=1, watchlist=name)
    assert [row.alert for row in rows] == [alerts[4]]


def test_daily_digest_groups_the_days_stories_per_watchlist(
    alerts: list[Alert], rclient: redis.Redis, streams: Streams
) -> None:
    late = make_alert(9, None, matched_at=MATCHED + timedelta(days=1))
    rows = [*recent_alerts(rclient, streams), AlertRow(alert=late, state=DeliveryState.QUEUED)]
    digests = daily_digest(rows, MATCHED.date())
    assert [(d.watchlist_name, len(d.stories)) for d in digests] == [
        ("زلازل", 2),
        ("غزة والمعابر", 3),
    ]
    assert digests[1].stories[0].outlets == ["صدى البلد"]
    assert daily_digest(rows, date(2026, 1, 1)) == []


def test_cli_alerts_prints_lines_and_json_without_the_webhook_path(
    alerts: list[Alert], redis_url: str, stream_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("STREAM_PREFIX", stream_prefix)
    runner = CliRunner()
    table = runner.invoke(cli, ["alerts", "--count", "3"])
    assert table.exit_code == 0, table.output
    assert "زلازل" in table.output
    assert "queued" in table.output
    assert "list only" in table.output
    listed = json.loads(runner.invoke(cli, ["alerts", "--json", "--watchlist", "w-gaza"]).output)
    assert [row["alert"]["alert_id"] for row in listed] == [alerts[n].alert_id for n in (3, 1, 0)]
    assert {row["alert"]["target"] for row in listed} == {"https://hooks.example.com/…"}


def test_cli_alerts_digest_prints_each_watchlist_with_its_stories(
    alerts: list[Alert], redis_url: str, stream_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("STREAM_PREFIX", stream_prefix)
    monkeypatch.setenv("ES_URL", f"http://127.0.0.1:{servers.free_port()}")  # outlets fall back
    result = CliRunner().invoke(cli, ["alerts", "--digest", "--day", MATCHED.date().isoformat()])
    assert result.exit_code == 0, result.output
    assert "غزة والمعابر (desk-middle-east): 3 stories" in result.output
    assert "صدى البلد" in result.output


def test_cli_alerts_refuses_a_malformed_day() -> None:
    result = CliRunner().invoke(cli, ["alerts", "--digest", "--day", "30/11/2026"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


async def test_api_alerts_returns_recent_alerts_with_states(
    alerts: list[Alert], redis_url: str, stream_prefix: str
) -> None:
    settings = ServiceSettings(
        redis_url=redis_url,
        stream_prefix=stream_prefix,
        es_url=f"http://127.0.0.1:{servers.free_port()}",
    )
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://khabar.test") as http:
        response = await http.get("/api/alerts", params={"count": 2})
        down = ServiceSettings(redis_url=f"redis://127.0.0.1:{servers.free_port()}/0")
        away = httpx.ASGITransport(app=create_app(down))
        async with httpx.AsyncClient(transport=away, base_url="http://khabar.test") as other:
            unavailable = await other.get("/api/alerts")
    assert response.status_code == 200
    body = response.json()
    assert [row["alert"]["alert_id"] for row in body] == [a.alert_id for a in alerts[:2:-1]]
    assert [row["state"] for row in body] == ["queued", "queued"]
    assert unavailable.status_code == 503
    assert "unavailable" in unavailable.json()["detail"]
