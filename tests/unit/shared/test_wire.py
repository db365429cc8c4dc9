"""Stream entries: the plain bundle layout people type, and contracts as JSON payloads."""

import pytest

from shared.contracts import Article, Bundle, Role
from shared.errors import BadMessage, BundleTooLarge
from shared.wire import bundle_fields, decode, decode_bundle, encode


def as_entry(fields: dict[str, bytes]) -> dict[bytes, bytes]:
    """What redis-py hands back for an entry."""
    return {key.encode(): value for key, value in fields.items()}


def test_a_bundle_entry_round_trips_with_its_raw_bytes_untouched() -> None:
    bundle = Bundle.from_raw(
        "خبر".encode("cp1256") + b"\x00\xff", name="x.txt", url="https://example.com/a"
    )
    assert decode_bundle(as_entry(bundle_fields(bundle)), max_bytes=1000) == bundle


def test_a_hand_typed_entry_needs_only_a_body() -> None:
    bundle = decode_bundle({b"body": "نص الصفحة".encode()}, max_bytes=1000)
    assert bundle.raw == "نص الصفحة".encode()
    assert bundle.name is None
    assert bundle.bundle_id == Bundle.from_raw("نص الصفحة".encode()).bundle_id


@pytest.mark.parametrize(
    ("fields", "error", "says"),
    [
        ({b"name": b"x"}, BadMessage, "needs a 'body' field"),
        ({b"body": b"x", b"captured_at": b"yesterday"}, BadMessage, "not an ISO 8601"),
        ({b"body": b"x", b"name": b"\xff"}, BadMessage, "not UTF-8"),
        ({b"body": b"x" * 101}, BundleTooLarge, "limit is 100"),
    ],
)
def test_an_unusable_bundle_entry_says_what_is_wrong(
    fields: dict[bytes, bytes], error: type[Exception], says: str
) -> None:
    with pytest.raises(error, match=says):
        decode_bundle(fields, max_bytes=100)


def test_a_contract_travels_as_json_with_its_schema_and_id_beside_it() -> None:
    article = Article(
        id="ab" * 8 + "-001", bundle_id="ab" * 8, position=1, role=Role.HEADLINE, title="عنوان"
    )
    fields = as_entry(encode(article))
    assert fields[b"schema"] == b"article.v2"
    assert fields[b"id"] == article.id.encode()
    assert decode(fields, Article) == article


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        (None, "no 'payload' field"),
        (b"{not json", "Not a valid Article"),
        (b'{"schema_version": 99}', "schema_version"),
    ],
)
def test_a_poison_payload_is_a_bad_message(payload: bytes | None, says: str) -> None:
    fields = {} if payload is None else {b"payload": payload}
    with pytest.raises(BadMessage, match=says):
        decode(fields, Article)
