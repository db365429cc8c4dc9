"""Kibana saved objects only use fields the index template maps, and reference what they ship."""

import json
from pathlib import Path
from typing import Any

import pytest

from shared.index_template import load_template, mapped_fields

OBJECTS = Path(__file__).resolve().parents[3] / "infra" / "kibana" / "saved-objects.ndjson"


def _objects() -> list[dict[str, Any]]:
    return [json.loads(line) for line in OBJECTS.read_text(encoding="utf-8").splitlines() if line]


def _fields_used(obj: dict[str, Any]) -> set[str]:
    attributes = obj["attributes"]
    used: set[str] = set()
    if obj["type"] == "index-pattern":
        used.add(attributes["timeFieldName"])
    if obj["type"] == "search":
        used |= set(attributes["columns"])
        used |= {field for field, _ in attributes["sort"]}
    if obj["type"] == "visualization":
        state = json.loads(attributes["visState"])
        used |= {agg["params"]["field"] for agg in state["aggs"] if "field" in agg["params"]}
    search_source = attributes.get("kibanaSavedObjectMeta", {}).get("searchSourceJSON")
    if search_source:
        query = json.loads(search_source)["query"]["query"]
        used |= {part.split(":")[0].strip() for part in query.split(" and ") if ":" in part}
    return used


@pytest.mark.parametrize("obj", _objects(), ids=lambda obj: obj["id"])
def test_saved_object_uses_only_mapped_fields(obj: dict[str, Any]) -> None:
    mapped = mapped_fields(load_template()["template"]["mappings"])
    assert _fields_used(obj) <= mapped


def test_every_reference_points_at_a_shipped_object() -> None:
    objects = _objects()
    shipped = {(obj["type"], obj["id"]) for obj in objects}
    for obj in objects:
        for ref in obj["references"]:
            assert (ref["type"], ref["id"]) in shipped


def test_data_view_targets_the_alias_with_publication_time() -> None:
    (view,) = [obj for obj in _objects() if obj["type"] == "index-pattern"]
    assert view["attributes"]["title"] == "khabar-articles"
    assert view["attributes"]["timeFieldName"] == "published_at"


def test_dashboard_shows_volume_entities_stories_and_duplicates() -> None:
    (dashboard,) = [obj for obj in _objects() if obj["type"] == "dashboard"]
    panels = {ref["id"] for ref in dashboard["references"]}
    assert {
        "khabar-articles-over-time",
        "khabar-top-people",
        "khabar-story-sizes",
        "khabar-duplicate-rate",
    } <= panels
