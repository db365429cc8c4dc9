"""The watchlist routes' own checks: bad watchlists refused before Elasticsearch, 503 when it is away."""

from collections.abc import AsyncIterator

import httpx
import pytest

from services.api import create_app
from shared.settings import ServiceSettings
from tests import servers


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    # A port nobody listens on: these tests must not depend on Elasticsearch.
    settings = ServiceSettings(es_url=f"http://127.0.0.1:{servers.free_port()}")
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://khabar.test") as http:
        yield http


@pytest.mark.parametrize(
    "body",
    [
        {"owner": "desk", "query": "بيروت"},
        {"name": "بيروت", "owner": "desk"},
        {"name": "بيروت", "owner": "desk", "query": "بيروت", "target": "ftp://x"},
        {"name": "بيروت", "owner": "desk", "query": "بيروت", "date_from": "21/10/2025"},
        {"name": "بيروت", "owner": "desk", "query": "بيروت", "color": "red"},
    ],
    ids=["no-name", "matches-everything", "not-a-web-url", "bad-date", "unknown-field"],
)
async def test_a_bad_watchlist_is_refused_with_422(
    client: httpx.AsyncClient, body: dict[str, str]
) -> None:
    assert (await client.post("/api/watchlists", json=body)).status_code == 422


async def test_watchlists_with_elasticsearch_away_are_503(client: httpx.AsyncClient) -> None:
    body = {"name": "بيروت", "owner": "desk", "query": "انفجار بيروت"}
    assert (await client.post("/api/watchlists", json=body)).status_code == 503
    assert (await client.get("/api/watchlists")).status_code == 503
    assert (await client.post("/api/watchlists/abc/pause")).status_code == 503
