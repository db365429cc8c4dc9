"""Move an alias to a fresh index built from the current template, without a search outage."""

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch

from services.indexer.bulk import ensure_index
from shared.errors import SearchUnavailable
from shared.index_template import TEMPLATE_PATH, index_version, versioned_index

POLL_S = 0.5
# Documents written to the old index while the copy ran are copied again after the swap;
# the margin covers clock skew between indexer workers and this process.
CATCH_UP_MARGIN = timedelta(minutes=1)


def next_version(alias: str, indices: list[str]) -> int:
    """One more than the highest `<alias>-v<n>` among `indices`."""
    versions = [v for v in (index_version(alias, name) for name in indices) if v is not None]
    return max(versions, default=0) + 1


def reindex(
    client: Elasticsearch,
    alias: str,
    *,
    template_path: Path = TEMPLATE_PATH,
    timeout: float = 3600.0,
) -> str:
    """Copy the alias's index into `<alias>-v<n+1>`, swap the alias atomically, return the new name.

    The old index is kept, so a bad mapping can be rolled back by swapping the alias back.
    """
    old = ensure_index(client, alias, template_path)
    new = versioned_index(alias, next_version(alias, list(client.indices.get(index=f"{alias}-v*"))))
    client.indices.create(index=new)
    started = datetime.now(UTC)
    _copy(client, {"index": old}, new, timeout)
    client.indices.refresh(index=new)
    client.indices.update_aliases(
        body={
            "actions": [
                {"remove": {"index": old, "alias": alias}},
                {"add": {"index": new, "alias": alias}},
            ]
        }
    )
    client.indices.refresh(index=old)
    since = (started - CATCH_UP_MARGIN).isoformat()
    _copy(client, {"index": old, "query": {"range": {"indexed_at": {"gte": since}}}}, new, timeout)
    client.indices.refresh(index=new)
    return new


def _copy(client: Elasticsearch, source: dict[str, Any], dest: str, timeout: float) -> None:
    """Run `_reindex` as a task and wait for it; never overwrite a document already in `dest`."""
    body = {
        "source": source,
        "dest": {"index": dest, "op_type": "create"},
        "conflicts": "proceed",
    }
    task = client.reindex(body=body, wait_for_completion=False, refresh=True)
    task_id = task["task"]
    deadline = time.monotonic() + timeout
    while True:
        status = client.tasks.get(task_id=task_id)
        if status.get("completed"):
            break
        if time.monotonic() > deadline:
            client.tasks.cancel(task_id=task_id)
            raise SearchUnavailable(f"Reindex into {dest} did not finish in {timeout:.0f}s.")
        time.sleep(POLL_S)
    response = status.get("response", {})
    failures = response.get("failures") or ([status["error"]] if "error" in status else [])
    if failures:
        raise SearchUnavailable(f"Reindex into {dest} failed: {failures[:3]}.")
