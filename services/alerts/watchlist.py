"""A watchlist: a saved `khabar search` query with a name, an owner and an optional webhook."""

import secrets
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.query import build_query

MAX_QUERY = 500


class WatchlistSpec(BaseModel):
    """What a person asks to follow: the query and filters of `khabar search`, and who follows."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    owner: str = Field(min_length=1, max_length=200, description="a desk, a team, a person")
    query: str = Field(default="", max_length=MAX_QUERY, description='words; "quoted" = phrase')
    source: str | None = Field(default=None, max_length=256, description="only this outlet")
    entity: str | None = Field(default=None, max_length=256, description="canonical form or id")
    date_from: date | None = Field(default=None, description="published on or after")
    date_to: date | None = Field(default=None, description="published on or before")
    target: str | None = Field(default=None, max_length=2048, description="webhook URL")

    @field_validator("name", "owner", "query", mode="before")
    @classmethod
    def _strip(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @field_validator("source", "entity", "target", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return (value.strip() or None) if isinstance(value, str) else value

    @field_validator("target")
    @classmethod
    def _web_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("the target must be an http:// or https:// webhook URL")
        return value

    @model_validator(mode="after")
    def _narrows_something(self) -> "WatchlistSpec":
        if not (self.query or self.source or self.entity):
            raise ValueError(
                "a watchlist needs words, a source or an entity; without them it would alert on"
                " every story"
            )
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self

    def search_text(self) -> str:
        """The query with its filters, as one would type them to `khabar search`."""
        parts = [self.query] if self.query else []
        for flag, value in (
            ("--source", self.source),
            ("--entity", self.entity),
            ("--from", self.date_from),
            ("--to", self.date_to),
        ):
            if value:
                parts.append(f"{flag} '{value}'")
        return " ".join(parts)


class Watchlist(WatchlistSpec):
    """A stored watchlist: its spec plus an id, its state and when it was made."""

    id: str = Field(min_length=1, max_length=128, pattern=r"^[0-9a-z_-]+$")
    paused: bool = False
    created_at: datetime


def new_watchlist(spec: WatchlistSpec, *, now: datetime | None = None) -> Watchlist:
    """A watchlist for `spec` under a fresh random id."""
    return Watchlist(
        **spec.model_dump(), id=secrets.token_hex(8), created_at=now or datetime.now(UTC)
    )


def percolator_query(spec: WatchlistSpec) -> dict[str, Any]:
    """The stored query: what `khabar search` would send, minus the clauses that only score."""
    query = build_query(
        spec.query,
        source=spec.source,
        entity=spec.entity,
        date_from=spec.date_from,
        date_to=spec.date_to,
    )
    # A percolator asks yes or no; `should` under a `must` only changes the score.
    query["bool"].pop("should", None)
    return query
