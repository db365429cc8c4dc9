"""Bulk loads of story state for benchmarks: one round of joins repeated many times, pipelined.

Linking a million articles one by one would take the benchmark most of an hour; it needs only
the state they leave. A round of articles is linked once through any StoryStore with its commits
recorded (RecordingStore); round r repeats that round `r * step_hours` later under ids renamed
for the round. What all rounds leave is computed here and written in RedisStoryStore's layout
with its TTLs: every article's `of:` key (one Lua call per batch of packed records), each story's
last centroid and version, each candidate key's newest KEY_CAP stories, and the day buckets'
summed document frequencies. The store must hold no story state under the prefix (checked).
"""

import heapq
import struct
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np
import redis

from services.dedup.story_codec import encode_state, respanned
from services.dedup.story_model import StoryState
from services.dedup.story_store import (
    DF_DAYS,
    DOCS,
    KEY_CAP,
    Commit,
    FirstRead,
    Probe,
    RedisStoryStore,
    StoryStore,
)

BATCH = 20_000  # articles per Lua call, states and keys per pipeline

Rename = Callable[[str, int], str]  # (id in the recorded round, round) -> id in that round

# ARGV: key prefix of `of:`, ttl, records (id length, id, story length, story), each a SET.
_OF = """
local prefix, ttl, records = ARGV[1], ARGV[2], ARGV[3]
local at = 1
while at <= #records do
  local n = string.byte(records, at)
  local id = string.sub(records, at + 1, at + n)
  local m = string.byte(records, at + n + 1)
  redis.call('SET', prefix .. id, string.sub(records, at + n + 2, at + n + 1 + m), 'EX', ttl)
  at = at + n + 2 + m
end
return 0
"""

# ARGV: key prefix of `state:`, ttl, records (story length, story, version, centroid length,
# centroid), each an HSET v s with the TTL.
_STATES = """
local prefix, ttl, records = ARGV[1], ARGV[2], ARGV[3]
local at = 1
while at <= #records do
  local n = string.byte(records, at)
  local key = prefix .. string.sub(records, at + 1, at + n)
  local version, m = struct.unpack('>I4>I4', records, at + n + 1)
  redis.call('HSET', key, 'v', version, 's', string.sub(records, at + n + 9, at + n + 8 + m))
  redis.call('EXPIRE', key, ttl)
  at = at + n + 9 + m
end
return 0
"""


class RecordingStore:
    """A StoryStore that keeps every commit that took, in order."""

    def __init__(self, store: StoryStore) -> None:
        self._store = store
        self.commits: list[Commit] = []

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        return self._store.story_of(article_id)

    def frequencies(self, terms: Sequence[str], day: int) -> tuple[dict[str, int], int]:
        """Document frequencies, as the wrapped store counts them."""
        return self._store.frequencies(terms, day)

    def first_read(
        self,
        article_id: str,
        copy_of: str | None,
        terms: Sequence[str],
        day: int,
        probe: Probe | None = None,
    ) -> FirstRead:
        """What the wrapped store reads first."""
        return self._store.first_read(article_id, copy_of, terms, day, probe)

    def state(self, story_id: str) -> tuple[StoryState, int] | None:
        """A story's centroid and version."""
        return self._store.state(story_id)

    def candidates(self, keys: Sequence[str], hours: float) -> list[tuple[StoryState, int]]:
        """Candidate stories, as the wrapped store finds them."""
        return self._store.candidates(keys, hours)

    def commit(self, commit: Commit) -> str | None:
        """Record the join in the wrapped store and remember it when it took."""
        known = self._store.story_of(commit.article_id)
        story = self._store.commit(commit)
        if story is not None and known is None:
            self.commits.append(commit)
        return story


def _packed(pairs: list[tuple[str, str]]) -> bytes:
    parts = []
    for article, story in pairs:
        a, s = article.encode(), story.encode()
        parts.append(bytes([len(a)]) + a + bytes([len(s)]) + s)
    return b"".join(parts)


class StoryBulkLoader:
    """Fills an empty RedisStoryStore prefix with `rounds` repeats of one recorded round."""

    def __init__(self, client: "redis.Redis", store: RedisStoryStore) -> None:
        self._client = client
        self._store = store
        self._of = client.register_script(_OF)
        self._states = client.register_script(_STATES)

    def load(
        self, commits: Sequence[Commit], rounds: int, step_hours: float, rename: Rename
    ) -> int:
        """Write what `rounds` repeats of `commits` leave; the number of articles stored."""
        if any(True for _ in self._client.scan_iter(match=self._store.key("*"), count=1000)):
            raise ValueError("bulk loads fill an empty story store")
        ttl = self._store.ttl_seconds
        self._write_of(commits, rounds, rename, ttl)
        self._write_states(commits, rounds, step_hours, rename, ttl)
        self._write_keys(commits, rounds, step_hours, rename, ttl)
        self._write_frequencies(commits, rounds, step_hours, min(ttl, (DF_DAYS + 1) * 86_400))
        return len(commits) * rounds

    def _write_of(self, commits: Sequence[Commit], rounds: int, rename: Rename, ttl: int) -> None:
        pairs: list[tuple[str, str]] = []
        for r in range(rounds):
            pairs += [(rename(c.article_id, r), rename(c.state.story_id, r)) for c in commits]
            if len(pairs) >= BATCH or r == rounds - 1:
                self._of(keys=[], args=[self._store.key("of", ""), ttl, _packed(pairs)])
                pairs = []

    def _write_states(
        self, commits: Sequence[Commit], rounds: int, step_hours: float, rename: Rename, ttl: int
    ) -> None:
        last: dict[str, StoryState] = {}
        joins: Counter[str] = Counter()
        for c in commits:
            last[c.state.story_id] = c.state
            joins[c.state.story_id] += 1
        # Rounds differ only in the story id and the time span: each centroid is encoded once
        # and its span replaced (encoded again only when kept as JSON).
        spans: dict[str, tuple[float, float]] = {}
        for story, state in last.items():
            if state.first is None or state.last is None:
                raise ValueError(f"cannot shift the centroid of {story}: it has no time span")
            spans[story] = (state.first, state.last)
        encoded = {story: encode_state(state) for story, state in last.items()}
        records: list[bytes] = []
        for r in range(rounds):
            shift = r * step_hours
            for story, (first, last_hours) in spans.items():
                span = (first + shift, last_hours + shift)
                centroid = respanned(encoded[story], *span) or encode_state(
                    replace(last[story], first=span[0], last=span[1])
                )
                name = rename(story, r).encode()
                records.append(
                    bytes([len(name)]) + name + struct.pack(">II", joins[story], len(centroid))
                )
                records.append(centroid)
            if len(records) >= 2 * BATCH or r == rounds - 1:
                args: list[str | int | bytes] = [
                    self._store.key("state", ""),
                    ttl,
                    b"".join(records),
                ]
                self._states(keys=[], args=args)
                records = []

    def _write_keys(
        self, commits: Sequence[Commit], rounds: int, step_hours: float, rename: Rename, ttl: int
    ) -> None:
        joined: dict[str, dict[str, float]] = defaultdict(dict)  # key -> story -> last join
        for c in commits:
            for key in c.keys:
                joined[key][c.state.story_id] = c.hours
        pipe = self._client.pipeline(transaction=False)
        for key, stories in joined.items():
            # Each story's scores over the rounds rise by step_hours: the newest KEY_CAP of
            # all rounds are among each story's last KEY_CAP rounds.
            first = max(0, rounds - KEY_CAP)
            newest = heapq.nlargest(
                KEY_CAP,
                (
                    (hours + r * step_hours, rename(story, r))
                    for story, hours in stories.items()
                    for r in range(first, rounds)
                ),
            )
            name = self._store.key("key", key)
            pipe.zadd(name, {story: score for score, story in newest})
            pipe.expire(name, ttl)
            if len(pipe) >= BATCH:
                pipe.execute()
        pipe.execute()

    def _write_frequencies(
        self, commits: Sequence[Commit], rounds: int, step_hours: float, ttl: int
    ) -> None:
        counts: dict[int, Counter[str]] = defaultdict(Counter)
        shifts = np.arange(rounds) * step_hours
        for c in commits:
            terms = Counter((*c.terms, DOCS))
            days, repeats = np.unique(
                ((c.hours + shifts) // 24).astype(np.int64), return_counts=True
            )
            for day, times in zip(days.tolist(), repeats.tolist(), strict=True):
                bucket = counts[day]
                for term, n in terms.items():
                    bucket[term] += n * times
        pipe = self._client.pipeline(transaction=False)
        for day, bucket in counts.items():
            name = self._store.key("df", str(day))
            pipe.hset(name, mapping=dict(bucket))
            pipe.expire(name, ttl)
        pipe.execute()
