"""One percolate request per batch: which active watchlists match which of the batch's articles."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import NotFoundError, TransportError

from services.alerts.watchlist import Watchlist
from services.alerts.watchlist_index import META_FIELD, QUERY_FIELD, read_watchlist, unavailable
from shared.contracts import DedupedArticle
from shared.index_documents import to_document

PAGE = 1000  # watchlists per response page; most batches match far fewer
_SLOTS = "_percolator_document_slot"


@dataclass(frozen=True)
class Match:
    """An active watchlist and the positions in the batch of the articles it matches."""

    watchlist: Watchlist
    slots: tuple[int, ...]


def percolate_request(
    documents: Sequence[dict[str, Any]], after: list[Any] | None = None
) -> dict[str, Any]:
    """The search body: every active watchlist whose query matches one of the documents."""
    body: dict[str, Any] = {
        "query": {
            "bool": {
                "must": [{"percolate": {"field": QUERY_FIELD, "documents": list(documents)}}],
                "filter": [{"term": {f"{META_FIELD}.paused": False}}],
            }
        },
        "size": PAGE,
        "_source": [META_FIELD],
        "sort": [{f"{META_FIELD}.id": "asc"}],
        "track_total_hits": False,
    }
    if after is not None:
        body["search_after"] = after
    return body


def read_matches(response: dict[str, Any]) -> list[Match]:
    """The matches of one response page, in watchlist id order."""
    return [
        Match(read_watchlist(hit["_source"]), tuple(hit.get("fields", {}).get(_SLOTS, [0])))
        for hit in response["hits"]["hits"]
    ]


def percolate(client: Elasticsearch, index: str, articles: Sequence[DedupedArticle]) -> list[Match]:
    """Match articles, documents built as the indexer builds them, against the active watchlists.

    Raises:
        SearchUnavailable: Elasticsearch is down or failing; the batch stays pending.
    """
    if not articles:
        return []
    documents = [to_document(article) for article in articles]
    matches: list[Match] = []
    after: list[Any] | None = None
    while True:
        try:
            response = client.search(index=index, **percolate_request(documents, after))
        except NotFoundError:  # no watchlist was ever added
            return []
        except TransportError as error:
            raise unavailable(error) from error
        page = read_matches(response)
        matches += page
        hits = response["hits"]["hits"]
        if len(hits) < PAGE:
            return matches
        after = hits[-1]["sort"]
