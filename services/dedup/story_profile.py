"""What story matching reads of one article, computed once: stems, places, actors, event types.

News is written as an inverted pyramid: the title and the lede (the first paragraph) say what
happened, where and when; the rest is background that reports of other events share just as
much (a quake report recalls the last quake and names the provinces that felt it). So stems,
places, event types and numbers come from the title and the lede only. Actors (people and
organisations) come from the enricher's entities anywhere in the title and lede.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from services.dedup.terms import (
    content_stems_in,
    light_stem,
    numbers_in,
    prior_df,
    tokens,
    word_stems,
)
from services.dedup.vocabulary import Vocabulary, load_vocabulary
from shared.contracts import EnrichedArticle

LEDE_WORDS = 60  # a lede paragraph runs 25-50 words; a wall of text is cut here
ACTOR_LABELS = frozenset({"PER", "PERS", "ORG"})
_PARAGRAPH = re.compile(r"\n\s*\n")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class ArticleProfile:
    """The story-matching view of one article (term counts; weights come with the IDF)."""

    article_id: str
    hours: float | None  # published time, hours since 1970 (naive = outlet time, taken as UTC)
    title: dict[str, int]  # stem -> count in the title
    text: dict[str, int]  # stem -> count in the title and lede
    places: tuple[str, ...]  # cities and provinces, gazetteer names
    countries: tuple[str, ...]  # countries named, and those of the places
    actors: tuple[str, ...]  # entity ids of people and organisations
    types: tuple[str, ...]  # event types, the main one first
    numbers: tuple[str, ...]
    priors: dict[str, float] = field(default_factory=dict)  # stem -> prior document share

    @property
    def day(self) -> int | None:
        """Days since 1970 of the published time."""
        return int(self.hours // 24) if self.hours is not None else None


def lede_of(body: str) -> str:
    """The first paragraph of a body, at most LEDE_WORDS words."""
    first = _PARAGRAPH.split(body.strip(), maxsplit=1)[0] if body.strip() else ""
    words = _WORD.findall(first)
    return " ".join(words[:LEDE_WORDS])


def _hours(published: datetime | None) -> float | None:
    if published is None:
        return None
    aware = published if published.tzinfo else published.replace(tzinfo=UTC)
    return aware.timestamp() / 3600


def profile_of(article: EnrichedArticle, vocabulary: Vocabulary | None = None) -> ArticleProfile:
    """The profile of an article: title and lede stems, places, actors, event types, numbers."""
    vocabulary = vocabulary or load_vocabulary()
    title = article.title or ""
    lede = lede_of(article.body)
    # Each text normalized once. No token spans a line break, so the tokens of "title\nlede"
    # are the title's then the lede's (tests/unit/dedup/test_stories.py checks it on the set).
    title_words = tokens(title)
    head = title_words + tokens(lede)
    words = head + tokens(" ، ".join(article.keywords))
    found = vocabulary.places_in(words)
    places = tuple(dict.fromkeys(p.name for p in found if p.kind != "country"))
    countries = tuple(dict.fromkeys(p.country for p in found))
    # The main event type first: the title's, else the lede's most named one.
    stems = [light_stem(w) for w in words]
    named = Counter(vocabulary.event_types_in(stems))
    in_title = vocabulary.event_types_in(stems[: len(title_words)])
    types = tuple(sorted(named, key=lambda k: (k not in in_title, -named[k], k)))
    lede_end = len(lede)
    actors = tuple(
        dict.fromkeys(
            e.entity_id
            for e in article.entities
            if e.label in ACTOR_LABELS and (e.field == "title" or e.start < lede_end)
        )
    )
    priors: dict[str, float] = {}
    for word in head:
        for stem in word_stems(word):
            priors[stem] = max(priors.get(stem, 0.0), prior_df(word))
    return ArticleProfile(
        article_id=article.id,
        hours=_hours(article.published_at),
        title=dict(Counter(content_stems_in(title_words))),
        text=dict(Counter(content_stems_in(head))),
        places=places,
        countries=countries,
        actors=actors,
        types=types,
        numbers=tuple(sorted(numbers_in(head))),
        priors=priors,
    )
