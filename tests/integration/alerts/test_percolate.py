"""Percolation on a real node: the watchlists that match are exactly those `khabar search` would."""

from datetime import date

import pytest
from elasticsearch7 import Elasticsearch

from services.alerts.percolate import percolate
from services.alerts.watchlist import WatchlistSpec
from services.alerts.watchlist_index import (
    add_watchlist,
    ensure_watchlist_index,
    index_body,
    list_watchlists,
    set_paused,
    watchlist_index,
)
from shared.contracts import DedupedArticle
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration

LAVROV = make_deduped(
    0,
    title="لافروف وروبيو يبحثان تنفيذ تفاهمات قمة بودابست",
    body="أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي ماركو روبيو.",
    source="الأمصار",
    story_id="story-budapest",
)
BEIRUT = make_deduped(
    1,
    title="انفجار قرب مرفأ بيروت",
    body="هز انفجار كبير منطقة المرفأ في العاصمة اللبنانية بيروت صباح اليوم.",
    source="صدى البلد",
    entities=[],
    story_id="story-beirut",
    published_at="2025-10-21T09:00:00",
)


def spec(**over: object) -> WatchlistSpec:
    fields: dict[str, object] = {"name": "test", "owner": "desk"}
    fields.update(over)
    return WatchlistSpec.model_validate(fields)


def matched(
    client: Elasticsearch, index: str, articles: list[DedupedArticle]
) -> dict[str, tuple[int, ...]]:
    return {m.watchlist.name: m.slots for m in percolate(client, index, articles)}


@pytest.mark.parametrize(
    ("over", "slots"),
    [
        ({"query": "لافروف روبيو"}, (0,)),
        ({"query": "انفجار بيروت"}, (1,)),
        ({"query": "وبيروت"}, (1,)),
        ({"query": '"قمة بودابست"'}, (0,)),
        ({"query": '"بودابست قمة"'}, None),
        ({"query": "لافروف بيروت"}, None),
        ({"query": "انفجار", "source": "صدى البلد"}, (1,)),
        ({"query": "انفجار", "source": "الأمصار"}, None),
        ({"source": "الأمصار"}, (0,)),
        ({"entity": "سيرغي لافروف"}, (0,)),
        ({"entity": "per:sergey-lavrov", "query": "روبيو"}, (0,)),
        ({"query": "انفجار", "date_from": date(2025, 10, 21), "date_to": date(2025, 10, 21)}, (1,)),
        ({"query": "انفجار", "date_from": date(2025, 10, 22)}, None),
    ],
    ids=[
        "two-words",
        "words-of-another-article",
        "clitic-variant",
        "phrase",
        "phrase-in-wrong-order",
        "words-from-two-articles",
        "source-filter",
        "other-source",
        "source-only",
        "entity-canonical",
        "entity-id-and-word",
        "date-range",
        "date-after",
    ],
)
def test_percolation_finds_the_watchlists_whose_query_matches(
    es_client: Elasticsearch,
    watchlists: str,
    over: dict[str, object],
    slots: tuple[int, ...] | None,
) -> None:
    add_watchlist(es_client, watchlists, spec(name="one", **over))
    found = matched(es_client, watchlists, [LAVROV, BEIRUT])
    assert found == ({"one": slots} if slots else {})


def test_one_request_matches_many_watchlists_against_many_articles(
    es_client: Elasticsearch, watchlists: str
) -> None:
    add_watchlist(es_client, watchlists, spec(name="lavrov", query="لافروف"))
    add_watchlist(es_client, watchlists, spec(name="beirut", query="بيروت"))
    add_watchlist(es_client, watchlists, spec(name="nothing", query="زلزال"))
    copy = BEIRUT.model_copy(update={"id": f"{'f' * 32}-000"})
    found = matched(es_client, watchlists, [LAVROV, BEIRUT, copy])
    assert found == {"lavrov": (0,), "beirut": (1, 2)}


def test_a_paused_watchlist_matches_nothing_until_resumed(
    es_client: Elasticsearch, watchlists: str
) -> None:
    watchlist = add_watchlist(es_client, watchlists, spec(name="beirut", query="بيروت"))
    set_paused(es_client, watchlists, watchlist.id, paused=True)
    assert matched(es_client, watchlists, [BEIRUT]) == {}
    set_paused(es_client, watchlists, watchlist.id, paused=False)
    assert matched(es_client, watchlists, [BEIRUT]) == {"beirut": (0,)}


def test_without_any_watchlist_index_nothing_matches(
    es_client: Elasticsearch, es_index: str
) -> None:
    assert percolate(es_client, f"{es_index}_none", [LAVROV]) == []


def test_a_changed_template_moves_every_watchlist_to_a_rebuilt_index(
    es_client: Elasticsearch, es_index: str
) -> None:
    alias = watchlist_index(es_index)
    stale = f"{alias}-stale"
    body = index_body()
    es_client.indices.create(index=stale, settings=body["settings"], mappings=body["mappings"])
    es_client.indices.put_alias(index=stale, name=alias)
    kept = add_watchlist(es_client, alias, spec(name="beirut", query="بيروت"))
    set_paused(es_client, alias, kept.id, paused=True)
    current = ensure_watchlist_index(es_client, alias)
    assert current != stale
    assert not es_client.indices.exists(index=stale)
    assert list_watchlists(es_client, alias) == [kept.model_copy(update={"paused": True})]
    set_paused(es_client, alias, kept.id, paused=False)
    assert matched(es_client, alias, [BEIRUT]) == {"beirut": (0,)}
    assert ensure_watchlist_index(es_client, alias) == current
