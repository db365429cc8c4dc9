"""Shared pieces of the h01-h08 page templates: dates as sites print them, agency forms,
readers' comments, ticker lines, and the final check that a page's truth is printed on it."""

from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from random import Random

from tests.corpus.pages.model import AGENCIES, Page, PageSpec, Story, Truth

MONTHS_EG = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_LEV = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
MONTHS_MAG = [
    "يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو",
    "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر",
]  # fmt: skip
MONTHS_HIJRI = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_TAG = re.compile(r"<[^>]*>")


def esc(text: str) -> str:
    """Text made safe for HTML (quotes too, so it also fits attributes)."""
    return html.escape(text, quote=True)


def indic(text: str) -> str:
    """Western digits turned into Arabic-Indic ones."""
    return text.translate(_INDIC)


@dataclass(frozen=True)
class When:
    """A story's publication time and whether the story has a clock time at all."""

    dt: datetime
    has_time: bool

    def truth(self, time_printed: bool) -> str:
        """The truth's `published`: with the clock time only when the page prints it."""
        if time_printed and self.has_time:
            return self.dt.strftime("%Y-%m-%dT%H:%M")
        return self.dt.strftime("%Y-%m-%d")

    @property
    def day(self) -> str:
        return DAYS[self.dt.weekday()]

    def clock12(self) -> str:
        """ "02:30 م" style."""
        hour = self.dt.hour % 12 or 12
        return f"{hour:02d}:{self.dt.minute:02d} {'م' if self.dt.hour >= 12 else 'ص'}"

    def clock24(self) -> str:
        return self.dt.strftime("%H:%M")


def when(story: Story) -> When:
    """Parse a story's ISO `published`."""
    return When(datetime.fromisoformat(story.published), "T" in story.published)


def hijri(dt: datetime) -> tuple[int, str, int]:
    """Day, month name and year of the civil (arithmetic) Hijri calendar."""
    jdn = dt.toordinal() + 1721425
    n_l = jdn - 1948440 + 10632
    n = (n_l - 1) // 10631
    n_l = n_l - 10631 * n + 354
    j = ((10985 - n_l) // 5316) * ((50 * n_l) // 17719) + (n_l // 5670) * ((43 * n_l) // 15238)
    n_l = n_l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n_l) // 709
    day = n_l - (709 * month) // 24
    return day, MONTHS_HIJRI[month - 1], 30 * n + j - 30


def agency_form(canonical: str, rng: Random, *, arabic_only: bool = False) -> str:
    """One of the ways outlets print an agency's name."""
    forms = AGENCIES[canonical]
    if arabic_only:
        forms = [f for f in forms if not f.isascii()] or forms
    return rng.choice(forms)


def latin_agency(canonical: str) -> str | None:
    """The agency's Latin-letter form (AFP, Reuters), when it has one."""
    return next((f for f in AGENCIES[canonical] if f.isascii()), None)


def page_id(story: Story) -> int:
    """A stable numeric article id for URLs."""
    return 100000 + zlib.crc32(story.key.encode()) % 900000


def blocks(
    story: Story, *, prefix: str = "", h_tag: str = "h2", p_attr: str = "", h_attr: str = ""
) -> list[str]:
    """The story's paragraphs as HTML blocks; subheadings as headings; `prefix` (HTML) is put
    at the start of the first paragraph."""
    out = []
    for k, para in enumerate(story.paragraphs):
        if para in story.subheadings:
            out.append(f"<{h_tag}{h_attr}>{esc(para)}</{h_tag}>")
        else:
            lead = prefix if k == 0 else ""
            out.append(f"<p{p_attr}>{lead}{esc(para)}</p>")
    return out


COMMENTS: list[tuple[str, str]] = [
    ("أبو خالد", "خبر مهم، ونتمنى أن تتابعوا الموضوع حتى النهاية ولا تكتفوا بالتصريحات."),
    ("سلمى ع.", "شكراً على التغطية الوافية، لكن العنوان فيه شيء من المبالغة."),
    ("محمود الشريف", "كل سنة نسمع الكلام نفسه والنتيجة على الأرض لا تتغير."),
    ("Karim", "متابعة ممتازة كالعادة، أتمنى نشر الأرقام الرسمية كاملة."),
    ("نور الهدى", "الله يعين الناس، الظروف صعبة على الجميع هذه الأيام."),
    ("مواطن غيور", "أين كانت الجهات المسؤولة قبل أن تتفاقم المشكلة بهذا الشكل؟"),
    ("رامي", "هل من رابط للبيان الأصلي؟ بحثت عنه طويلاً ولم أجده."),
    ("أم يوسف", "ننتظر الأفعال لا الأقوال، وبالتوفيق للجميع إن شاء الله."),
    ("فيصل العنزي", "تقرير متوازن، وأتفق تماماً مع ما جاء في آخره."),
    ("هشام ب.", "المشكلة دائماً في التنفيذ وليست في القرارات، والتجارب السابقة خير دليل."),
    ("ليلى", "معلومة جديدة بالنسبة لي، جزاكم الله خيراً على النشر."),
    ("زائر", "نرجو من الموقع تصحيح الخطأ الإملائي في الفقرة الثانية."),
]

TICKER: list[str] = [
    "وزير الخارجية يصل إلى جنيف في زيارة تستغرق يومين",
    "تراجع أسعار الذهب في التعاملات الصباحية",
    "إغلاق طريق الساحل الدولي بسبب الضباب الكثيف",
    "البنك المركزي يبقي أسعار الفائدة دون تغيير",
    "انطلاق امتحانات الشهادة الثانوية الأحد المقبل",
    "الأرصاد تتوقع أمطاراً رعدية على المرتفعات الغربية",
    "المنتخب الوطني يبدأ معسكره التدريبي استعداداً للتصفيات",
    "ارتفاع عدد المصابين في حادث الطريق الصحراوي إلى 12",
]


def pick(rng: Random, items: list[tuple[str, str]] | list[str], n: int) -> list[int]:
    """Indices of n distinct items, in a random order."""
    return rng.sample(range(len(items)), n)


def phrase(text: str, n: int = 8) -> str:
    """The first n words of a furniture string (a boilerplate_removed entry)."""
    words = text.split()[:n]
    if len(words) < 3:
        raise ValueError(f"furniture phrase too short: {text!r}")
    return " ".join(words)


def visible(content: str) -> str:
    """The page's words as a reader sees them (the same rule as build.py)."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", content)
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def finish(
    spec: PageSpec, content: str, articles: list[Truth], furniture: list[str], url: str | None
) -> Page:
    """The page with its truth, after checking that every furniture phrase is printed and that
    none of them is taken from an article."""
    text = visible(content)
    chosen = list(dict.fromkeys(phrase(f) for f in furniture))[:15]
    if len(chosen) < 6:
        raise ValueError(f"{spec.name}: only {len(chosen)} furniture phrases")
    for item in chosen:
        if " ".join(item.split()) not in text:
            raise ValueError(f"{spec.name}: furniture {item!r} is not printed")
    truth: Truth = {"articles": articles, "boilerplate_removed": chosen}
    return Page(spec.name, content, "text/html", truth, url)
