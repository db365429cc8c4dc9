"""What a page template is given and what it returns: the development corpus's contract.

Every page of the corpus is rendered by one template (a site layout modeled on how Arabic news
sites build their pages) from articles written for the project. A template prints the article
the way its site would (dateline, agency, byline, date format, furniture) and says, in the
format of ../shared/eval/seeds-truth.json, what a perfect splitter must find on that page.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Truth = dict[str, Any]


@dataclass(frozen=True)
class Story:
    """An article written for the project, before any site prints it."""

    key: str
    title: str
    paragraphs: list[str]
    published: str  # ISO 8601 local time, "2025-03-04T14:30"
    place: str | None = None  # the dateline city, "القاهرة"
    agency: str | None = None  # canonical agency name (see AGENCIES), or None
    author: str | None = None
    section: str | None = None
    keywords: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)  # paragraphs that are in-body headings


@dataclass(frozen=True)
class Site:
    """The outlet a template stands for (invented names, not real outlets)."""

    name: str  # "الوطن اليوم"
    domain: str  # "alwatan-today.example"
    name_latin: str  # "AlWatan Today"


@dataclass(frozen=True)
class PageSpec:
    """One page to render: its main article, what is glued below it, its related headlines."""

    name: str  # file name without extension, unique in the corpus
    site: Site
    main: Story
    read_also: list[Story]  # full articles the page glues below the main one (0 to 2)
    related: list[str]  # titles of related articles printed as a headline list (0 to 8)
    rng: random.Random  # the page's own random choices (date format, furniture order, ...)


@dataclass(frozen=True)
class Page:
    """A rendered page and its ground truth."""

    name: str
    content: str
    content_type: Literal["text/html", "text/plain"]
    truth: Truth  # {"bundle": ..., "articles": [...], "boilerplate_removed": [...]}
    url: str | None = None


@dataclass(frozen=True)
class Template:
    """A site layout: its id (the unit left out in leave-one-template-out) and renderer."""

    id: str
    kind: Literal["html", "text"]
    site: Site
    render: Callable[[PageSpec], Page]


# Agencies as Arabic outlets print them; the first form of each is its canonical name.
AGENCIES: dict[str, list[str]] = {
    "فرانس برس": ["أ ف ب", "ا ف ب", "فرانس برس", "أ.ف.ب", "وكالة فرانس برس", "AFP"],
    "رويترز": ["رويترز", "وكالة رويترز", "Reuters"],
    "د ب أ": ["د ب أ", "د.ب.أ", "الوكالة الألمانية", "DPA"],
    "وام": ["وام"],
    "واس": ["واس"],
    "قنا": ["قنا"],
    "كونا": ["كونا"],
    "بترا": ["بترا"],
    "سانا": ["سانا"],
    "وفا": ["وفا"],
    "الأناضول": ["الأناضول", "وكالة الأناضول", "الاناضول"],
    "شينخوا": ["شينخوا"],
    "أ ش أ": ["أ ش أ", "أ.ش.أ"],
    "أسوشيتد برس": ["أ ب", "أسوشيتد برس", "AP"],
    "سبوتنيك": ["سبوتنيك"],
    "CNN": ["CNN"],
}


def first_words(text: str, n: int = 8) -> str:
    """The first n words of a body, as the truth format keeps them."""
    return " ".join(text.split()[:n])


def last_words(text: str, n: int = 8) -> str:
    """The last n words of a body."""
    return " ".join(text.split()[-n:])


def article_truth(
    role: Literal["main", "read_also"],
    story: Story,
    *,
    title: str | None,
    body_first: str,
    body_last: str,
    published: str | None,
    author: str | None = None,
    source: str | None = None,
    dateline: str | None = None,
    agency: str | None = None,
    keywords_raw: str | None = None,
    section: str | None = None,
) -> Truth:
    """One full article's truth entry; body_first/body_last are the body's first/last paragraph
    exactly as printed after any dateline, agency or byline prefix is removed."""
    entry: Truth = {
        "role": role,
        "title": title,
        "first_words": first_words(body_first),
        "last_words": last_words(body_last),
        "published": published,
        "author": author,
        "source": source,
        "dateline": dateline,
        "agency": agency,
    }
    if keywords_raw is not None:
        entry["keywords_raw"] = keywords_raw
    if section is not None:
        entry["section"] = section
    if story.subheadings:
        entry["subheadings"] = list(story.subheadings)
    return entry


def headline_truth(title: str) -> Truth:
    """A related headline's truth entry."""
    return {"role": "headline", "title": title}
