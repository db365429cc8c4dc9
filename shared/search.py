"""The one Elasticsearch client Khabar uses: URL, basic auth, TLS and ES 8 compatibility mode.

The `elasticsearch7` client speaks to Elasticsearch 8 when it sends the compatibility media
type; the client switches it on itself when `ELASTIC_CLIENT_APIVERSIONING=true` is set, which is
how docker-compose runs it. An Elasticsearch 7.10 node rejects that media type, so the local node
runs without it.
"""

import os
import time

from elasticsearch7 import Elasticsearch
from elasticsearch7.exceptions import TransportError

from shared.errors import SearchUnavailable
from shared.settings import ServiceSettings

COMPATIBILITY_ENV = "ELASTIC_CLIENT_APIVERSIONING"
REQUEST_TIMEOUT_S = 30


def compatibility_mode() -> bool:
    """True when requests carry the ES 8 compatibility headers (set by the environment)."""
    return os.environ.get(COMPATIBILITY_ENV, "").lower() in ("true", "1")


def make_client(settings: ServiceSettings) -> Elasticsearch:
    """Build a client from settings.

    Args:
        settings: `es_url`, optional `es_username`/`es_password` (basic auth) and `es_ca_certs`
            (a CA bundle for an https URL).

    Returns:
        A client that retries timeouts and 502/503/504 once per node before giving up; callers
        that must not lose writes add their own backoff (services/indexer/bulk.py).
    """
    auth = None
    if settings.es_username is not None:
        auth = (settings.es_username, settings.es_password or "")
    return Elasticsearch(
        hosts=[settings.es_url],
        http_auth=auth,
        timeout=REQUEST_TIMEOUT_S,
        retry_on_timeout=True,
        max_retries=1,
        ca_certs=settings.es_ca_certs or None,
    )


def wait_until_ready(client: Elasticsearch, timeout: float = 60.0) -> str:
    """Block until the cluster answers with status yellow or green.

    Args:
        client: from `make_client`.
        timeout: seconds to keep trying.

    Returns:
        The cluster status seen.

    Raises:
        SearchUnavailable: the cluster did not get ready in time.
    """
    deadline = time.monotonic() + timeout
    last_error = "no answer"
    while True:
        remaining = deadline - time.monotonic()
        try:
            health = client.cluster.health(
                wait_for_status="yellow",
                timeout=f"{max(1, int(min(remaining, 10)))}s",
                request_timeout=max(2.0, min(remaining, 10) + 2),
            )
            status = str(health.get("status", ""))
            if status in ("yellow", "green") and not health.get("timed_out", False):
                return status
            last_error = f"cluster status {status}"
        except TransportError as error:  # connection errors included
            last_error = str(error)
        if time.monotonic() >= deadline:
            raise SearchUnavailable(f"Elasticsearch not ready after {timeout:.0f}s: {last_error}.")
        time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
