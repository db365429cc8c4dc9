"""Search articles: build the Elasticsearch request (pure), run it, read the answer into models."""

from typing import Any, Literal, Unpack

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import NotFoundError, TransportError
from pydantic import BaseModel, ConfigDict, Field

from services.highlight import highlight_request, merge_subfields
from shared.errors import SearchUnavailable
from shared.index_documents import ENTITY_FIELDS
from shared.query import Filters, build_query
from shared.query_text import parse_query
from shared.search_names import NameMatch, lookup_request, match_names, read_lookup

Collapse = Literal["story", "content"] | None
COLLAPSE_FIELDS = {"story": "story_id", "content": "content_hash"}
SOURCE_FIELDS = ["id", "title", "source", "published_at", "story_id", "content_hash", "role", "url"]
FACET_SIZES = {"sources": 20, "agencies": 15, "entities": 10, "stories": 10}


class Model(BaseModel):
    """Frozen result model."""

    model_config = ConfigDict(frozen=True)


class Hit(Model):
    """One article found, standing for its whole group when results are collapsed."""

    id: str
    title: str | None
    source: str | None
    published_at: str | None
    story_id: str | None
    content_hash: str | None = None
    role: str | None = None
    url: str | None = None
    score: float | None
    highlights: dict[str, list[str]]
    group_size: int = 1

    @property
    def snippets(self) -> list[str]:
        """Highlighted body fragments, else the highlighted title: what a result line shows."""
        return self.highlights.get("body") or self.highlights.get("title") or []


class Facet(Model):
    """A facet value and how many matching articles carry it."""

    value: str
    count: int


class SearchResult(Model):
    """Hits in rank order, the number of matching articles and groups, and facets."""

    hits: list[Hit]
    total: int
    groups: int | None = None
    facets: dict[str, list[Facet]]
    # Query word → other spellings of it (as a name) that were also searched.
    also: dict[str, list[str]] = Field(default_factory=dict)


def build_request(
    query: str,
    *,
    collapse: Collapse = "story",
    size: int = 10,
    offset: int = 0,
    names: dict[str, NameMatch] | None = None,
    **filters: Unpack[Filters],
) -> dict[str, Any]:
    """The whole search body: query, highlight, collapse, facets and sort."""
    body: dict[str, Any] = {
        "query": build_query(query, names, **filters),
        "size": size,
        "from": offset,
        "track_total_hits": True,
        "_source": SOURCE_FIELDS,
        "sort": [
            "_score" if not parse_query(query).is_empty else {"published_at": "desc"},
            {"published_at": {"order": "desc", "missing": "_last"}},
        ],
        "aggs": _facet_aggs(),
    }
    spellings = [spelling for match in (names or {}).values() for spelling in match.also]
    body["highlight"] = highlight_request(spellings, body["query"])
    if collapse:
        field = COLLAPSE_FIELDS[collapse]
        body["collapse"] = {
            "field": field,
            "inner_hits": {"name": "group", "size": 0, "_source": False},
        }
        body["aggs"]["groups"] = {"cardinality": {"field": field}}
    return body


def search(
    client: Elasticsearch,
    alias: str,
    query: str,
    *,
    collapse: Collapse = "story",
    size: int = 10,
    offset: int = 0,
    **filters: Unpack[Filters],
) -> SearchResult:
    """Run a search against `alias` and return hits, totals, facets and the other spellings
    searched (one small request first asks the index which spellings the names were seen under)."""
    names = find_names(client, alias, query)
    body = build_request(query, collapse=collapse, size=size, offset=offset, names=names, **filters)
    response = run_request(client, alias, body)
    if response is None:
        return SearchResult(hits=[], total=0, groups=0, facets={})
    result = read_response(response)
    also = {word: list(match.also) for word, match in names.items() if match.also}
    return result.model_copy(update={"also": also})


def find_names(client: Elasticsearch, alias: str, query: str) -> dict[str, NameMatch]:
    """The query's name-like words, their keys and the other spellings the index holds."""
    words = parse_query(query).words
    lookup = lookup_request(words)
    response = run_request(client, alias, lookup) if lookup else None
    return match_names(words, read_lookup(response))


def run_request(client: Elasticsearch, alias: str, body: dict[str, Any]) -> dict[str, Any] | None:
    """Send a search body to `alias`; None while nothing is indexed (no alias yet).

    Raises:
        SearchUnavailable: Elasticsearch is down or failing (5xx, connection errors).
        TransportError: Elasticsearch refused the request (4xx).
    """
    try:
        # The 7.17 client wants body fields as keywords (`from` is spelled `from_`).
        fields = {("from_" if key == "from" else key): value for key, value in body.items()}
        response: dict[str, Any] = client.search(index=alias, **fields)
    except NotFoundError:
        # Nothing indexed yet: the alias appears with the first article.
        return None
    except TransportError as error:
        if isinstance(error.status_code, int) and error.status_code < 500:
            raise
        raise SearchUnavailable(f"Search failed: {error}.") from error
    return response


def read_response(response: dict[str, Any]) -> SearchResult:
    """Turn an Elasticsearch search response into a SearchResult."""
    hits = [_hit(raw) for raw in response["hits"]["hits"]]
    aggs = response.get("aggregations", {})
    facets = {"sources": buckets(aggs.get("sources")), "agencies": buckets(aggs.get("agencies"))}
    for field in ENTITY_FIELDS:
        facets[field.removeprefix("entities_")] = buckets(aggs.get(field))
    facets["stories"] = buckets(aggs.get("stories"))
    groups = aggs.get("groups", {}).get("value")
    return SearchResult(
        hits=hits,
        total=int(response["hits"]["total"]["value"]),
        groups=int(groups) if groups is not None else None,
        facets=facets,
    )


def _facet_aggs() -> dict[str, Any]:
    aggs: dict[str, Any] = {
        "sources": {"terms": {"field": "source", "size": FACET_SIZES["sources"]}},
        "agencies": {"terms": {"field": "agency", "size": FACET_SIZES["agencies"]}},
    }
    for field in ENTITY_FIELDS:
        aggs[field] = {"terms": {"field": field, "size": FACET_SIZES["entities"]}}
    # Counts matching articles, not collapsed hits: the stories the query finds most of.
    aggs["stories"] = {"terms": {"field": "story_id", "size": FACET_SIZES["stories"]}}
    return aggs


def buckets(agg: dict[str, Any] | None) -> list[Facet]:
    """The buckets of a terms aggregation as facets, largest first."""
    if not agg:
        return []
    return [Facet(value=str(b["key"]), count=int(b["doc_count"])) for b in agg["buckets"]]


def _hit(raw: dict[str, Any]) -> Hit:
    source = raw.get("_source", {})
    group = raw.get("inner_hits", {}).get("group", {}).get("hits", {}).get("total", {})
    return Hit(
        id=str(raw["_id"]),
        title=source.get("title"),
        source=source.get("source"),
        published_at=source.get("published_at"),
        story_id=source.get("story_id"),
        content_hash=source.get("content_hash"),
        role=source.get("role"),
        url=source.get("url"),
        score=raw.get("_score"),
        highlights=merge_subfields(raw.get("highlight", {})),
        group_size=int(group.get("value", 1)) if group else 1,
    )
