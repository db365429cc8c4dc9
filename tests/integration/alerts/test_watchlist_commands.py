"""`khabar watch` and /api/watchlists on a real node: add, list, pause, resume, remove."""

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from typer.testing import CliRunner

from services.api import create_app
from services.cli import app
from shared.settings import ServiceSettings

pytestmark = pytest.mark.integration

runner = CliRunner()


def khabar(es_url: str, es_index: str, *args: str) -> str:
    result = runner.invoke(app, list(args), env={"ES_URL": es_url, "ES_INDEX": es_index})
    assert result.exit_code == 0, result.output
    return result.stdout


def listed(es_url: str, es_index: str, *args: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = json.loads(
        khabar(es_url, es_index, "watch", "list", "--json", *args)
    )
    return found


def test_watch_commands_add_list_pause_resume_and_remove(es_url: str, es_index: str) -> None:
    added = khabar(
        es_url, es_index, "watch", "add", "بيروت", '"انفجار بيروت"', "--owner", "news",
        "--source", "صدى البلد", "--target", "https://example.test/hook",
    )  # fmt: skip
    watchlist_id = added.split()[1]
    [watchlist] = listed(es_url, es_index)
    assert watchlist["id"] == watchlist_id
    assert (watchlist["query"], watchlist["source"]) == ('"انفجار بيروت"', "صدى البلد")
    assert watchlist["paused"] is False
    assert "paused" in khabar(es_url, es_index, "watch", "pause", watchlist_id)
    assert listed(es_url, es_index)[0]["paused"] is True
    assert "resumed" in khabar(es_url, es_index, "watch", "resume", watchlist_id)
    table = khabar(es_url, es_index, "watch", "list")
    assert watchlist_id in table
    assert "active" in table
    assert "removed" in khabar(es_url, es_index, "watch", "rm", watchlist_id)
    assert listed(es_url, es_index, "--owner", "news") == []
    env = {"ES_URL": es_url, "ES_INDEX": es_index}
    again = runner.invoke(app, ["watch", "rm", watchlist_id], env=env)
    assert again.exit_code == 1
    assert "khabar watch list" in again.output


@pytest.fixture
async def api(es_url: str, es_index: str) -> AsyncIterator[httpx.AsyncClient]:
    settings = ServiceSettings(es_url=es_url, es_index=es_index)
    transport = httpx.ASGITransport(app=create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://khabar.test") as http:
        yield http


async def test_the_api_adds_lists_pauses_resumes_and_removes_watchlists(
    api: httpx.AsyncClient,
) -> None:
    body = {"name": "لافروف وروبيو", "owner": "desk", "query": "لافروف روبيو"}
    created = await api.post("/api/watchlists", json=body)
    assert created.status_code == 201
    watchlist = created.json()
    assert (watchlist["name"], watchlist["paused"]) == ("لافروف وروبيو", False)
    listed = (await api.get("/api/watchlists", params={"owner": "desk"})).json()
    assert [w["id"] for w in listed] == [watchlist["id"]]
    paused = await api.post(f"/api/watchlists/{watchlist['id']}/pause")
    assert paused.json()["paused"] is True
    resumed = await api.post(f"/api/watchlists/{watchlist['id']}/resume")
    assert resumed.json()["paused"] is False
    assert (await api.delete(f"/api/watchlists/{watchlist['id']}")).status_code == 204
    assert (await api.delete(f"/api/watchlists/{watchlist['id']}")).status_code == 404
    assert (await api.post(f"/api/watchlists/{watchlist['id']}/pause")).status_code == 404
    assert (await api.get("/api/watchlists")).json() == []
