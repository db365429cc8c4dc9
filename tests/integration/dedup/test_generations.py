"""The near-duplicate store's hashes live in generations: a roll-over on a real Redis.

A generation spans half a window; lookups read the current and the previous one, and a
generation's keys expire a window after it began. The store's clock is injected to roll the
generations over; Redis's own clock then expires the old keys.
"""

import time

import pytest
import redis

from services.dedup.fingerprint import body_fingerprint
from services.dedup.store import Namespace, RedisDedupStore
from tests.unit.dedup.factories import BODY, OTHER_BODY, article_id

pytestmark = pytest.mark.integration

WINDOW_S = 4.0  # two generations of 2 s: short enough to see Redis expire the first one


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _generation_keys(client: "redis.Redis", prefix: str, generation: int) -> list[bytes]:
    body = f"{prefix}:dedup:body"
    patterns = [f"{body}:ids:{generation}:*", f"{body}:hash:{generation}:*"]
    patterns.append(f"{body}:band:*:{generation}:*")
    return [key for pattern in patterns for key in client.scan_iter(match=pattern)]


def test_rolled_over_generations_expire_while_copies_within_the_window_are_found(
    client: "redis.Redis", stream_prefix: str
) -> None:
    clock = Clock(1000 * WINDOW_S / 2)  # the start of generation 1000
    store = RedisDedupStore(client, stream_prefix, window_days=WINDOW_S / 86_400, clock=clock)
    old, recent = body_fingerprint(BODY), body_fingerprint(OTHER_BODY)
    store.check_and_insert(Namespace.BODY, article_id("old"), old, has_body=True)
    assert _generation_keys(client, stream_prefix, 1000)

    clock.now += WINDOW_S / 2  # generation 1001: generation 1000 is still read
    copy = store.check_and_insert(Namespace.BODY, article_id("copy"), old, has_body=True)
    store.check_and_insert(Namespace.BODY, article_id("recent"), recent, has_body=True)
    assert copy.original == article_id("old")

    clock.now += WINDOW_S / 2  # generation 1002: "old" is a window behind, "recent" half of one
    within = store.check_and_insert(Namespace.BODY, article_id("within"), recent, has_body=True)
    beyond = store.check_and_insert(Namespace.BODY, article_id("beyond"), old, has_body=True)
    assert within.original == article_id("recent")
    assert article_id("recent") in {c.article_id for c in within.candidates}
    assert (beyond.original, beyond.is_new) == (article_id("beyond"), True)
    assert article_id("old") not in {c.article_id for c in beyond.candidates}

    # Nothing writes generation 1000 any more: Redis drops its keys within a window.
    give_up = time.monotonic() + 3 * WINDOW_S
    while _generation_keys(client, stream_prefix, 1000) and time.monotonic() < give_up:
        time.sleep(0.1)
    assert _generation_keys(client, stream_prefix, 1000) == []
