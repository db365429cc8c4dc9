"""How `khabar alerts` prints: recent alerts, and a day's digest per watchlist."""

from collections.abc import Callable
from datetime import UTC, date

from services.alert_list import AlertRow, WatchlistDigest
from services.delivery.records import DeliveryState
from shared.settings import ServiceSettings


def delivery_text(row: AlertRow) -> str:
    """e.g. 'delivered', 'retrying (3 attempts, HTTP 503)', 'failed: HTTP 404 Not Found'."""
    state = row.state.value
    if row.state is DeliveryState.FAILED and row.error:
        error = row.error if len(row.error) <= 80 else row.error[:79] + "…"
        return f"{state}: {error}"
    if row.state is DeliveryState.RETRYING:
        last = f", HTTP {row.status}" if row.status else ""
        return f"{state} ({row.attempts} attempts{last})"
    return state


def alert_lines(rows: list[AlertRow]) -> list[str]:
    """Two lines per alert, newest first: when, watchlist, owner, delivery; then the story."""
    lines: list[str] = []
    for row in rows:
        alert = row.alert
        when = alert.matched_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
        lines.append(f"{when}  {alert.watchlist_name} ({alert.owner})  [{delivery_text(row)}]")
        source = f" · {alert.source}" if alert.source else ""
        lines.append(f"    {alert.title or '(no title)'}{source} · story {alert.story_id}")
    return lines


def digest_lines(digests: list[WatchlistDigest], day: date) -> list[str]:
    """Each watchlist, then its stories of the day with their outlets."""
    if not digests:
        return [f"No alerts on {day.isoformat()}."]
    lines = [f"Digest of {day.isoformat()} (UTC)"]
    for digest in digests:
        count = len(digest.stories)
        stories = f"{count} {'story' if count == 1 else 'stories'}"
        lines += ["", f"{digest.watchlist_name} ({digest.owner}): {stories}"]
        for story in digest.stories:
            outlets = "، ".join(story.outlets) or "outlet unknown"
            lines.append(f"  {story.matched_at:%H:%M}  {story.title or '(no title)'}")
            lines.append(f"         {outlets}  ·  story {story.story_id}")
    return lines


def outlets_from_search(settings: ServiceSettings) -> Callable[[AlertRow], list[str]]:
    """Every outlet Elasticsearch has for an alert's story; [] (the alert's own source) without it."""
    from services.story_view import get_story
    from shared.search import make_client

    client = make_client(settings)
    reachable = [True]

    def outlets(row: AlertRow) -> list[str]:
        if not reachable[0]:
            return []
        try:
            view = get_story(client, settings.es_index, row.alert.story_id)
        except Exception:  # the digest still prints without Elasticsearch
            reachable[0] = False
            return []
        return [facet.value for facet in view.outlets] if view else []

    return outlets
