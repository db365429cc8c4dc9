"""Candidate alerts: one per (watchlist, article) match, in batch order, with stable ids."""

from datetime import UTC, datetime

from services.alerts.matching import alert_id, candidate_alerts
from services.alerts.percolate import Match
from services.alerts.watchlist import Watchlist
from tests.unit.indexer.factory import make_deduped

NOW = datetime(2025, 10, 21, 9, 0, tzinfo=UTC)


def watchlist(watchlist_id: str, **over: object) -> Watchlist:
    fields: dict[str, object] = {
        "id": watchlist_id,
        "name": f"name {watchlist_id}",
        "owner": "desk",
        "query": "لافروف",
        "created_at": NOW,
    }
    fields.update(over)
    return Watchlist.model_validate(fields)


def test_alert_ids_are_stable_per_watchlist_and_story_and_fit_the_contract() -> None:
    assert alert_id("w1", "s1") == alert_id("w1", "s1")
    assert len({alert_id("w1", "s1"), alert_id("w1", "s2"), alert_id("w2", "s1")}) == 3
    assert len(alert_id("w1", "s1")) == 32


def test_each_match_becomes_an_alert_on_its_article_in_watchlist_order() -> None:
    articles = [make_deduped(0, story_id="s0"), make_deduped(1, story_id="s1")]
    matches = [
        Match(watchlist("wb", target="https://example.test/hook"), (0, 1)),
        Match(watchlist("wa"), (1,)),
    ]
    per_article = candidate_alerts(articles, matches, NOW)
    assert [[a.watchlist_id for a in alerts] for alerts in per_article] == [["wb"], ["wa", "wb"]]
    first = per_article[0][0]
    assert (first.alert_id, first.article_id, first.story_id) == (
        alert_id("wb", "s0"),
        articles[0].id,
        "s0",
    )
    assert (first.target, first.title, first.matched_at) == (
        "https://example.test/hook",
        articles[0].title,
        NOW,
    )
    assert first.query == "لافروف"
