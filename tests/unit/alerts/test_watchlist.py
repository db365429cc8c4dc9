"""Watchlist specs: what is refused, and the stored query is the search's own."""

from datetime import date

import pytest
from pydantic import ValidationError

from services.alerts.watchlist import WatchlistSpec, new_watchlist, percolator_query
from shared.query import build_query


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "x", "owner": "desk"},
        {"name": "", "owner": "desk", "query": "بيروت"},
        {"name": "x", "owner": " ", "query": "بيروت"},
        {"name": "x", "owner": "desk", "query": "بيروت", "target": "mailto:desk@example.test"},
        {
            "name": "x",
            "owner": "desk",
            "query": "بيروت",
            "date_from": date(2025, 10, 2),
            "date_to": date(2025, 10, 1),
        },
    ],
    ids=["matches-everything", "no-name", "blank-owner", "not-a-webhook", "dates-reversed"],
)
def test_a_watchlist_that_cannot_work_is_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        WatchlistSpec.model_validate(fields)


def test_the_stored_query_is_the_search_query_without_its_scoring_clauses() -> None:
    spec = WatchlistSpec(name="x", owner="desk", query='"قمة بودابست" لافروف', source="الأمصار")
    searched = build_query('"قمة بودابست" لافروف', source="الأمصار")
    stored = percolator_query(spec)
    assert stored["bool"]["must"] == searched["bool"]["must"]
    assert stored["bool"]["filter"] == searched["bool"]["filter"]
    assert "should" not in stored["bool"]


def test_a_source_only_watchlist_matches_everything_from_that_source() -> None:
    stored = percolator_query(WatchlistSpec(name="x", owner="desk", source="رويترز"))
    assert stored["bool"]["must"] == [{"match_all": {}}]
    assert {"terms": {"source": ["رويترز"]}} in stored["bool"]["filter"]


def test_search_text_reads_like_a_khabar_search_command() -> None:
    spec = WatchlistSpec(
        name="x", owner="desk", query="انفجار", source="صدى البلد", date_from=date(2025, 10, 1)
    )
    assert spec.search_text() == "انفجار --source 'صدى البلد' --from '2025-10-01'"


def test_new_watchlists_get_distinct_ids_and_start_active() -> None:
    spec = WatchlistSpec(name="x", owner="desk", query="بيروت")
    first, second = new_watchlist(spec), new_watchlist(spec)
    assert first.id != second.id
    assert not first.paused
