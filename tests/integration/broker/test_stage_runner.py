"""The reliable half of every stage, on a real Redis: commit, dead letters, reclaim, trimming."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from redis.asyncio import Redis

from shared.broker import ItemResult, StageRunner, ensure_group, per_item, trim_acknowledged
from shared.contracts import Article, Bundle, DeadLetter, Role
from shared.errors import NotNews, SearchUnavailable
from shared.settings import ServiceSettings
from shared.streams import Stage, Streams
from shared.wire import Fields, bundle_fields, decode, decode_bundle
from shared.worker import build_worker

pytestmark = pytest.mark.integration


def as_article(bundle: Bundle) -> list[Article]:
    """A stand-in stage: one article per bundle; 'boom' fails, 'junk' is bad input."""
    if bundle.raw.startswith(b"boom"):
        raise ValueError("boom")
    if bundle.raw.startswith(b"junk"):
        raise NotNews("no article in it")
    text = bundle.raw.decode()
    return [
        Article(
            id=f"{bundle.bundle_id}-000",
            bundle_id=bundle.bundle_id,
            position=0,
            role=Role.MAIN,
            body=text,
        )
    ]


def settings_for(redis_url: str, prefix: str, **extra: Any) -> ServiceSettings:
    return ServiceSettings(redis_url=redis_url, stream_prefix=prefix, consumer_name="c1", **extra)


@pytest.fixture
async def aredis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


async def read_new(
    client: Redis, runner: StageRunner[Any, Any], count: int = 100
) -> list[tuple[bytes, Fields]]:
    """XREADGROUP as the runner's consumer would."""
    reply = await client.xreadgroup(runner.group, "c1", {runner.stream: ">"}, count=count)
    return [(entry_id, fields) for _, entries in reply for entry_id, fields in entries]


def runner_for(redis_url: str, prefix: str, **extra: Any) -> StageRunner[Bundle, Article]:
    settings = settings_for(redis_url, prefix, **extra)
    return StageRunner(
        Stage.SPLITTER, settings, lambda f: decode_bundle(f, 10_000), per_item(as_article)
    )


async def add(client: Redis, streams: Streams, *bodies: bytes) -> None:
    for body in bodies:
        await client.xadd(streams.bundles, bundle_fields(Bundle.from_raw(body)))  # type: ignore[arg-type]


async def test_outputs_are_published_and_inputs_acknowledged_together(
    redis_url: str, stream_prefix: str, aredis: Redis
) -> None:
    streams, runner = Streams(stream_prefix), runner_for(redis_url, stream_prefix)
    await runner.start()
    await add(aredis, streams, "خبر أول".encode(), "خبر ثان".encode())
    await runner.run(await read_new(aredis, runner), reclaimed=False)
    outputs = await aredis.xrange(streams.name("articles"))
    assert sorted(decode(f, Article).body for _, f in outputs) == ["خبر أول", "خبر ثان"]
    assert (await aredis.xpending(streams.bundles, "splitter"))["pending"] == 0
    await runner.stop()


async def test_bad_input_is_dead_lettered_at_once_with_its_reason_and_raw_bytes(
    redis_url: str, stream_prefix: str, aredis: Redis
) -> None:
    streams, runner = Streams(stream_prefix), runner_for(redis_url, stream_prefix)
    await runner.start()
    await add(aredis, streams, b"junk page", "خبر".encode())
    await aredis.xadd(streams.bundles, {"name": b"\xff no body"})
    await runner.run(await read_new(aredis, runner), reclaimed=False)
    letters = [decode(f, DeadLetter) for _, f in await aredis.xrange(streams.dead_letters)]
    assert sorted(letter.error_type for letter in letters) == ["BadMessage", "NotNews"]
    not_news = next(letter for letter in letters if letter.error_type == "NotNews")
    assert not_news.fields["body"] == b"junk page"
    assert "no article in it" in not_news.reason
    assert await aredis.xlen(streams.name("articles")) == 1
    assert (await aredis.xpending(streams.bundles, "splitter"))["pending"] == 0
    await runner.stop()


async def test_a_failing_entry_stays_pending_then_is_dead_lettered_after_max_deliveries(
    redis_url: str, stream_prefix: str, aredis: Redis
) -> None:
    streams, runner = Streams(stream_prefix), runner_for(redis_url, stream_prefix, max_deliveries=2)
    await runner.start()
    await add(aredis, streams, b"boom", "خبر".encode())
    await runner.run(await read_new(aredis, runner), reclaimed=False)
    assert await aredis.xlen(streams.name("articles")) == 1
    assert (await aredis.xpending(streams.bundles, "splitter"))["pending"] == 1
    for _ in range(2):  # reclaimed twice more: deliveries 2, then 3 > max_deliveries
        _, claimed, *_ = await aredis.xautoclaim(streams.bundles, "splitter", "c2", min_idle_time=0)
        await runner.run(claimed, reclaimed=True)
    [(_, fields)] = await aredis.xrange(streams.dead_letters)
    letter = decode(fields, DeadLetter)
    assert letter.error_type == "ValueError"
    assert letter.attempts == 3
    assert "boom" in letter.reason
    assert (await aredis.xpending(streams.bundles, "splitter"))["pending"] == 0
    await runner.stop()


async def test_transient_failures_are_retried_without_end_and_never_dead_lettered(
    redis_url: str, stream_prefix: str, aredis: Redis
) -> None:
    async def search_down(items: list[Bundle]) -> list[ItemResult[Article]]:
        raise SearchUnavailable("Elasticsearch did not answer")

    settings = settings_for(redis_url, stream_prefix, max_deliveries=1)
    runner: StageRunner[Bundle, Article] = StageRunner(
        Stage.SPLITTER, settings, lambda f: decode_bundle(f, 10_000), search_down
    )
    streams = Streams(stream_prefix)
    await runner.start()
    await add(aredis, streams, "خبر".encode())
    await runner.run(await read_new(aredis, runner), reclaimed=False)
    for _ in range(3):
        _, claimed, *_ = await aredis.xautoclaim(streams.bundles, "splitter", "c1", min_idle_time=0)
        await runner.run(claimed, reclaimed=True)
    assert await aredis.xlen(streams.dead_letters) == 0
    assert (await aredis.xpending(streams.bundles, "splitter"))["pending"] == 1
    await runner.stop()


async def test_trimming_keeps_every_entry_a_group_has_not_acknowledged(
    redis_url: str, stream_prefix: str, aredis: Redis
) -> None:
    streams = Streams(stream_prefix)
    await ensure_group(aredis, streams.bundles, "splitter")
    await add(aredis, streams, *(f"خبر {i}".encode() for i in range(10)))
    reply = await aredis.xreadgroup("splitter", "c1", {streams.bundles: ">"}, count=6)
    ids = [entry_id for _, entries in reply for entry_id, _ in entries]
    await aredis.xack(
        streams.bundles, "splitter", *ids[:3], ids[4]
    )  # ids[3] and ids[5] stay pending
    await trim_acknowledged(aredis, streams.bundles)
    remaining = [entry_id for entry_id, _ in await aredis.xrange(streams.bundles)]
    assert remaining[0] == ids[3], "nothing at or after the oldest pending entry is trimmed"
    assert len(remaining) == 7


async def test_a_worker_app_consumes_entries_pushed_before_it_started(
    redis_url: str, stream_prefix: str, aredis: Redis
) -> None:
    streams = Streams(stream_prefix)
    await add(aredis, streams, "خبر قديم".encode(), b"junk")

    @asynccontextmanager
    async def resources() -> AsyncIterator[Any]:
        yield per_item(as_article)

    app = build_worker(
        Stage.SPLITTER,
        settings_for(redis_url, stream_prefix),
        lambda f: decode_bundle(f, 10_000),
        resources,
    )
    task = asyncio.create_task(app.run())
    try:
        for _ in range(100):
            if await aredis.xlen(streams.name("articles")) and await aredis.xlen(
                streams.dead_letters
            ):
                break
            await asyncio.sleep(0.1)
        assert await aredis.xlen(streams.name("articles")) == 1
        assert await aredis.xlen(streams.dead_letters) == 1
    finally:
        app.exit()
        await asyncio.wait_for(task, 30)
