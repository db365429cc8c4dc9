"""The Elasticsearch request for one story, and the StoryView read from hand-built responses."""

from typing import Any

from services.story_text import story_lines, when
from services.story_view import (
    MAX_REPORTS,
    TimelineEntry,
    build_story_request,
    first_report,
    read_story,
)


def _hit(article_id: str, **source: Any) -> dict[str, Any]:
    return {"_id": article_id, "_score": None, "_source": {"id": article_id, **source}}


def _response(hits: list[dict[str, Any]], total: int | None = None, **aggs: Any) -> dict[str, Any]:
    buckets = {
        name: {"buckets": [{"key": key, "doc_count": count} for key, count in values]}
        for name, values in aggs.items()
    }
    return {
        "hits": {"total": {"value": len(hits) if total is None else total}, "hits": hits},
        "aggregations": buckets,
    }


BUDAPEST = _response(
    [
        _hit(
            "a-000",
            title="لافروف وروبيو يبحثان",
            source="الأمصار",
            published_at="2025-10-20T09:24:00+03:00",
            published_has_time=True,
            role="main",
        ),
        _hit(
            "b-000",
            title="مباحثات قبل قمة بودابست",
            source="صدى البلد",
            published_at="2025-10-20T00:00:00",
            role="main",
            near_duplicates=[
                {"id": "x-000", "similarity": 0.45},
                {"id": "a-000", "similarity": 0.8},
            ],
        ),
        _hit(
            "c-000",
            title="لافروف وروبيو يبحثان",
            source="صحيفة الاتحاد",
            published_at="2025-10-21T00:00:00",
            role="main",
            duplicate_of="a-000",
        ),
        _hit("d-000", title="الكرملين يكشف", role="read_also"),
    ],
    outlets=[("الأمصار", 1), ("صدى البلد", 1), ("صحيفة الاتحاد", 1)],
    entities_per=[("سيرغي لافروف", 4), ("ماركو روبيو", 3), ("فولوديمير زيلينسكي", 1)],
    entities_org=[("الكرملين", 1)],
    entities_loc=[("بودابست", 3), ("موسكو", 2), ("كييف", 1)],
)


def test_request_takes_every_article_of_the_story_oldest_first_then_by_id() -> None:
    request = build_story_request("story-1")
    assert request["query"] == {"bool": {"filter": [{"term": {"story_id": "story-1"}}]}}
    assert request["sort"] == [
        {"published_at": {"order": "asc", "missing": "_last"}},
        {"id": {"order": "asc"}},
    ]
    assert request["size"] == MAX_REPORTS
    assert request["track_total_hits"] is True
    assert {"duplicate_of", "near_duplicates", "published_has_time"} <= set(request["_source"])


def test_request_counts_outlets_and_entities_of_every_label() -> None:
    aggs = build_story_request("story-1")["aggs"]
    assert aggs["outlets"]["terms"]["field"] == "source"
    for field in ("entities_per", "entities_org", "entities_loc", "entities_misc"):
        assert aggs[field]["terms"]["field"] == field


def test_read_keeps_time_order_and_marks_exact_and_near_copies() -> None:
    view = read_story("story-1", BUDAPEST)
    assert view is not None
    assert [e.id for e in view.timeline] == ["a-000", "b-000", "c-000", "d-000"]
    by_id = {e.id: e for e in view.timeline}
    assert (by_id["a-000"].copy_kind, by_id["a-000"].copy_of) == (None, None)
    assert (by_id["b-000"].copy_kind, by_id["b-000"].copy_of) == ("near", "a-000")
    assert (by_id["c-000"].copy_kind, by_id["c-000"].copy_of) == ("exact", "a-000")
    assert by_id["a-000"].has_time
    assert not by_id["b-000"].has_time
    assert by_id["d-000"].role == "read_also"
    assert view.first_report.id == "a-000"
    assert view.total == 4
    assert [f.value for f in view.outlets] == ["الأمصار", "صدى البلد", "صحيفة الاتحاد"]


def test_read_keeps_only_entities_and_places_two_reports_share() -> None:
    view = read_story("story-1", BUDAPEST)
    assert view is not None
    assert [(f.value, f.count) for f in view.entities["per"]] == [
        ("سيرغي لافروف", 4),
        ("ماركو روبيو", 3),
    ]
    assert view.entities["org"] == []
    assert view.entities["misc"] == []
    assert "loc" not in view.entities
    assert [(f.value, f.count) for f in view.places] == [("بودابست", 3), ("موسكو", 2)]


def test_a_one_report_story_keeps_its_own_entities() -> None:
    response = _response(
        [_hit("a-000", title="عنوان", source="الأمصار")],
        entities_per=[("سيرغي لافروف", 1)],
        entities_loc=[("موسكو", 1)],
    )
    view = read_story("a-000", response)
    assert view is not None
    assert [f.value for f in view.entities["per"]] == ["سيرغي لافروف"]
    assert [f.value for f in view.places] == ["موسكو"]


def test_no_articles_reads_as_no_story() -> None:
    assert read_story("nothing", _response([])) is None


def test_without_dates_the_first_report_is_the_article_the_story_is_named_after() -> None:
    timeline = [
        TimelineEntry(id="a-001", title="t", source=None, published_at=None),
        TimelineEntry(id="b-000", title="t", source=None, published_at=None),
    ]
    assert first_report("b-000", timeline).id == "b-000"
    assert first_report("gone-000", timeline).id == "a-001"


def test_text_shows_first_report_numbered_timeline_copies_and_shared_entities() -> None:
    view = read_story("story-1", BUDAPEST)
    assert view is not None
    lines = story_lines(view)
    assert lines[0] == "Story story-1: 4 reports from 3 outlets, 2025-10-20 09:24 to 2025-10-21"
    assert lines[3] == "  الأمصار · 2025-10-20 09:24"
    timeline = lines[lines.index("Timeline") + 1 : lines.index("Timeline") + 5]
    assert timeline[0].startswith("   1. 2025-10-20 09:24  الأمصار")
    assert timeline[1].endswith("[near copy of 1]")
    assert timeline[2].endswith("[copy of 1]")
    assert "undated" in timeline[3]
    assert "(outlet unknown)" in timeline[3]
    assert timeline[3].endswith("[read-also]")
    assert "  people        سيرغي لافروف 4 · ماركو روبيو 3" in lines
    assert "  places        بودابست 3 · موسكو 2" in lines
    assert "  organisations -" in lines


def test_text_says_how_many_reports_are_not_listed() -> None:
    response = _response([_hit("a-000", title="t", source="s")], total=501)
    view = read_story("a-000", response)
    assert view is not None
    assert "  … and 500 later reports not listed" in story_lines(view)


def test_when_prints_the_day_alone_unless_a_time_was_printed() -> None:
    entry = TimelineEntry(id="a", title=None, source=None, published_at="2025-10-20T00:00:00")
    assert when(entry) == "2025-10-20"
    assert when(entry.model_copy(update={"has_time": True})) == "2025-10-20 00:00"
    assert when(entry.model_copy(update={"published_at": None})) == "undated"
