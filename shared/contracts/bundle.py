"""Bundle: one raw page dump as a crawler captured it, before any decoding."""

from datetime import datetime
from hashlib import sha256
from typing import Literal

from pydantic import ConfigDict, Field

from shared.contracts.base import BundleId, Contract

MAX_BUNDLE_BYTES = 64 * 1024 * 1024


def bundle_id_for(raw: bytes) -> str:
    """The content hash that names a bundle: the same bytes always get the same id."""
    return sha256(raw).hexdigest()[:32]


class Bundle(Contract):
    """Raw bytes of a page plus what the pusher knew about where they came from."""

    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    schema_version: Literal[1] = 1
    bundle_id: BundleId
    raw: bytes = Field(max_length=MAX_BUNDLE_BYTES, description="the page exactly as captured")
    name: str | None = Field(default=None, description="file name or crawler label")
    url: str | None = None
    content_type: str | None = Field(default=None, description="e.g. text/html, if known")
    captured_at: datetime | None = Field(default=None, description="when the crawler saw it")

    @classmethod
    def from_raw(cls, raw: bytes, **meta: object) -> "Bundle":
        """Build a bundle whose id is the hash of its bytes."""
        return cls(bundle_id=bundle_id_for(raw), raw=raw, **meta)
