"""Alert: a new story matched a watchlist; what the `alerts` stream carries and webhooks receive."""

from datetime import datetime
from typing import Literal

from pydantic import Field

from shared.contracts.base import ArticleId, Contract


class Alert(Contract):
    """One alert per watchlist and story: later reports of the story are counted, never re-alerted."""

    schema_version: Literal[1] = 1
    alert_id: str = Field(
        pattern=r"^[0-9a-f]{16,64}$",
        description="stable for one watchlist and story: a receiver drops a second delivery by it",
    )
    watchlist_id: str = Field(min_length=1, max_length=128)
    watchlist_name: str = Field(description="the name its owner gave the watchlist")
    owner: str = Field(description="who follows it: a desk, a team, a person")
    query: str = Field(description="the watchlist's query, in the language of `khabar search`")
    target: str | None = Field(
        default=None, description="the webhook URL to POST the alert to; None: list only"
    )
    story_id: str = Field(description="the story the matching article belongs to")
    article_id: ArticleId = Field(description="the first article of the story that matched")
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    matched_at: datetime = Field(description="when the alerts stage matched it (UTC)")
