"""DeadLetter: a message a stage could not process, kept whole with the reason."""

from datetime import datetime
from typing import Literal

from pydantic import ConfigDict, Field

from shared.contracts.base import Contract


class DeadLetter(Contract):
    """Everything needed to understand a failure and to retry the original message."""

    # Raw fields may be any bytes (that is often why they failed): JSON carries them as base64.
    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    schema_version: Literal[1] = 1
    stage: str = Field(description="splitter, enricher, dedup or indexer")
    stream: str = Field(description="the stream the message was read from")
    entry_id: str = Field(description="its Redis stream entry id")
    error_type: str = Field(description="the exception class, e.g. UndecodableBundle")
    reason: str = Field(description="what went wrong and what to do, for a person")
    attempts: int = Field(ge=1)
    failed_at: datetime
    fields: dict[str, bytes] = Field(description="the original entry's fields, byte for byte")
