"""Small shared pieces of templates h36, t23 and t24: Hijri dates written with numbers, the
Egyptian 12-hour clock without a leading zero, a story's paragraphs cut into consecutive groups
(the posts of a live page), and a few pools of invented names and furniture."""

from __future__ import annotations

import random
from datetime import datetime

from hijridate import Gregorian

MONTHS_EG = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_HIJRI = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip
DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def indic(text: str) -> str:
    """Western digits as Arabic-Indic digits."""
    return text.translate(_INDIC)


def hijri_ymd(dt: datetime) -> tuple[int, int, int]:
    """The Umm al-Qura year, month and day of a Gregorian day."""
    h = Gregorian(dt.year, dt.month, dt.day).to_hijri()
    return h.year, h.month, h.day


def hijri_numeric(dt: datetime, *, pad: bool = True) -> str:
    """ "1446/09/04" (or "1446/9/4" without padding), as Gulf government sites print it."""
    y, m, d = hijri_ymd(dt)
    return f"{y}/{m:02d}/{d:02d}" if pad else f"{y}/{m}/{d}"


def hijri_words(dt: datetime) -> str:
    """ "4 رمضان 1446 هـ"."""
    y, m, d = hijri_ymd(dt)
    return f"{d} {MONTHS_HIJRI[m - 1]} {y} هـ"


def greg_words(dt: datetime, *, pad: bool = False) -> str:
    """ "4 مارس 2025" (or "04 مارس 2025")."""
    day = f"{dt.day:02d}" if pad else str(dt.day)
    return f"{day} {MONTHS_EG[dt.month - 1]} {dt.year}"


def weekday(dt: datetime) -> str:
    return DAYS[dt.weekday()]


def clock12(dt: datetime, *, pad: bool = True) -> str:
    """ "08:00 م" or, Egyptian-style without the zero, "8:00 م"."""
    hour = dt.hour % 12 or 12
    mark = "م" if dt.hour >= 12 else "ص"
    return f"{hour:02d}:{dt.minute:02d} {mark}" if pad else f"{hour}:{dt.minute:02d} {mark}"


def groups(n: int, parts: int, rng: random.Random) -> list[tuple[int, int]]:
    """n consecutive paragraphs cut into at most `parts` non-empty runs, as (start, end) pairs."""
    parts = max(1, min(parts, n))
    cuts = sorted(rng.sample(range(1, n), parts - 1)) if parts > 1 else []
    bounds = [0, *cuts, n]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def plain_spots(paragraphs: list[str], subheadings: list[str]) -> list[int]:
    """Indexes i where a box may sit before paragraph i: between two plain paragraphs."""
    subs = set(subheadings)
    return [
        i
        for i in range(1, len(paragraphs))
        if paragraphs[i] not in subs and paragraphs[i - 1] not in subs
    ]


# Readers who leave comments on the opinion pages of t24 (invented).
COMMENTERS = [
    "محمد عبد العزيز",
    "أبو يوسف",
    "منى الشناوي",
    "مصري حر",
    "حسام الدين فؤاد",
    "ابن الصعيد",
    "رانيا كمال",
    "سيد عبد الحميد",
    "قارئ قديم",
    "د. عادل منصور",
]

# What those readers write: opinions about a column, never about its facts.
OPINION_COMMENTS = [
    "مقال رائع كالعادة يا أستاذ، ليت المسؤولين يقرأون.",
    "أختلف مع الكاتب في النقطة الأخيرة، لكن الطرح محترم.",
    "كلام في الصميم، وننتظر المزيد من هذه المقالات.",
    "الكاتب يضع يده على الجرح، والمشكلة أن لا أحد يسمع.",
    "أين الحلول؟ التشخيص وحده لا يكفي يا أستاذنا.",
    "تحية للكاتب على الجرأة والوضوح.",
    "قرأت المقال مرتين، وأرى أن الصورة أعقد مما طُرح.",
    "من أفضل ما كتبت في هذا العمود منذ شهور.",
]
