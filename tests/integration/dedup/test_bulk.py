"""Bulk loads write exactly what check-and-insert writes, one article at a time, on a real Redis."""

import hashlib

import numpy as np
import pytest
import redis

from services.dedup.bulk import BulkLoader, FingerprintRows
from services.dedup.fingerprint import BANDS, NUM_PERM, Fingerprint, body_fingerprint
from services.dedup.store import Namespace, Outcome, RedisDedupStore
from tests.unit.dedup.factories import BODY, OTHER_BODY

pytestmark = pytest.mark.integration

_NO_SHINGLES = np.empty(0, dtype=np.uint64)


def _full_id(n: int) -> str:
    """An id as long as real ones (64 hex digits of a bundle hash, a position)."""
    return f"{hashlib.sha256(str(n).encode()).hexdigest()}-{n % 1000:03d}"


def _random(rng: np.random.Generator) -> Fingerprint:
    signature = rng.integers(0, 2**16, size=NUM_PERM, dtype=np.uint16)
    buckets = tuple(int(b) for b in rng.integers(0, 2**63, size=BANDS, dtype=np.uint64))
    return Fingerprint(rng.bytes(32).hex(), _NO_SHINGLES, signature, buckets)


def _articles() -> list[tuple[str, Fingerprint, bool]]:
    """A headline, then fresh articles, exact and near copies, real texts, a repeated id."""
    rng = np.random.default_rng(7)
    fresh = [_random(rng) for _ in range(300)]
    # a title-only item claims BODY's hash first: full articles with that text index themselves
    articles = [("headline", body_fingerprint(BODY), False)]
    articles += [(_full_id(n), f, True) for n, f in enumerate(fresh)]
    # 30 exact copies of one article: only its content hash entry is shared, nothing indexed
    articles += [(f"copy-{n:03d}", fresh[5], True) for n in range(30)]
    # 40 near copies sharing band 0's bucket: that bucket's value outgrows a listpack entry
    for n in range(40):
        near = _random(rng)
        bands = (fresh[9].bands[0], *near.bands[1:])
        near = Fingerprint(near.content_hash, _NO_SHINGLES, near.signature, bands)
        articles.append((f"near-{n:03d}", near, True))
    articles += [("real-body", body_fingerprint(BODY), True)]
    articles += [("real-other", body_fingerprint(OTHER_BODY), True)]
    articles += [("real-body-copy", body_fingerprint(BODY), True), (_full_id(3), fresh[3], True)]
    return articles


def _load_both(
    client: "redis.Redis",
    stream_prefix: str,
    capacity: int,
    articles: list[tuple[str, Fingerprint, bool]],
    batch: int,
) -> tuple[RedisDedupStore, RedisDedupStore]:
    """The same articles in two stores: one by one through check_and_insert, and bulk loaded."""
    one_by_one = RedisDedupStore(client, f"{stream_prefix}:one-by-one", capacity=capacity)
    for article_id, fingerprint, has_body in articles:
        one_by_one.check_and_insert(Namespace.BODY, article_id, fingerprint, has_body)
    bulk = RedisDedupStore(client, f"{stream_prefix}:bulk", capacity=capacity)
    BulkLoader(bulk, batch=batch).load(
        Namespace.BODY,
        [article_id for article_id, _, _ in articles],
        FingerprintRows.of([fingerprint for _, fingerprint, _ in articles]),
        has_body=[has_body for _, _, has_body in articles],
    )
    return one_by_one, bulk


def _layout(client: "redis.Redis", prefix: str) -> dict[str, tuple[str, str, object]]:
    """Every key of a store by its name after the prefix: type, encoding and content.

    The content is DUMP's serialization (listpack bytes, so entry order counts) except for
    hashtables, whose DUMP follows the order of their buckets: their fields and values.
    """
    keys = list(client.scan_iter(match=f"{prefix}:*", count=1000))
    pipe = client.pipeline(transaction=False)
    for key in keys:
        pipe.type(key)
        pipe.object("ENCODING", key)
    kinds = pipe.execute()
    for n, key in enumerate(keys):
        (pipe.hgetall if kinds[2 * n + 1] == b"hashtable" else pipe.dump)(key)
    contents = pipe.execute()
    return {
        key.decode().removeprefix(prefix): (
            kinds[2 * n].decode(),
            kinds[2 * n + 1].decode(),
            content,
        )
        for n, (key, content) in enumerate(zip(keys, contents, strict=True))
    }


def _plain(outcome: Outcome) -> tuple[object, ...]:
    """An Outcome with its candidates' signatures as lists, so two compare with ==."""
    candidates = [
        (c.article_id, c.seq, c.signature.tolist(), c.has_body, c.band_hits)
        for c in outcome.candidates
    ]
    return (outcome.seq, outcome.is_new, outcome.original, candidates)


@pytest.mark.parametrize("capacity", [64, 100_000], ids=["one-shard", "many-shards"])
def test_bulk_load_leaves_same_keys_values_and_encodings_as_check_and_insert(
    client: "redis.Redis", stream_prefix: str, capacity: int
) -> None:
    _load_both(client, stream_prefix, capacity, _articles(), batch=100)
    expected = _layout(client, f"{stream_prefix}:one-by-one")
    assert {enc for _, enc, _ in expected.values()} >= {"listpack", "hashtable", "raw", "int"}
    assert _layout(client, f"{stream_prefix}:bulk") == expected


def test_bulk_load_of_crowded_hashes_gives_same_layout_and_verdicts(
    client: "redis.Redis", stream_prefix: str
) -> None:
    # one shard: each band hash gets 2,050 fields in one HSET and turns into a hashtable
    rng = np.random.default_rng(11)
    loaded = [(_full_id(n), _random(rng), True) for n in range(2050)]
    one_by_one, bulk = _load_both(client, stream_prefix, 64, loaded, batch=1500)
    assert _layout(client, f"{stream_prefix}:bulk") == _layout(
        client, f"{stream_prefix}:one-by-one"
    )
    probes = [("exact", loaded[2000][1]), ("first", loaded[0][1]), ("body", body_fingerprint(BODY))]
    for name, fingerprint in probes:
        assert _plain(bulk.check_and_insert(Namespace.BODY, name, fingerprint, True)) == (
            _plain(one_by_one.check_and_insert(Namespace.BODY, name, fingerprint, True))
        )


def test_bulk_load_counts_a_repeated_id_once(client: "redis.Redis", stream_prefix: str) -> None:
    store = RedisDedupStore(client, stream_prefix, capacity=1000)
    rng = np.random.default_rng(3)
    fingerprints = [_random(rng) for _ in range(4)]
    ids = [_full_id(0), _full_id(1), _full_id(0), _full_id(2)]
    loaded = BulkLoader(store).load(Namespace.BODY, ids, FingerprintRows.of(fingerprints))
    assert loaded == 3
    assert int(client.get(store.key(Namespace.BODY, "seq"))) == 3


def test_bulk_load_refuses_a_store_that_has_articles(
    client: "redis.Redis", stream_prefix: str
) -> None:
    store = RedisDedupStore(client, stream_prefix, capacity=1000)
    store.check_and_insert(Namespace.BODY, "first", body_fingerprint(BODY), has_body=True)
    rows = FingerprintRows.of([body_fingerprint(OTHER_BODY)])
    with pytest.raises(ValueError, match="empty store"):
        BulkLoader(store).load(Namespace.BODY, ["second"], rows)
