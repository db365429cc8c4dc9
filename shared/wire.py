"""How messages sit in Redis stream entries: plain fields anyone can read with redis-cli.

Bundles use the layout people type by hand (`XADD khabar:bundles * body <page> name <file>`):
`body` holds the page's raw bytes, and `name`, `url`, `content_type`, `captured_at` are optional.
Every other stream carries one contract as JSON in `payload`, beside `schema` and `id` for humans.
"""

from datetime import datetime
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from shared.contracts import Bundle, bundle_id_for
from shared.errors import BadMessage, BundleTooLarge

Fields = dict[bytes, bytes]
M = TypeVar("M", bound=BaseModel)

BUNDLE_FIELDS = ("body", "name", "url", "content_type", "captured_at")


def bundle_fields(bundle: Bundle) -> dict[str, bytes]:
    """The plain layout of a bundle entry."""
    fields: dict[str, bytes] = {"body": bundle.raw}
    for key in ("name", "url", "content_type"):
        value = getattr(bundle, key)
        if value:
            fields[key] = value.encode()
    if bundle.captured_at:
        fields["captured_at"] = bundle.captured_at.isoformat().encode()
    return fields


def _text(fields: Fields, key: str) -> str | None:
    value = fields.get(key.encode())
    if value is None:
        return None
    try:
        return value.decode("utf-8").strip() or None
    except UnicodeDecodeError as exc:
        raise BadMessage(f"Field '{key}' is not UTF-8 text.") from exc


def decode_bundle(fields: Fields, max_bytes: int) -> Bundle:
    """Read a bundle entry; raise BadMessage or BundleTooLarge when it cannot be one."""
    raw = fields.get(b"body")
    if raw is None:
        found = ", ".join(sorted(k.decode(errors="replace") for k in fields)) or "none"
        raise BadMessage(
            f"A bundle entry needs a 'body' field with the page; fields found: {found}."
        )
    if len(raw) > max_bytes:
        raise BundleTooLarge(f"The bundle has {len(raw):,} bytes; the limit is {max_bytes:,}.")
    captured = _text(fields, "captured_at")
    try:
        captured_at = datetime.fromisoformat(captured) if captured else None
    except ValueError as exc:
        raise BadMessage(f"captured_at {captured!r} is not an ISO 8601 date-time.") from exc
    return Bundle(
        bundle_id=bundle_id_for(raw),
        raw=raw,
        name=_text(fields, "name"),
        url=_text(fields, "url"),
        content_type=_text(fields, "content_type"),
        captured_at=captured_at,
    )


def schema_name(model: BaseModel) -> str:
    """e.g. 'enrichedarticle.v1': what a person sees in redis-cli beside the payload."""
    version = getattr(model, "schema_version", 1)
    return f"{type(model).__name__.lower()}.v{version}"


def encode(model: BaseModel) -> dict[str, bytes]:
    """A contract as stream fields."""
    fields = {"schema": schema_name(model).encode(), "payload": model.model_dump_json().encode()}
    identity = getattr(model, "id", None)
    if isinstance(identity, str):
        fields["id"] = identity.encode()
    return fields


def decode(fields: Fields, model: type[M]) -> M:
    """Read a contract from stream fields; raise BadMessage with what is wrong."""
    payload = fields.get(b"payload")
    if payload is None:
        raise BadMessage(f"The entry has no 'payload' field; a {model.__name__} was expected.")
    try:
        return model.model_validate_json(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "payload"
        raise BadMessage(
            f"Not a valid {model.__name__} ({exc.error_count()} errors; first at '{where}': "
            f"{first['msg']})."
        ) from exc
