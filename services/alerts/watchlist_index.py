"""Watchlists stored in Elasticsearch as percolator queries, in an index of their own.

The index carries the articles' analyzers and field mappings (infra/index-template.json), so a
stored query analyzes a percolated article exactly as a search analyzes an indexed one. Its
mapping is not strict: an article field no query touches is ignored, not refused.

The name callers use is an alias over `<alias>-<digest>`, the digest of the index body. When the
articles template changes (a new analyzer, a new field), the next `ensure_watchlist_index` builds
the index for the new body, re-adds every watchlist with its query built afresh from its spec,
and swaps the alias in one step; a watchlist written during that swap may need adding again.
"""

import contextlib
import copy
import hashlib
import json
from collections.abc import Sequence
from typing import Any

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import NotFoundError, RequestError, TransportError
from elasticsearch7.helpers import scan

from services.alerts.watchlist import Watchlist, WatchlistSpec, new_watchlist, percolator_query
from shared.errors import SearchUnavailable
from shared.index_template import load_template

QUERY_FIELD = "query"
META_FIELD = "watchlist"
MAX_LISTED = 10_000
_META_MAPPING: dict[str, Any] = {
    "properties": {
        "id": {"type": "keyword"},
        "name": {"type": "keyword"},
        "owner": {"type": "keyword"},
        "query": {"type": "keyword", "index": False},
        "source": {"type": "keyword"},
        "entity": {"type": "keyword"},
        "date_from": {"type": "date"},
        "date_to": {"type": "date"},
        "target": {"type": "keyword", "index": False},
        "paused": {"type": "boolean"},
        "created_at": {"type": "date"},
    }
}


def watchlist_index(alias: str) -> str:
    """The watchlists' alias beside an articles alias (outside the alias's `<alias>-*` template)."""
    return f"{alias}_watchlists"


def index_body() -> dict[str, Any]:
    """Settings and mappings of the watchlists index, derived from the articles template."""
    template = load_template()["template"]
    mappings = copy.deepcopy(template["mappings"])
    mappings["dynamic"] = False
    mappings["properties"][QUERY_FIELD] = {"type": "percolator"}
    mappings["properties"][META_FIELD] = _META_MAPPING
    return {"settings": copy.deepcopy(template["settings"]), "mappings": mappings}


def body_digest(body: dict[str, Any]) -> str:
    """Twelve hex digits that change whenever the index body does."""
    text = json.dumps(body, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def ensure_watchlist_index(client: Elasticsearch, alias: str) -> str:
    """Point `alias` at the index for the current body, moving the watchlists over (idempotent).

    Safe when several workers start at once. Returns the concrete index.
    """
    body = index_body()
    wanted = f"{alias}-{body_digest(body)}"
    try:
        current = _alias_target(client, alias)
        if current == wanted:
            return wanted
        try:
            client.indices.create(
                index=wanted, settings=body["settings"], mappings=body["mappings"]
            )
        except RequestError as error:
            if error.error != "resource_already_exists_exception":
                raise
        if current is None:
            _swap(client, alias, wanted, None)
            return wanted
        for hit in scan(client, index=current, _source=[META_FIELD]):  # every one, past 10,000
            watchlist = read_watchlist(hit["_source"])
            client.index(index=wanted, id=watchlist.id, document=_document(watchlist))
        client.indices.refresh(index=wanted)
        _swap(client, alias, wanted, current)
        client.indices.delete(index=current, ignore_unavailable=True)
    except TransportError as error:
        raise unavailable(error) from error
    return wanted


def _alias_target(client: Elasticsearch, alias: str) -> str | None:
    try:
        found = client.indices.get_alias(name=alias)
    except NotFoundError:
        return None
    return next(iter(found), None)


def _swap(client: Elasticsearch, alias: str, new: str, old: str | None) -> None:
    actions: list[dict[str, Any]] = [{"add": {"index": new, "alias": alias}}]
    if old is not None:
        actions.append({"remove": {"index": old, "alias": alias}})
    with contextlib.suppress(NotFoundError):  # another worker swapped it first
        client.indices.update_aliases(body={"actions": actions})


def add_watchlist(client: Elasticsearch, index: str, spec: WatchlistSpec) -> Watchlist:
    """Store a new watchlist; it alerts from the next batch the alerts stage reads."""
    watchlist = new_watchlist(spec)
    ensure_watchlist_index(client, index)
    try:
        client.index(
            index=index,
            id=watchlist.id,
            document=_document(watchlist),
            refresh="wait_for",
            op_type="create",
        )
    except TransportError as error:
        raise unavailable(error) from error
    return watchlist


def add_watchlists(
    client: Elasticsearch, index: str, specs: Sequence[WatchlistSpec]
) -> list[Watchlist]:
    """Store many new watchlists in one bulk request (imports, the bench)."""
    made = [new_watchlist(spec) for spec in specs]
    ensure_watchlist_index(client, index)
    lines: list[dict[str, Any]] = []
    for watchlist in made:
        lines += [{"create": {"_index": index, "_id": watchlist.id}}, _document(watchlist)]
    try:
        response = client.bulk(body=lines, refresh="wait_for")
    except TransportError as error:
        raise unavailable(error) from error
    if response.get("errors"):
        failed = next(i for i in response["items"] if i["create"].get("error"))
        raise RuntimeError(f"Elasticsearch refused a watchlist: {failed['create']['error']}")
    return made


def list_watchlists(client: Elasticsearch, index: str, owner: str | None = None) -> list[Watchlist]:
    """Every watchlist (of one owner, if named), oldest first; [] before the first is added."""
    query: dict[str, Any] = {"term": {f"{META_FIELD}.owner": owner}} if owner else {"match_all": {}}
    body: dict[str, Any] = {
        "query": query,
        "size": MAX_LISTED,
        "sort": [{f"{META_FIELD}.created_at": "asc"}, {f"{META_FIELD}.id": "asc"}],
        "_source": [META_FIELD],
    }
    try:
        # The 7.17 client wants body fields as keywords (as services/search.py sends them).
        response = client.search(index=index, **body)
    except NotFoundError:
        return []
    except TransportError as error:
        raise unavailable(error) from error
    return [read_watchlist(hit["_source"]) for hit in response["hits"]["hits"]]


def get_watchlist(client: Elasticsearch, index: str, watchlist_id: str) -> Watchlist | None:
    """One watchlist by id, None when there is no such watchlist."""
    try:
        found = client.get(index=index, id=watchlist_id, _source=[META_FIELD])
    except NotFoundError:
        return None
    except TransportError as error:
        raise unavailable(error) from error
    return read_watchlist(found["_source"])


def set_paused(
    client: Elasticsearch, index: str, watchlist_id: str, paused: bool
) -> Watchlist | None:
    """Pause or resume a watchlist; None when there is no such watchlist."""
    try:
        change: dict[str, Any] = {"doc": {META_FIELD: {"paused": paused}}}
        client.update(index=index, id=watchlist_id, refresh="wait_for", **change)
    except NotFoundError:
        return None
    except TransportError as error:
        raise unavailable(error) from error
    return get_watchlist(client, index, watchlist_id)


def remove_watchlist(client: Elasticsearch, index: str, watchlist_id: str) -> bool:
    """Delete a watchlist; False when there was none. Alerts already sent stay in the stream."""
    try:
        client.delete(index=index, id=watchlist_id, refresh="wait_for")
    except NotFoundError:
        return False
    except TransportError as error:
        raise unavailable(error) from error
    return True


def read_watchlist(source: dict[str, Any]) -> Watchlist:
    """A watchlist from the `_source` of its stored document."""
    return Watchlist.model_validate(source[META_FIELD])


def _document(watchlist: Watchlist) -> dict[str, Any]:
    return {
        QUERY_FIELD: percolator_query(watchlist),
        META_FIELD: watchlist.model_dump(mode="json"),
    }


def unavailable(error: TransportError) -> Exception:
    """SearchUnavailable for a down or failing node (5xx, no answer); the error itself for a 4xx."""
    if isinstance(error.status_code, int) and error.status_code < 500 and error.status_code != 429:
        return error
    return SearchUnavailable(f"Elasticsearch did not answer the watchlists request: {error}.")
