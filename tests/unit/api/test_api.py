"""The HTTP API's own behaviour: the page, parameter checks, health when Elasticsearch is away."""

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


async def test_root_serves_the_right_to_left_arabic_page(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<html dir="rtl" lang="ar">' in response.text


async def test_out_of_range_size_is_refused_before_searching(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/search", params={"q": "بوتين", "size": 500})).status_code == 422


async def test_malformed_date_is_refused(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/search", params={"from": "21/10/2025"})).status_code == 422


async def test_health_reports_unavailable_elasticsearch_as_503(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["elasticsearch"].startswith("unavailable")


async def test_search_with_elasticsearch_away_is_503_not_a_crash(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/search", params={"q": "بوتين"})).status_code == 503


async def test_story_with_elasticsearch_away_is_503(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/story/abc-000")
    assert response.status_code == 503
    assert "Search failed" in response.json()["detail"]


async def test_overlong_story_id_is_refused_before_searching(client: httpx.AsyncClient) -> None:
    assert (await client.get("/api/story/" + "x" * 201)).status_code == 422
