"""Shared parts of the text-dump templates t18-t20: month names they print, a lynx-style
sheet that numbers links and wraps lines, and small helpers for names and dates."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import datetime

from tests.corpus.pages.templates._text_parts_g import Sheet

MONTHS_TN = [
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
    "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# First names the corpus's writers carry that take a feminine verb ("كتبت").
FEMININE = {
    "أمال", "أمل", "دانا", "رنا", "ريتا", "ريما", "زينب", "سنية", "ليلى", "لينا", "مريم",
    "منى", "منيرة", "نادية", "نادين", "نزهة", "نورة", "هبة", "سلمى", "هدى", "سارة",
}  # fmt: skip


def wrote(name: str) -> str:
    """ "كتب" or "كتبت" as the writer's first name asks."""
    return "كتبت" if name.split()[0] in FEMININE else "كتب"


def fr_day(when: datetime) -> str:
    """ "Mardi 4 mars 2025"."""
    return (
        f"{DAYS_FR[when.weekday()].capitalize()} {when.day} {MONTHS_FR[when.month - 1]} {when.year}"
    )


def spaced_date(when: datetime) -> str:
    """ "04 - 03 - 2025", as press archives print a paper's date."""
    return f"{when:%d} - {when:%m} - {when:%Y}"


@dataclass
class Lynx:
    """A page as `lynx -dump` prints it: wrapped lines indented by three spaces, links
    numbered "[12]text" when numbering is on, and the References list at the end."""

    sheet: Sheet
    domain: str
    numbered: bool = True
    width: int = 76
    urls: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)

    def link(self, text: str, path: str) -> str:
        """The link's text as lynx prints it, its URL remembered for the References."""
        if not self.numbered:
            return text
        url = path if path.startswith("http") else f"https://www.{self.domain}/{path}"
        self.urls.append(url)
        return f"[{len(self.urls)}]{text}"

    def hide(self, path: str) -> None:
        """A link with no text (an icon), listed under "Hidden links"."""
        if self.numbered:
            self.hidden.append(f"https://www.{self.domain}/{path}")

    def _wrap(self, text: str, first: str, rest: str) -> list[str]:
        return textwrap.wrap(
            text,
            width=self.width,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=False,
        ) or [first.rstrip()]

    def para(self, text: str, *, junk: bool = False) -> None:
        """A paragraph, wrapped and indented, followed by a blank line."""
        self.sheet.add(*self._wrap(text, "   ", "   "))
        if junk:
            self.sheet.remember(text)
        self.sheet.add("")

    def line(self, text: str, *, junk: bool = False) -> None:
        """A short block with no blank line after it."""
        self.sheet.add(*self._wrap(text, "   ", "   "))
        if junk:
            self.sheet.remember(text)

    def heading(self, text: str) -> None:
        """A heading: flush left, wrapped, a blank line after it."""
        self.sheet.blank()
        self.sheet.add(*self._wrap(text, "", ""))
        self.sheet.add("")

    def bullet(self, text: str, mark: str = "*") -> None:
        pad = "   " + mark + " "
        self.sheet.add(*self._wrap(text, pad, " " * len(pad)))

    def references(self) -> None:
        if not self.numbered or not self.urls:
            return
        self.sheet.blank()
        self.sheet.add("References", "")
        width = len(str(len(self.urls) + len(self.hidden)))
        for n, url in enumerate(self.urls, start=1):
            self.sheet.add(f"  {n:>{width}}. {url}")
        if self.hidden:
            self.sheet.add("", "   Hidden links:")
            for n, url in enumerate(self.hidden, start=len(self.urls) + 1):
                self.sheet.add(f"  {n:>{width}}. {url}")
