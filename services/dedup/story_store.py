"""Story state: which story each article has, story centroids, candidate keys, document frequencies.

Two stores with one behaviour: InMemoryStoryStore (one process: `khabar analyze`, evaluation, unit
tests) and RedisStoryStore (every dedup worker). A centroid is written with its version; a commit
whose story changed since it was read returns None and the assigner reads again, so racing
workers never lose a join (optimistic concurrency in one Lua script). Reads are one round trip
each: document frequencies summed server-side, candidates ranked with their centroids.
Everything lives for `window_days` (default 90) after its last update, then expires by TTL:
Redis memory is bounded by the window, not by the history.
"""

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, cast

import redis

from services.dedup.store import WINDOW_DAYS
from services.dedup.story_codec import decode_state, encode_state
from services.dedup.story_model import StoryState
from services.dedup.story_scripts import CANDIDATES, COMMIT, FIRST_LOOK, packed
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


@lru_cache(maxsize=4096)
def decode_cached(story_id: str, raw: bytes) -> StoryState:
    """decode_state, remembered: the stories of a busy event are every next article's candidates.

    Keyed by the encoded centroid itself, so a story that moved is decoded afresh. Callers must
    not change the state returned (the model's `joined` builds a new one).
    """
    return decode_state(story_id, raw)


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
        self._states: dict[str, tuple[bytes, int]] = {}  # story -> (encoded centroid, version)
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
        if self._states.get(story, (b"", 0))[1] != commit.version:
            return None
        self._story[commit.article_id] = story
        self._states[story] = (encode_state(commit.state), commit.version + 1)
        for key in commit.keys:
            self._keys.setdefault(key, {})[story] = commit.hours
        bucket = self._df.setdefault(commit.day, {})
        for term in (*commit.terms, DOCS):
            bucket[term] = bucket.get(term, 0) + 1
        return story


KEY_CAP = 200  # stories kept per candidate key: the newest; older ones are outside the window


class RedisStoryStore:
    """Story state in Redis under `<prefix>:dedup:story:*`, every key with a TTL.

    Layout: `of:<article>` STRING story id; `state:<story>` HASH v (version), s (centroid,
    story_codec.py);
    `key:<key>` ZSET story -> hours of its last join; `df:<day>` HASH term -> articles, "" -> all.
    Two first reports of one event judged at the same instant may each start a story (neither
    sees the other); later reports join the one the model prefers.
    """

    def __init__(
        self, client: "redis.Redis", prefix: str, window_days: float = WINDOW_DAYS
    ) -> None:
        self._client = client
        self._streams = Streams(prefix)
        self._prefix = self.key("")
        self._commit = client.register_script(COMMIT)
        self._candidates = client.register_script(CANDIDATES)
        self._first_look = client.register_script(FIRST_LOOK)
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
        read = self.first_read("", None, terms, day)
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
        fields, lengths = packed([*terms, DOCS])
        args: list[str | int | float | bytes] = [
            self._prefix, article_id, copy_of or "", day, DF_DAYS, fields, lengths,
        ]  # fmt: skip
        if probe is not None:
            at = {t: k + 1 for k, t in enumerate(terms)}
            keys, key_lengths = packed(dict.fromkeys(probe.keys))
            stems, stem_lengths = packed(stem for stem, _ in probe.title)
            fields_of = ",".join(
                [str(at.get(stem, 0) if prior is not None else 0) for stem, prior in probe.title]
            )
            # repr: the float itself, as redis-py would send it alone (Lua's tonumber reads it).
            priors = ",".join([repr(prior or 0.0) for _, prior in probe.title])
            args += [
                1, probe.hours - CANDIDATE_HOURS, probe.hours + CANDIDATE_HOURS, PER_KEY,
                MAX_CANDIDATES, probe.rare, probe.prior_docs, keys, key_lengths, stems,
                stem_lengths, fields_of, priors,
            ]  # fmt: skip
        else:
            args.append(0)
        reply = self._first_look(keys=[], args=args)
        if len(reply) == 1:
            return FirstRead(bytes(reply[0]).decode(), None, {}, 0)
        copied = bytes(reply[1]).decode() or None
        sums = [int(n) for n in bytes(reply[2]).split(b",")]
        frequencies, articles = dict(zip(terms, sums[:-1], strict=True)), sums[-1]
        if copied is not None or probe is None:
            return FirstRead(None, copied, frequencies, articles)
        rare = tuple(probe.title[int(k) - 1][0] for k in bytes(reply[3]).split(b",") if k)
        return FirstRead(None, None, frequencies, articles, rare, self._states_of(reply[4:]))

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
        keys, key_lengths = packed(commit.keys)
        terms, term_lengths = packed(commit.terms)
        args: list[str | int | float | bytes] = [
            self._prefix,
            commit.article_id,
            commit.state.story_id,
            commit.version,
            encode_state(commit.state),
            ttl,
            min(ttl, (DF_DAYS + 1) * 86_400),  # nothing outlives the window
            commit.hours,
            KEY_CAP,
            commit.day,
            keys,
            key_lengths,
            terms,
            term_lengths,
        ]
        stored = self._commit(keys=[], args=args)
        if stored is None:
            return None
        return stored.decode() if isinstance(stored, bytes) else str(stored)


def now_hours() -> float:
    """The current time in hours since 1970, for articles without a date."""
    return time.time() / 3600
