"""Shared parts of the text-dump templates t01-t08: dates as sites print them, agency forms,
a line sheet that remembers its furniture, and the finished page with its truth."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

from hijridate import Gregorian

from tests.corpus.pages.model import AGENCIES, Page, PageSpec, Story, Truth, article_truth

DAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MONTHS_EG = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_LEV = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
MONTHS_MA = [
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
    "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
]  # fmt: skip
MONTHS_HIJRI = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

# Cities an English wire dateline can name.
LATIN_CITIES = {
    "دبي": "DUBAI",
    "أبوظبي": "ABU DHABI",
    "الرياض": "RIYADH",
    "القاهرة": "CAIRO",
    "بيروت": "BEIRUT",
    "بغداد": "BAGHDAD",
    "عمّان": "AMMAN",
    "عمان": "AMMAN",
    "الدوحة": "DOHA",
    "الكويت": "KUWAIT",
    "الرباط": "RABAT",
    "الدار البيضاء": "CASABLANCA",
    "تونس": "TUNIS",
    "الجزائر": "ALGIERS",
    "دمشق": "DAMASCUS",
    "البصرة": "BASRA",
    "جدة": "JEDDAH",
    "مسقط": "MUSCAT",
    "المنامة": "MANAMA",
    "الخرطوم": "KHARTOUM",
    "طرابلس": "TRIPOLI",
    "القدس": "JERUSALEM",
    "غزة": "GAZA",
    "أنقرة": "ANKARA",
    "إسطنبول": "ISTANBUL",
    "طهران": "TEHRAN",
    "موسكو": "MOSCOW",
    "واشنطن": "WASHINGTON",
    "باريس": "PARIS",
    "لندن": "LONDON",
    "جنيف": "GENEVA",
    "نيويورك": "NEW YORK",
}

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def indic(text: str) -> str:
    """Western digits as Arabic-Indic digits."""
    return text.translate(_INDIC)


def moment(story: Story) -> datetime:
    return datetime.fromisoformat(story.published)


def iso(when: datetime, with_time: bool) -> str:
    """The truth's `published`: the day, and the clock time when the page prints one."""
    return when.strftime("%Y-%m-%dT%H:%M" if with_time else "%Y-%m-%d")


def clock12(when: datetime, am: str = "ص", pm: str = "م") -> str:
    """ "02:30 م": a 12-hour clock with the site's morning/evening marks."""
    hour = when.hour % 12 or 12
    return f"{hour:02d}:{when.minute:02d} {pm if when.hour >= 12 else am}"


def day_month_year(when: datetime, months: list[str]) -> str:
    return f"{when.day} {months[when.month - 1]} {when.year}"


def weekday(when: datetime) -> str:
    return DAYS[when.weekday()]


def hijri(when: datetime) -> str:
    """ "4 رمضان 1446 هـ"."""
    h = Gregorian(when.year, when.month, when.day).to_hijri()
    return f"{h.day} {MONTHS_HIJRI[h.month - 1]} {h.year} هـ"


def agency_form(agency: str, rng: random.Random, *, latin: bool = False) -> str:
    """One printed form of a canonical agency name (Arabic forms unless latin is asked)."""
    forms = AGENCIES[agency]
    ascii_forms = [f for f in forms if f.isascii()]
    if latin and ascii_forms:
        return rng.choice(ascii_forms)
    arabic = [f for f in forms if not f.isascii()] or forms
    return rng.choice(arabic[:3])


def plain_paragraphs(story: Story) -> list[str]:
    return list(story.paragraphs)


@dataclass
class Sheet:
    """A text dump being written: its lines and the furniture phrases it printed."""

    lines: list[str] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def junk(self, *lines: str) -> None:
        """Furniture lines; each of 3 words or more is remembered (see remember)."""
        for line in lines:
            self.lines.append(line)
            self.remember(line)

    def remember(self, text: str) -> None:
        """A furniture phrase for the truth: the text, or its first 8 words when over 10."""
        words = text.split()
        if len(words) >= 3:
            self.furniture.append(" ".join(words if len(words) <= 10 else words[:8]))

    def text(self) -> str:
        return "\n".join(self.lines).strip("\n") + "\n"


def finish(spec: PageSpec, sheet: Sheet, articles: list[Truth], url: str | None) -> Page:
    """The page and its truth; the furniture list is checked against the printed text."""
    content = sheet.text()
    flat = " ".join(content.split())
    phrases: list[str] = []
    for phrase in sheet.furniture:
        if phrase in flat and phrase not in phrases and 3 <= len(phrase.split()) <= 10:
            phrases.append(phrase)
    if len(phrases) > 15:
        keep = sorted(spec.rng.sample(range(len(phrases)), 15))
        phrases = [phrases[i] for i in keep]
    if len(phrases) < 6:
        raise ValueError(f"{spec.name}: only {len(phrases)} furniture phrases")
    truth: Truth = {"articles": articles, "boilerplate_removed": phrases}
    return Page(spec.name, content, "text/plain", truth, url)


def read_also_truth(
    story: Story,
    published: str | None = None,
    *,
    author: str | None = None,
    dateline: str | None = None,
    agency: str | None = None,
) -> Truth:
    """A full article glued below the main one, printed as title then paragraphs."""
    return article_truth(
        "read_also",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=published,
        author=author,
        dateline=dateline,
        agency=agency,
    )


def article_id(rng: random.Random) -> int:
    return rng.randint(100000, 2999999)


def pick(rng: random.Random, pool: list[str], n: int) -> list[str]:
    return rng.sample(pool, min(n, len(pool)))


READERS = [
    "أحمد منصور",
    "سارة العلي",
    "أبو خالد",
    "محمود عبد الرحيم",
    "ليلى حداد",
    "مواطن غيور",
    "عمر الشريف",
    "هدى السعدي",
    "كريم بن يوسف",
    "فاطمة الزهراء",
    "ابن البلد",
    "سامي الخطيب",
]

COMMENTS = [
    "نتمنى أن تتحول هذه الوعود إلى شيء ملموس على الأرض هذه المرة.",
    "خبر جيد، لكن المهم هو المتابعة والمحاسبة بعد التنفيذ.",
    "كل سنة نسمع نفس الكلام والنتيجة واحدة، ربنا يستر.",
    "شكرا للموقع على التغطية المستمرة والسريعة.",
    "أين دور الرقابة؟ المواطن البسيط هو من يدفع الثمن دائما.",
    "خطوة في الاتجاه الصحيح ولو جاءت متأخرة قليلا.",
    "أتمنى أن تنشروا تفاصيل أكثر عن الأرقام ومصادرها.",
    "الله يوفق الجميع، المهم أن يستفيد الناس فعلا.",
    "لماذا لا يتم الإعلان عن مثل هذه القرارات قبل وقت كاف؟",
    "تقرير متوازن، وننتظر رأي المختصين في الموضوع.",
    "عندنا في الحي لم نلمس أي تغيير حتى الآن.",
    "الأرقام مبشرة لكن الأسعار ما زالت مرتفعة جدا.",
]
