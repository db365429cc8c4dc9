"""One FastStream app per stage, built the same way: a stage supplies only its decode and its work."""

import asyncio
import contextlib
import logging
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack
from typing import Any

from faststream import FastStream
from faststream.middlewares import AckPolicy
from faststream.redis import RedisBroker
from faststream.redis.annotations import RedisBatchStreamMessage, RedisStreamMessage

from shared.broker import Handle, StageRunner, keep_raw_entries, make_broker
from shared.logs import setup_logging
from shared.metrics import LAG, serve_metrics
from shared.settings import ServiceSettings
from shared.streams import Stage, Streams
from shared.wire import Fields

logger = logging.getLogger("khabar.worker")

HEARTBEAT_SECONDS = 5
HEARTBEAT_TTL_SECONDS = 20


def subscribe(broker: RedisBroker, runner: StageRunner[Any, Any]) -> None:
    """Register the stage's two handlers: new entries in batches, and reclaimed stale ones."""
    verb = runner.stage.value

    @broker.subscriber(  # type: ignore[untyped-decorator]
        stream=runner.fresh(),
        parser=keep_raw_entries,
        ack_policy=AckPolicy.MANUAL,
        title=f"{verb}-new",
    )
    async def process_new(message: RedisBatchStreamMessage) -> None:
        await runner.on_fresh(message)

    @broker.subscriber(  # type: ignore[untyped-decorator]
        stream=runner.stale(),
        parser=keep_raw_entries,
        ack_policy=AckPolicy.MANUAL,
        title=f"{verb}-reclaimed",
    )
    async def process_reclaimed(message: RedisStreamMessage) -> None:
        await runner.on_reclaimed(message)


def build_worker(
    stage: Stage,
    settings: ServiceSettings,
    decode: Callable[[Fields], Any],
    resources: Callable[[], AbstractAsyncContextManager[Handle[Any, Any]]],
) -> FastStream:
    """A FastStream app for `stage`; `resources` opens heavy things once and yields the work."""
    setup_logging(settings.log_level, service=stage.value)
    broker = make_broker(settings)
    stack = AsyncExitStack()
    work: list[Handle[Any, Any]] = []

    async def handle(items: list[Any]) -> list[Any]:
        return await work[0](items)

    runner: StageRunner[Any, Any] = StageRunner(stage, settings, decode, handle)
    subscribe(broker, runner)
    app = FastStream(broker)
    beat: list[asyncio.Task[None]] = []

    @app.on_startup
    async def open_resources() -> None:
        work.append(await stack.enter_async_context(resources()))
        await runner.start()
        serve_metrics(settings.metrics_port, settings.metrics_host)
        beat.append(asyncio.create_task(_heartbeat(runner)))
        logger.info(
            "worker ready",
            extra={"fields": {"stage": stage.value, "consumer": settings.consumer_name}},
        )

    @app.after_shutdown
    async def close_resources() -> None:
        for task in beat:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if runner.started:  # a failed startup must not hide its own error behind this one
            await runner.redis.delete(_heartbeat_key(runner))
            await runner.stop()
        await stack.aclose()
        logger.info("worker stopped", extra={"fields": {"stage": stage.value}})

    return app


def _heartbeat_key(runner: StageRunner[Any, Any]) -> str:
    return heartbeat_key(runner.streams, runner.stage, runner.settings.consumer_name)


def heartbeat_key(streams: Streams, stage: Stage, consumer: str) -> str:
    """Where a live worker says it is ready; `consumer` may be a SCAN pattern."""
    return streams.key("workers", stage.value, consumer)


async def _heartbeat(runner: StageRunner[Any, Any]) -> None:
    """Say this worker is alive (for `khabar status`) and publish the group's lag as a metric."""
    key = _heartbeat_key(runner)
    while True:
        await runner.redis.set(key, "ready", ex=HEARTBEAT_TTL_SECONDS)
        with contextlib.suppress(Exception):
            for group in await runner.redis.xinfo_groups(runner.stream):
                if group["name"].decode() == runner.group and group.get("lag") is not None:
                    LAG.labels(runner.stage.value).set(int(group["lag"]))
        await asyncio.sleep(HEARTBEAT_SECONDS)
