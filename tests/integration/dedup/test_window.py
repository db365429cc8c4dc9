"""Dedup state is bounded by a window: every key on a real Redis carries a TTL within it."""

import time

import pytest
import redis

from services.dedup.bulk import BulkLoader, FingerprintRows
from services.dedup.dedup import Deduplicator
from services.dedup.fingerprint import body_fingerprint
from services.dedup.store import Namespace, RedisDedupStore
from services.dedup.stories import RedisStoryStore, StoryAssigner
from tests.unit.dedup.factories import BODY, article_id, make_article
from tests.unit.dedup.story_reports import reports_of

pytestmark = pytest.mark.integration

WINDOW_DAYS = 3


def _ttls(client: "redis.Redis", pattern: str) -> list[int]:
    return [int(client.ttl(key)) for key in client.scan_iter(match=pattern)]


def test_every_dedup_and_story_key_expires_within_the_window(
    client: "redis.Redis", stream_prefix: str
) -> None:
    dedup = Deduplicator(
        RedisDedupStore(client, stream_prefix, window_days=WINDOW_DAYS),
        StoryAssigner(RedisStoryStore(client, stream_prefix, window_days=WINDOW_DAYS)),
    )
    for article in [make_article("a"), make_article("b"), *reports_of("a-fire-tetouan")]:
        dedup.judge(article)
    ttls = _ttls(client, f"{stream_prefix}:*")
    assert {k.decode().split(":")[2] for k in client.scan_iter(match=f"{stream_prefix}:*")} >= {
        "body",
        "title",
        "story",
    }
    assert all(0 < ttl <= WINDOW_DAYS * 86_400 for ttl in ttls)


def test_bulk_loaded_keys_expire_within_the_window(
    client: "redis.Redis", stream_prefix: str
) -> None:
    store = RedisDedupStore(client, stream_prefix, capacity=1000, window_days=WINDOW_DAYS)
    fingerprints = [body_fingerprint(f"{BODY} {n}") for n in range(20)]
    BulkLoader(store).load(
        Namespace.BODY,
        [article_id(f"bulk-{n}") for n in range(20)],
        FingerprintRows.of(fingerprints),
    )
    ttls = _ttls(client, f"{stream_prefix}:*")
    assert ttls
    assert all(0 < ttl <= WINDOW_DAYS * 86_400 for ttl in ttls)


def test_copy_of_an_expired_original_becomes_the_original(
    client: "redis.Redis", stream_prefix: str
) -> None:
    store = RedisDedupStore(client, stream_prefix, window_days=WINDOW_DAYS)
    fingerprint = body_fingerprint(BODY)
    store.check_and_insert(Namespace.BODY, article_id("old"), fingerprint, has_body=True)
    for block in client.scan_iter(match=f"{stream_prefix}:dedup:body:docs:*"):
        client.pexpire(block, 1)  # the window passed for the original's record
    time.sleep(0.05)
    copy = store.check_and_insert(Namespace.BODY, article_id("new"), fingerprint, has_body=True)
    later = store.check_and_insert(Namespace.BODY, article_id("later"), fingerprint, has_body=True)
    assert (copy.original, copy.candidates) == (article_id("new"), ())
    assert later.original == article_id("new")
