"""Pure: a batch's percolation matches as candidate alerts, one per (watchlist, story), in order."""

import hashlib
from collections.abc import Sequence
from datetime import datetime

from services.alerts.percolate import Match
from shared.contracts import Alert, DedupedArticle


def alert_id(watchlist_id: str, story_id: str) -> str:
    """The same id every time one watchlist meets one story: receivers drop repeats by it."""
    return hashlib.sha256(f"{watchlist_id}\x1f{story_id}".encode()).hexdigest()[:32]


def candidate_alerts(
    articles: Sequence[DedupedArticle], matches: Sequence[Match], matched_at: datetime
) -> list[list[Alert]]:
    """Per article, in batch order, an alert for each watchlist it matches (ordered by id).

    Whether one is published or only counted is decided in Redis (claims.py), where every
    worker sees every earlier claim.
    """
    per_article: list[list[Alert]] = [[] for _ in articles]
    for match in sorted(matches, key=lambda m: m.watchlist.id):
        for slot in match.slots:
            if 0 <= slot < len(articles):
                per_article[slot].append(_alert(match, articles[slot], matched_at))
    return per_article


def _alert(match: Match, article: DedupedArticle, matched_at: datetime) -> Alert:
    watchlist = match.watchlist
    return Alert(
        alert_id=alert_id(watchlist.id, article.story_id),
        watchlist_id=watchlist.id,
        watchlist_name=watchlist.name,
        owner=watchlist.owner,
        query=watchlist.search_text(),
        target=watchlist.target,
        story_id=article.story_id,
        article_id=article.id,
        title=article.title,
        source=article.source,
        url=article.url,
        published_at=article.published_at,
        matched_at=matched_at,
    )
