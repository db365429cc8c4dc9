"""Where dedup remembers what it has seen: one atomic check-and-insert, in Redis or in memory.

Every article gets a sequence number in its namespace (`body` or `title`) at its first insert.
Its content hash is claimed first-come (the first id wins, like SETNX), and only the winner is
added to the LSH band buckets with a compact record (8-bit MinHash signature + id), so an exact
copy costs one small hash entry. One exception: a full article is indexed too when the hash was
first claimed by a title-only item, so later headlines can point to the article. Candidates are
earlier articles (smaller sequence number) that share a band bucket; within a generation nothing
is removed, so re-judging an id sees the same earlier articles and gets the same answer.

Redis layout under `<prefix>:dedup:<namespace>:`, sharded so each hash stays a compact listpack
(about 64 entries per shard at the configured capacity; past ~2x capacity shards grow into
hashtables and memory per article rises):
    seq                    counter
    ids:<gen>:<shard>      HASH article id -> seq
    hash:<gen>:<shard>     HASH 16 bytes of the content hash -> seq of its first article
    band:<b>:<gen>:<shard> HASH 4-byte bucket -> packed big-endian uint32 seqs
    docs:<seq // 256>      STRING of fixed-size records: has_body, id length, id, signature
Keys of docs blocks are computed inside the script: single-node Redis, not Redis Cluster.
The id, hash and band hashes are written by every article, so a TTL renewed on write would never
let them expire under steady traffic. They live in generations instead (`<gen>`: half windows
since 1970 by the store's clock): writes go to the current generation, the script reads the
current and the previous one, and a generation's keys expire a window after it began. So an
article is found for at least half a window and at most a window, and the hashes hold at most a
window of traffic. seq and docs blocks get a TTL of the window renewed on each write; a docs block
is written only while its 256 articles arrive, so records expire a window after their block
filled; a band entry or content hash whose record is gone is skipped, and the next copy of an
expired original becomes the original. Two workers whose clocks straddle a generation boundary
may each miss what the other wrote in the generation it does not read yet, for that moment.
Bulk loads into an empty store (services/dedup/bulk.py) leave this same layout, much faster.
"""

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

import numpy as np
import redis

from services.dedup.fingerprint import NUM_PERM, Fingerprint, Signature, stored_signature
from shared.settings import DEDUP_WINDOW_DAYS
from shared.streams import Streams

MAX_CANDIDATES = 64
# How long an article is remembered after its keys were last written (shared: the alerts stage
# keeps a story's alert as long as the story id lives).
WINDOW_DAYS = DEDUP_WINDOW_DAYS
MAX_ID_BYTES = 68  # 64 hex digits + "-" + 3-digit position
DOCS_PER_BLOCK = 256
_SIG_BYTES = NUM_PERM  # one byte per value: see fingerprint.stored_signature
RECORD_BYTES = 2 + MAX_ID_BYTES + _SIG_BYTES
_ENTRIES_PER_SHARD = 64


class Namespace(StrEnum):
    """Which text of an article a fingerprint covers."""

    BODY = "body"
    TITLE = "title"


@dataclass(frozen=True, slots=True)
class Candidate:
    """An earlier article that shares at least one band bucket."""

    article_id: str
    seq: int
    signature: Signature
    has_body: bool
    band_hits: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """What check-and-insert found: who owns the content hash, and the earlier look-alikes."""

    seq: int
    is_new: bool
    original: str  # the first article id seen with this content hash (this one if first)
    candidates: tuple[Candidate, ...]  # most band hits first, at most MAX_CANDIDATES


class DedupStore(Protocol):
    """Storage behind the Deduplicator; implementations must make the call atomic."""

    def check_and_insert(
        self, namespace: Namespace, article_id: str, fingerprint: Fingerprint, has_body: bool
    ) -> Outcome:
        """Register an article (no-op if already registered) and return what it collides with.

        Args:
            namespace: body or title index.
            article_id: the article's stable id.
            fingerprint: its content hash, signature and bands.
            has_body: stored with the record, so headlines can prefer full articles.

        Returns:
            The Outcome; the same for every call with the same id.
        """
        ...


def _rank(hits: dict[int, int]) -> list[int]:
    return sorted(hits, key=lambda s: (-hits[s], s))[:MAX_CANDIDATES]


class InMemoryDedupStore:
    """A single-process store for `khabar analyze`, evaluation and unit tests."""

    def __init__(self) -> None:
        self._ids: dict[Namespace, dict[str, int]] = {ns: {} for ns in Namespace}
        self._hashes: dict[Namespace, dict[str, int]] = {ns: {} for ns in Namespace}
        self._buckets: dict[Namespace, dict[tuple[int, int], list[int]]] = {
            ns: {} for ns in Namespace
        }
        self._docs: dict[Namespace, dict[int, tuple[str, Signature, bool]]] = {
            ns: {} for ns in Namespace
        }

    def check_and_insert(
        self, namespace: Namespace, article_id: str, fingerprint: Fingerprint, has_body: bool
    ) -> Outcome:
        """Register an article and return its outcome (see DedupStore)."""
        ids, hashes = self._ids[namespace], self._hashes[namespace]
        buckets, docs = self._buckets[namespace], self._docs[namespace]
        seq = ids.get(article_id)
        is_new = seq is None
        if seq is None:
            seq = len(ids) + 1
            ids[article_id] = seq
            hashes.setdefault(fingerprint.content_hash, seq)
        owner = hashes[fingerprint.content_hash]
        hits: dict[int, int] = {}
        for band, bucket in enumerate(fingerprint.bands):
            for other in buckets.get((band, bucket), []):
                if other < seq:
                    hits[other] = hits.get(other, 0) + 1
        indexed = owner == seq or (has_body and not docs[owner][2])
        if is_new and indexed:
            for band, bucket in enumerate(fingerprint.bands):
                buckets.setdefault((band, bucket), []).append(seq)
            docs[seq] = (
                article_id,
                stored_signature(fingerprint.signature).astype(np.uint16),
                has_body,
            )
        candidates = tuple(
            Candidate(docs[s][0], s, docs[s][1], docs[s][2], hits[s]) for s in _rank(hits)
        )
        original = article_id if owner == seq else docs[owner][0]
        return Outcome(seq, is_new, original, candidates)


_CHECK_AND_INSERT = """
local id, hash_field, has_body, sig = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local docs_prefix, rec_size = ARGV[5], tonumber(ARGV[6])
local per_block, max_cand, max_id = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local ttl = tonumber(ARGV[10])
local first_band = 12
local function record_at(s)
  local off = (s % per_block) * rec_size
  return redis.call('GETRANGE', docs_prefix .. math.floor(s / per_block), off, off + rec_size - 1)
end
-- gone with the window: the block expired, or a later record recreated it zero-filled
local function gone(r) return r == '' or string.byte(r, 2) == 0 end
-- KEYS: seq, ids (current, previous generation), hash (current, previous), the bands'
-- hashes of the current generation, then of the previous one
local nb = (#KEYS - 5) / 2
local gen_ttl = tonumber(ARGV[11])
local seq = tonumber(redis.call('HGET', KEYS[2], id) or redis.call('HGET', KEYS[3], id))
local is_new = 0
if not seq then
  seq = redis.call('INCR', KEYS[1])
  is_new = 1
  redis.call('HSET', KEYS[2], id, seq)
  redis.call('EXPIRE', KEYS[1], ttl)
  redis.call('PEXPIRE', KEYS[2], gen_ttl)
end
local owner = tonumber(redis.call('HGET', KEYS[4], hash_field) or redis.call('HGET', KEYS[5], hash_field))
if not owner then
  redis.call('HSET', KEYS[4], hash_field, seq)
  owner = seq
elseif owner ~= seq and gone(record_at(owner)) then
  -- the original's record expired with the window: this copy becomes the original
  redis.call('HSET', KEYS[4], hash_field, seq)
  owner = seq
end
redis.call('PEXPIRE', KEYS[4], gen_ttl)
local hits, order, packed = {}, {}, {}
for i = 1, nb do
  local field = ARGV[first_band + i - 1]
  local p = redis.call('HGET', KEYS[5 + i], field)
  packed[i] = p or ''
  local q = redis.call('HGET', KEYS[5 + nb + i], field) or ''
  -- an article is indexed in one generation only: the two lists never share a seq
  local both = q .. packed[i]
  for j = 1, #both, 4 do
    local s = struct.unpack('>I4', both, j)
    if s < seq then
      if not hits[s] then hits[s] = 0; order[#order + 1] = s end
      hits[s] = hits[s] + 1
    end
  end
end
local indexed = owner == seq
if not indexed and is_new == 1 and has_body == '\\1' then
  -- a full article indexes itself when its hash was first claimed by a title-only item
  indexed = string.byte(record_at(owner), 1) ~= 1
end
if is_new == 1 and indexed then
  local me = struct.pack('>I4', seq)
  for i = 1, nb do
    redis.call('HSET', KEYS[5 + i], ARGV[first_band + i - 1], packed[i] .. me)
    redis.call('PEXPIRE', KEYS[5 + i], gen_ttl)
  end
  local rec = has_body .. string.char(#id) .. id .. string.rep('\\0', max_id - #id) .. sig
  local off = (seq % per_block) * rec_size
  redis.call('SETRANGE', docs_prefix .. math.floor(seq / per_block), off, rec)
  redis.call('EXPIRE', docs_prefix .. math.floor(seq / per_block), ttl)
end
table.sort(order, function(a, b)
  if hits[a] ~= hits[b] then return hits[a] > hits[b] end
  return a < b
end)
local original = id
if owner ~= seq then
  local r = record_at(owner)
  original = string.sub(r, 3, 2 + string.byte(r, 2))
end
local out = {seq, is_new, original}
local given = 0
for k = 1, #order do
  if given == max_cand then break end
  local r = record_at(order[k])
  if not gone(r) then
    given = given + 1
    out[#out + 1] = order[k]
    out[#out + 1] = hits[order[k]]
    out[#out + 1] = r
  end
end
return out
"""


def shard_count(capacity: int) -> int:
    """Shards per index so each stays near 64 entries at `capacity` articles (a power of two)."""
    shards = 1
    while shards * _ENTRIES_PER_SHARD < capacity:
        shards *= 2
    return shards


class RedisDedupStore:
    """The shared store: several dedup workers agree through one Lua script per article."""

    def __init__(
        self,
        client: "redis.Redis",
        prefix: str,
        capacity: int = 1_000_000,
        window_days: float = WINDOW_DAYS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._streams = Streams(prefix)
        self._shards = shard_count(capacity)
        self._script = client.register_script(_CHECK_AND_INSERT)
        self._clock = clock
        self.ttl_seconds = max(1, round(window_days * 86_400))
        self._half = self.ttl_seconds / 2

    def generation(self) -> int:
        """The generation written now: one per half window since 1970, by the store's clock."""
        return int(self._clock() // self._half)

    def generation_ttl_ms(self, generation: int) -> int:
        """Milliseconds a generation's keys have left: until a window after it began.

        Lookups read the current and the previous generation, so a generation is read until its
        successor ends; then, a window after it began, its keys expire.
        """
        return max(1, round(((generation + 2) * self._half - self._clock()) * 1000))

    @property
    def client(self) -> "redis.Redis":
        """The Redis client the store talks through."""
        return self._client

    @property
    def shards(self) -> int:
        """How many shards each of the store's hashes is split into."""
        return self._shards

    def key(self, namespace: Namespace, *parts: str) -> str:
        """A key of this store, e.g. key(BODY, "seq")."""
        return self._streams.key("dedup", namespace.value, *parts)

    def _shard(self, data: bytes) -> str:
        return str(zlib.crc32(data) % self._shards)

    def check_and_insert(
        self, namespace: Namespace, article_id: str, fingerprint: Fingerprint, has_body: bool
    ) -> Outcome:
        """Register an article and return its outcome, atomically (see DedupStore)."""
        keys, args = self._script_input(namespace, article_id, fingerprint, has_body)
        return _outcome(self._script(keys=keys, args=args))

    def _script_input(
        self, namespace: Namespace, article_id: str, fingerprint: Fingerprint, has_body: bool
    ) -> tuple[list[str], list[bytes | str | int]]:
        raw_id = article_id.encode("ascii")
        if len(raw_id) > MAX_ID_BYTES:
            raise ValueError(f"article id longer than {MAX_ID_BYTES} bytes: {article_id}")
        hash_field = bytes.fromhex(fingerprint.content_hash)[:16]
        band_keys: list[tuple[str, str]] = []
        band_fields = []
        for band, bucket in enumerate(fingerprint.bands):
            # Low 32 bits name the field, the high bits pick the shard: both come from one hash.
            shard = str((bucket >> 32) % self._shards)
            band_keys.append((str(band), shard))
            band_fields.append((bucket & 0xFFFFFFFF).to_bytes(4, "big"))
        now = self.generation()
        ids_shard = self._shard(raw_id)
        hash_shard = str(int.from_bytes(hash_field[:4], "big") % self._shards)
        keys = [
            self.key(namespace, "seq"),
            self.key(namespace, "ids", str(now), ids_shard),
            self.key(namespace, "ids", str(now - 1), ids_shard),
            self.key(namespace, "hash", str(now), hash_shard),
            self.key(namespace, "hash", str(now - 1), hash_shard),
            *(self.key(namespace, "band", b, str(now), shard) for b, shard in band_keys),
            *(self.key(namespace, "band", b, str(now - 1), shard) for b, shard in band_keys),
        ]
        args: list[bytes | str | int] = [
            raw_id,
            hash_field,
            b"\x01" if has_body else b"\x00",
            stored_signature(fingerprint.signature).tobytes(),
            self.key(namespace, "docs", ""),
            RECORD_BYTES,
            DOCS_PER_BLOCK,
            MAX_CANDIDATES,
            MAX_ID_BYTES,
            self.ttl_seconds,
            self.generation_ttl_ms(now),
            *band_fields,
        ]
        return keys, args


def _outcome(reply: list[Any]) -> Outcome:
    seq, is_new, original = int(reply[0]), bool(reply[1]), bytes(reply[2]).decode("ascii")
    candidates = tuple(
        _candidate(int(reply[k]), int(reply[k + 1]), bytes(reply[k + 2]))
        for k in range(3, len(reply), 3)
    )
    return Outcome(seq, is_new, original, candidates)


def _candidate(seq: int, hits: int, record: bytes) -> Candidate:
    id_len = record[1]
    article_id = record[2 : 2 + id_len].decode("ascii")
    signature = np.frombuffer(record[2 + MAX_ID_BYTES :], dtype=np.uint8).astype(np.uint16)
    return Candidate(article_id, seq, signature, record[0] == 1, hits)
