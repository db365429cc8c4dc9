"""Alerts made up for delivery tests, and how to put them on the stream as the alerts stage does."""

import hashlib
from datetime import UTC, datetime, timedelta

import redis

from shared.contracts import Alert
from shared.streams import Streams
from shared.wire import encode

SECRET = "test-secret-do-not-use"  # noqa: S105 (a test key)
MATCHED = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def make_alert(n: int, target: str | None, watchlist: str = "w-gaza", **over: object) -> Alert:
    """Alert number n of a watchlist, matched n minutes after MATCHED."""
    fields: dict[str, object] = {
        "alert_id": hashlib.sha256(f"{watchlist}/{n}".encode()).hexdigest()[:32],
        "watchlist_id": watchlist,
        "watchlist_name": "غزة والمعابر",
        "owner": "desk-middle-east",
        "query": '"معبر رفح"',
        "target": target,
        "story_id": f"{n:032x}-000",
        "article_id": f"{n:032x}-000",
        "title": f"فتح معبر رفح أمام المسافرين ({n})",
        "source": "صدى البلد",
        "url": f"https://example.com/news/{n}",
        "published_at": MATCHED - timedelta(hours=1),
        "matched_at": MATCHED + timedelta(minutes=n),
    }
    fields.update(over)
    return Alert.model_validate(fields)


def publish(client: redis.Redis, streams: Streams, alerts: list[Alert]) -> None:
    """XADD alerts to `<prefix>:alerts` in the layout every contract stream uses."""
    with client.pipeline(transaction=False) as pipe:
        for alert in alerts:
            pipe.xadd(streams.name("alerts"), encode(alert))  # type: ignore[arg-type]
        pipe.execute()
