"""JSON log lines, one per event, carrying the bundle and article ids being worked on."""

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

_bound: ContextVar[dict[str, str]] = ContextVar("khabar_log_context", default={})  # noqa: B039


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object with the bound ids merged in."""

    def format(self, record: logging.LogRecord) -> str:
        """Render the record as JSON."""
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            **_bound.get(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            entry.update(extra)
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def setup_logging(level: str = "INFO", service: str | None = None) -> None:
    """Send every log record to stderr as JSON."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    if service:
        _bound.set({"service": service})


@contextmanager
def bound(**ids: str | None) -> Iterator[None]:
    """Add ids (bundle_id=..., article_id=...) to every log line inside the block."""
    token = _bound.set({**_bound.get(), **{k: v for k, v in ids.items() if v is not None}})
    try:
        yield
    finally:
        _bound.reset(token)


def log_fields(**fields: object) -> dict[str, object]:
    """`extra=` for a log call: structured fields beside the message."""
    return {"fields": fields}
