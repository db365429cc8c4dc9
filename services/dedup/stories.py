"""Story ids: every report of one event, by any outlet, in one story; ids given once, never changed.

An article's profile (story_profile.py) names its stems, places, actors, event types and figures.
Candidate stories are those sharing a key with it (a place, an event type in a country, an actor,
one of its rarest title stems) and updated within CANDIDATE_HOURS of it. The pair model
(story_model.py) gives each candidate the probability that the article reports its event; the
article joins the most likely story when that reaches the model's threshold (chosen on the
development set for precision: a story that swallows another event is worse than a missed
link), or starts a story named after itself. Stories are never merged or renamed, so an id handed
to the indexer stays true. A headline (title only) carries too little to judge: it joins a story
only as the copy of an article already in it.

IDF comes from document frequencies kept in day buckets over DF_DAYS, seeded by a prior from
wordfreq (terms.prior_df) so that the first articles of a fresh store are weighed sensibly and
arrival order hardly matters.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from services.dedup.story_model import (
    FEATURES,
    PairModel,
    StoryState,
    article_side,
    features,
    joined,
    load_model,
)
from services.dedup.story_profile import ArticleProfile, profile_of
from services.dedup.story_store import (
    Commit,
    FirstRead,
    InMemoryStoryStore,
    Probe,
    RedisStoryStore,
    StoryStore,
    now_hours,
)
from services.dedup.vocabulary import Vocabulary, load_vocabulary
from shared.contracts import EnrichedArticle, Role

__all__ = ["InMemoryStoryStore", "RedisStoryStore", "StoryAssigner", "StoryStore"]

PRIOR_DOCS = 200.0  # the prior counts as this many articles; online counts soon outweigh it
RARE_STEMS = 3  # title stems used as candidate keys, the rarest first
MAX_TRIES = 5  # re-reads when racing workers moved a centroid meanwhile
MIN_TEXT_COSINE = 0.12
STRONG_TEXT = 0.25  # this much wording in common stands for a shared place or actor
_TEXT_COSINE, _TYPE_MATCH, _PLACE_MATCH, _ACTOR_OVERLAP = (
    FEATURES.index(name) for name in ("text_cosine", "type_match", "place_match", "actor_overlap")
)


def idf_of(
    profile: ArticleProfile, frequencies: Mapping[str, int], articles: int
) -> dict[str, float]:
    """IDF of the profile's stems and actors: online counts plus the wordfreq prior."""
    total = articles + PRIOR_DOCS
    idf = {}
    for term in profile.text:
        df = frequencies.get(term, 0) + PRIOR_DOCS * profile.priors.get(term, 0.0)
        idf[term] = math.log((total + 1) / (df + 1)) + 1
    for actor in profile.actors:
        idf[actor] = math.log((total + 1) / (frequencies.get(actor, 0) + 1)) + 1
    return idf


def keys_of(profile: ArticleProfile, idf: Mapping[str, float]) -> tuple[str, ...]:
    """The candidate keys of an article: places, type x place/country, actors, rare stems."""
    keys = [f"p:{p}" for p in profile.places]
    for kind in profile.types:
        keys += [f"t:{kind}:{c}" for c in profile.countries]
    if not profile.places:
        keys += [f"c:{c}" for c in profile.countries]
    keys += [f"a:{a}" for a in profile.actors]
    rare = sorted(profile.title, key=lambda t: (-idf.get(t, 0.0), t))[:RARE_STEMS]
    keys += [f"s:{t}" for t in rare]
    return tuple(dict.fromkeys(keys))


@dataclass(frozen=True, slots=True)
class Reading:
    """An article read for story matching: profile, time, IDF and candidate keys."""

    profile: ArticleProfile
    hours: float
    day: int
    idf: dict[str, float]
    keys: tuple[str, ...]

    @property
    def rare(self) -> tuple[str, ...]:
        """The title stems among the candidate keys, rarest first."""
        return tuple(k[2:] for k in self.keys if k.startswith("s:"))

    @property
    def terms(self) -> tuple[str, ...]:
        """What the article adds to document frequencies."""
        return (*self.profile.text, *self.profile.actors)

    def commit(self, state: StoryState, version: int) -> Commit:
        """The commit of this article joining `state` (read at `version`)."""
        joined_state = joined(state, self.profile, self.idf)
        # An undated article (judged at "now") says nothing of when its story happened: joining
        # an old story, it must not make the story look recent to later articles.
        undated = self.profile.hours is None and state.last is not None
        return Commit(
            self.profile.article_id,
            joined_state,
            version,
            self.keys,
            self.terms,
            self.day,
            state.last if undated and state.last is not None else self.hours,
        )


def read(article: EnrichedArticle, store: StoryStore, vocabulary: Vocabulary) -> Reading:
    """Profile an article and weigh its terms with the store's document frequencies."""
    profile, hours, day = _profiled(article, vocabulary)
    frequencies, articles = store.frequencies((*profile.text, *profile.actors), day)
    return _reading(profile, hours, day, frequencies, articles)


def first_read(
    article: EnrichedArticle, store: StoryStore, vocabulary: Vocabulary, copy_of: str | None
) -> tuple[Reading | None, FirstRead]:
    """read(), with the same round trip saying whether the article has a story already (a
    redelivery: then there is no Reading), which story its original is in, and (for a full
    article that copies none) its candidate stories."""
    profile, hours, day = _profiled(article, vocabulary)
    probe = None if article.role == Role.HEADLINE else _probe(profile, hours)
    terms = (*profile.text, *profile.actors)
    first = store.first_read(article.id, copy_of, terms, day, probe)
    if first.known is not None:
        return None, first
    return _reading(profile, hours, day, first.frequencies, first.articles), first


def _probe(profile: ArticleProfile, hours: float) -> Probe:
    """The candidate keys that need no IDF, and the title stems the rarest of which are keys."""
    keys = keys_of(profile, {})
    fixed = tuple(k for k in keys if not k.startswith("s:"))
    title = tuple(
        (t, PRIOR_DOCS * profile.priors.get(t, 0.0) if t in profile.text else None)
        for t in profile.title
    )
    return Probe(fixed, title, RARE_STEMS, PRIOR_DOCS, hours)


def _profiled(
    article: EnrichedArticle, vocabulary: Vocabulary
) -> tuple[ArticleProfile, float, int]:
    profile = profile_of(article, vocabulary)
    hours = profile.hours if profile.hours is not None else now_hours()
    return profile, hours, int(hours // 24)


def _reading(
    profile: ArticleProfile, hours: float, day: int, frequencies: Mapping[str, int], articles: int
) -> Reading:
    idf = idf_of(profile, frequencies, articles)
    return Reading(profile, hours, day, idf, keys_of(profile, idf))


def has_evidence(values: list[float]) -> bool:
    """Evidence of one event: what happened, and where or who, agree.

    What: some words in common or the same main event type. Where or who: a shared city or
    actor, or much wording in common; a country alone is not enough. The development set is
    mostly disasters, where place and type nearly decide, so the model learned to trust a country
    and a type; on political news (the sample pages) a country and a broad type ("talks") alone
    joined unrelated reports. This floor keeps such joins out whatever the model learned.
    """
    text = values[_TEXT_COSINE]
    what = text >= MIN_TEXT_COSINE or values[_TYPE_MATCH] > 0
    where_or_who = values[_PLACE_MATCH] > 0 or values[_ACTOR_OVERLAP] > 0 or text >= STRONG_TEXT
    return what and where_or_who


class StoryAssigner:
    """Gives each article its story id through a StoryStore."""

    def __init__(
        self,
        store: StoryStore,
        model: PairModel | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self._store = store
        self._model = model or load_model()
        self._vocabulary = vocabulary or load_vocabulary()

    def assign(self, article: EnrichedArticle, copy_of: str | None = None) -> str:
        """The story of `article`; a copy of an earlier article joins that article's story."""
        reading, first = first_read(article, self._store, self._vocabulary, copy_of)
        if reading is None:
            return str(first.known)
        copied = first.copied
        # Candidates read with the frequencies, when the store chose the rare stems the
        # reading did (it always should); a retry reads them again.
        read_already = first.candidates if reading.rare == first.rare else None
        for _ in range(MAX_TRIES):
            if copied is not None:
                state, version = self._store.state(copied) or (StoryState(copied), 0)
            elif article.role == Role.HEADLINE:
                state, version = StoryState(article.id), 0
            else:
                state, version = self.best_story(reading, read_already)
                read_already = None
            story = self._store.commit(reading.commit(state, version))
            if story is not None:
                return story
        raise RuntimeError(f"story of {article.id}: centroids kept moving over {MAX_TRIES} tries")

    def best_story(
        self, reading: Reading, candidates: list[tuple[StoryState, int]] | None = None
    ) -> tuple[StoryState, int]:
        """The candidate story the model finds likeliest if it reaches the threshold, else a new
        one; `candidates` when already read, else they are read now."""
        best: tuple[float, str, StoryState, int] | None = None
        groups = self._vocabulary.groups
        side = article_side(reading.profile, reading.idf, groups)
        if candidates is None:
            candidates = self._store.candidates(reading.keys, reading.hours)
        for state, version in candidates:
            values = features(reading.profile, state, reading.idf, groups, side)
            if not has_evidence(values):
                continue
            p = self._model.probability(values)
            if p >= self._model.threshold and (best is None or (p, state.story_id) > best[:2]):
                best = (p, state.story_id, state, version)
        if best is None:
            return StoryState(reading.profile.article_id), 0
        return best[2], best[3]
