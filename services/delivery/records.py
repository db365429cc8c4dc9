"""What the delivery stage remembers per alert, in Redis, for `khabar alerts` and its own retries.

`<prefix>:delivery:state:<alert_id>` is a hash {alert: contract JSON, record: DeliveryRecord JSON}
with a TTL; `<prefix>:delivery:recent` is a sorted set of alert ids by `matched_at`, pruned to
the same window. The alerts stream itself is trimmed once every group has read it, so the list
cannot rely on it alone.
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import StrEnum

from pydantic import BaseModel
from redis.asyncio import Redis

from shared.contracts import Alert
from shared.streams import Streams

STATE_DAYS = 30


class DeliveryState(StrEnum):
    """Where an alert's delivery stands."""

    QUEUED = "queued"  # on the stream, not handled by a delivery worker yet
    LIST_ONLY = "list only"  # no target: kept for the list
    RETRYING = "retrying"
    DELIVERED = "delivered"
    FAILED = "failed"  # given up: the alert is in the dead-letter stream


class DeliveryRecord(BaseModel):
    """One alert's delivery so far."""

    state: DeliveryState
    attempts: int = 0
    rounds: int = 0
    status: int | None = None
    error: str = ""
    updated_at: datetime
    next_at: datetime | None = None


def state_key(streams: Streams, alert_id: str) -> str:
    """The hash of one alert's delivery."""
    return streams.key("delivery", "state", alert_id)


def recent_key(streams: Streams) -> str:
    """The sorted set of alert ids by match time."""
    return streams.key("delivery", "recent")


class DeliveryLog:
    """Read and write delivery records, a batch per round trip; every write renews the TTL."""

    def __init__(self, redis: Redis, streams: Streams, state_days: int = STATE_DAYS) -> None:
        self.redis = redis
        self.streams = streams
        self.ttl = timedelta(days=state_days)

    async def get(self, alert_id: str) -> DeliveryRecord | None:
        """The alert's record, None if it was never handled (or has expired)."""
        [record] = await self.get_many([alert_id])
        return record

    async def get_many(self, alert_ids: Sequence[str]) -> list[DeliveryRecord | None]:
        """The records of several alerts, in order, in one round trip."""
        if not alert_ids:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for alert_id in alert_ids:
                pipe.hget(state_key(self.streams, alert_id), "record")
            raws = await pipe.execute()
        return [DeliveryRecord.model_validate_json(raw) if raw else None for raw in raws]

    async def put(self, alert: Alert, record: DeliveryRecord) -> None:
        """Store the alert with its record, and list it under its match time."""
        await self.put_many([(alert, record)])

    async def put_many(self, entries: Sequence[tuple[Alert, DeliveryRecord]]) -> None:
        """Store several alerts with their records in one transaction (all or none)."""
        if not entries:
            return
        recent = recent_key(self.streams)
        newest = max(record.updated_at for _, record in entries)
        async with self.redis.pipeline(transaction=True) as tx:
            for alert, record in entries:
                key = state_key(self.streams, alert.alert_id)
                tx.hset(
                    key,
                    mapping={"alert": alert.model_dump_json(), "record": record.model_dump_json()},
                )
                tx.expire(key, self.ttl)
            tx.zadd(recent, {alert.alert_id: alert.matched_at.timestamp() for alert, _ in entries})
            tx.zremrangebyscore(recent, "-inf", (newest - self.ttl).timestamp())
            tx.expire(recent, self.ttl)
            await tx.execute()
