"""Dates as news pages print them: Arabic, Levantine, Maghrebi, English, numeric, Hijri, relative."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hijridate import Hijri

# Fold letters whose spelling varies (hamza seats, alef maqsura, Persian forms) one char for one,
# so spans found in the folded text index the printed text too.
_FOLD = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹أإآٱىیکة",
    "01234567890123456789ااااييكه",
)

_GREGORIAN = {
    "يناير": 1, "جانفي": 1, "كانون الثاني": 1, "january": 1, "jan": 1,
    "فبراير": 2, "فيفري": 2, "شباط": 2, "february": 2, "feb": 2,
    "مارس": 3, "اذار": 3, "march": 3, "mar": 3,
    "ابريل": 4, "افريل": 4, "نيسان": 4, "april": 4, "apr": 4,
    "مايو": 5, "ماي": 5, "ايار": 5, "may": 5,
    "يونيو": 6, "يونيه": 6, "جوان": 6, "حزيران": 6, "june": 6, "jun": 6,
    "يوليو": 7, "يوليه": 7, "يوليوز": 7, "جويليه": 7, "تموز": 7, "july": 7, "jul": 7,
    "اغسطس": 8, "اوت": 8, "غشت": 8, "اب": 8, "august": 8, "aug": 8,
    "سبتمبر": 9, "شتنبر": 9, "ايلول": 9, "september": 9, "sep": 9, "sept": 9,
    "اكتوبر": 10, "تشرين الاول": 10, "october": 10, "oct": 10,
    "نوفمبر": 11, "نونبر": 11, "تشرين الثاني": 11, "november": 11, "nov": 11,
    "ديسمبر": 12, "دجنبر": 12, "كانون الاول": 12, "december": 12, "dec": 12,
}  # fmt: skip
_HIJRI = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادى الاولى": 5, "جمادى الاول": 5, "جمادى الاخرة": 6, "جمادى الثانية": 6,
    "جمادى الاخره": 6, "جمادى الثانيه": 6, "جمادي الاولي": 5, "جمادي الاخره": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12, "ربيع الاول ": 3,
}  # fmt: skip


def _fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def _alternation(names: dict[str, int]) -> str:
    folded = sorted({_fold(n).strip() for n in names}, key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in folded)


_MONTHS = {_fold(k).strip(): v for k, v in _GREGORIAN.items()}
_HMONTHS = {_fold(k).strip(): v for k, v in _HIJRI.items()}
_M = rf"(?:{_alternation(_GREGORIAN)})\b\.?"
_HM = rf"(?:{_alternation(_HIJRI)})"
_ORD = r"(?:st|nd|rd|th)?"
_SEP = r"[\s,،]*"

_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}{_SEP}(?:من\s+)?(?P<m>{_M})(?:\s*/\s*(?:{_M}))?{_SEP}(?P<y>\d{{4}})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![\w])(?P<m>{_M})(?:\s*/\s*(?:{_M}))?\s*(?P<d>\d{{1,2}}){_ORD}{_SEP}(?P<y>\d{{4}})(?!\d)"
)
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
_YMD = re.compile(r"(?<!\d)(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)")
# "26/03/2025", and archive pages' "26 - 03 - 2025" (one space each side or none, both alike).
_DMY = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})(?P<s>[/.\-]| - )(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)"
)
_HIJRI_DATE = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?P<m>{_HM})\s*(?P<y>1[34]\d\d)(?!\d)(?:\s*(?:هـ|ه\b|هجري[هة]?))?"
)
_TIME = re.compile(
    r"(?<!\d)(?P<h>\d{1,2})(?::|h(?=\d{2}))(?P<mi>\d{2})(?::\d{2})?"
    r"(?:\s*(?P<ap>صباحا|صباحًا|صباح|مساء|مساءً|ص|م|am|pm|a\.m\.|p\.m\.)(?![\w]))?"
)
_WEEKDAY = re.compile(
    r"(?:(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)[\s,،]*$"
)
_TZ = re.compile(r"^\W{0,3}(?:gmt|utc|z)\b|^\s*\+00:?00")
_WORD_COUNT = r"(?:(?P<n>\d+)\s*)?"
_RELATIVE = re.compile(
    rf"(?:منذ|قبل)\s+{_WORD_COUNT}(?P<unit>دقيقتين|دقيقه|دقائق|دقيقه|ساعتين|ساعه|ساعات|يومين|يوم|"
    r"ايام|اسبوعين|اسبوع|اسابيع|شهرين|شهر|اشهر|شهور|سنتين|سنه|سنوات|عامين|عام|اعوام)(?!\w)"
    r"|(?P<en>\d+)\s+(?P<enunit>minute|hour|day|week)s?\s+ago\b"
    r"|(?<!\w)(?P<day>امس|الامس|yesterday|اليوم|today)(?!\w)"
)
_UNIT_DELTA = {
    "دقيق": timedelta(minutes=1), "دقا": timedelta(minutes=1), "minute": timedelta(minutes=1),
    "ساع": timedelta(hours=1), "hour": timedelta(hours=1),
    "يوم": timedelta(days=1), "ايام": timedelta(days=1), "day": timedelta(days=1),
    "اسبوع": timedelta(weeks=1), "اسابيع": timedelta(weeks=1), "week": timedelta(weeks=1),
    "شهر": timedelta(days=30), "شهو": timedelta(days=30), "اشهر": timedelta(days=30),
    "سن": timedelta(days=365), "عام": timedelta(days=365), "اعوام": timedelta(days=365),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date found in a line: the value, whether a clock time was printed, and the printed text."""

    value: datetime
    has_time: bool
    text: str
    start: int
    end: int
    calendar: str = "gregorian"  # gregorian | hijri | relative

    def iso(self) -> str:
        """ISO 8601: minutes when a time was printed, the day alone otherwise."""
        if self.has_time:
            return self.value.replace(tzinfo=None).isoformat(timespec="minutes")
        return self.value.date().isoformat()


def _month(name: str, table: dict[str, int]) -> int:
    return table[re.sub(r"\s+", " ", name.rstrip(".")).strip()]


def _calendar_matches(folded: str) -> list[tuple[int, int, datetime, str]]:
    found: list[tuple[int, int, datetime, str]] = []
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        for m in pattern.finditer(folded):
            month = _month(m.group("m"), _MONTHS)
            found.extend(_make(m, int(m["y"]), month, int(m["d"]), "gregorian"))
    for pattern in (_ISO, _YMD, _DMY):
        for m in pattern.finditer(folded):
            day, month = int(m["d"]), int(m["m"])
            if pattern is _DMY and month > 12 >= day:  # a US-style month/day
                day, month = month, day
            found.extend(_make(m, int(m["y"]), month, day, "gregorian"))
    for m in _HIJRI_DATE.finditer(folded):
        try:
            g = Hijri(int(m["y"]), _month(m["m"], _HMONTHS), int(m["d"])).to_gregorian()
        except (ValueError, OverflowError):
            continue
        found.append((m.start(), m.end(), datetime(g.year, g.month, g.day), "hijri"))
    return found


def _make(
    m: re.Match[str], year: int, month: int, day: int, calendar: str
) -> list[tuple[int, int, datetime, str]]:
    if not 1900 <= year <= 2200:
        return []
    try:
        return [(m.start(), m.end(), datetime(year, month, day), calendar)]
    except ValueError:
        return []


def _clock(folded: str, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """A time printed just after (or else just before) a date: (hour, minute, new end, is UTC)."""
    after = folded[end : end + 30]
    m = re.match(r"[\s\-–|,،@]*(?:(?:في|عل[ىي])\s+)?(?:الساعه|at|t|à)?\s*", after)
    lead = m.end() if m else 0
    t = _TIME.match(after, lead)
    if t is None:
        before = folded[max(0, start - 25) : start]
        last = None
        for last in _TIME.finditer(before):  # noqa: B007 - the last match is the one we want
            pass
        # "03:25 م الإثنين 14 يوليو 2025": the weekday may stand between the clock and the day.
        if last is None or _WEEKDAY.sub("", before[last.end() :]).strip(" -–|,،") != "":
            return None
        return (*_hour(last), end, False)
    new_end = end + t.end()
    return (*_hour(t), new_end, bool(_TZ.match(folded[new_end:])))


def _hour(t: re.Match[str]) -> tuple[int, int]:
    hour, minute = int(t["h"]), int(t["mi"])
    ap = (t["ap"] or "").replace(".", "")
    if ap and ap[0] in "مp" and hour < 12:
        hour += 12
    elif ap and ap[0] in "صa" and hour == 12:
        hour = 0
    return hour, minute


def find_dates(text: str, captured_at: datetime | None = None) -> list[ParsedDate]:
    """Every date printed in a line, in reading order, without overlaps."""
    folded = _fold(text)
    spans = sorted(_calendar_matches(folded), key=lambda s: (s[0], -s[1]))
    dates: list[ParsedDate] = []
    last_end = -1
    for start, end, value, calendar in spans:
        if start < last_end:
            continue
        has_time = False
        clock = _clock(folded, start, end)
        if clock is not None and 0 <= clock[0] < 24 and 0 <= clock[1] < 60:
            hour, minute, end, utc = clock
            value = value.replace(hour=hour, minute=minute, tzinfo=UTC if utc else None)
            has_time = True
        weekday = _WEEKDAY.search(folded, max(0, start - 12), start)
        if weekday is not None:
            start = weekday.start()
        dates.append(ParsedDate(value, has_time, text[start:end].strip(), start, end, calendar))
        last_end = end
    if captured_at is not None and not dates:
        dates.extend(_relative(text, folded, captured_at))
    return dates


def _relative(text: str, folded: str, captured_at: datetime) -> list[ParsedDate]:
    found = []
    for m in _RELATIVE.finditer(folded):
        if m["day"]:
            back = 1 if m["day"] in ("امس", "الامس", "yesterday") else 0
            day = (captured_at - timedelta(days=back)).replace(hour=0, minute=0, second=0)
            found.append(ParsedDate(day.replace(microsecond=0), False, text[m.start() : m.end()],
                                    m.start(), m.end(), "relative"))  # fmt: skip
            continue
        unit = m["unit"] or m["enunit"]
        count = int(m["n"] or m["en"] or (2 if unit.endswith("ين") else 1))
        delta = next(v for k, v in _UNIT_DELTA.items() if unit.startswith(k))
        value = (captured_at - count * delta).replace(second=0, microsecond=0)
        has_time = delta < timedelta(days=1)
        if not has_time:
            value = value.replace(hour=0, minute=0)
        found.append(ParsedDate(value, has_time, text[m.start() : m.end()], m.start(), m.end(),
                                "relative"))  # fmt: skip
    return found


def parse_date(text: str, captured_at: datetime | None = None) -> ParsedDate | None:
    """The first date printed in a line, or None."""
    dates = find_dates(text, captured_at)
    return dates[0] if dates else None
