"""How every stage reads its stream, the same way, so `--scale` and crash recovery just work.

FastStream reads the consumer group; `StageRunner` does what FastStream's Redis subscriber lacks:
- outputs are published and the input acknowledged in ONE transaction (MULTI/EXEC), so a worker
  killed at any point either did both or neither: the entry stays pending and is reclaimed;
- entries pending on a dead or stuck consumer are reclaimed (XAUTOCLAIM) after `claim_idle_ms`;
- bad input goes to the dead-letter stream at once; an entry that keeps failing for another reason
  goes there after `max_deliveries`; transient failures (Elasticsearch down) are retried forever;
- the input stream is trimmed below what the group has acknowledged, never by a blind MAXLEN.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from faststream.redis import RedisBroker, StreamSub
from faststream.redis.message import RedisBatchStreamMessage, RedisStreamMessage
from pydantic import BaseModel
from redis.asyncio import Redis
from redis.exceptions import ResponseError

from shared import metrics
from shared.contracts import DeadLetter
from shared.errors import BadInput, KhabarError, Transient
from shared.logs import log_fields
from shared.settings import ServiceSettings
from shared.streams import Stage, Streams, group_of
from shared.wire import Fields, encode

In = TypeVar("In")
Out = TypeVar("Out", bound=BaseModel)

# What a stage's handle returns per input, in order: its outputs, or the exception it raised.
ItemResult = list[Out] | BaseException
Handle = Callable[[list[In]], Awaitable[list[ItemResult[Out]]]]

logger = logging.getLogger("khabar.broker")

_PLACEHOLDER = {b"__data__": b"{}"}
_TRANSIENT_MARK = "transient:"
_TRIM_EVERY = 50  # batches between two trims of the input stream


def make_broker(settings: ServiceSettings) -> RedisBroker:
    """The FastStream broker every service uses."""
    return RedisBroker(settings.redis_url, graceful_timeout=30.0, log_level=logging.DEBUG)


async def keep_raw_entries(message: Mapping[str, Any], original: Callable[..., Any]) -> Any:
    """A FastStream parser that leaves stream fields untouched for the runner to decode.

    FastStream's own parser JSON-encodes plain fields and fails on bytes that are not UTF-8,
    which would strand a bad bundle forever instead of dead-lettering it.
    """
    data = message["data"]
    stub = dict(message)
    stub["entries"] = data
    stub["data"] = [_PLACEHOLDER for _ in data] if isinstance(data, list) else _PLACEHOLDER
    return await original(stub)


@dataclass
class _Batch(Generic[In]):
    """Entries of one read, sorted into what to process, what to dead-letter, what to keep."""

    ids: list[bytes]
    items: list[In]
    dead: list[DeadLetter]
    dead_ids: list[bytes]


class StageRunner(Generic[In, Out]):
    """Decode, process, publish-and-acknowledge, dead-letter: the reliable half of a stage."""

    def __init__(
        self,
        stage: Stage,
        settings: ServiceSettings,
        decode: Callable[[Fields], In],
        handle: Handle[In, Out],
    ) -> None:
        self.stage = stage
        self.settings = settings
        self.streams = Streams(settings.stream_prefix)
        self.stream = self.streams.input_of(stage)
        self.output = self.streams.output_of(stage)
        self.group = group_of(stage)
        self.decode = decode
        self.handle = handle
        self._errors_key = self.streams.key("errors", stage.value)
        self._processed_key = self.streams.key("processed", stage.value)
        self._redis: Redis | None = None
        self._batches = 0

    # -- wiring --------------------------------------------------------------------------------

    def fresh(self) -> StreamSub:
        """The subscription for new entries, read in batches by this worker."""
        return StreamSub(
            self.stream,
            group=self.group,
            consumer=self.settings.consumer_name,
            batch=True,
            max_records=self.settings.batch_size,
            polling_interval=200,
        )

    def stale(self) -> StreamSub:
        """The subscription that reclaims entries left pending by a dead or stuck consumer."""
        return StreamSub(
            self.stream,
            group=self.group,
            consumer=self.settings.consumer_name,
            min_idle_time=self.settings.claim_idle_ms,
            polling_interval=max(200, self.settings.claim_idle_ms // 4),
        )

    async def start(self) -> None:
        """Open the runner's own Redis connection (for transactions)."""
        self._redis = Redis.from_url(self.settings.redis_url)
        await ensure_group(self._redis, self.stream, self.group)

    async def stop(self) -> None:
        """Close the connection."""
        if self._redis is not None:
            await self._redis.aclose()
            self._redis = None

    @property
    def started(self) -> bool:
        """Whether start() opened the connection."""
        return self._redis is not None

    @property
    def redis(self) -> Redis:
        """The open connection; start() must have run."""
        if self._redis is None:
            raise RuntimeError("StageRunner.start() was not awaited (call it from the lifespan)")
        return self._redis

    # -- entry points from FastStream handlers -------------------------------------------------

    async def on_fresh(self, message: RedisBatchStreamMessage) -> None:
        """Process a batch of new entries."""
        raw = message.raw_message
        entries = list(zip(raw["message_ids"], raw["entries"], strict=True))  # type: ignore[typeddict-item]
        await self.run(entries, reclaimed=False)

    async def on_reclaimed(self, message: RedisStreamMessage) -> None:
        """Process one entry reclaimed from another consumer."""
        raw = message.raw_message
        metrics.RETRIED.labels(self.stage.value).inc()
        await self.run([(raw["message_ids"][0], raw["entries"])], reclaimed=True)  # type: ignore[typeddict-item]

    # -- the work ------------------------------------------------------------------------------

    async def run(self, entries: Sequence[tuple[bytes, Fields]], *, reclaimed: bool) -> None:
        """Process entries and commit the outcome; whatever is not committed stays pending."""
        started = time.perf_counter()
        batch = await self._sort(entries, reclaimed=reclaimed)
        results = await self._process(batch.items)
        outputs: list[Out] = []
        done: list[bytes] = list(batch.dead_ids)
        failures: dict[bytes, str] = {}
        dead = list(batch.dead)
        for entry_id, fields, result in zip(
            batch.ids, self._fields(entries, batch.ids), results, strict=True
        ):
            if isinstance(result, BaseException):
                if isinstance(result, BadInput):
                    dead.append(self._dead_letter(entry_id, fields, result, attempts=1))
                    done.append(entry_id)
                else:
                    failures[entry_id] = self._failure_text(result)
            else:
                outputs.extend(result)
                done.append(entry_id)
        await self._commit(outputs, dead, done, failures)
        metrics.LATENCY.labels(self.stage.value).observe(time.perf_counter() - started)
        if any(text.startswith(_TRANSIENT_MARK) for text in failures.values()):
            await asyncio.sleep(1.0)  # a dependency is down: don't spin on it
        await self._maybe_trim()

    async def _sort(
        self, entries: Sequence[tuple[bytes, Fields]], *, reclaimed: bool
    ) -> _Batch[In]:
        batch: _Batch[In] = _Batch([], [], [], [])
        for entry_id, fields in entries:
            if reclaimed:
                letter = await self._over_limit(entry_id, fields)
                if letter is not None:
                    batch.dead.append(letter)
                    batch.dead_ids.append(entry_id)
                    continue
            try:
                batch.items.append(self.decode(fields))
                batch.ids.append(entry_id)
            except BadInput as exc:
                batch.dead.append(self._dead_letter(entry_id, fields, exc, attempts=1))
                batch.dead_ids.append(entry_id)
        return batch

    @staticmethod
    def _fields(entries: Sequence[tuple[bytes, Fields]], ids: list[bytes]) -> list[Fields]:
        by_id = dict(entries)
        return [by_id[entry_id] for entry_id in ids]

    async def _process(self, items: list[In]) -> list[ItemResult[Out]]:
        """Run the stage on the batch; if the batch as a whole fails, isolate the culprit."""
        if not items:
            return []
        try:
            return await self.handle(items)
        except Transient as exc:  # a dependency is down: every entry waits for it
            return [exc] * len(items)
        except Exception:
            logger.warning("batch failed; retrying its entries one by one", exc_info=True)
            isolated: list[ItemResult[Out]] = []
            for item in items:
                isolated.extend(await self._one(item))
            return isolated

    async def _one(self, item: In) -> list[ItemResult[Out]]:
        try:
            return await self.handle([item])
        except Exception as exc:  # the runner decides per error class
            return [exc]

    async def _over_limit(self, entry_id: bytes, fields: Fields) -> DeadLetter | None:
        """A dead letter for an entry delivered too often with non-transient failures."""
        pending = await self.redis.xpending_range(
            self.stream, self.group, min=entry_id, max=entry_id, count=1
        )
        deliveries = int(pending[0]["times_delivered"]) if pending else 1
        last = await self.redis.hget(self._errors_key, entry_id.decode())  # type: ignore[misc]
        last_error = last.decode() if last else "unknown error (no worker recorded one)"
        if deliveries <= self.settings.max_deliveries or last_error.startswith(_TRANSIENT_MARK):
            return None
        error_type, _, reason = last_error.partition(": ")
        return DeadLetter(
            stage=self.stage.value,
            stream=self.stream,
            entry_id=entry_id.decode(),
            error_type=error_type,
            reason=f"Failed {deliveries} deliveries; last error: {reason}",
            attempts=deliveries,
            failed_at=datetime.now(UTC),
            fields={k.decode(errors="replace"): v for k, v in fields.items()},
        )

    def _dead_letter(
        self, entry_id: bytes, fields: Fields, exc: BaseException, attempts: int
    ) -> DeadLetter:
        reason = exc.reason() if isinstance(exc, KhabarError) else str(exc)
        return DeadLetter(
            stage=self.stage.value,
            stream=self.stream,
            entry_id=entry_id.decode(),
            error_type=type(exc).__name__,
            reason=reason,
            attempts=attempts,
            failed_at=datetime.now(UTC),
            fields={k.decode(errors="replace"): v for k, v in fields.items()},
        )

    @staticmethod
    def _failure_text(exc: BaseException) -> str:
        mark = _TRANSIENT_MARK if isinstance(exc, Transient) else ""
        return f"{mark}{type(exc).__name__}: {exc}"[:2000]

    async def _commit(
        self,
        outputs: list[Out],
        dead: list[DeadLetter],
        done: list[bytes],
        failures: dict[bytes, str],
    ) -> None:
        """Publish outputs and dead letters and acknowledge inputs, all or nothing."""
        async with self.redis.pipeline(transaction=True) as tx:
            if self.output is not None:
                for model in outputs:
                    tx.xadd(self.output, encode(model))  # type: ignore[arg-type]
            for letter in dead:
                tx.xadd(self.streams.dead_letters, dead_letter_fields(letter))  # type: ignore[arg-type]
            if done:
                tx.xack(self.stream, self.group, *done)
                tx.hdel(self._errors_key, *(entry_id.decode() for entry_id in done))
            if len(done) > len(dead):  # per-consumer tallies: who did the work (status, tests)
                tx.hincrby(self._processed_key, self.settings.consumer_name, len(done) - len(dead))
            if failures:
                tx.hset(self._errors_key, mapping={k.decode(): v for k, v in failures.items()})
            await tx.execute()
        stage = self.stage.value
        metrics.PROCESSED.labels(stage).inc(len(done) - len(dead))
        metrics.PUBLISHED.labels(stage).inc(len(outputs))
        metrics.DEAD_LETTERED.labels(stage).inc(len(dead))
        for letter in dead:
            logger.warning(
                "dead-lettered",
                extra=log_fields(
                    entry_id=letter.entry_id, error=letter.error_type, reason=letter.reason
                ),
            )
        for entry_id, text in failures.items():
            metrics.FAILED.labels(stage, text.split(":")[0]).inc()
            logger.error(
                "entry failed, left pending",
                extra=log_fields(entry_id=entry_id.decode(), error=text),
            )

    async def _maybe_trim(self) -> None:
        self._batches += 1
        if self._batches % _TRIM_EVERY == 0:
            await trim_acknowledged(self.redis, self.stream)


async def ensure_group(redis: Redis, stream: str, group: str) -> None:
    """Create the stage's consumer group at the stream's start, so nothing pushed earlier is missed.

    FastStream would create it at `$` (only entries added after the first worker started).
    """
    try:
        await redis.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


def per_item(work: Callable[[In], list[Out]]) -> Handle[In, Out]:
    """Adapt a pure one-input function to a handle; it runs in a thread, off the event loop."""

    def run_all(items: list[In]) -> list[ItemResult[Out]]:
        results: list[ItemResult[Out]] = []
        for item in items:
            try:
                results.append(work(item))
            except Exception as exc:  # sorted by the runner: bad input or retry
                results.append(exc)
        return results

    async def handle(items: list[In]) -> list[ItemResult[Out]]:
        return await asyncio.to_thread(run_all, items)

    return handle


def batched(work: Callable[[list[In]], list[Out]]) -> Handle[In, Out]:
    """Adapt a pure batch function (one output per input) to a handle, run in a thread."""

    async def handle(items: list[In]) -> list[ItemResult[Out]]:
        outputs = await asyncio.to_thread(work, items)
        return [[out] for out in outputs]

    return handle


def dead_letter_fields(letter: DeadLetter) -> dict[str, bytes]:
    """A dead letter as stream fields: readable summary fields plus the full JSON payload."""
    fields = encode(letter)
    fields.update(
        stage=letter.stage.encode(),
        error_type=letter.error_type.encode(),
        reason=letter.reason.encode(),
    )
    return fields


async def trim_acknowledged(redis: Redis, stream: str) -> int:
    """Drop entries every group has acknowledged; return how many went.

    The floor is the oldest entry still pending in any group, or else the oldest last-delivered id:
    nothing a group has not read and acknowledged is ever trimmed.
    """
    try:
        groups = await redis.xinfo_groups(stream)
    except Exception:  # the stream does not exist yet
        return 0
    if not groups:
        return 0
    floor: tuple[int, int] | None = None
    for group in groups:
        candidates = [_entry_key(group["last-delivered-id"])]
        if int(group["pending"]):
            summary = await redis.xpending(stream, group["name"])
            candidates.append(_entry_key(summary["min"]))
        low = min(candidates)
        floor = low if floor is None else min(floor, low)
    if floor is None or floor == (0, 0):
        return 0
    # MINID keeps entries >= floor; the entry at the floor may still be unread by some group.
    return int(await redis.xtrim(stream, minid=f"{floor[0]}-{floor[1]}", approximate=False))


def _entry_key(entry_id: bytes | str) -> tuple[int, int]:
    text = entry_id.decode() if isinstance(entry_id, bytes) else entry_id
    ms, _, seq = text.partition("-")
    return int(ms), int(seq or 0)
