"""One story at a glance: build the Elasticsearch request (pure), run it, read it into a StoryView.

A story is every article dedup gave one `story_id` (services/dedup/stories.py). The view lists
them oldest first, says which are copies of another article, and which people, organisations
and places most of its reports name.
"""

from typing import Any, Literal

from elasticsearch7 import Elasticsearch

from services.search import Facet, Model, buckets, run_request
from shared.index_documents import ENTITY_FIELDS

# Far above any real story; a bigger one shows its first MAX_REPORTS reports and says how many.
MAX_REPORTS = 500
OUTLETS_SIZE = 50
ENTITIES_SIZE = 20
PLACES_FIELD = "entities_loc"
# An entity counts as shared when at least this many reports name it (all, in a one-report story).
MIN_SHARED = 2
STORY_FIELDS = [
    "id",
    "title",
    "source",
    "published_at",
    "published_has_time",
    "role",
    "url",
    "duplicate_of",
    "near_duplicates",
]


class TimelineEntry(Model):
    """One report of a story: when, which outlet, what title, and whether it copies another."""

    id: str
    title: str | None
    source: str | None
    published_at: str | None
    has_time: bool = False
    role: str | None = None
    url: str | None = None
    copy_kind: Literal["exact", "near"] | None = None
    copy_of: str | None = None


class StoryView(Model):
    """A story: its first report, every report in time order, its outlets and shared entities."""

    story_id: str
    total: int
    first_report: TimelineEntry
    timeline: list[TimelineEntry]
    outlets: list[Facet]
    entities: dict[str, list[Facet]]
    places: list[Facet]


def build_story_request(story_id: str, *, size: int = MAX_REPORTS) -> dict[str, Any]:
    """Every article of one story, oldest first (undated last, then by id), with aggregations."""
    aggs: dict[str, Any] = {"outlets": {"terms": {"field": "source", "size": OUTLETS_SIZE}}}
    for field in ENTITY_FIELDS:
        # Each entity field holds an article's canonical forms once: doc_count = reports naming it.
        aggs[field] = {"terms": {"field": field, "size": ENTITIES_SIZE}}
    return {
        "query": {"bool": {"filter": [{"term": {"story_id": story_id}}]}},
        "size": size,
        "track_total_hits": True,
        "_source": STORY_FIELDS,
        "sort": [
            {"published_at": {"order": "asc", "missing": "_last"}},
            {"id": {"order": "asc"}},
        ],
        "aggs": aggs,
    }


def read_story(story_id: str, response: dict[str, Any]) -> StoryView | None:
    """Turn the response to `build_story_request` into a StoryView; None when it found nothing."""
    timeline = [_entry(raw) for raw in response["hits"]["hits"]]
    if not timeline:
        return None
    total = int(response["hits"]["total"]["value"])
    aggs = response.get("aggregations", {})
    least = min(MIN_SHARED, total)
    entities = {
        field.removeprefix("entities_"): [f for f in buckets(aggs.get(field)) if f.count >= least]
        for field in ENTITY_FIELDS
        if field != PLACES_FIELD
    }
    places = [f for f in buckets(aggs.get(PLACES_FIELD)) if f.count >= least]
    return StoryView(
        story_id=story_id,
        total=total,
        first_report=first_report(story_id, timeline),
        timeline=timeline,
        outlets=buckets(aggs.get("outlets")),
        entities=entities,
        places=places,
    )


def first_report(story_id: str, timeline: list[TimelineEntry]) -> TimelineEntry:
    """The earliest dated report; with no dates, the article the story is named after.

    Dedup names a story after the first article it saw, which is not always the first published.
    """
    for entry in timeline:
        if entry.published_at:
            return entry
    return next((e for e in timeline if e.id == story_id), timeline[0])


def get_story(client: Elasticsearch, alias: str, story_id: str) -> StoryView | None:
    """The story `story_id` as indexed behind `alias`; None when no article carries that id."""
    response = run_request(client, alias, build_story_request(story_id))
    return read_story(story_id, response) if response is not None else None


def _entry(raw: dict[str, Any]) -> TimelineEntry:
    source = raw.get("_source", {})
    kind: Literal["exact", "near"] | None = None
    copy_of = source.get("duplicate_of")
    near = source.get("near_duplicates") or []
    if copy_of:
        kind = "exact"
    elif near:
        kind = "near"  # copy_of: the closest of the earlier articles it nearly repeats
        copy_of = max(near, key=lambda n: float(n.get("similarity", 0.0)))["id"]
    return TimelineEntry(
        id=str(raw["_id"]),
        title=source.get("title"),
        source=source.get("source"),
        published_at=source.get("published_at"),
        has_time=bool(source.get("published_has_time", False)),
        role=source.get("role"),
        url=source.get("url"),
        copy_kind=kind,
        copy_of=copy_of,
    )
