"""The query language of `khabar search`, the API and watchlists: words, "phrases", filters.

build_query turns a query and its filters into Elasticsearch's `query` clause (pure); the
search side (services/search.py) and the alerts stage's percolator queries both use it.
"""

from datetime import date, datetime
from typing import Any, TypedDict, Unpack

from shared.index_documents import ENTITY_FIELDS
from shared.query_text import QueryText, clitic_variants, parse_query
from shared.search_names import NameMatch, match_names

# Stemmed fields decide what matches; exact (unstemmed) fields only add score, except for names,
# which are matched as written (their other spellings come through their keys).
MATCH_FIELDS = ["title^3", "body", "subheadings^2", "keywords.text^2"]
NAME_MATCH_FIELDS = ["title.exact^3", "body.exact"]
SCORE_FIELDS = ["title^3", "title.exact^3", "body", "body.exact"]
PHRASE_FIELDS = {"title.exact": 12.0, "body.exact": 8.0, "title": 3.0, "body": 2.0}
VARIANT_BOOST = 0.3
# Other spellings and word forms match too, scored below exact and light-stemmed matches: a name's
# phonetic key (ترمب for ترامب), broken plurals and singulars. The entity ids a name would get
# are not searched: they come from the same key without its spellings, so جمال سليمان and كمال
# سليمان, بوتين and البوتان share them.
NAME_BOOST = 0.3
FORMS_BOOST = 0.2
FORM_FIELDS = ["title.forms^3", "body.forms"]
# Up to three words are all required; a longer query may miss one word in five.
REQUIRED_WORDS = "3<80%"


class Filters(TypedDict, total=False):
    """What a search may be narrowed to; every key is optional."""

    source: str | list[str] | None
    date_from: date | str | None
    date_to: date | str | None
    entity: str | None
    story: str | None
    role: str | None


def build_query(
    query: str, names: dict[str, NameMatch] | None = None, **filters: Unpack[Filters]
) -> dict[str, Any]:
    """The `query` clause: required words (with clitic variants, word forms, and for name-like
    words their phonetic key and entity ids), phrase boosts, filters.

    `names` are the name-like words (shared/search_names.py); without them, rarity decides.
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


def _words_clause(text: QueryText, names: dict[str, NameMatch]) -> dict[str, Any]:
    per_word = []
    for word in text.words:
        variants = clitic_variants(word)
        name = names.get(word)
        if name and name.keys:
            # A name is matched as written, not light-stemmed (بوتين and بوتان share the stem
            # بوت), and has no plural: its other spellings come through its keys.
            options = [
                _match_word(v, 1.0 if v == word else VARIANT_BOOST, NAME_MATCH_FIELDS)
                for v in [word, *variants]
            ]
        else:
            options = [_match_word(word, 1.0)]
            options += [_match_word(v, VARIANT_BOOST) for v in variants]
            # Forms of the word without its clitics too: the forms analyzer strips only ال, و.
            options += [_match_forms(v) for v in [word, *variants]]
        if name and name.terms:
            options.append({"terms": {"name_keys": list(name.terms), "boost": NAME_BOOST}})
        per_word.append({"bool": {"should": options, "minimum_should_match": 1}})
    return {"bool": {"should": per_word, "minimum_should_match": REQUIRED_WORDS}}


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
