"""EnrichedArticles of the sample pages built from the truth file, with plausible hand-made entities.

Bodies are cut from the raw page between the truth's first and last words; entities are the
truth's `entities_expected` variants plus a few place names found by plain string search. This
stands in for the splitter and enricher so story tests run on real text without them.
"""

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from shared.contracts import EnrichedArticle, Entity, Role, bundle_id_for

SHARED = Path("/work/shared")
TRUTH = SHARED / "eval" / "seeds-truth.json"
EXTRA_PLACES = {
    "روسيا": "روسيا",
    "موسكو": "موسكو",
    "أوكرانيا": "أوكرانيا",
    "سوريا": "سوريا",
    "الصين": "الصين",
    "ألمانيا": "ألمانيا",
    "مصر": "مصر",
    "السعودية": "السعودية",
    "غزة": "غزة",
    "إسرائيل": "إسرائيل",
    "إيران": "إيران",
}


def _variants(truth: dict[str, Any]) -> list[tuple[str, str, str]]:
    found = [
        (variant, e["canonical"], e["label"])
        for e in truth["entities_expected"]
        for variant in e["variants"]
    ]
    found += [(name, canon, "LOC") for name, canon in EXTRA_PLACES.items()]
    return sorted(found, key=lambda v: -len(v[0]))  # longest first, so "سيرغي لافروف" wins


def _entities(text: str, field: str, variants: list[tuple[str, str, str]]) -> list[Entity]:
    taken: list[tuple[int, int]] = []
    entities = []
    for variant, canonical, label in variants:
        for m in re.finditer(re.escape(variant), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            entities.append(
                Entity(
                    text=variant,
                    label=label,
                    field=field,  # type: ignore[arg-type]
                    start=m.start(),
                    end=m.end(),
                    canonical=canonical,
                    entity_id=f"{label}:{canonical}",
                )
            )
    return entities


def _body(raw: str, spec: dict[str, Any]) -> str:
    first, last = spec.get("first_words"), spec.get("last_words")
    if not first or not last:
        return ""
    start = raw.find(first)
    end = raw.find(last, start)
    return raw[start : end + len(last)] if start >= 0 and end >= 0 else ""


def seed_articles() -> list[EnrichedArticle]:
    """Every article of the truth file, in page order, as the enricher might emit it."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    variants = _variants(truth)
    articles = []
    for bundle in truth["bundles"]:
        raw_bytes = (SHARED / "seeds" / bundle["bundle"]).read_bytes()
        raw = raw_bytes.decode("utf-8")
        bundle_id = bundle_id_for(raw_bytes)
        page_date = next(
            (a.get("published") for a in bundle["articles"] if a.get("published")), None
        )
        for position, spec in enumerate(bundle["articles"]):
            body = _body(raw, spec)
            title = spec.get("title")
            # Read-also articles print no date: they were captured with the page.
            published = spec.get("published") or (page_date if spec["role"] != "headline" else None)
            articles.append(
                EnrichedArticle(
                    id=f"{bundle_id}-{position:03d}",
                    bundle_id=bundle_id,
                    position=position,
                    role=Role(spec["role"]),
                    title=title,
                    body=body,
                    published_at=datetime.fromisoformat(published) if published else None,
                    language="ar",
                    is_arabic=True,
                    word_count=len(body.split()),
                    entities=_entities(title or "", "title", variants)
                    + _entities(body, "body", variants),
                )
            )
    return articles
