"""Hand-made EnrichedArticles for dedup tests."""

import hashlib
from datetime import datetime
from typing import Any

from shared.contracts import EnrichedArticle, Entity, Role

BODY = (
    "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين اتصالا هاتفيا مع وزير الخارجية "
    "الأمريكي ماركو روبيو تناول خلاله الجانبان الخطوات العملية لتنفيذ التفاهمات التي تم "
    "التوصل إليها بين الرئيسين. وقالت وزارة الخارجية الروسية في بيان رسمي إن الاتصال جاء في "
    "أجواء بناءة حيث ناقش الوزيران آفاق التعاون الثنائي بين موسكو وواشنطن وسبل الحفاظ على "
    "قنوات الاتصال بين البلدين بما يخدم الاستقرار الدولي. وأشار البيان إلى أن المحادثة ركزت "
    "على متابعة نتائج الاتصال الذي أجراه الرئيسان في منتصف الشهر الجاري."
)
OTHER_BODY = (
    "في خضم متغيرات إقليمية دقيقة تعزز المملكة وجمهورية مصر العربية تعاونهما السياسي "
    "والاقتصادي في إطار رؤية مشتركة. وقد جاء اجتماع لجنة المتابعة والتشاور السياسي بين "
    "البلدين الذي انعقد في العاصمة الرياض على مستوى وزراء الخارجية ليؤكد عمق العلاقات. "
    "وتصدرت تطورات الأوضاع في قطاع غزة أجندة الاجتماع حيث شدد الوزيران على وقف إطلاق النار."
)


def article_id(name: str, position: int = 0) -> str:
    """A valid article id derived from a short name."""
    return f"{hashlib.sha256(name.encode()).hexdigest()[:16]}-{position:03d}"


def entity(entity_id: str, label: str = "PER", count: int = 1) -> list[Entity]:
    """`count` mentions of one entity."""
    return [
        Entity(
            text=entity_id, label=label, start=0, end=1, canonical=entity_id, entity_id=entity_id
        )
        for _ in range(count)
    ]


def make_article(name: str, body: str = BODY, **over: Any) -> EnrichedArticle:
    """An enriched main article; any field can be overridden."""
    digest = article_id(name)[:16]
    fields: dict[str, Any] = {
        "id": article_id(name),
        "bundle_id": digest,
        "position": 0,
        "role": Role.MAIN,
        "title": "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب",
        "body": body,
        "published_at": datetime(2025, 10, 20, 19, 24),
        "language": "ar",
        "is_arabic": True,
        "word_count": len(body.split()),
    }
    fields.update(over)
    return EnrichedArticle(**fields)


def make_headline(name: str, title: str, **over: Any) -> EnrichedArticle:
    """A title-only item from a related-headlines list."""
    return make_article(name, body="", title=title, role=Role.HEADLINE, published_at=None, **over)
