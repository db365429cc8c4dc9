"""Small shared pieces of templates h09-h15: escaping, dates in Arabic styles, agencies, truth.

Each template keeps its own layout; this module only holds what every one of them needs to
print a date the way an Arabic outlet does and to hand back a page whose truth is consistent.
"""

from __future__ import annotations

import html
import itertools
import random
import re
import zlib
from datetime import datetime, timedelta
from typing import Literal

from hijridate import Gregorian

from tests.corpus.pages.model import (
    AGENCIES,
    Page,
    PageSpec,
    Story,
    Truth,
    article_truth,
    headline_truth,
)

MONTHS_EG = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_LEV = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
MONTHS_HIJRI = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_TAG = re.compile(r"<[^>]*>")


def esc(text: str) -> str:
    """Text content for HTML."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """An attribute value for HTML."""
    return html.escape(text, quote=True)


def indic(text: str) -> str:
    """Western digits written as Arabic-Indic digits."""
    return text.translate(_INDIC)


def when(story: Story) -> datetime:
    """The story's publication time."""
    return datetime.fromisoformat(story.published)


def has_clock(story: Story) -> bool:
    """Whether the story's publication time carries a clock time."""
    return "T" in story.published


def iso(dt: datetime, clock: bool) -> str:
    """The truth's `published`: minutes when a clock time is printed, else the day."""
    return dt.strftime("%Y-%m-%dT%H:%M") if clock else dt.strftime("%Y-%m-%d")


def clock12(dt: datetime) -> str:
    """ "02:30 م" style clock."""
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {'م' if dt.hour >= 12 else 'ص'}"


def day_eg(dt: datetime, weekday: bool = True) -> str:
    """ "الثلاثاء 4 مارس 2025"."""
    text = f"{dt.day} {MONTHS_EG[dt.month - 1]} {dt.year}"
    return f"{WEEKDAYS[dt.weekday()]} {text}" if weekday else text


def day_lev(dt: datetime) -> str:
    """ "4 آذار 2025"."""
    return f"{dt.day} {MONTHS_LEV[dt.month - 1]} {dt.year}"


def day_hijri(dt: datetime) -> str:
    """ "4 رمضان 1446 هـ"."""
    h = Gregorian(dt.year, dt.month, dt.day).to_hijri()
    return f"{h.day} {MONTHS_HIJRI[h.month - 1]} {h.year} هـ"


def masthead_day(dt: datetime, rng: random.Random) -> datetime:
    """The 'date of the day' a masthead prints: a day or a few after the article."""
    return dt + timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 9))


def agency_key(agency: str | None) -> str | None:
    """The canonical AGENCIES name, or None for no or unknown agency."""
    return agency if agency in AGENCIES else None


def agency_form(agency: str, rng: random.Random, arabic_only: bool = True) -> str:
    """One printed form of an agency."""
    forms = AGENCIES.get(agency, [agency])
    if arabic_only:
        forms = [f for f in forms if not f.isascii()] or forms
    return rng.choice(forms)


def article_slug(story: Story) -> str:
    """A stable number for a story's URL."""
    return str(100000 + zlib.crc32(story.key.encode()) % 900000)


def split_related(related: list[str], parts: int, rng: random.Random) -> list[list[str]]:
    """The related titles cut into `parts` consecutive lists (the first is never empty)."""
    if not related:
        return [[] for _ in range(parts)]
    cuts = sorted(rng.sample(range(1, len(related)), min(parts - 1, len(related) - 1)))
    bounds = [0, *cuts, len(related)]
    lists = [related[a:b] for a, b in itertools.pairwise(bounds)]
    return lists + [[] for _ in range(parts - len(lists))]


def headlines(titles: list[str]) -> list[Truth]:
    """Headline truth entries in page order."""
    return [headline_truth(t) for t in titles]


def visible(content: str) -> str:
    """The page's words as a reader sees them (as build.py checks them)."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", content)
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def finish(
    spec: PageSpec,
    content: str,
    articles: list[Truth],
    boilerplate: list[str],
    url: str | None,
    content_type: Literal["text/html", "text/plain"] = "text/html",
) -> Page:
    """The page and its truth; fails loudly when a boilerplate phrase is not printed as given."""
    text = visible(content) if content_type == "text/html" else " ".join(content.split())
    for phrase in boilerplate:
        words = len(phrase.split())
        if not 3 <= words <= 10 or " ".join(phrase.split()) not in text:
            raise ValueError(f"{spec.name}: bad boilerplate phrase {phrase!r}")
    truth: Truth = {"articles": articles, "boilerplate_removed": boilerplate}
    return Page(spec.name, content, content_type, truth, url)


def blocks(story: Story) -> list[tuple[bool, str]]:
    """The story's paragraphs in order, each marked True when it is an in-body subheading."""
    subs = set(story.subheadings)
    return [(p in subs, p) for p in story.paragraphs]


def inline_spot(story: Story, rng: random.Random) -> int | None:
    """Where an inline "read also" box may sit: before paragraph i, between two plain paragraphs."""
    subs = set(story.subheadings)
    paras = story.paragraphs
    spots = [i for i in range(2, len(paras)) if paras[i] not in subs and paras[i - 1] not in subs]
    return rng.choice(spots) if spots else None


def read_also_truth(story: Story, published: str | None = None, author: str | None = None) -> Truth:
    """A glued full article's truth entry: its title and whole body as printed."""
    return article_truth(
        "read_also",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=published,
        author=author,
    )
