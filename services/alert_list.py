"""Recent alerts with their delivery state (`khabar alerts`, `GET /api/alerts`), and a daily digest.

Alerts come from the delivery stage's records (kept `KHABAR_DELIVERY_STATE_DAYS`) and from the
alerts stream for those no delivery worker has handled yet (shown as queued).
"""

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

from pydantic import BaseModel, ValidationError
from redis import Redis

from services.delivery.records import DeliveryRecord, DeliveryState, recent_key, state_key
from services.delivery.webhook import origin
from shared.contracts import Alert
from shared.streams import Stage, Streams

PAGE = 500
STREAM_SCAN = 2000  # newest stream entries looked at for alerts not handled yet


class AlertRow(BaseModel):
    """One alert as a person reads it: what matched, and where its delivery stands."""

    alert: Alert
    state: DeliveryState
    attempts: int = 0
    status: int | None = None
    error: str = ""
    updated_at: datetime | None = None

    def shareable(self) -> "AlertRow":
        """The row with the webhook URL cut to its origin: paths and queries often hold tokens."""
        if self.alert.target is None:
            return self
        alert = self.alert.model_copy(update={"target": f"{origin(self.alert.target)}/…"})
        return self.model_copy(update={"alert": alert})


class DigestStory(BaseModel):
    """One story of the day in a watchlist's digest."""

    story_id: str
    title: str | None
    url: str | None
    matched_at: datetime
    outlets: list[str]


class WatchlistDigest(BaseModel):
    """A watchlist's stories of one day."""

    watchlist_id: str
    watchlist_name: str
    owner: str
    stories: list[DigestStory]


def recent_alerts(
    redis: Redis, streams: Streams, count: int = 20, watchlist: str | None = None
) -> list[AlertRow]:
    """The newest `count` alerts (by match time), of one watchlist (id or name) if named."""
    rows: dict[str, AlertRow] = {}
    for row in _queued(redis, streams):
        rows[row.alert.alert_id] = row
    found = 0
    for row in _recorded(redis, streams):  # newest first: stop once `count` of them match
        rows[row.alert.alert_id] = row  # the record knows more than the stream entry
        if _matches(row, watchlist):
            found += 1
            if found >= count:
                break
    chosen = [row for row in rows.values() if _matches(row, watchlist)]
    chosen.sort(key=lambda row: row.alert.matched_at, reverse=True)
    return chosen[:count]


def _matches(row: AlertRow, watchlist: str | None) -> bool:
    return watchlist is None or watchlist in (row.alert.watchlist_id, row.alert.watchlist_name)


def _recorded(redis: Redis, streams: Streams) -> Iterator[AlertRow]:
    """Rows from the delivery records, newest match first."""
    start = 0
    while True:
        ids: list[bytes] = redis.zrevrange(recent_key(streams), start, start + PAGE - 1)  # type: ignore[assignment]
        if not ids:
            return
        with redis.pipeline(transaction=False) as pipe:
            for alert_id in ids:
                pipe.hmget(state_key(streams, alert_id.decode()), ["alert", "record"])
            replies = pipe.execute()
        for alert_json, record_json in replies:
            if alert_json is None or record_json is None:
                continue  # expired since the sorted set was pruned
            record = DeliveryRecord.model_validate_json(record_json)
            yield AlertRow(
                alert=Alert.model_validate_json(alert_json),
                state=record.state,
                attempts=record.attempts,
                status=record.status,
                error=record.error,
                updated_at=record.updated_at,
            )
        start += PAGE


def _queued(redis: Redis, streams: Streams) -> Iterator[AlertRow]:
    """Rows for the newest alerts on the stream (valid ones only; bad entries are dead letters)."""
    stream = streams.input_of(Stage.DELIVERY)
    for _, fields in redis.xrevrange(stream, count=STREAM_SCAN):  # type: ignore[union-attr]
        payload = fields.get(b"payload")
        if payload is None:
            continue
        try:
            alert = Alert.model_validate_json(payload)
        except ValidationError:
            continue
        yield AlertRow(alert=alert, state=DeliveryState.QUEUED)


def daily_digest(
    rows: list[AlertRow],
    day: date,
    outlets_of: Callable[[AlertRow], list[str]] | None = None,
) -> list[WatchlistDigest]:
    """Alerts matched on `day` (UTC), grouped per watchlist, stories oldest first."""
    digests: dict[str, WatchlistDigest] = {}
    for row in sorted(rows, key=lambda row: row.alert.matched_at):
        alert = row.alert
        if alert.matched_at.astimezone(UTC).date() != day:
            continue
        digest = digests.setdefault(
            alert.watchlist_id,
            WatchlistDigest(
                watchlist_id=alert.watchlist_id,
                watchlist_name=alert.watchlist_name,
                owner=alert.owner,
                stories=[],
            ),
        )
        if any(story.story_id == alert.story_id for story in digest.stories):
            continue
        outlets = outlets_of(row) if outlets_of else []
        digest.stories.append(
            DigestStory(
                story_id=alert.story_id,
                title=alert.title,
                url=alert.url,
                matched_at=alert.matched_at,
                outlets=outlets or ([alert.source] if alert.source else []),
            )
        )
    return sorted(digests.values(), key=lambda digest: digest.watchlist_name)
