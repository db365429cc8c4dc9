"""The pair model: how likely an article reports the event of a story, from about ten similarities.

A story is kept as a centroid (StoryState): the sum of its members' TF-IDF vectors, counts of the
places, countries, actors, event types and figures they name, its size and time span. `features`
compares an article profile with a centroid; `PairModel` is a logistic regression over them,
trained by `python -m services.dedup.train_stories` on the story development set and shipped as
story_model.json (coefficients and the join threshold, chosen for precision).
"""

import json
import math
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from services.dedup.story_profile import ArticleProfile

MODEL_FILE = Path(__file__).parent / "data" / "story_model.json"
MAX_TERMS = 40  # the centroid keeps its heaviest stems: enough to compare ledes, bounded memory
MAX_TITLE_TERMS = 20
MAX_NUMBERS = 12
# How long reports of one event keep coming, by event group: a storm is told in a day or two,
# a quake's toll and aftermath over days. Time gaps are measured in these units.
HORIZON_HOURS = {"weather": 36.0, "disaster": 72.0}
DEFAULT_HORIZON_HOURS = 48.0
FEATURES = (
    "title_cosine",
    "text_cosine",
    "actor_overlap",
    "place_match",
    "place_conflict",
    "country_match",
    "country_conflict",
    "type_match",
    "type_conflict",
    "time_gap",
    "number_match",
    "story_size",
)

Vector = dict[str, float]


@dataclass(slots=True)
class StoryState:
    """The centroid of a story: what its members say, summed."""

    story_id: str
    size: int = 0
    terms: Vector = field(default_factory=dict)
    title_terms: Vector = field(default_factory=dict)
    places: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    actors: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)  # 2 per member's main type, 1 per other
    numbers: dict[str, int] = field(default_factory=dict)
    first: float | None = None
    last: float | None = None


def weighted(counts: Mapping[str, int], idf: Mapping[str, float]) -> Vector:
    """A unit TF-IDF vector from term counts."""
    vector = {t: (1 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
    return {t: w / norm for t, w in vector.items()}


def cosine(a: Vector, b: Vector, a_norm: float | None = None) -> float:
    """Cosine of two sparse vectors; `a_norm`: a's norm, when known (an article meets many stories)."""
    if not a or not b:
        return 0.0
    # The shared terms only, in a's order (a set of them would sum in hash order); norms in C.
    dot = sum([w * b[t] for t, w in a.items() if t in b])
    if a_norm is None:
        a_norm = math.hypot(*a.values())
    b_norm = math.hypot(*b.values())
    return dot / (a_norm * b_norm) if a_norm and b_norm else 0.0


def _top(vector: Vector, n: int) -> Vector:
    return dict(sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))[:n])


def _add(counts: dict[str, int], items: tuple[str, ...]) -> None:
    for item in items:
        counts[item] = counts.get(item, 0) + 1


def joined(state: StoryState, profile: ArticleProfile, idf: Mapping[str, float]) -> StoryState:
    """The centroid after an article joins (a new StoryState; the input is left as it was)."""
    new = StoryState(
        state.story_id,
        state.size + 1,
        dict(state.terms),
        dict(state.title_terms),
        dict(state.places),
        dict(state.countries),
        dict(state.actors),
        dict(state.types),
        dict(state.numbers),
        state.first,
        state.last,
    )
    for target, source, cap in (
        (new.terms, weighted(profile.text, idf), MAX_TERMS),
        (new.title_terms, weighted(profile.title, idf), MAX_TITLE_TERMS),
    ):
        for t, w in source.items():
            target[t] = target.get(t, 0.0) + w
        trimmed = _top(target, cap)
        target.clear()
        target.update(trimmed)
    _add(new.places, profile.places)
    _add(new.countries, profile.countries)
    _add(new.actors, profile.actors)
    # A member's main type counts double: the story's main type is what its reports lead with,
    # not a side event one report names (a contract's "power cuts" against a protest about them).
    _add(new.types, profile.types[:1] * 2 + profile.types[1:])
    _add(new.numbers, profile.numbers)
    if len(new.numbers) > MAX_NUMBERS:
        new.numbers = dict(sorted(new.numbers.items(), key=lambda nc: -nc[1])[:MAX_NUMBERS])
    if profile.hours is not None:
        new.first = min(profile.hours, new.first if new.first is not None else profile.hours)
        new.last = max(profile.hours, new.last if new.last is not None else profile.hours)
    return new


def _overlap(mine: tuple[str, ...], theirs: Mapping[str, int]) -> tuple[float, float]:
    """(match, conflict): 1 when they share one; conflict when both name some and share none."""
    if not mine or not theirs:
        return 0.0, 0.0
    shared = any(m in theirs for m in mine)
    return float(shared), float(not shared)


def _types(mine: tuple[str, ...], theirs: Mapping[str, int]) -> tuple[float, float]:
    """(match, conflict) of main event types.

    A report may lead with a side event (a fire after a quake) but still names the story's main
    event; one that never names it tells of a neighbouring event (the summit a call prepared).
    """
    if not mine or not theirs:
        return 0.0, 0.0
    main = max(theirs, key=lambda k: (theirs[k], k))
    if mine[0] == main:
        return 1.0, 0.0
    return 0.0, float(main not in mine)


def time_gap(
    profile: ArticleProfile,
    state: StoryState,
    groups: Mapping[str, str],
    horizon: float | None = None,
) -> float:
    """Hours from the story's span to the article, in units of the event type's horizon.

    `horizon`: the article's (from its event types) when known; else the story's types decide.
    """
    if profile.hours is None or state.first is None or state.last is None:
        return 0.0
    gap = max(0.0, state.first - profile.hours, profile.hours - state.last)
    return gap / (horizon or _horizon(profile.types or tuple(state.types), groups))


def _horizon(kinds: Iterable[str], groups: Mapping[str, str]) -> float:
    return max(
        (HORIZON_HOURS.get(groups.get(k, ""), DEFAULT_HORIZON_HOURS) for k in kinds),
        default=DEFAULT_HORIZON_HOURS,
    )


@dataclass(frozen=True, slots=True)
class ArticleSide:
    """What features() needs of one article, computed once for all the stories it meets."""

    title: Vector  # unit TF-IDF vector of the title
    text: Vector  # of the title and lede
    title_norm: float
    text_norm: float
    actor_idf: dict[str, float]  # each actor's IDF weight
    actor_weight: float
    horizon: float | None  # by the article's event types; None: the story's decide


def article_side(
    profile: ArticleProfile, idf: Mapping[str, float], groups: Mapping[str, str]
) -> ArticleSide:
    """The article's half of its features against any story."""
    title, text = weighted(profile.title, idf), weighted(profile.text, idf)
    actor_idf = {a: idf.get(a, 1.0) for a in profile.actors}
    return ArticleSide(
        title,
        text,
        math.hypot(*title.values()),
        math.hypot(*text.values()),
        actor_idf,
        sum(actor_idf.values()),
        _horizon(profile.types, groups) if profile.types else None,
    )


def features(
    profile: ArticleProfile,
    state: StoryState,
    idf: Mapping[str, float],
    groups: Mapping[str, str],
    side: ArticleSide | None = None,
) -> list[float]:
    """The FEATURES of an article against a story, in order.

    `side`: article_side() of this article, when one article is compared with many stories:
    computed once instead of once per story.
    """
    side = side or article_side(profile, idf, groups)
    shared_actors = sum([w for a, w in side.actor_idf.items() if a in state.actors])
    place_match, place_conflict = _overlap(profile.places, state.places)
    country_match, country_conflict = _overlap(profile.countries, state.countries)
    type_match, type_conflict = _types(profile.types, state.types)
    return [
        cosine(side.title, state.title_terms, side.title_norm),
        cosine(side.text, state.terms, side.text_norm),
        shared_actors / side.actor_weight if side.actor_weight else 0.0,
        place_match,
        place_conflict,
        country_match,
        country_conflict,
        type_match,
        type_conflict,
        time_gap(profile, state, groups, side.horizon),
        float(any(n in state.numbers for n in profile.numbers)),
        math.log1p(state.size),
    ]


@dataclass(frozen=True, slots=True)
class PairModel:
    """Logistic regression over FEATURES, with the probability an article must reach to join."""

    coefficients: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, values: list[float]) -> float:
        """P(same event) for one feature row."""
        z = self.intercept + sum(map(operator.mul, self.coefficients, values))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self, **extra: object) -> str:
        """The model as the committed JSON file holds it."""
        data = {
            "features": list(FEATURES),
            "coefficients": [round(c, 6) for c in self.coefficients],
            "intercept": round(self.intercept, 6),
            "threshold": round(self.threshold, 6),
            **extra,
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "PairModel":
        """Read a model; the feature names must be today's FEATURES."""
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"story model features {data['features']} are not {FEATURES}")
        return cls(tuple(data["coefficients"]), data["intercept"], data["threshold"])


def load_model(path: Path = MODEL_FILE) -> PairModel:
    """The shipped pair model."""
    return PairModel.from_json(path.read_text(encoding="utf-8"))
