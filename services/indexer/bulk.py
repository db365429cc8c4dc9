"""Write deduplicated articles to Elasticsearch in bulk: split confirmed, rejected and retried."""

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import NotFoundError, RequestError, TransportError
from elasticsearch7.helpers import streaming_bulk

from shared.contracts import DedupedArticle
from shared.errors import SearchUnavailable
from shared.index_documents import document_id, to_document
from shared.index_template import TEMPLATE_PATH, load_template, put_template, versioned_index

MAX_ATTEMPTS = 5
INITIAL_BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0
MAX_CHUNK_BYTES = 20 * 1024 * 1024
# Field types an existing index can take on without new analysis settings.
PLAIN_TYPES = frozenset({"keyword", "boolean", "integer", "long", "float", "date"})


@dataclass(frozen=True)
class BulkOutcome:
    """What Elasticsearch did with a batch: ids it stored and ids it refused for good."""

    confirmed: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)  # id -> ES's reason (dead letter)
    attempts: int = 1


def is_retryable(status: object, error: object = None) -> bool:
    """True for failures worth another try: 429, 5xx, a lost connection, a missing alias."""
    if not isinstance(status, int):
        return True  # the helper reports "N/A" when the request never got an answer
    if isinstance(error, dict) and error.get("type") == "index_not_found_exception":
        return True  # the alias is gone (mid-maintenance); the article itself is fine
    return status in (408, 429) or status >= 500


def error_reason(status: object, error: object) -> str:
    """One line from an item's error: status, ES error type and reason, and its cause if any."""
    if isinstance(error, dict):
        text = f"{error.get('type', 'error')}: {error.get('reason', '')}"
        cause = error.get("caused_by")
        if isinstance(cause, dict):
            text += f" (caused by {cause.get('type', '')}: {cause.get('reason', '')})"
    else:
        text = str(error)
    return f"{status} {text}".strip()


def index_batch(
    client: Elasticsearch,
    alias: str,
    articles: Sequence[DedupedArticle],
    *,
    max_attempts: int = MAX_ATTEMPTS,
    initial_backoff: float = INITIAL_BACKOFF_S,
    max_backoff: float = MAX_BACKOFF_S,
    sleep: Callable[[float], None] = time.sleep,
    refresh: bool = False,
) -> BulkOutcome:
    """Index articles under `alias`; retry transient failures with backoff, report rejections.

    Raises SearchUnavailable when some documents are still unconfirmed after `max_attempts`,
    so the caller acknowledges nothing and the stream redelivers (ids make that idempotent).
    Blocking: call it through `asyncio.to_thread` from async code.
    """
    indexed_at = datetime.now(UTC)
    pending = {document_id(a): to_document(a, indexed_at=indexed_at) for a in articles}
    confirmed: list[str] = []
    rejected: dict[str, str] = {}
    last_failure = ""
    attempt = 0
    while pending and attempt < max_attempts:
        if attempt:
            sleep(min(max_backoff, initial_backoff * 2 ** (attempt - 1)))
        attempt += 1
        retry: dict[str, dict[str, Any]] = {}
        for ok, doc_id, status, error in _send(client, alias, pending, refresh=refresh):
            if ok:
                confirmed.append(doc_id)
            elif is_retryable(status, error):
                retry[doc_id] = pending[doc_id]
                last_failure = error_reason(status, error)
            else:
                rejected[doc_id] = error_reason(status, error)
        pending = retry
    if pending:
        raise SearchUnavailable(
            f"{len(pending)} of {len(articles)} documents unconfirmed after {attempt} attempts"
            f" (last: {last_failure})."
        )
    return BulkOutcome(confirmed=confirmed, rejected=rejected, attempts=max(attempt, 1))


def _send(
    client: Elasticsearch, alias: str, documents: dict[str, dict[str, Any]], *, refresh: bool
) -> Iterator[tuple[bool, str, object, object]]:
    """One pass of the bulk helper: (ok, id, status, error) per document."""
    results = streaming_bulk(
        client,
        _actions(alias, documents.items()),
        max_chunk_bytes=MAX_CHUNK_BYTES,
        raise_on_error=False,
        raise_on_exception=False,
        max_retries=0,  # retries happen above, for 5xx and lost connections too
        yield_ok=True,
        refresh="wait_for" if refresh else "false",
        require_alias=True,  # never auto-create an unmapped index named like the alias
    )
    for ok, item in results:
        info = next(iter(item.values()))
        yield ok, str(info.get("_id")), info.get("status"), info.get("error")


def _actions(
    alias: str, documents: Iterable[tuple[str, dict[str, Any]]]
) -> Iterator[dict[str, Any]]:
    for doc_id, document in documents:
        yield {"_op_type": "index", "_index": alias, "_id": doc_id, "_source": document}


def ensure_index(client: Elasticsearch, alias: str, template_path: Path = TEMPLATE_PATH) -> str:
    """Put the template and make `alias` point at an index, creating `<alias>-v1` if needed.

    Safe when several workers start at once: losing the race to create the index is fine.
    Returns the concrete index the alias points at.
    """
    put_template(client, alias, template_path)
    current = _alias_target(client, alias)
    if current:
        add_plain_fields(client, current, template_path)
        return current
    first = versioned_index(alias, 1)
    try:
        client.indices.create(index=first, aliases={alias: {}})
    except RequestError as error:
        if error.error != "resource_already_exists_exception":
            raise
    current = _alias_target(client, alias)
    if current is None:
        # The index exists without the alias (e.g. created by hand): attach it.
        client.indices.put_alias(index=first, name=alias)
        current = first
    return current


def add_plain_fields(
    client: Elasticsearch, index: str, template_path: Path = TEMPLATE_PATH
) -> None:
    """Map on an existing index the template's new top-level fields that need no analyzer
    (`name_keys`), so a newer indexer's documents are not refused by its strict mapping before
    `khabar reindex` moves the alias; fields needing new analysis wait for the reindex."""
    wanted = load_template(template_path)["template"]["mappings"]["properties"]
    mapping = client.indices.get_mapping(index=index)[index]["mappings"]
    missing = {
        name: spec
        for name, spec in wanted.items()
        if name not in mapping.get("properties", {}) and spec.get("type") in PLAIN_TYPES
    }
    if missing:
        client.indices.put_mapping(index=index, body={"properties": missing})


def _alias_target(client: Elasticsearch, alias: str) -> str | None:
    """The index an alias points at, None when the alias does not exist."""
    try:
        found = client.indices.get_alias(name=alias)
    except NotFoundError:
        return None
    except TransportError as error:
        raise SearchUnavailable(f"Could not read alias {alias}: {error}.") from error
    indices = sorted(found)
    return indices[-1] if indices else None
