"""Shared parts of templates h32, h33 and t21: escaping, the month names these sites print,
relative times with Arabic number agreement, text cut into word runs for span-heavy markup,
related titles dealt into several lists, and the finished page with a checked truth."""

from __future__ import annotations

import html
import random
import re
from datetime import datetime
from typing import Literal

from hijridate import Gregorian

from tests.corpus.pages.model import AGENCIES, Page, PageSpec, Story, Truth, article_truth

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EG = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
# Mauritanian spellings (ابريل، أغشت، دجمبر), as Nouakchott papers print them.
MONTHS_MR = [
    "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو",
    "يوليو", "أغشت", "سبتمبر", "أكتوبر", "نوفمبر", "دجمبر",
]  # fmt: skip
MONTHS_LEV = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
MONTHS_HIJRI = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_TAG = re.compile(r"<[^>]*>")


def esc(text: str) -> str:
    """Text content for HTML."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """An attribute value for HTML."""
    return html.escape(text, quote=True)


def indic(text: str) -> str:
    """Western digits as Arabic-Indic digits."""
    return text.translate(_INDIC)


def when(story: Story) -> datetime:
    """The story's publication time (local to the story)."""
    return datetime.fromisoformat(story.published)


def has_clock(story: Story) -> bool:
    return "T" in story.published


def iso(dt: datetime, clock: bool) -> str:
    """The truth's `published`: minutes when a clock time is printed, else the day."""
    return dt.strftime("%Y-%m-%dT%H:%M") if clock else dt.strftime("%Y-%m-%d")


def hijri(dt: datetime) -> tuple[int, str, int]:
    """Day, month name and year of the Umm al-Qura Hijri date."""
    h = Gregorian(dt.year, dt.month, dt.day).to_hijri()
    return h.day, MONTHS_HIJRI[h.month - 1], h.year


def hijri_text(dt: datetime) -> str:
    """ "4 رمضان 1446 هـ"."""
    day, month, year = hijri(dt)
    return f"{day} {month} {year} هـ"


def clock12(dt: datetime, am: str = "ص", pm: str = "م") -> str:
    """ "02:30 م"."""
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {pm if dt.hour >= 12 else am}"


def day_month(dt: datetime, months: list[str], *, pad: bool = False, weekday: bool = False) -> str:
    """ "4 مارس 2025", optionally "04" and the weekday first."""
    day = f"{dt.day:02d}" if pad else str(dt.day)
    text = f"{day} {months[dt.month - 1]} {dt.year}"
    return f"{WEEKDAYS[dt.weekday()]} {text}" if weekday else text


def ago(minutes: int) -> str:
    """ "منذ 3 ساعات" for a span in minutes, with the agreement Arabic asks."""
    if minutes < 60:
        if minutes <= 2:
            return "منذ دقيقة" if minutes <= 1 else "منذ دقيقتين"
        return f"منذ {minutes} دقائق" if minutes <= 10 else f"منذ {minutes} دقيقة"
    hours = minutes // 60
    if hours < 24:
        if hours <= 2:
            return "منذ ساعة" if hours == 1 else "منذ ساعتين"
        return f"منذ {hours} ساعات" if hours <= 10 else f"منذ {hours} ساعة"
    days = hours // 24
    if days <= 2:
        return "منذ يوم" if days == 1 else "منذ يومين"
    if days <= 10:
        return f"منذ {days} أيام"
    return f"منذ {days} يوماً"


def agency_forms(agency: str, *, latin: bool = True) -> list[str]:
    """The printed forms of a canonical agency (Arabic ones only unless latin)."""
    forms = AGENCIES.get(agency, [agency])
    if not latin:
        forms = [f for f in forms if not f.isascii()] or forms
    return forms


def canonical(agency: str | None) -> str | None:
    return agency if agency in AGENCIES else None


def word_runs(text: str, rng: random.Random, most: int = 3) -> list[str]:
    """The text cut at spaces into 1..most runs (each run but the last keeps its space), as
    rich-text editors leave a paragraph split into styled spans."""
    words = text.split(" ")
    parts = min(most, rng.randint(1, most), max(1, len(words) // 6))
    if parts <= 1:
        return [text]
    cuts = sorted(rng.sample(range(2, len(words) - 1), parts - 1))
    runs: list[str] = []
    start = 0
    for cut in [*cuts, len(words)]:
        run = " ".join(words[start:cut])
        runs.append(run + (" " if cut < len(words) else ""))
        start = cut
    return runs


def deal(items: list[str], sizes: list[int]) -> list[list[str]]:
    """Items dealt in order into lists of at most the given sizes; the last list takes the
    rest."""
    out: list[list[str]] = []
    rest = list(items)
    for size in sizes:
        out.append(rest[:size])
        rest = rest[size:]
    out.append(rest)
    return out


def visible(content: str) -> str:
    """The page's words as a reader sees them (the rule build.py checks truth with)."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", content)
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def story_truth(
    role: Literal["main", "read_also"],
    story: Story,
    *,
    published: str | None,
    author: str | None = None,
    source: str | None = None,
    dateline: str | None = None,
    agency: str | None = None,
    keywords_raw: str | None = None,
    section: str | None = None,
) -> Truth:
    """A full article's truth: its own title and the whole body as the story gives it."""
    return article_truth(
        role,
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=published,
        author=author,
        source=source,
        dateline=dateline,
        agency=agency,
        keywords_raw=keywords_raw,
        section=section,
    )


def finish(
    spec: PageSpec,
    content: str,
    articles: list[Truth],
    furniture: list[str],
    url: str | None,
    content_type: Literal["text/html", "text/plain"],
) -> Page:
    """The page with its truth. Furniture phrases (3 to 10 words; longer ones are cut to their
    first 8) must be printed, must not come from an article, and at least six must remain."""
    flat = visible(content) if content_type == "text/html" else " ".join(content.split())
    stories = [spec.main, *spec.read_also]
    bodies = " ".join(" ".join(" ".join(s.paragraphs).split()) for s in stories)
    chosen: list[str] = []
    for item in furniture:
        words = item.split()
        phrase = " ".join(words if len(words) <= 10 else words[:8])
        if len(phrase.split()) < 3 or phrase in chosen:
            continue
        if phrase not in flat:
            raise ValueError(f"{spec.name}: furniture {phrase!r} is not printed")
        if phrase in bodies:
            raise ValueError(f"{spec.name}: furniture {phrase!r} is article text")
        chosen.append(phrase)
    if len(chosen) < 6:
        raise ValueError(f"{spec.name}: only {len(chosen)} furniture phrases")
    if len(chosen) > 15:
        keep = sorted(spec.rng.sample(range(len(chosen)), 15))
        chosen = [chosen[i] for i in keep]
    truth: Truth = {"articles": articles, "boilerplate_removed": chosen}
    return Page(spec.name, content, content_type, truth, url)
