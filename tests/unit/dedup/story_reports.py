"""Reports of the story development set as EnrichedArticles without entities (no NER needed)."""

from services.dedup.story_events import load_reports
from shared.contracts import EnrichedArticle


def reports_of(event: str) -> list[EnrichedArticle]:
    """The reports of one event in published order, with no people or organisations found."""
    return [
        EnrichedArticle(
            **r.article.model_dump(),
            language="ar",
            is_arabic=True,
            word_count=len(r.article.body.split()),
        )
        for r in load_reports()
        if r.event == event
    ]
