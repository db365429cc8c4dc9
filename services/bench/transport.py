"""What one hop through Khabar's StageRunner costs per message, with a stage that does nothing.

Read a batch (XREADGROUP), decode each entry into its contract, encode the output, then publish
and acknowledge in one MULTI/EXEC: everything a stage pays besides its own work.
"""

import asyncio
import time
import uuid
from collections.abc import Sequence
from functools import partial
from typing import Any

from redis.asyncio import Redis

from shared.broker import ItemResult, StageRunner
from shared.contracts import EnrichedArticle
from shared.settings import ServiceSettings
from shared.streams import Stage, Streams, group_of
from shared.wire import decode, encode


async def _pass_through(items: list[EnrichedArticle]) -> list[ItemResult[EnrichedArticle]]:
    return [[item] for item in items]


async def _hop(redis_url: str, articles: Sequence[EnrichedArticle], n: int) -> dict[str, Any]:
    prefix = f"bench-hop-{uuid.uuid4().hex[:8]}"
    settings = ServiceSettings(redis_url=redis_url, stream_prefix=prefix, consumer_name="bench")
    runner: StageRunner[EnrichedArticle, EnrichedArticle] = StageRunner(
        Stage.DEDUP, settings, partial(decode, model=EnrichedArticle), _pass_through
    )
    await runner.start()
    streams = Streams(prefix)
    source, group = streams.input_of(Stage.DEDUP), group_of(Stage.DEDUP)
    redis = Redis.from_url(redis_url)
    try:
        payloads = [encode(articles[i % len(articles)]) for i in range(n)]
        for start in range(0, n, 200):
            pipe = redis.pipeline(transaction=False)
            for fields in payloads[start : start + 200]:
                pipe.xadd(source, fields)  # type: ignore[arg-type]
            await pipe.execute()
        done = 0
        started = time.perf_counter()
        while done < n:
            reply = await redis.xreadgroup(
                group, settings.consumer_name, {source: ">"}, count=settings.batch_size
            )
            entries = reply[0][1] if reply else []
            await runner.run(entries, reclaimed=False)
            done += len(entries)
        elapsed = time.perf_counter() - started
    finally:
        await runner.stop()
        keys = [key async for key in redis.scan_iter(f"{prefix}:*", count=1000)]
        if keys:
            await redis.delete(*keys)
        await redis.aclose()
    return {
        "messages": n,
        "batch": settings.batch_size,
        "payload_bytes": round(sum(len(p["payload"]) for p in payloads) / n),
        "per_s": round(n / elapsed, 1),
        "ms_per_message": round(elapsed * 1000 / n, 4),
    }


def bench_transport(redis_url: str, articles: Sequence[EnrichedArticle], n: int) -> dict[str, Any]:
    """Pass n real articles through a do-nothing StageRunner on real Redis."""
    return asyncio.run(_hop(redis_url, articles, n))
