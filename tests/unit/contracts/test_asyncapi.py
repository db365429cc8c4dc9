"""The committed AsyncAPI document is current, well formed, and matches what the wire carries."""

from datetime import UTC, datetime
from typing import Any

import pytest
import yaml

from shared.broker import dead_letter_fields
from shared.contracts import Alert, Article, DeadLetter, Role
from shared.contracts.asyncapi import ASYNCAPI_FILE, STREAM_CONTRACTS, render, render_document
from shared.streams import DEAD_LETTERS, Stage, Streams, group_of
from shared.wire import encode

DOC = render_document()


def resolve(ref: str) -> Any:
    """Follow a local `#/a/b` reference in the document."""
    assert ref.startswith("#/"), ref
    node: Any = DOC
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def refs(node: Any) -> list[str]:
    """Every $ref anywhere under node."""
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [r for value in node.values() for r in refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in refs(value)]
    return []


def test_committed_document_equals_a_fresh_render() -> None:
    assert ASYNCAPI_FILE.read_text(encoding="utf-8") == render(), "run `make asyncapi`"


def test_committed_document_parses_as_asyncapi_3() -> None:
    loaded = yaml.safe_load(ASYNCAPI_FILE.read_text(encoding="utf-8"))
    assert loaded["asyncapi"] == "3.0.0"
    assert {"title", "version"} <= set(loaded["info"])


def test_every_stream_has_a_channel_at_its_address() -> None:
    streams = Streams("{prefix}")
    addresses = {channel["address"] for channel in DOC["channels"].values()}
    assert addresses == set(streams.all_streams())
    assert all(channel["messages"] for channel in DOC["channels"].values())


def test_every_reference_resolves() -> None:
    for ref in refs(DOC):
        assert resolve(ref) is not None, ref


def test_every_message_has_an_object_payload_with_its_fields() -> None:
    for name, message in DOC["components"]["messages"].items():
        payload = message["payload"]
        assert payload["type"] == "object", name
        assert set(payload["required"]) <= set(payload["properties"]), name


def test_every_operation_names_an_action_a_channel_and_that_channels_messages() -> None:
    for key, operation in DOC["operations"].items():
        assert operation["action"] in {"send", "receive"}, key
        channel = resolve(operation["channel"]["$ref"])
        channel_ref = operation["channel"]["$ref"]
        for message in operation["messages"]:
            assert message["$ref"].startswith(channel_ref + "/messages/"), key
            assert resolve(message["$ref"]) is not None
        assert channel["address"]


@pytest.mark.parametrize("stage", list(Stage), ids=str)
def test_each_stage_reads_its_stream_in_its_named_consumer_group(stage: Stage) -> None:
    operation = DOC["operations"][f"{stage.value}Receive"]
    channel = resolve(operation["channel"]["$ref"])
    assert channel["address"] == Streams("{prefix}").input_of(stage)
    assert operation["x-consumer-group"] == group_of(stage)
    assert f"`{group_of(stage)}`" in channel["description"]
    assert f"{stage.value}DeadLetter" in DOC["operations"]


def test_contract_payloads_point_at_the_contract_schema_with_nested_models_hoisted() -> None:
    schemas = DOC["components"]["schemas"]
    for name, model in STREAM_CONTRACTS.items():
        message = resolve(next(iter(DOC["channels"][name]["messages"].values()))["$ref"])
        content = message["payload"]["properties"]["payload"]["contentSchema"]["$ref"]
        assert resolve(content) == schemas[model.__name__]
        assert "$defs" not in schemas[model.__name__]
    assert "Entity" in schemas


def _fields_in_document(stream: str) -> set[str]:
    channel = DOC["channels"][stream]
    message = resolve(next(iter(channel["messages"].values()))["$ref"])
    return set(message["payload"]["properties"])


NOW = datetime(2026, 12, 1, tzinfo=UTC)
ARTICLE = Article(id="0" * 32 + "-000", bundle_id="0" * 32, position=0, role=Role.MAIN, body="x")
ALERT = Alert(
    alert_id="ab" * 8,
    watchlist_id="w",
    watchlist_name="غزة",
    owner="desk",
    query="غزة",
    story_id="s",
    article_id=ARTICLE.id,
    matched_at=NOW,
)
LETTER = DeadLetter(
    stage="delivery",
    stream="khabar:alerts",
    entry_id="1-0",
    error_type="AlertUndeliverable",
    reason="HTTP 404",
    attempts=1,
    failed_at=NOW,
    fields={"payload": b"{}"},
)


@pytest.mark.parametrize(
    ("stream", "fields"),
    [
        ("articles", encode(ARTICLE)),
        ("alerts", encode(ALERT)),
        (DEAD_LETTERS, dead_letter_fields(LETTER)),
    ],
    ids=["articles", "alerts", "dead-letters"],
)
def test_documented_fields_are_the_fields_the_wire_writes(
    stream: str, fields: dict[str, bytes]
) -> None:
    assert _fields_in_document(stream) == set(fields)


def test_documented_bundle_fields_are_the_plain_layout() -> None:
    from shared.wire import BUNDLE_FIELDS

    assert _fields_in_document("bundles") == set(BUNDLE_FIELDS)
