"""Build DedupedArticle messages for indexer and search tests."""

from typing import Any

from shared.contracts import DedupedArticle, Entity, Role

BUNDLE = "0123456789abcdef0123456789abcdef"


def make_deduped(position: int = 0, **over: Any) -> DedupedArticle:
    """A valid deduplicated Arabic article; keyword arguments override any field."""
    fields: dict[str, Any] = {
        "id": f"{BUNDLE}-{position:03d}",
        "bundle_id": BUNDLE,
        "position": position,
        "role": Role.MAIN,
        "title": "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب",
        "body": "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأمريكي.",
        "source": "الأمصار",
        "language": "ar",
        "is_arabic": True,
        "word_count": 11,
        "entities": [
            Entity(
                text="سيرغي لافروف",
                label="PER",
                start=30,
                end=42,
                canonical="سيرغي لافروف",
                entity_id="per:sergey-lavrov",
            ),
            Entity(
                text="الروسي",
                label="GPE",
                start=20,
                end=26,
                canonical="روسيا",
                entity_id="loc:russia",
            ),
        ],
        "content_hash": "c0ffee",
        "story_id": "story-1",
    }
    fields.update(over)
    return DedupedArticle(**fields)
