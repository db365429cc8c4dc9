"""Search articles: build the Elasticsearch request (pure), run it, read the answer into models."""

from datetime import date, datetime
from typing import Any, Literal, TypedDict, Unpack

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import NotFoundError, TransportError
from pydantic import BaseModel, ConfigDict, Field

from services.highlight import highlight_request, merge_subfields
from services.indexer.documents import ENTITY_FIELDS
from services.query_text import QueryText, clitic_variants, parse_query
from services.search_names import NameMatch, entity_ids, lookup_request, match_names, read_lookup
from shared.errors import SearchUnavailable

Collapse = Literal["story", "content"] | None
COLLAPSE_FIELDS = {"story": "story_id", "content": "content_hash"}
# Stemmed fields decide what matches; exact (unstemmed) fields only add score.
MATCH_FIELDS = ["title^3", "body", "subheadings^2", "keywords.text^2"]
SCORE_FIELDS = ["title^3", "title.exact^3", "body", "body.exact"]
PHRASE_FIELDS = {"title.exact": 12.0, "body.exact": 8.0, "title": 3.0, "body": 2.0}
VARIANT_BOOST = 0.3
# Other spellings and word forms match too, scored below exact and light-stemmed matches: a name's
# phonetic key (ترمب for ترامب), the entity ids a name would get, broken plurals and singulars.
NAME_BOOST = 0.3
ENTITY_BOOST = 0.3
FORMS_BOOST = 0.2
FORM_FIELDS = ["title.forms^3", "body.forms"]
# Up to three words are all required; a longer query may miss one word in five.
REQUIRED_WORDS = "3<80%"
SOURCE_FIELDS = ["id", "title", "source", "published_at", "story_id", "content_hash", "role", "url"]
FACET_SIZES = {"sources": 20, "agencies": 15, "entities": 10, "stories": 10}


class Filters(TypedDict, total=False):
    """What a search may be narrowed to; every key is optional."""

    source: str | list[str] | None
    date_from: date | str | None
    date_to: date | str | None
    entity: str | None
    story: str | None
    role: str | None


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


def build_query(
    query: str, names: dict[str, NameMatch] | None = None, **filters: Unpack[Filters]
) -> dict[str, Any]:
    """The `query` clause: required words (with clitic variants, word forms, and for name-like
    words their phonetic key and entity ids), phrase boosts, filters.

    `names` are the name-like words (services/search_names.py); without them, rarity decides.
    """
    text = parse_query(query)
    clauses = _filters(filters)
    if text.is_empty:
        return {"bool": {"must": [{"match_all": {}}], "filter": clauses}}
    if names is None:
        names = match_names(text.words)
    return {
        "bool": {
            "must": [_words_clause(text, names), *(_phrase_clause(p) for p in text.phrases)],
            "should": _score_clauses(text),
            "filter": clauses,
        }
    }


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


def _words_clause(text: QueryText, names: dict[str, NameMatch]) -> dict[str, Any]:
    # The whole query may name an entity (سيرجي لافروف): its articles then satisfy every word.
    whole = _entity_clause(" ".join(text.words)) if len(text.words) > 1 else None
    per_word = []
    for word in text.words:
        options = [_match_word(word, 1.0)]
        options += [_match_word(v, VARIANT_BOOST) for v in clitic_variants(word)]
        options.append(_match_forms(word))
        if word in names:
            options.append({"term": {"name_keys": {"value": names[word].key, "boost": NAME_BOOST}}})
            options.append(_entity_clause(word))
        if whole:
            options.append(whole)
        per_word.append({"bool": {"should": options, "minimum_should_match": 1}})
    return {"bool": {"should": per_word, "minimum_should_match": REQUIRED_WORDS}}


def _entity_clause(name: str) -> dict[str, Any]:
    return {"terms": {"entity_ids": entity_ids(name), "boost": ENTITY_BOOST}}


def _match_word(word: str, boost: float, fields: list[str] = MATCH_FIELDS) -> dict[str, Any]:
    # A stop word analyzes to nothing; it then matches everything instead of nothing.
    return {
        "multi_match": {
            "query": word,
            "fields": fields,
            "operator": "and",
            "zero_terms_query": "all",
            "boost": boost,
        }
    }


def _match_forms(word: str) -> dict[str, Any]:
    # The forms fields hold only words with other forms: a word without any analyzes to nothing
    # there and must then match nothing.
    clause = _match_word(word, FORMS_BOOST, FORM_FIELDS)
    clause["multi_match"]["zero_terms_query"] = "none"
    return clause


def _phrase_clause(phrase: str) -> dict[str, Any]:
    options = [
        {"match_phrase": {field: {"query": phrase, "boost": boost}}}
        for field, boost in PHRASE_FIELDS.items()
    ]
    return {"bool": {"should": options, "minimum_should_match": 1}}


def _score_clauses(text: QueryText) -> list[dict[str, Any]]:
    whole = " ".join(text.words)
    clauses: list[dict[str, Any]] = [
        {"multi_match": {"query": whole, "fields": SCORE_FIELDS, "operator": "and"}}
    ]
    if len(text.words) > 1:
        clauses.append({"match_phrase": {"title.exact": {"query": whole, "slop": 2, "boost": 4}}})
        clauses.append({"match_phrase": {"body.exact": {"query": whole, "slop": 2, "boost": 2}}})
    return clauses


def _filters(given: Filters) -> list[dict[str, Any]]:
    source, date_from, date_to = given.get("source"), given.get("date_from"), given.get("date_to")
    entity, story, role = given.get("entity"), given.get("story"), given.get("role")
    filters: list[dict[str, Any]] = []
    if source:
        filters.append({"terms": {"source": [source] if isinstance(source, str) else source}})
    if date_from or date_to:
        bounds: dict[str, str] = {}
        if date_from:
            bounds["gte"] = _day(date_from, round_up=False)
        if date_to:
            bounds["lte"] = _day(date_to, round_up=True)
        filters.append({"range": {"published_at": bounds}})
    if entity:
        fields = ["entity_ids", *ENTITY_FIELDS]
        filters.append(
            {
                "bool": {
                    "should": [{"term": {f: entity}} for f in fields],
                    "minimum_should_match": 1,
                }
            }
        )
    if story:
        filters.append({"term": {"story_id": story}})
    if role:
        filters.append({"term": {"role": role}})
    return filters


def _day(value: date | str, *, round_up: bool) -> str:
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    if isinstance(value, datetime):
        return value.isoformat()
    # `||/d` rounds a day up to its last millisecond, so date_to includes the whole day.
    return f"{value.isoformat()}||/d" if round_up else value.isoformat()


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
