"""Story state: which story each article has, story centroids, candidate keys, document frequencies.

Two stores with one behaviour: InMemoryStoryStore (one process: `khabar analyze`, evaluation, unit
tests) and RedisStoryStore (every dedup worker). A centroid is written with its version; a commit
whose story changed since it was read returns None and the assigner reads again, so racing
workers never lose a join (optimistic concurrency in one Lua script). Reads are one round trip
each: document frequencies summed server-side, candidates ranked with their centroids.
Everything lives for `window_days` (default 90) after its last update, then expires by TTL:
Redis memory is bounded by the window, not by the history.
"""

import json
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, cast

import redis

from services.dedup.store import WINDOW_DAYS
from services.dedup.story_model import StoryState
from shared.streams import Streams

DF_DAYS = 14  # document frequencies are summed over the last DF_DAYS day buckets
CANDIDATE_HOURS = 120.0  # stories updated this close to an article's time are candidates
PER_KEY = 50  # newest stories read per key
MAX_CANDIDATES = 20  # stories compared, those sharing the most keys first
DOCS = ""  # the field of a day bucket that counts its articles


@dataclass(frozen=True, slots=True)
class Commit:
    """What a join writes: the article, its story's new centroid, its keys and terms."""

    article_id: str
    state: StoryState
    version: int  # the centroid's version when read (0: a new story)
    keys: tuple[str, ...]
    terms: tuple[str, ...]  # counted once in the day bucket's document frequencies
    day: int
    hours: float


@dataclass(frozen=True, slots=True)
class Probe:
    """Candidate stories asked for in an article's first read.

    Keys known before IDF (places, types, actors), and the title stems whose `rare` rarest, by
    the IDF the same read gives (PRIOR_DOCS and each stem's prior document count, as
    stories.idf_of weighs them), are keys too.
    """

    keys: tuple[str, ...]
    title: tuple[tuple[str, float | None], ...]  # stem, prior documents (None: not a term)
    rare: int
    prior_docs: float
    hours: float


@dataclass(frozen=True, slots=True)
class FirstRead:
    """What an article's linking reads before anything else, in one round trip."""

    known: str | None  # the article's own story (a redelivery): nothing else was read
    copied: str | None  # the story of the article it copies, if any
    frequencies: dict[str, int]
    articles: int
    rare: tuple[str, ...] = ()  # the probe's rarest title stems, as the store chose them
    candidates: list[tuple[StoryState, int]] | None = None  # None: not asked, or not read


def rarest(probe: Probe, frequencies: dict[str, int], articles: int) -> tuple[str, ...]:
    """The probe's `rare` rarest title stems, most IDF first, ties by str order."""
    total = articles + probe.prior_docs
    idf = {
        t: 0.0 if prior is None else math.log((total + 1) / (frequencies.get(t, 0) + prior + 1)) + 1
        for t, prior in probe.title
    }
    return tuple(sorted(idf, key=lambda t: (-idf[t], t))[: probe.rare])


def encode_state(state: StoryState) -> str:
    """A compact JSON form of a centroid (weights to 3 decimals)."""
    return json.dumps(
        [
            state.size,
            state.first,
            state.last,
            {t: round(w, 3) for t, w in state.terms.items()},
            {t: round(w, 3) for t, w in state.title_terms.items()},
            state.places,
            state.countries,
            state.actors,
            state.types,
            state.numbers,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


@lru_cache(maxsize=4096)
def decode_cached(story_id: str, raw: bytes) -> StoryState:
    """decode_state, remembered: the stories of a busy event are every next article's candidates.

    Keyed by the encoded centroid itself, so a story that moved is decoded afresh. Callers must
    not change the state returned (the model's `joined` builds a new one).
    """
    return decode_state(story_id, raw)


def decode_state(story_id: str, raw: str | bytes) -> StoryState:
    """The centroid of `encode_state`."""
    size, first, last, terms, title, places, countries, actors, types, numbers = json.loads(raw)
    return StoryState(
        story_id, size, terms, title, places, countries, actors, types, numbers, first, last
    )


class StoryStore(Protocol):
    """Story state shared by every dedup worker."""

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        ...

    def frequencies(self, terms: Sequence[str], day: int) -> tuple[dict[str, int], int]:
        """Document frequencies of terms and the article count, over DF_DAYS up to `day`."""
        ...

    def first_read(
        self,
        article_id: str,
        copy_of: str | None,
        terms: Sequence[str],
        day: int,
        probe: Probe | None = None,
    ) -> FirstRead:
        """The article's story if it has one, else its original's story and the frequencies,
        and the probe's candidates when it has neither."""
        ...

    def state(self, story_id: str) -> tuple[StoryState, int] | None:
        """A story's centroid and version, None once expired."""
        ...

    def candidates(self, keys: Sequence[str], hours: float) -> list[tuple[StoryState, int]]:
        """Stories near `hours` sharing a key, most shared keys first, with their versions."""
        ...

    def commit(self, commit: Commit) -> str | None:
        """Record the join; the article's story, or None when the centroid changed meanwhile."""
        ...


def first_read_of(
    store: StoryStore,
    article_id: str,
    copy_of: str | None,
    terms: Sequence[str],
    day: int,
    probe: Probe | None = None,
) -> FirstRead:
    """FirstRead through a store's single reads (stores kept in one process)."""
    known = store.story_of(article_id)
    if known is not None:
        return FirstRead(known, None, {}, 0)
    copied = store.story_of(copy_of) if copy_of else None
    frequencies, articles = store.frequencies(terms, day)
    if copied is not None or probe is None:
        return FirstRead(None, copied, frequencies, articles)
    rare = rarest(probe, frequencies, articles)
    keys = (*probe.keys, *(f"s:{t}" for t in rare))
    return FirstRead(None, None, frequencies, articles, rare, store.candidates(keys, probe.hours))


def _ranked(hits: dict[str, int]) -> list[str]:
    return sorted(hits, key=lambda s: (-hits[s], s))[:MAX_CANDIDATES]


class InMemoryStoryStore:
    """Story state in one process; expiry by article time, as the window would drop it."""

    def __init__(self, window_days: int = WINDOW_DAYS) -> None:
        self._story: dict[str, str] = {}
        self._states: dict[str, tuple[str, int]] = {}  # story -> (encoded centroid, version)
        self._keys: dict[str, dict[str, float]] = {}  # key -> story -> hours last joined
        self._df: dict[int, dict[str, int]] = {}
        self.window_days = window_days

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        return self._story.get(article_id)

    def frequencies(self, terms: Sequence[str], day: int) -> tuple[dict[str, int], int]:
        """Document frequencies of terms and the article count, over DF_DAYS up to `day`."""
        buckets = [self._df.get(d, {}) for d in range(day - DF_DAYS + 1, day + 1)]
        found = {t: sum(b.get(t, 0) for b in buckets) for t in terms}
        return found, sum(b.get(DOCS, 0) for b in buckets)

    def first_read(
        self,
        article_id: str,
        copy_of: str | None,
        terms: Sequence[str],
        day: int,
        probe: Probe | None = None,
    ) -> FirstRead:
        """The article's story if it has one, else its original's story and the frequencies,
        and the probe's candidates when it has neither."""
        return first_read_of(self, article_id, copy_of, terms, day, probe)

    def state(self, story_id: str) -> tuple[StoryState, int] | None:
        """A story's centroid and version."""
        if story_id not in self._states:
            return None
        raw, version = self._states[story_id]
        return decode_state(story_id, raw), version

    def candidates(self, keys: Sequence[str], hours: float) -> list[tuple[StoryState, int]]:
        """Stories within CANDIDATE_HOURS sharing a key, most shared keys first."""
        hits: dict[str, int] = {}
        for key in dict.fromkeys(keys):
            near = [
                (at, s)
                for s, at in self._keys.get(key, {}).items()
                if abs(at - hours) <= CANDIDATE_HOURS
            ]
            for _, story in sorted(near, reverse=True)[:PER_KEY]:
                hits[story] = hits.get(story, 0) + 1
        return [found for s in _ranked(hits) if (found := self.state(s)) is not None]

    def commit(self, commit: Commit) -> str | None:
        """Record the join unless the article has a story already or the centroid moved."""
        if commit.article_id in self._story:
            return self._story[commit.article_id]
        story = commit.state.story_id
        if self._states.get(story, ("", 0))[1] != commit.version:
            return None
        self._story[commit.article_id] = story
        self._states[story] = (encode_state(commit.state), commit.version + 1)
        for key in commit.keys:
            self._keys.setdefault(key, {})[story] = commit.hours
        bucket = self._df.setdefault(commit.day, {})
        for term in (*commit.terms, DOCS):
            bucket[term] = bucket.get(term, 0) + 1
        return story


# KEYS: of-key, state-key, df-key, candidate keys...; ARGV: story, version, centroid, ttl,
# df ttl, hours, per-key cap, then the terms.
_COMMIT = """
local known = redis.call('GET', KEYS[1])
if known then return known end
local version = tonumber(redis.call('HGET', KEYS[2], 'v') or '0')
if version ~= tonumber(ARGV[2]) then return false end
local ttl = tonumber(ARGV[4])
redis.call('SET', KEYS[1], ARGV[1], 'EX', ttl)
redis.call('HSET', KEYS[2], 'v', version + 1, 's', ARGV[3])
redis.call('EXPIRE', KEYS[2], ttl)
for i = 4, #KEYS do
  redis.call('ZADD', KEYS[i], ARGV[6], ARGV[1])
  redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -tonumber(ARGV[7]) - 1)
  redis.call('EXPIRE', KEYS[i], ttl)
end
redis.call('HINCRBY', KEYS[3], '', 1)
for i = 8, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
redis.call('EXPIRE', KEYS[3], tonumber(ARGV[5]))
return ARGV[1]
"""
KEY_CAP = 200  # stories kept per candidate key: the newest; older ones are outside the window

# KEYS: `of` keys (ARGV[1] of them: the article's, then its original's), then the DF_DAYS day
# buckets; ARGV: that count, then the fields. One reply instead of DF_DAYS rows for redis-py to
# parse, and the article's first read in one round trip: when it has a story already (a
# redelivery) just that, else {'', its original's story or '', the summed frequencies...}.
_FREQUENCIES = """
local n = tonumber(ARGV[1])
if n >= 1 then
  local known = redis.call('GET', KEYS[1])
  if known then return {known} end
end
local copied = n >= 2 and redis.call('GET', KEYS[2]) or false
local sums = {}
for j = 2, #ARGV do sums[j - 1] = 0 end
for i = n + 1, #KEYS do
  local row = redis.call('HMGET', KEYS[i], unpack(ARGV, 2))
  for j = 2, #ARGV do
    if row[j - 1] then sums[j - 1] = sums[j - 1] + tonumber(row[j - 1]) end
  end
end
return {'', copied or '', unpack(sums)}
"""

# candidates(keys, state key prefix, lowest hours, highest hours, per key, max candidates, out). The newest PER_KEY stories of each key within the hours, ranked by keys shared
# then story id (bytewise, as Python orders str), and the centroids of the first MAX_CANDIDATES:
# story, version, centroid triples from one round trip. Reads only: atomicity stays with commit.
_RANKED = """
local function candidates(keys, prefix, lo, hi, per_key, limit, out)
local hits, order = {}, {}
for i = 1, #keys do
  local found = redis.call('ZREVRANGEBYSCORE', keys[i], hi, lo, 'LIMIT', 0, per_key)
  for _, story in ipairs(found) do
    if not hits[story] then hits[story] = 0; order[#order + 1] = story end
    hits[story] = hits[story] + 1
  end
end
-- Bytewise order, as Python orders str (Lua's `<` follows the server's locale): the first 12
-- bytes as two exact numbers decide nearly every pair without a loop over characters.
local head = {}
local function head_of(story)
  local found = head[story]
  if found then return found end
  local b = {string.byte(story, 1, 12)}
  for k = #b + 1, 12 do b[k] = -1 end
  local hi, lo = 0, 0
  for k = 1, 6 do hi = hi * 257 + b[k] + 1; lo = lo * 257 + b[k + 6] + 1 end
  head[story] = {hi, lo}
  return head[story]
end
local function before(a, b)
  local ha, hb = head_of(a), head_of(b)
  if ha[1] ~= hb[1] then return ha[1] < hb[1] end
  if ha[2] ~= hb[2] then return ha[2] < hb[2] end
  for k = 13, math.min(#a, #b) do
    local x, y = string.byte(a, k), string.byte(b, k)
    if x ~= y then return x < y end
  end
  return #a < #b
end
-- Only the first MAX_CANDIDATES are needed: stories grouped by keys shared, groups taken from
-- the most shared down, each sorted by id; most stories share one key and are rarely sorted.
local limit, groups, most = tonumber(limit), {}, 0
for _, story in ipairs(order) do
  local h = hits[story]
  if not groups[h] then groups[h] = {} end
  local group = groups[h]
  group[#group + 1] = story
  if h > most then most = h end
end
local ranked = {}
for h = most, 1, -1 do
  if #ranked == limit then break end
  local group = groups[h]
  if group then
    table.sort(group, before)
    for _, story in ipairs(group) do
      if #ranked == limit then break end
      ranked[#ranked + 1] = story
    end
  end
end
for _, story in ipairs(ranked) do
  local row = redis.call('HMGET', prefix .. story, 'v', 's')
  if row[2] then
    out[#out + 1] = story
    out[#out + 1] = row[1] or '0'
    out[#out + 1] = row[2]
  end
end
return out
end
"""

# KEYS: candidate keys; ARGV: state key prefix, lowest hours, highest hours, per key, max
# candidates.
_CANDIDATES = (
    _RANKED
    + """
return candidates(KEYS, ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], {})
"""
)

# The first read of an article's linking, in one round trip: _FREQUENCIES and, unless the
# article has a story or copies one, _CANDIDATES over its keys, the rarest title stems among them
# chosen here by the same IDF as stories.idf_of (the caller checks it chose the same).
# KEYS: `of` keys (ARGV[1]), the day buckets (ARGV[2]), the keys known before IDF.
# ARGV: those two counts, the field count F, F fields (terms, then the articles field), want
# candidates (1/0), state key prefix, candidate key prefix, lowest and highest hours, per key,
# max candidates, rare stems wanted, prior documents, title stem count T, then T triples
# (stem, its field's index or 0, its prior document count).
# Reply: {story} when the article has one, else {'', original's story or '', F sums, R, R
# stems, candidate triples...}.
_FIRST_LOOK = (
    _RANKED
    + """
local n, days, f = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if n >= 1 then
  local known = redis.call('GET', KEYS[1])
  if known then return {known} end
end
local copied = n >= 2 and redis.call('GET', KEYS[2]) or false
local fields, sums = {}, {}
for j = 1, f do fields[j] = ARGV[3 + j]; sums[j] = 0 end
for i = n + 1, n + days do
  local row = redis.call('HMGET', KEYS[i], unpack(fields))
  for j = 1, f do
    if row[j] then sums[j] = sums[j] + tonumber(row[j]) end
  end
end
local out = {'', copied or ''}
for j = 1, f do out[#out + 1] = sums[j] end
local p = 4 + f
if copied or ARGV[p] ~= '1' then out[#out + 1] = 0; return out end
local total = sums[f] + tonumber(ARGV[p + 8])
local stems, idf = {}, {}
for k = 0, tonumber(ARGV[p + 9]) - 1 do
  local stem, at = ARGV[p + 10 + 3 * k], tonumber(ARGV[p + 11 + 3 * k])
  stems[#stems + 1] = stem
  if at > 0 then
    local df = sums[at] + tonumber(ARGV[p + 12 + 3 * k])
    idf[stem] = math.log((total + 1) / (df + 1)) + 1
  else
    idf[stem] = 0
  end
end
-- Rarest first, ties by bytewise order as Python sorts str.
table.sort(stems, function(a, b)
  if idf[a] ~= idf[b] then return idf[a] > idf[b] end
  for k = 1, math.min(#a, #b) do
    local x, y = string.byte(a, k), string.byte(b, k)
    if x ~= y then return x < y end
  end
  return #a < #b
end)
local rare = math.min(#stems, tonumber(ARGV[p + 7]))
out[#out + 1] = rare
local keys, seen = {}, {}
for i = n + days + 1, #KEYS do keys[#keys + 1] = KEYS[i]; seen[KEYS[i]] = true end
for k = 1, rare do
  out[#out + 1] = stems[k]
  local key = ARGV[p + 2] .. 's:' .. stems[k]
  if not seen[key] then keys[#keys + 1] = key; seen[key] = true end
end
return candidates(keys, ARGV[p + 1], ARGV[p + 3], ARGV[p + 4], ARGV[p + 5], ARGV[p + 6], out)
"""
)


class RedisStoryStore:
    """Story state in Redis under `<prefix>:dedup:story:*`, every key with a TTL.

    Layout: `of:<article>` STRING story id; `state:<story>` HASH v (version), s (centroid JSON);
    `key:<key>` ZSET story -> hours of its last join; `df:<day>` HASH term -> articles, "" -> all.
    Two first reports of one event judged at the same instant may each start a story (neither
    sees the other); later reports join the one the model prefers.
    """

    def __init__(
        self, client: "redis.Redis", prefix: str, window_days: float = WINDOW_DAYS
    ) -> None:
        self._client = client
        self._streams = Streams(prefix)
        self._commit = client.register_script(_COMMIT)
        self._frequencies = client.register_script(_FREQUENCIES)
        self._candidates = client.register_script(_CANDIDATES)
        self._first_look = client.register_script(_FIRST_LOOK)
        self.window_days = window_days
        # Whole seconds (Redis TTLs); a window of a few seconds lets benchmarks roll one over.
        self.ttl_seconds = max(1, round(window_days * 86_400))

    def key(self, *parts: str) -> str:
        """A key of this store, e.g. key("of", article_id)."""
        return self._streams.key("dedup", "story", *parts)

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        story = self._client.get(self.key("of", article_id))
        return story.decode() if isinstance(story, bytes) else None

    def frequencies(self, terms: Sequence[str], day: int) -> tuple[dict[str, int], int]:
        """Document frequencies of terms and the article count, over DF_DAYS up to `day`."""
        read = self._first_read((), terms, day)
        return read.frequencies, read.articles

    def first_read(
        self,
        article_id: str,
        copy_of: str | None,
        terms: Sequence[str],
        day: int,
        probe: Probe | None = None,
    ) -> FirstRead:
        """The article's story if it has one, else its original's story and the frequencies,
        and the probe's candidates when it has neither: one round trip."""
        ids = (article_id, copy_of) if copy_of else (article_id,)
        if probe is None:
            return self._first_read(ids, terms, day)
        fields = [*terms, DOCS]
        at = {t: k + 1 for k, t in enumerate(terms)}
        keys = [self.key("of", a) for a in ids]
        keys += [self.key("df", str(d)) for d in range(day - DF_DAYS + 1, day + 1)]
        keys += [self.key("key", k) for k in dict.fromkeys(probe.keys)]
        title: list[str | int | float] = []
        for stem, prior in probe.title:
            title += [stem, at.get(stem, 0) if prior is not None else 0, prior or 0.0]
        args: list[str | int | float] = [
            len(ids), DF_DAYS, len(fields), *fields,
            1, self.key("state", ""), self.key("key", ""),
            probe.hours - CANDIDATE_HOURS, probe.hours + CANDIDATE_HOURS, PER_KEY, MAX_CANDIDATES,
            probe.rare, probe.prior_docs, len(probe.title), *title,
        ]  # fmt: skip
        reply = self._first_look(keys=keys, args=args)
        if len(reply) == 1:
            return FirstRead(bytes(reply[0]).decode(), None, {}, 0)
        copied = bytes(reply[1]).decode() or None
        sums = [int(n) for n in reply[2 : 2 + len(fields)]]
        frequencies, articles = dict(zip(terms, sums[:-1], strict=True)), sums[-1]
        at_rare = 2 + len(fields)
        n_rare = int(reply[at_rare])
        rare = tuple(bytes(r).decode() for r in reply[at_rare + 1 : at_rare + 1 + n_rare])
        if copied is not None:
            return FirstRead(None, copied, frequencies, articles)
        triples = reply[at_rare + 1 + n_rare :]
        return FirstRead(None, None, frequencies, articles, rare, self._states_of(triples))

    def _first_read(self, ids: Sequence[str], terms: Sequence[str], day: int) -> FirstRead:
        keys = [self.key("of", a) for a in ids]
        keys += [self.key("df", str(d)) for d in range(day - DF_DAYS + 1, day + 1)]
        reply = self._frequencies(keys=keys, args=[len(ids), *terms, DOCS])
        if len(reply) == 1:
            return FirstRead(bytes(reply[0]).decode(), None, {}, 0)
        copied = bytes(reply[1]).decode() or None
        sums = [int(n) for n in reply[2:]]
        return FirstRead(None, copied, dict(zip(terms, sums[:-1], strict=True)), sums[-1])

    def state(self, story_id: str) -> tuple[StoryState, int] | None:
        """A story's centroid and version, None once expired."""
        # A sync client: the reply is the list itself, never an awaitable.
        reply = cast(
            "list[bytes | None]", self._client.hmget(self.key("state", story_id), ["v", "s"])
        )
        version, raw = reply
        if raw is None:
            return None
        return decode_state(story_id, raw), int(version or 0)

    def candidates(self, keys: Sequence[str], hours: float) -> list[tuple[StoryState, int]]:
        """Stories within CANDIDATE_HOURS sharing a key, most shared keys first."""
        reply = self._candidates(
            keys=[self.key("key", k) for k in dict.fromkeys(keys)],
            args=[
                self.key("state", ""),
                hours - CANDIDATE_HOURS,
                hours + CANDIDATE_HOURS,
                PER_KEY,
                MAX_CANDIDATES,
            ],
        )
        return self._states_of(reply)

    @staticmethod
    def _states_of(reply: Sequence[bytes]) -> list[tuple[StoryState, int]]:
        """(centroid, version) of each (story, version, centroid) triple of a reply."""
        return [
            (decode_cached(bytes(reply[k]).decode(), bytes(reply[k + 2])), int(reply[k + 1]))
            for k in range(0, len(reply), 3)
        ]

    def commit(self, commit: Commit) -> str | None:
        """Record the join atomically; None when the centroid changed since it was read."""
        ttl = self.ttl_seconds
        keys = [
            self.key("of", commit.article_id),
            self.key("state", commit.state.story_id),
            self.key("df", str(commit.day)),
            *(self.key("key", k) for k in commit.keys),
        ]
        args: list[str | int | float] = [
            commit.state.story_id,
            commit.version,
            encode_state(commit.state),
            ttl,
            min(ttl, (DF_DAYS + 1) * 86_400),  # nothing outlives the window
            commit.hours,
            KEY_CAP,
            *commit.terms,
        ]
        stored = self._commit(keys=keys, args=args)
        if stored is None:
            return None
        return stored.decode() if isinstance(stored, bytes) else str(stored)


def now_hours() -> float:
    """The current time in hours since 1970, for articles without a date."""
    return time.time() / 3600
