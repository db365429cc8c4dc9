"""Bulk loads of an empty Redis dedup store, leaving exactly what check-and-insert leaves.

`RedisDedupStore.check_and_insert` costs one script call, ~70 Redis commands and Python argument
packing per article: right for a worker, far too slow to load a million articles for a benchmark.
A load takes two steps here:
1. Registration: one Lua call per batch of articles packed by numpy. In order, each article
   claims its id, its content hash and, when indexed, its docs record, with the per-article
   script's rules and commands (minus the candidate reads); the call returns the seqs.
2. Band hashes: one HSET per hash with all its buckets, as raw RESP built by numpy. (Lua spends
   about a microsecond cutting each field string, redis-py more packing it: more than Redis
   spends storing it.) Each bucket lists its seqs in article order and fields come in order of
   first insertion; Redis adds an HSET's fields one by one, so values, listpack bytes and
   encodings come out as the article-by-article path leaves them.
Step 2 appends to no existing bucket, so a load must go into a namespace never written (checked)
that nothing else writes meanwhile (checked only through HSET's count of added fields).
tests/integration/dedup/test_bulk.py compares every key with the per-article path.
"""

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from services.dedup.fingerprint import (
    BANDS,
    NUM_PERM,
    Fingerprint,
    HashArray,
    Signature,
    stored_signature,
)
from services.dedup.store import (
    DOCS_PER_BLOCK,
    MAX_ID_BYTES,
    RECORD_BYTES,
    Namespace,
    RedisDedupStore,
)

BATCH = 50_000  # articles per registration call: ~11 MB of arguments, under a second
HASH_FIELD_BYTES = 16  # the store keeps the first 16 bytes of the sha256 content hash
_SEQ = np.dtype(">u4")
_PAIR = 20  # bytes of one field and its value in RESP: $4 CRLF field CRLF $4 CRLF seq CRLF

# One per article. The first RECORD_BYTES are its docs record exactly as the per-article
# script writes it: has_body, id length, id padded with NULs, 8-bit signature.
ARTICLE = np.dtype(
    [
        ("has_body", "u1"),
        ("id_len", "u1"),
        ("id", f"S{MAX_ID_BYTES}"),
        ("signature", "u1", (NUM_PERM,)),
        ("ids_shard", ">u4"),
        ("hash_shard", ">u4"),
        ("hash_field", "u1", (HASH_FIELD_BYTES,)),
    ]
)

_REGISTER = """
local prefix, articles, size = ARGV[1], ARGV[2], tonumber(ARGV[3])
local rec_size, per_block, gen = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local seq_key = prefix .. 'seq'
local ids_p, hash_p = prefix .. 'ids:' .. gen .. ':', prefix .. 'hash:' .. gen .. ':'
local docs_p = prefix .. 'docs:'
-- Lua takes about a microsecond to format a number, as long as a whole command takes:
-- shard names, record offsets and docs keys are each formatted once per call.
local names, offsets, blocks = {}, {}, {}
local function name(n)
  local s = names[n]
  if not s then s = tostring(n); names[n] = s end
  return s
end
for k = 0, per_block - 1 do offsets[k] = tostring(k * rec_size) end
local function docs_key(s)
  local block = math.floor(s / per_block)
  local key = blocks[block]
  if not key then key = docs_p .. block; blocks[block] = key end
  return key
end
local first = tonumber(redis.call('GET', seq_key)) or 0
local seq, seqs, none = first, {}, struct.pack('>I4', 0)
for at = 1, #articles, size do
  local rec = string.sub(articles, at, at + rec_size - 1)
  local id = string.sub(rec, 3, 2 + string.byte(rec, 2))
  local ids_shard, hash_shard = struct.unpack('>I4I4', articles, at + rec_size)
  local seq_s = tostring(seq + 1)
  local indexed = false
  -- HSETNX both tells whether the id is new and registers it, as HGET + HSET do
  if redis.call('HSETNX', ids_p .. name(ids_shard), id, seq_s) == 1 then
    seq = seq + 1
    local hash_key = hash_p .. name(hash_shard)
    local hash_field = string.sub(articles, at + rec_size + 8, at + rec_size + 23)
    indexed = redis.call('HSETNX', hash_key, hash_field, seq_s) == 1
    if not indexed and string.byte(rec, 1) == 1 then
      -- a full article indexes itself when its hash was first claimed by a title-only item
      local owner = tonumber(redis.call('HGET', hash_key, hash_field))
      local off = offsets[owner % per_block]
      indexed = string.byte(redis.call('GETRANGE', docs_key(owner), off, off), 1) ~= 1
    end
    if indexed then
      redis.call('SETRANGE', docs_key(seq), offsets[seq % per_block], rec)
    end
  end
  seqs[#seqs + 1] = indexed and struct.pack('>I4', seq) or none
end
if seq > first then redis.call('INCRBY', seq_key, seq - first) end
return {seq - first, table.concat(seqs)}
"""


@dataclass(frozen=True, slots=True)
class FingerprintRows:
    """Many fingerprints as arrays, one row per article, so bulk loads need no objects."""

    content_hashes: npt.NDArray[np.uint8]  # (n, >= 16): digest bytes of the content hashes
    signatures: Signature  # (n, NUM_PERM)
    buckets: HashArray  # (n, BANDS)

    @classmethod
    def of(cls, fingerprints: Sequence[Fingerprint]) -> "FingerprintRows":
        """The rows of some Fingerprint objects."""
        digests = b"".join(bytes.fromhex(f.content_hash)[:HASH_FIELD_BYTES] for f in fingerprints)
        return cls(
            np.frombuffer(digests, dtype=np.uint8).reshape(-1, HASH_FIELD_BYTES),
            np.array([f.signature for f in fingerprints], dtype=np.uint16).reshape(-1, NUM_PERM),
            np.array([f.bands for f in fingerprints], dtype=np.uint64).reshape(-1, BANDS),
        )

    def __len__(self) -> int:
        return len(self.signatures)

    def __getitem__(self, rows: slice) -> "FingerprintRows":
        return FingerprintRows(self.content_hashes[rows], self.signatures[rows], self.buckets[rows])

    def fingerprint(self, k: int) -> Fingerprint:
        """Row k as a Fingerprint (no shingles: stores never read them)."""
        return Fingerprint(
            self.content_hashes[k].tobytes().hex(),
            np.empty(0, dtype=np.uint64),
            self.signatures[k].copy(),
            tuple(int(b) for b in self.buckets[k]),
        )


def pack_articles(
    shards: int,
    article_ids: Sequence[str],
    rows: FingerprintRows,
    has_body: npt.NDArray[np.bool_],
) -> bytes:
    """ARTICLE rows for the registration script, shards computed as the store computes them."""
    raw_ids = [article_id.encode("ascii") for article_id in article_ids]
    if len(raw_ids) != len(rows):
        raise ValueError(f"{len(raw_ids)} ids for {len(rows)} fingerprints")
    if any(len(raw) > MAX_ID_BYTES for raw in raw_ids):
        raise ValueError(f"an article id is longer than {MAX_ID_BYTES} bytes")
    articles = np.zeros(len(raw_ids), dtype=ARTICLE)
    articles["has_body"] = has_body
    articles["id_len"] = [len(raw) for raw in raw_ids]
    articles["id"] = raw_ids
    articles["signature"] = stored_signature(rows.signatures)
    articles["ids_shard"] = [zlib.crc32(raw) % shards for raw in raw_ids]
    hash_field = np.ascontiguousarray(rows.content_hashes[:, :HASH_FIELD_BYTES])
    articles["hash_field"] = hash_field
    articles["hash_shard"] = hash_field[:, :4].copy().view(">u4")[:, 0] % shards
    return articles.tobytes()


def band_commands(
    key_prefix: str, shards: int, buckets: HashArray, seqs: npt.NDArray[np.uint32]
) -> tuple[list[bytes | memoryview], list[int]]:
    """RESP for one band: an HSET per band hash touched, and how many fields each must add.

    Args:
        key_prefix: the band's key prefix, `<prefix>:dedup:<namespace>:band:<b>:<generation>:`.
        shards: the store's shard count.
        buckets: each article's bucket in this band, in article order.
        seqs: each article's seq, 0 for articles not indexed (seqs grow in article order).

    Returns:
        The commands' bytes, to be sent in order, and each HSET's expected reply.
    """
    indexed = seqs > 0
    if not indexed.any():
        return [], []
    buckets, seq_of = buckets[indexed], seqs[indexed]
    # The high 32 bits of a bucket pick the shard, the low 32 bits name the field.
    shard_of = (buckets >> np.uint64(32)) % np.uint64(shards)
    # (shard, position) in one integer: a value sort, much faster than an argsort, that
    # groups by shard and keeps article order inside each shard
    keys = np.sort((shard_of << np.uint64(32)) | np.arange(buckets.size, dtype=np.uint64))
    shard_of, position = keys >> np.uint64(32), keys & np.uint64(0xFFFFFFFF)
    fields = (buckets[position] & np.uint64(0xFFFFFFFF)).astype(">u4")
    stamps = seq_of[position].astype(">u4")
    pairs = np.empty((keys.size, _PAIR), dtype=np.uint8)
    pairs[:, 0:4] = np.frombuffer(b"$4\r\n", dtype=np.uint8)
    pairs[:, 4:8] = fields.view(np.uint8).reshape(-1, 4)
    pairs[:, 8:14] = np.frombuffer(b"\r\n$4\r\n", dtype=np.uint8)
    pairs[:, 14:18] = stamps.view(np.uint8).reshape(-1, 4)
    pairs[:, 18:20] = np.frombuffer(b"\r\n", dtype=np.uint8)
    packed = memoryview(pairs.tobytes())
    repeating = set(_repeating_shards(shard_of, fields).tolist())
    starts = np.flatnonzero(np.r_[True, shard_of[1:] != shard_of[:-1]]).tolist()
    commands: list[bytes | memoryview] = []
    adds: list[int] = []
    for start, end in zip(starts, [*starts[1:], keys.size], strict=True):
        shard = int(shard_of[start])
        body: bytes | memoryview
        if shard in repeating:
            # a bucket hit twice holds both seqs, where its first write put it
            merged: dict[bytes, bytes] = {}
            for k in range(start, end):
                field = bytes(pairs[k, 4:8])  # big-endian bytes (a numpy scalar would be native)
                merged[field] = merged.get(field, b"") + bytes(pairs[k, 14:18])
            body = b"".join(
                b"$4\r\n%s\r\n$%d\r\n%s\r\n" % (f, len(v), v) for f, v in merged.items()
            )
            count = len(merged)
        else:
            body, count = packed[start * _PAIR : end * _PAIR], end - start
        key = f"{key_prefix}{shard}".encode()
        commands.append(b"*%d\r\n$4\r\nHSET\r\n$%d\r\n%s\r\n" % (2 + 2 * count, len(key), key))
        commands.append(body)
        adds.append(count)
    return commands, adds


def _repeating_shards(
    shard_of: npt.NDArray[np.uint64], fields: npt.NDArray[Any]
) -> npt.NDArray[np.uint64]:
    """The shards where one field occurs more than once."""
    pairs = np.sort((shard_of << np.uint64(32)) | fields.astype(np.uint64))
    return np.unique(pairs[1:][pairs[1:] == pairs[:-1]] >> np.uint64(32))


class BulkLoader:
    """Fills an empty namespace of a RedisDedupStore with many articles (benchmarks)."""

    def __init__(self, store: RedisDedupStore, batch: int = BATCH) -> None:
        self._store = store
        self._register = store.client.register_script(_REGISTER)
        self.batch = batch

    def load(
        self,
        namespace: Namespace,
        article_ids: Sequence[str],
        rows: FingerprintRows,
        has_body: bool | Sequence[bool] = True,
    ) -> int:
        """Register articles, in order, as check_and_insert would one by one.

        Args:
            namespace: body or title index; nothing may have been written to it before.
            article_ids: one stable id per row; an id repeated is registered once.
            rows: their fingerprints.
            has_body: stored with each record, as check_and_insert's argument; one for all
                articles or one per article.

        Returns:
            How many articles were registered (distinct ids).
        """
        client = self._store.client
        if client.exists(self._store.key(namespace, "seq")):
            raise ValueError(f"bulk loads fill an empty store; {namespace} already has articles")
        bodies = np.broadcast_to(np.asarray(has_body, dtype=np.bool_), (len(rows),))
        # Everything goes into the generation current when the load starts (see store.py).
        generation = self._store.generation()
        seqs = np.zeros(len(rows), dtype=np.uint32)
        new = 0
        for start in range(0, len(rows), self.batch):
            part = slice(start, start + self.batch)
            articles = pack_articles(
                self._store.shards, article_ids[part], rows[part], bodies[part]
            )
            args: list[bytes | str | int] = [self._store.key(namespace, ""), articles]
            reply = self._register(
                keys=[],
                args=[*args, ARTICLE.itemsize, RECORD_BYTES, DOCS_PER_BLOCK, generation],
            )
            new += int(reply[0])
            seqs[part] = np.frombuffer(reply[1], dtype=_SEQ)
        for band in range(BANDS):
            prefix = self._store.key(namespace, "band", str(band), str(generation), "")
            self._send(*band_commands(prefix, self._store.shards, rows.buckets[:, band], seqs))
        self._expire(namespace, generation)
        return new

    def _expire(self, namespace: Namespace, generation: int) -> None:
        """Give every key of the namespace its TTL, as check_and_insert does.

        The generation's ids, hash and band hashes expire with it; seq and docs blocks a
        window after their last write.
        """
        client, store = self._store.client, self._store
        generation_ttl = store.generation_ttl_ms(generation)
        pipe = client.pipeline(transaction=False)
        for key in client.scan_iter(match=store.key(namespace, "*"), count=1000):
            kind = key.decode().removeprefix(store.key(namespace, "")).split(":", 1)[0]
            if kind in ("ids", "hash", "band"):
                pipe.pexpire(key, generation_ttl)
            else:
                pipe.expire(key, store.ttl_seconds)
        pipe.execute()

    def _send(self, commands: list[bytes | memoryview], adds: list[int]) -> None:
        """Pipeline raw commands on one connection and check every HSET added all its fields."""
        if not adds:
            return
        pool = self._store.client.connection_pool
        connection: Any = pool.get_connection()  # redis-py leaves Connection's methods untyped
        try:
            connection.send_packed_command(commands)
            replies = [connection.read_response() for _ in adds]
        except BaseException:
            connection.disconnect()  # replies may be left unread: never reuse it
            raise
        finally:
            pool.release(connection)
        if replies != adds:
            raise RuntimeError("band hashes changed during a bulk load: load an unused store")
