"""The story method before issue 19 (entity overlap + lede MinHash), kept as the evaluation baseline.

A new article is compared with earlier articles that share one of its people, organisations or
places. Each story gets the sum of the scores of its members that reach JOIN_THRESHOLD (so a
story that several members vouch for beats a lone look-alike); the article joins the best story,
or starts one named after itself. No story is ever merged or renamed, so an id handed to the
indexer stays true (union-find would rename). A headline (title only) carries too little to
judge: it joins a story only as the copy of an article already in it.

score = (1 - TEXT_WEIGHT) x entity overlap + TEXT_WEIGHT x content-word overlap, where entity
overlap is a Dice index weighted by kind (LABEL_WEIGHTS: places are named by most world news,
people much less; Dice rather than Jaccard, because a long report names many side actors that a
short one of the same event leaves out), and content-word overlap is the MinHash Jaccard of the
words of 4+ letters in the lede (the title and the body's first LEDE_WORDS words). News is written
as an inverted pyramid: the lede says who did what, where; the rest of a report is background
that reports of other events by the same actors share just as much. The entities compared are
the MAX_ENTITIES most salient: mention count, a mention in the lede worth LEDE_BONUS more, ties
to the one named first. A pair must also share MIN_SHARED_ACTORS people/organisations and lie at
most MAX_DAYS apart.
No document-frequency weighting: the score is a pure function of the two articles, so it does
not drift with arrival order. Checked on the sample pages with the real splitter and enricher
and hand-made cases: with whole bodies compared, the Lavrov-Rubio call scored 0.28-0.53 between
its three reports depending on the NER model, against up to 0.39 for different events on the
same pages; with the lede 0.37-0.58 against at most 0.36 (NOTES.md). With so few pairs, these
are a starting point, not a measurement.
"""

import base64
import json
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Protocol

import numpy as np
import redis

from services.dedup.fingerprint import (
    Signature,
    estimated_jaccard,
    minhash,
    stored_signature,
    word_shingles,
    words,
)
from shared.contracts import EnrichedArticle, Role
from shared.streams import Streams

LABEL_WEIGHTS = {"PER": 1.0, "PERS": 1.0, "ORG": 0.7, "LOC": 0.3, "GPE": 0.3}
ACTOR_LABELS = frozenset({"PER", "PERS", "ORG"})
MAX_ENTITIES = 8  # the most mentioned ones: a passing mention says little about the event
LEDE_WORDS = 40  # a news lede (first sentence or two) runs 25-40 words
LEDE_BONUS = 2  # a name in the headline or lede counts as much as two more mentions
MAX_DAYS = 3
TEXT_WEIGHT = 0.4
JOIN_THRESHOLD = 0.40
MIN_SHARED_ACTORS = 2
MIN_CONTENT_WORD = 4  # shorter words are mostly particles and prepositions
RECENT_PER_ENTITY = 200  # articles remembered per entity: enough for a news cycle
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class StoryProfile:
    """What story matching keeps of one article."""

    article_id: str
    entities: tuple[tuple[str, str], ...]  # (entity id, label), most salient first
    words: Signature
    day: date | None

    @property
    def entity_ids(self) -> tuple[str, ...]:
        """The entity ids alone."""
        return tuple(e for e, _ in self.entities)


def profile_of(article: EnrichedArticle) -> StoryProfile:
    """The salient entities, content-word signature and day of an article."""
    labels = {e.entity_id: e.label for e in article.entities if e.label in LABEL_WEIGHTS}
    named = [e for e in article.entities if e.entity_id in labels]
    lede_end = _lede_end(article.body)
    counts = Counter(e.entity_id for e in named)
    for e in named:
        if e.field == "title" or e.start < lede_end:
            counts[e.entity_id] += LEDE_BONUS
    # Ties go to the entity named first: the lead paragraph names the event's actors.
    first: dict[str, tuple[bool, int]] = {}
    for e in named:
        where = (e.field != "title", e.start)
        first[e.entity_id] = min(first.get(e.entity_id, where), where)
    salient = sorted(counts, key=lambda e: (-counts[e], first[e], e))[:MAX_ENTITIES]
    text = f"{article.title or ''}\n{article.body[:lede_end]}"
    content = [w for w in words(text) if len(w) >= MIN_CONTENT_WORD]
    day = article.published_at.date() if article.published_at else None
    entities = tuple((e, labels[e]) for e in salient)
    return StoryProfile(article.id, entities, minhash(word_shingles(content, k=1)), day)


def _lede_end(body: str) -> int:
    """Where the body's first LEDE_WORDS words end."""
    end = 0
    for count, match in enumerate(_WORD.finditer(body), 1):
        end = match.end()
        if count == LEDE_WORDS:
            break
    return end


def story_similarity(a: StoryProfile, b: StoryProfile) -> float:
    """How likely two articles report one event, 0..1; 0 when they cannot be one event."""
    if a.day and b.day and abs((a.day - b.day).days) > MAX_DAYS:
        return 0.0
    ea, eb = dict(a.entities), dict(b.entities)
    shared = ea.keys() & eb.keys()
    if sum(1 for e in shared if ea[e] in ACTOR_LABELS) < MIN_SHARED_ACTORS:
        return 0.0
    total = sum(LABEL_WEIGHTS[label] for label in ea.values()) + sum(
        LABEL_WEIGHTS[label] for label in eb.values()
    )
    entity = 2 * sum(LABEL_WEIGHTS[ea[e]] for e in shared) / total
    text = estimated_jaccard(a.words, b.words)
    return (1 - TEXT_WEIGHT) * entity + TEXT_WEIGHT * text


def best_story(profile: StoryProfile, members: list[tuple[StoryProfile, str]]) -> str | None:
    """The story whose members vouch most for this profile, None when none reaches the bar."""
    support: dict[str, float] = {}
    for other, story in members:
        if other.article_id == profile.article_id:
            continue
        score = story_similarity(profile, other)
        if score >= JOIN_THRESHOLD:
            support[story] = support.get(story, 0.0) + score
    return max(support, key=lambda s: (support[s], s)) if support else None


class StoryStore(Protocol):
    """Story state shared by every dedup worker."""

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        ...

    def neighbours(self, entity_ids: tuple[str, ...]) -> list[tuple[StoryProfile, str]]:
        """Recent articles sharing one of these entities, each with its story id."""
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
        if story is None and article.role != Role.HEADLINE and profile.entities:
            story = best_story(profile, self._store.neighbours(profile.entity_ids))
        return self._store.commit(profile, story or article.id)


class InMemoryStoryStore:
    """Story state in one process, for `khabar analyze`, evaluation and unit tests."""

    def __init__(self) -> None:
        self._story: dict[str, str] = {}
        self._profiles: dict[str, StoryProfile] = {}
        self._by_entity: dict[str, list[str]] = {}

    def story_of(self, article_id: str) -> str | None:
        """The story an article was given, if any."""
        return self._story.get(article_id)

    def neighbours(self, entity_ids: tuple[str, ...]) -> list[tuple[StoryProfile, str]]:
        """The latest RECENT_PER_ENTITY articles of each of these entities."""
        ids = dict.fromkeys(
            a for e in entity_ids for a in self._by_entity.get(e, [])[-RECENT_PER_ENTITY:]
        )
        return [(self._profiles[a], self._story[a]) for a in ids]

    def commit(self, profile: StoryProfile, story_id: str) -> str:
        """Record an article's story unless it has one already."""
        if profile.article_id in self._story:
            return self._story[profile.article_id]
        self._story[profile.article_id] = story_id
        self._profiles[profile.article_id] = profile
        for entity in profile.entity_ids:
            self._by_entity.setdefault(entity, []).append(profile.article_id)
        return story_id


_COMMIT = """
local story = redis.call('HGET', KEYS[1], ARGV[1])
if story then return story end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
for i = 3, #KEYS do
  redis.call('LPUSH', KEYS[i], ARGV[1])
  redis.call('LTRIM', KEYS[i], 0, tonumber(ARGV[4]) - 1)
end
return ARGV[2]
"""


def _encode(profile: StoryProfile) -> str:
    day = profile.day.isoformat() if profile.day else None
    words = base64.b64encode(stored_signature(profile.words).tobytes()).decode("ascii")
    return json.dumps({"e": profile.entities, "d": day, "w": words}, ensure_ascii=False)


def _decode(article_id: str, raw: bytes) -> StoryProfile:
    data = json.loads(raw)
    words = np.frombuffer(base64.b64decode(data["w"]), dtype=np.uint8).astype(np.uint16)
    day = date.fromisoformat(data["d"]) if data["d"] else None
    entities = tuple((entity, label) for entity, label in data["e"])
    return StoryProfile(article_id, entities, words, day)


class RedisStoryStore:
    """Story state in Redis under `<prefix>:dedup:story:*`; one Lua script commits atomically.

    Layout: `of:<shard>` HASH article id -> story id; `profile:<shard>` HASH article id -> JSON
    profile; `entity:<id>` LIST of the RECENT_PER_ENTITY latest article ids.
    Two first reports of one event judged at the same instant may each start a story (neither
    sees the other); later reports join the one with more support.
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

    def neighbours(self, entity_ids: tuple[str, ...]) -> list[tuple[StoryProfile, str]]:
        """The latest RECENT_PER_ENTITY articles of each of these entities, with their stories."""
        pipe = self._client.pipeline(transaction=False)
        for entity in entity_ids:
            pipe.lrange(self._key("entity", entity), 0, -1)
        ids = list(dict.fromkeys(raw.decode() for found in pipe.execute() for raw in found))
        pipe = self._client.pipeline(transaction=False)
        for article_id in ids:
            pipe.hget(self._sharded("profile", article_id), article_id)
            pipe.hget(self._sharded("of", article_id), article_id)
        replies = pipe.execute()
        return [
            (_decode(a, replies[2 * k]), replies[2 * k + 1].decode())
            for k, a in enumerate(ids)
            if replies[2 * k] is not None and replies[2 * k + 1] is not None
        ]

    def commit(self, profile: StoryProfile, story_id: str) -> str:
        """Record an article's story unless it has one already; return the story it has."""
        article_id = profile.article_id
        keys = [
            self._sharded("of", article_id),
            self._sharded("profile", article_id),
            *(self._key("entity", e) for e in profile.entity_ids),
        ]
        args: list[str | int] = [article_id, story_id, _encode(profile), RECENT_PER_ENTITY]
        stored = self._commit(keys=keys, args=args)
        return stored.decode() if isinstance(stored, bytes) else str(stored)
