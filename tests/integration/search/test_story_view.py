"""Story views on a real node: timeline order, outlets, copies, shared entities; API, CLI, facet."""

from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import datetime

import httpx
import pytest
from elasticsearch7 import Elasticsearch
from typer.testing import CliRunner

from services.api import create_app
from services.cli import app as cli
from services.indexer.bulk import ensure_index, index_batch
from services.search import search
from services.story_view import get_story
from shared.contracts import DedupedArticle
from shared.settings import ServiceSettings
from tests import servers
from tests.integration.search.corpus import corpus_article

pytestmark = pytest.mark.integration

CALL, KREMLIN = "budapest-call", "kremlin-budapest"


def _report(
    key: str,
    *,
    story: str,
    source: str,
    day: str,
    has_time: bool = False,
    bundle_end: str = "",
    **verdict: object,
) -> DedupedArticle:
    """A corpus article as some outlet's report (validated): outlet, date, story, dedup verdict.

    `bundle_end` replaces the end of the bundle id, so a copy of an article gets its own id.
    """
    article = corpus_article(key)
    bundle = article.bundle_id[: len(article.bundle_id) - len(bundle_end)] + bundle_end
    fields = article.model_dump() | verdict
    fields |= {
        "id": f"{bundle}-000",
        "bundle_id": bundle,
        "story_id": story,
        "source": source,
        "published_at": datetime.fromisoformat(day) if day else None,
        "published_has_time": has_time,
    }
    return DedupedArticle.model_validate(fields)


AMSAR = _report(
    "lavrov_rubio_amsar", story=CALL, source="الأمصار", day="2025-10-20T19:24", has_time=True
)
BALAD = _report("lavrov_rubio_balad", story=CALL, source="صدى البلد", day="2025-10-20")
ITTIHAD = _report("us_russia_ittihad", story=CALL, source="صحيفة الاتحاد", day="2025-10-21")
# An agency copy of the Amsar report, and a rewrite close to Balad's.
AMSAR_COPY = _report(
    "lavrov_rubio_amsar",
    story=CALL,
    source="بوابة الأهرام",
    day="2025-10-21T08:00",
    has_time=True,
    bundle_end="c0",
    duplicate_of=AMSAR.id,
)
BALAD_NEAR = _report(
    "lavrov_rubio_balad",
    story=CALL,
    source="اليوم السابع",
    day="2025-10-22",
    bundle_end="d1",
    near_duplicates=[{"id": BALAD.id, "similarity": 0.62}],
)
KREMLIN_READ_ALSO = _report("kremlin_budapest", story=KREMLIN, source="صدى البلد", day="")
KREMLIN_DATED = _report(
    "kremlin_budapest", story=KREMLIN, source="روسيا اليوم", day="2025-10-20T12:00", bundle_end="e2"
)
CALL_TIMELINE = [BALAD, AMSAR, ITTIHAD, AMSAR_COPY, BALAD_NEAR]
ARTICLES = [*CALL_TIMELINE, KREMLIN_READ_ALSO, KREMLIN_DATED]


@pytest.fixture(scope="module")
def stories_alias(es_url: str, es_client: Elasticsearch) -> Iterator[str]:
    """An alias holding the articles of the two stories, refreshed and searchable."""
    assert len({a.id for a in ARTICLES}) == len(ARTICLES)
    alias = servers.unique_name("stories")
    ensure_index(es_client, alias)
    outcome = index_batch(es_client, alias, ARTICLES, refresh=True)
    assert not outcome.rejected
    yield alias
    servers.delete_indices(es_url, alias)


def _shared(articles: list[DedupedArticle], labels: set[str]) -> dict[str, int]:
    """Canonical entity -> number of reports naming it, for those at least two reports share."""
    counts = Counter(
        canonical
        for article in articles
        for canonical in {e.canonical for e in article.entities if e.label in labels}
    )
    return {name: n for name, n in counts.items() if n >= 2}


def test_story_timeline_is_in_publication_order_with_outlets_and_copies(
    es_client: Elasticsearch, stories_alias: str
) -> None:
    view = get_story(es_client, stories_alias, CALL)
    assert view is not None
    assert view.total == len(CALL_TIMELINE)
    assert [e.id for e in view.timeline] == [a.id for a in CALL_TIMELINE]
    assert [e.source for e in view.timeline] == [a.source for a in CALL_TIMELINE]
    assert view.first_report.id == BALAD.id
    copies = {e.id: (e.copy_kind, e.copy_of) for e in view.timeline if e.copy_kind}
    assert copies == {AMSAR_COPY.id: ("exact", AMSAR.id), BALAD_NEAR.id: ("near", BALAD.id)}
    assert {(f.value, f.count) for f in view.outlets} == {(a.source, 1) for a in CALL_TIMELINE}


def test_story_counts_the_entities_and_places_its_reports_share(
    es_client: Elasticsearch, stories_alias: str
) -> None:
    view = get_story(es_client, stories_alias, CALL)
    assert view is not None
    people = {f.value: f.count for f in view.entities["per"]}
    assert people == _shared(CALL_TIMELINE, {"PER"})
    assert people["سيرغي لافروف"] == len(CALL_TIMELINE)
    assert {f.value: f.count for f in view.places} == _shared(CALL_TIMELINE, {"LOC"})
    assert "بودابست" in {f.value for f in view.places}


def test_undated_reports_come_after_dated_ones(
    es_client: Elasticsearch, stories_alias: str
) -> None:
    view = get_story(es_client, stories_alias, KREMLIN)
    assert view is not None
    assert [e.id for e in view.timeline] == [KREMLIN_DATED.id, KREMLIN_READ_ALSO.id]
    assert view.timeline[1].role == "read_also"
    assert view.first_report.id == KREMLIN_DATED.id


def test_unknown_story_and_missing_alias_read_as_no_story(
    es_client: Elasticsearch, stories_alias: str
) -> None:
    assert get_story(es_client, stories_alias, "no-such-story") is None
    assert get_story(es_client, servers.unique_name("absent"), CALL) is None


def test_search_facets_count_matching_articles_per_story(
    es_client: Elasticsearch, stories_alias: str
) -> None:
    everything = search(es_client, stories_alias, "")
    assert [(f.value, f.count) for f in everything.facets["stories"]] == [(CALL, 5), (KREMLIN, 2)]
    lavrov = search(es_client, stories_alias, "لافروف")
    assert [(f.value, f.count) for f in lavrov.facets["stories"]] == [(CALL, 5)]


@pytest.fixture
async def api(
    es_url: str, es_client: Elasticsearch, stories_alias: str
) -> AsyncIterator[httpx.AsyncClient]:
    settings = ServiceSettings(es_url=es_url, es_index=stories_alias)
    transport = httpx.ASGITransport(app=create_app(settings, es_client))
    async with httpx.AsyncClient(transport=transport, base_url="http://khabar.test") as http:
        yield http


async def test_api_returns_the_story_and_404_for_an_unknown_id(api: httpx.AsyncClient) -> None:
    response = await api.get(f"/api/story/{CALL}")
    assert response.status_code == 200
    body = response.json()
    assert [e["id"] for e in body["timeline"]] == [a.id for a in CALL_TIMELINE]
    assert body["first_report"]["source"] == "صدى البلد"
    missing = await api.get("/api/story/no-such-story")
    assert missing.status_code == 404
    assert "No articles with story id no-such-story" in missing.json()["detail"]


async def test_api_search_returns_the_story_facet(api: httpx.AsyncClient) -> None:
    response = await api.get("/api/search", params={"q": "بيسكوف"})
    assert response.status_code == 200
    stories = {f["value"]: f["count"] for f in response.json()["facets"]["stories"]}
    assert stories[KREMLIN] == 2


def test_cli_prints_the_story_and_says_when_an_id_has_no_articles(
    es_url: str, stories_alias: str
) -> None:
    runner = CliRunner()
    env = {"ES_INDEX": stories_alias}
    shown = runner.invoke(cli, ["story", CALL, "--es-url", es_url], env=env)
    assert shown.exit_code == 0, shown.output
    lines = shown.stdout.splitlines()
    assert lines[0] == f"Story {CALL}: 5 reports from 5 outlets, 2025-10-20 to 2025-10-22"
    timeline = lines[lines.index("Timeline") + 1 : lines.index("Timeline") + 6]
    outlets = [a.source or "" for a in CALL_TIMELINE]
    assert all(o in line for o, line in zip(outlets, timeline, strict=True))
    assert timeline[3].endswith("[copy of 2]")
    assert timeline[4].endswith("[near copy of 1]")

    as_json = runner.invoke(cli, ["story", CALL, "--json", "--es-url", es_url], env=env)
    assert as_json.exit_code == 0
    assert f'"story_id":"{CALL}"' in as_json.stdout

    missing = runner.invoke(cli, ["story", "no-such-story", "--es-url", es_url], env=env)
    assert missing.exit_code == 1
    assert "No articles with story id no-such-story" in missing.output
    assert "khabar search" in missing.output
