"""Story ids: articles about the same event share one, given once and never changed.

A new article is compared with earlier articles that share one of its people, organisations or
places. It joins the story of the most similar one when the score reaches JOIN_THRESHOLD and
their dates are at most MAX_DAYS apart; otherwise it starts a story named after itself. No story
is ever merged or renamed, so an id handed to the indexer stays true (union-find would rename).

The score is ENTITY_WEIGHT x entity overlap + (1 - ENTITY_WEIGHT) x content-word overlap. Entity
overlap is a Jaccard index weighted by inverse document frequency, so the names every article
carries (in this news, بوتين and ترامب) count for little and the rarer shared names decide.
Thresholds come from the sample pages' story (services/evaluation/dedup.py) and hand-made cases.
"""

import base64
import json
import math
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
import redis

from services.dedup.fingerprint import (
    Signature,
    estimated_jaccard,
    minhash,
    word_shingles,
    words,
)
from shared.contracts import EnrichedArticle
from shared.streams import Streams

STORY_LABELS = frozenset({"PER", "PERS", "ORG", "LOC", "GPE"})
MAX_ENTITIES = 12  # the most mentioned ones: a passing mention says little about the event
MAX_DAYS = 3
ENTITY_WEIGHT = 0.8
JOIN_THRESHOLD = 0.3
MIN_CONTENT_WORD = 4  # shorter words are mostly particles and prepositions
RECENT_PER_ENTITY = 200  # articles remembered per entity: enough for a news cycle


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """What story matching keeps of one article."""

    article_id: str
    entities: tuple[str, ...]
    words: Signature
    day: date | None


def profile_of(article: EnrichedArticle) -> StoryProfile:
    """The salient entities, content-word signature and day of an article."""
    counts = Counter(e.entity_id for e in article.entities if e.label in STORY_LABELS)
    salient = tuple(sorted(counts, key=lambda e: (-counts[e], e))[:MAX_ENTITIES])
    text = f"{article.title or ''}\n{article.body}"
    content = [w for w in words(text) if len(w) >= MIN_CONTENT_WORD]
    day = article.published_at.date() if article.published_at else None
    return StoryProfile(article.id, salient, minhash(word_shingles(content, k=1)), day)


def idf(documents: int, frequency: int) -> float:
    """Smoothed inverse document frequency of an entity."""
    return math.log((documents + 1) / (frequency + 1)) + 1.0


def story_similarity(a: StoryProfile, b: StoryProfile, weight: Callable[[str], float]) -> float:
    """How likely two articles report one event, 0..1; 0 when their days are too far apart."""
    if a.day and b.day and abs((a.day - b.day).days) > MAX_DAYS:
        return 0.0
    ea, eb = set(a.entities), set(b.entities)
    union = sum(weight(e) for e in ea | eb)
    entity = sum(weight(e) for e in ea & eb) / union if union else 0.0
    text = estimated_jaccard(a.words, b.words)
    return ENTITY_WEIGHT * entity + (1 - ENTITY_WEIGHT) * text


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """Earlier articles sharing an entity with a new one, and the counts behind the weights."""

    documents: int
    frequency: dict[str, int]
    members: list[tuple[StoryProfile, str]]  # (profile, story id)


class StoryStore(Protocol):
    """Story state shared by every dedup worker."""

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        ...

    def neighbours(self, entity_ids: tuple[str, ...]) -> Neighbourhood:
        """Recent articles sharing one of these entities, with entity frequencies."""
        ...

    def commit(self, profile: StoryProfile, story_id: str) -> str:
        """Record an article's story unless it has one already; return the story it has."""
        ...


class StoryAssigner:
    """Gives each article its story id through a StoryStore."""

    def __init__(self, store: StoryStore) -> None:
        self._store = store

    def assign(self, article: EnrichedArticle, copy_of: str | None = None) -> str:
        """The story of `article`; a copy of an earlier article joins that article's story."""
        known = self._store.story_of(article.id)
        if known is not None:
            return known
        profile = profile_of(article)
        story = self._store.story_of(copy_of) if copy_of else None
        if story is None:
            story = self._best_story(profile) or article.id
        return self._store.commit(profile, story)

    def _best_story(self, profile: StoryProfile) -> str | None:
        if not profile.entities:
            return None
        near = self._store.neighbours(profile.entities)

        def weight(entity: str) -> float:
            return idf(near.documents + 1, near.frequency.get(entity, 0) + 1)

        scored = [
            (story_similarity(profile, other, weight), other.article_id, story)
            for other, story in near.members
            if other.article_id != profile.article_id
        ]
        best = max(scored, key=lambda s: (s[0], s[1]), default=None)
        return best[2] if best and best[0] >= JOIN_THRESHOLD else None


class InMemoryStoryStore:
    """Story state in one process, for `khabar analyze`, evaluation and unit tests."""

    def __init__(self) -> None:
        self._story: dict[str, str] = {}
        self._profiles: dict[str, StoryProfile] = {}
        self._by_entity: dict[str, list[str]] = {}

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        return self._story.get(article_id)

    def neighbours(self, entity_ids: tuple[str, ...]) -> Neighbourhood:
        """Every earlier article sharing one of these entities."""
        ids = dict.fromkeys(a for e in entity_ids for a in self._by_entity.get(e, []))
        members = [(self._profiles[a], self._story[a]) for a in ids]
        frequency = {e: len(self._by_entity.get(e, [])) for e in entity_ids}
        return Neighbourhood(len(self._profiles), frequency, members)

    def commit(self, profile: StoryProfile, story_id: str) -> str:
        """Record an article's story unless it has one already."""
        if profile.article_id in self._story:
            return self._story[profile.article_id]
        self._story[profile.article_id] = story_id
        self._profiles[profile.article_id] = profile
        for entity in profile.entities:
            self._by_entity.setdefault(entity, []).append(profile.article_id)
        return story_id


_COMMIT = """
local story = redis.call('HGET', KEYS[1], ARGV[1])
if story then return story end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('INCR', KEYS[3])
for i = 5, #KEYS do
  redis.call('LPUSH', KEYS[i], ARGV[1])
  redis.call('LTRIM', KEYS[i], 0, tonumber(ARGV[4]) - 1)
  redis.call('HINCRBY', KEYS[4], KEYS[i], 1)
end
return ARGV[2]
"""


def _encode(profile: StoryProfile) -> str:
    day = profile.day.isoformat() if profile.day else None
    words = base64.b64encode(profile.words.astype(">u2").tobytes()).decode("ascii")
    return json.dumps({"e": profile.entities, "d": day, "w": words}, ensure_ascii=False)


def _decode(article_id: str, raw: bytes) -> StoryProfile:
    data = json.loads(raw)
    words = np.frombuffer(base64.b64decode(data["w"]), dtype=">u2").astype(np.uint16)
    day = date.fromisoformat(data["d"]) if data["d"] else None
    return StoryProfile(article_id, tuple(data["e"]), words, day)


class RedisStoryStore:
    """Story state in Redis under `<prefix>:dedup:story:*`; one Lua script commits atomically.

    Layout: `of:<shard>` HASH article id -> story id; `profile:<shard>` HASH article id -> JSON
    profile; `entity:<id>` LIST of the RECENT_PER_ENTITY latest article ids; `df` HASH entity key
    -> articles seen with it; `n` counter of articles.
    """

    def __init__(self, client: "redis.Redis", prefix: str, shards: int = 4096) -> None:
        self._client = client
        self._streams = Streams(prefix)
        self._shards = shards
        self._commit = client.register_script(_COMMIT)

    def _key(self, *parts: str) -> str:
        return self._streams.key("dedup", "story", *parts)

    def _sharded(self, kind: str, article_id: str) -> str:
        return self._key(kind, str(zlib.crc32(article_id.encode()) % self._shards))

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        story = self._client.hget(self._sharded("of", article_id), article_id)
        return story.decode() if isinstance(story, bytes) else None

    def neighbours(self, entity_ids: tuple[str, ...]) -> Neighbourhood:
        """Recent articles sharing one of these entities, with entity frequencies."""
        entity_keys = [self._key("entity", e) for e in entity_ids]
        pipe = self._client.pipeline(transaction=False)
        pipe.get(self._key("n"))
        pipe.hmget(self._key("df"), entity_keys)
        for key in entity_keys:
            pipe.lrange(key, 0, -1)
        n, df, *lists = pipe.execute()
        ids = list(dict.fromkeys(raw.decode() for ids in lists for raw in ids))
        pipe = self._client.pipeline(transaction=False)
        for article_id in ids:
            pipe.hget(self._sharded("profile", article_id), article_id)
            pipe.hget(self._sharded("of", article_id), article_id)
        replies = pipe.execute()
        members = [
            (_decode(a, replies[2 * k]), replies[2 * k + 1].decode())
            for k, a in enumerate(ids)
            if replies[2 * k] is not None and replies[2 * k + 1] is not None
        ]
        frequency = {e: int(c or 0) for e, c in zip(entity_ids, df, strict=True)}
        return Neighbourhood(int(n or 0), frequency, members)

    def commit(self, profile: StoryProfile, story_id: str) -> str:
        """Record an article's story unless it has one already; return the story it has."""
        article_id = profile.article_id
        keys = [
            self._sharded("of", article_id),
            self._sharded("profile", article_id),
            self._key("n"),
            self._key("df"),
            *(self._key("entity", e) for e in profile.entities),
        ]
        args: list[str | int] = [article_id, story_id, _encode(profile), RECENT_PER_ENTITY]
        stored = self._commit(keys=keys, args=args)
        return stored.decode() if isinstance(stored, bytes) else str(stored)
