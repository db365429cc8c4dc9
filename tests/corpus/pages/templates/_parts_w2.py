"""Shared parts of templates h34, h35 and t22: English and French month names, Latin forms of
cities and agencies, spots between plain paragraphs for inline boxes, the excerpts that post
grids print under a related title, and a truth-checked page for HTML and markdown dumps."""

from __future__ import annotations

import html
import random
import re
from datetime import datetime
from functools import cache
from typing import Literal

from tests.corpus.pages.model import AGENCIES, Page, PageSpec, Story, Truth

MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
# Algerian and Tunisian month names.
MONTHS_DZ = [
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
    "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_EG = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_LEV = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

# Cities as a French-language desk writes them in a dateline.
CITIES_FR = {
    "الجزائر": "ALGER",
    "وهران": "ORAN",
    "قسنطينة": "CONSTANTINE",
    "سطيف": "SÉTIF",
    "عنابة": "ANNABA",
    "تونس": "TUNIS",
    "صفاقس": "SFAX",
    "القيروان": "KAIROUAN",
    "الرباط": "RABAT",
    "الدار البيضاء": "CASABLANCA",
    "القاهرة": "LE CAIRE",
    "الإسكندرية": "ALEXANDRIE",
    "بيروت": "BEYROUTH",
    "دمشق": "DAMAS",
    "بغداد": "BAGDAD",
    "عمّان": "AMMAN",
    "الرياض": "RIYAD",
    "جدة": "DJEDDAH",
    "الكويت": "KOWEÏT",
    "الدوحة": "DOHA",
    "دبي": "DUBAÏ",
    "أنقرة": "ANKARA",
    "إسطنبول": "ISTANBUL",
    "طهران": "TÉHÉRAN",
    "موسكو": "MOSCOU",
    "جنيف": "GENÈVE",
    "لندن": "LONDRES",
    "واشنطن": "WASHINGTON",
    "بكين": "PÉKIN",
    "نيروبي": "NAIROBI",
    "أثينا": "ATHÈNES",
}

_TAG = re.compile(r"<[^>]*>")


def esc(text: str) -> str:
    """Text content for HTML."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """An attribute value for HTML."""
    return html.escape(text, quote=True)


def when(story: Story) -> datetime:
    return datetime.fromisoformat(story.published)


def has_clock(story: Story) -> bool:
    return "T" in story.published


def iso(dt: datetime, clock: bool) -> str:
    """The truth's `published`: minutes when a clock time is printed, else the day."""
    return dt.strftime("%Y-%m-%dT%H:%M") if clock else dt.strftime("%Y-%m-%d")


def clock12_en(dt: datetime) -> str:
    """ "2:30 PM"."""
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'}"


def clock12_ar(dt: datetime) -> str:
    """ "2:30 م"."""
    return f"{dt.hour % 12 or 12}:{dt.minute:02d} {'م' if dt.hour >= 12 else 'ص'}"


def day_en(dt: datetime, *, weekday: bool = False, short: bool = False) -> str:
    """ "4 March 2025", "Tue, 4 Mar 2025"."""
    month = MONTHS_EN[dt.month - 1]
    if short:
        text = f"{dt.day} {month[:3]} {dt.year}"
        return f"{DAYS_EN[dt.weekday()][:3]}, {text}" if weekday else text
    text = f"{dt.day} {month} {dt.year}"
    return f"{DAYS_EN[dt.weekday()]}, {text}" if weekday else text


def day_fr(dt: datetime, *, weekday: bool = False) -> str:
    """ "4 mars 2025", "Mardi 4 mars 2025"."""
    text = f"{dt.day} {MONTHS_FR[dt.month - 1]} {dt.year}"
    return f"{DAYS_FR[dt.weekday()].capitalize()} {text}" if weekday else text


def day_ar(dt: datetime, months: list[str], *, weekday: bool = False) -> str:
    """ "4 مارس 2025" in the given month names, optionally after the weekday."""
    text = f"{dt.day} {months[dt.month - 1]} {dt.year}"
    return f"{WEEKDAYS[dt.weekday()]} {text}" if weekday else text


def agency_latin(canonical: str) -> str | None:
    """The agency's Latin-letter form (AFP, Reuters), when it has one."""
    return next((f for f in AGENCIES.get(canonical, []) if f.isascii()), None)


def agency_arabic(canonical: str, rng: random.Random) -> str:
    """One Arabic printed form of the agency."""
    forms = [f for f in AGENCIES.get(canonical, [canonical]) if not f.isascii()]
    return rng.choice(forms or [canonical])


def agency_key(agency: str | None) -> str | None:
    return agency if agency in AGENCIES else None


def plain_spots(story: Story, rng: random.Random, n: int) -> list[int]:
    """Up to n distinct indices i (sorted) where a box may sit before paragraph i: between two
    paragraphs that are not subheadings, never before the first."""
    subs = set(story.subheadings)
    paras = story.paragraphs
    spots = [i for i in range(1, len(paras)) if paras[i] not in subs and paras[i - 1] not in subs]
    return sorted(rng.sample(spots, min(n, len(spots))))


@cache
def _openings() -> dict[str, str]:
    from tests.corpus.pages.build import load_stories  # the pool, read once

    return {s.title: s.paragraphs[0] for s in load_stories()}


def excerpt(title: str, words: int = 18) -> str | None:
    """What a post grid prints under a title: the opening words of that post, or None."""
    first = _openings().get(title)
    if not first:
        return None
    cut = first.split()
    return " ".join(cut[:words]) if len(cut) > words else first


def visible(content: str) -> str:
    """The page's words as a reader sees them (the rule build.py applies)."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", content)
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def finish(
    spec: PageSpec,
    content: str,
    articles: list[Truth],
    furniture: list[str],
    url: str | None,
    content_type: Literal["text/html", "text/plain"] = "text/html",
) -> Page:
    """The page and its truth. Furniture phrases are cut to nine words, must be printed on the
    page and must not be words of an article's body; at most 15 are kept, at least 6 needed."""
    text = visible(content) if content_type == "text/html" else " ".join(content.split())
    bodies = [" ".join(p.split()) for s in (spec.main, *spec.read_also) for p in s.paragraphs]
    phrases: list[str] = []
    for item in furniture:
        words = item.split()
        if len(words) < 3:
            continue
        phrase = " ".join(words[:9])
        if phrase not in text:
            raise ValueError(f"{spec.name}: furniture {phrase!r} is not printed")
        if any(phrase in body for body in bodies):
            raise ValueError(f"{spec.name}: furniture {phrase!r} is article text")
        if phrase not in phrases:
            phrases.append(phrase)
    if len(phrases) > 15:
        keep = sorted(spec.rng.sample(range(len(phrases)), 15))
        phrases = [phrases[i] for i in keep]
    if len(phrases) < 6:
        raise ValueError(f"{spec.name}: only {len(phrases)} furniture phrases")
    for article in articles:
        for key in ("first_words", "last_words", "title"):
            value = article.get(key)
            if value and " ".join(value.split()) not in text:
                raise ValueError(f"{spec.name}: {key} {value!r} is not printed")
    truth: Truth = {"articles": articles, "boilerplate_removed": phrases}
    return Page(spec.name, content, content_type, truth, url)
