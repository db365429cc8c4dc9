"""Printed metadata around an article: title, section, author, source, dateline, dates, keywords."""

import re
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from services.splitter.dates import ParsedDate, find_dates
from services.splitter.markers import SOURCE, after_marker, ends_sentence, fold, is_caption

_DATE_LABELS = re.compile(
    r"(?<!\w)(?:تاريخ النشر|تاريخ الخبر|نشر في|نشر بتاريخ|تم النشر|نشر|اخر تحديث|تم التحديث|تحديث|اخر تعديل"
    r"|published|updated|last updated|posted|on|at|gmt|utc|بتوقيت \w+|الساعه|في|يوم)(?!\w)"
)
_UPDATED = re.compile(r"تحديث|تعديل|updated|modified")
_AUTHOR_PREFIX = re.compile(
    r"^\s*(?:(?:نشر|نشرت|نشره|كتب|كتبه|كتبت)\s+بواسطة|بقلم|كتب|كتبت|كتبه|بواسطة|إعداد|اعداد|تقرير"
    r"|تحرير|by|written by|posted by|par|publié par)\s*[:：\-–]?\s+",
    re.I,
)
# "موسكو (وكالات)", and the outlet's own "لندن: «الشرق»" / "عمّان - «الرأي»".
_DATELINE_LINE = re.compile(
    r"^[^\W\d_][\w\s]{0,30}?(?:\s*\([^()]{2,30}\)\s*[-–—:]?|\s*[:\-–—]\s*«[^«»]{2,30}»)$"
)
_DATELINE_LEAD = re.compile(
    r"^(?P<dl>[^\W\d_]\w*(?: \w+){0,2}?\s*\([^()]{2,30}\)\s*[-–—:]?"
    r"|[^\W\d_]\w*(?: \w+)?\s*(?:/\s*(?:[^\W\d_]\w*(?: \w+){0,2}?\s*)?[-–—]|[-–—]))\s+(?=\S)"
)
_KEYWORD_SEPARATORS = re.compile(r"\s*(?:[،,|;؛#]|\s-\s|\s{2,})\s*")
_TITLE_WORDS = 12


@dataclass(frozen=True, slots=True)
class Header:
    """What the lines above an article's first paragraph say about it."""

    title: str | None = None
    section: str | None = None
    author: str | None = None
    source: str | None = None
    dateline: str | None = None
    published: ParsedDate | None = None
    updated: ParsedDate | None = None


def date_line(line: str, captured_at: datetime | None = None) -> list[ParsedDate] | None:
    """[published, updated?] when the line is essentially a date, else None."""
    dates = find_dates(line, captured_at)
    if not dates or len(line) > 120:
        return None
    rest, pos = [], 0
    for d in dates:
        rest.append(line[pos : d.start])
        pos = d.end
    rest.append(line[pos:])
    # "13 نوفمبر 2025، الساعة 08:30 وقت القراءة: 6 دقائق": the reading time is no text either.
    leftover = _DATE_LABELS.sub(" ", fold(_READING_PHRASE.sub(" ", " ".join(rest))))
    if (
        len(re.findall(r"[^\W\d_]", leftover)) > 12
        and not _short_cells(line)
        and not _PUBLISHED_IN.match(_MARKS.sub("", line))
    ):
        return None
    dates = _civil_first(line, dates)
    published = next((d for i, d in enumerate(dates) if not _is_update(line, dates, i)), None)
    updated = next((d for i, d in enumerate(dates) if _is_update(line, dates, i)), None)
    return [d for d in (published or updated, updated if published else None) if d is not None]


# An archive's credit to the paper it copied: "نشر في نجمة الصباح يوم 26 - 03 - 2025".
_PUBLISHED_IN = re.compile(r"^\s*نشر في\s+(?P<outlet>[^\d|،,]{2,40}?)\s+يوم\s+\d")
_CELL_SEPARATOR = re.compile(r"\s[-–—|•]\s")
_MAX_CELLS, _MAX_CELL_WORDS = 5, 4


def _short_cells(line: str) -> bool:
    # An article's header row: "section - weekday 02 حزيران 2025 - 11:35 - site or writer".
    cells = _CELL_SEPARATOR.split(line)
    return 3 <= len(cells) <= _MAX_CELLS and all(
        len(cell.split()) <= _MAX_CELL_WORDS for cell in cells
    )


_CLOCK_AFTER = re.compile(r"[^\d]{0,24}?(?<!\d)(\d{1,2}):(\d{2})(?!\d)")


def _civil_first(line: str, dates: list[ParsedDate]) -> list[ParsedDate]:
    """A Hijri date printed with its Gregorian twin ("19 صفر 1447 هـ الموافق 14 أغسطس 2025")
    gives way to the Gregorian one, which takes a clock time printed just after it."""
    hijri = [d for d in dates if d.calendar == "hijri"]
    civil = [d for d in dates if d.calendar == "gregorian"]
    if not hijri or not civil or abs((hijri[0].value - civil[0].value).days) > 2:
        return dates
    first = civil[0]
    if not first.has_time and (m := _CLOCK_AFTER.match(line, first.end)):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 24 and minute < 60:
            first = replace(
                first, value=first.value.replace(hour=hour, minute=minute), has_time=True
            )
    return [first, *(d for d in dates if d is not first and d is not civil[0] and d not in hijri)]


def _is_update(line: str, dates: list[ParsedDate], i: int) -> bool:
    before = line[dates[i - 1].end if i else 0 : dates[i].start]
    return bool(_UPDATED.search(fold(before)))


def dated_byline(
    line: str, captured_at: datetime | None = None
) -> tuple[list[ParsedDate], str | None] | None:
    """(dates, writer) of a line that prints both: "نشر في 6 مارس 2025 الساعة 1:10 م بواسطة
    هبة عبد الرحمن"; None for any other line."""
    byline = _BYLINE_INSIDE.search(line)
    if byline is None:
        return None
    found = date_line(line[: byline.start()], captured_at)
    if found is None:
        return None
    return found, author_of(line[byline.start() :].strip())


def author_of(line: str) -> str | None:
    """The name in a byline that says so ("بقلم: ...", "كتب ...", "By ...")."""
    m = _AUTHOR_PREFIX.match(line)
    if m is None or len(line.split()) > 8:
        return None
    name = line[m.end() :].strip(" :-–")
    if fold(name) in _NOT_NAMES:
        return None  # "تقرير خاص": a kicker, not "a report by خاص"
    return name or None


_NOT_NAMES = frozenset(
    ("خاص", "حصري", "مصور", "بالصور", "بالفيديو", "مترجم", "موسع", "اخباري", "ميداني")
)


def split_dateline(paragraph: str) -> tuple[str | None, str]:
    """(dateline, rest) when a first paragraph opens with "موسكو (وكالات) -" or "المستقلة/-"."""
    m = _DATELINE_LEAD.match(paragraph)
    if m is None or len(paragraph[m.end() :].split()) < 8:
        return None, paragraph
    return m.group("dl").strip(), paragraph[m.end() :]


def is_dateline(line: str) -> bool:
    """A line that is only a place and an agency, like "موسكو (وكالات)" (not a counter:
    "عدد المشاهدات (3498)")."""
    if len(line.split()) > 6 or not _DATELINE_LINE.match(_MARKS.sub("", line)):
        return False
    if _FIGURE_IN_BRACKETS.search(line) is not None or is_caption(line):
        return False
    # A place's name holds no preposition: "مشهد عام من المكان (أ.ب)" is a photo's caption.
    place = re.split(r"[(«:\-–—]", line, maxsplit=1)[0].split()
    return not any(fold(word) in _PREPOSITIONS for word in place)


_MARKS = re.compile("[\u0640\u064b-\u0652\u0670]")  # tatweel and harakat, which \\w misses
_PREPOSITIONS = frozenset(fold(w) for w in ("من", "في", "على", "عن", "مع", "إلى", "لدى", "عند"))


_FIGURE_IN_BRACKETS = re.compile(r"\(\s*[\d٠-٩.,٬]+\s*\)")


def split_keywords(raw: str) -> list[str]:
    """Keyword phrases where the line separates them; [] for one unseparated run."""
    parts = [p.strip(" .:") for p in _KEYWORD_SEPARATORS.split(raw.strip())]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 else []


def derive_title(body: str) -> str | None:
    """A title made from the first sentence, trimmed to about twelve words."""
    first = re.split(r"(?<=[.!?؟])\s|\n", body.strip(), maxsplit=1)[0]
    words = first.split()
    if not words:
        return None
    return " ".join(words[:_TITLE_WORDS]).rstrip("،,:؛")


_BREADCRUMB = re.compile(r"\s*[|›»>]\s*")


def read_header(
    lines: list[str], captured_at: datetime | None = None, title: str | None = None
) -> Header:
    """Title, section, byline, source and dates from the lines above the first paragraph.

    `title`, when the page's markup already names it, places the title among the lines.
    """
    date_lines: list[tuple[int, list[ParsedDate]]] = []
    source = author = dateline = None
    texts: list[tuple[int, str]] = []
    updates: list[ParsedDate] = []
    named: list[str] = []  # bylines printed on a date line ("طارق سليمان 12 أيار 2025 | 18:30")
    for i, line in enumerate(lines):
        found = date_line(line, captured_at)
        if found is None and (dated := dated_byline(line, captured_at)) is not None:
            found, writer = dated
            author = author or writer
        if found is not None:
            if len(found) == 1 and _UPDATED.search(fold(line[: found[0].start])):
                updates.append(found[0])  # "آخر تحديث: ...": not when it was published
                continue
            date_lines.append((i, found))
            if source is None and (m := _PUBLISHED_IN.match(_MARKS.sub("", line))) is not None:
                source = m["outlet"]
            if (name := _name_beside_dates(line, found)) is not None:
                named.append(name)
            continue
        if (src := after_marker(line, SOURCE)) is not None:
            source = source or src or None
        elif is_dateline(line):
            dateline = dateline or line
        elif (name := author_of(line)) is not None:
            author = author or name
        else:
            texts.append((i, line))
    title_at = next((k for k, (_, t) in enumerate(texts) if title and t == title), None)
    if title_at is None:
        title_at = _title_index(texts, [i for i, _ in date_lines])
    title = texts[title_at][1] if title_at is not None else None
    dates = _article_dates(date_lines, texts[title_at][0] if title_at is not None else None)
    section = None
    if title_at is not None and title_at > 0:
        before = texts[title_at - 1][1]
        if len(before.split()) <= 5 and not ends_sentence(before):
            section = _BREADCRUMB.split(before)[-1].strip() or before  # "أخبار|سياسة" → "سياسة"
    after = [t for i, t in texts[(title_at + 1 if title_at is not None else 0) :]]
    after = [t for t in after if len(t.split()) <= 6 and not ends_sentence(t)]
    above = [t for _, t in texts[: title_at if title_at is not None else 0]]
    if author is None:
        names = [t for t in after if _looks_like_name(t)]
        if names:
            author = names[0]
            # A byline block: the writer, then the outlet on the next line ("هايدي سيد / الأمصار").
            at = after.index(author)
            outlet = after[at + 1] if at + 1 < len(after) else None
            if source is None and outlet and _looks_like_outlet(outlet):
                source = outlet
        else:
            author = next((t for t in [*named, *reversed(above)] if _looks_like_name(t)), None)
    published = dates[0] if dates else (updates[0] if updates else None)
    if published is not None and not published.has_time:
        # "الثلاثاء 4 مارس 2025" then "Publié le 04.03.2025 21:00": the same day, with its time.
        published = next(
            (
                d
                for _, found in date_lines
                for d in found
                if d.has_time and d.value.date() == published.value.date()
            ),
            published,
        )
    updated = dates[1] if len(dates) > 1 else (updates[0] if updates and dates else None)
    return Header(title, section, author, source, dateline, published, updated)


def _article_dates(
    date_lines: list[tuple[int, list[ParsedDate]]], title_line: int | None
) -> list[ParsedDate]:
    """The first date line, or the first below the title when one sits above it.

    A date above the title with another below it is most often the masthead's date of the day
    ("الجمعة 31 مايو 2024"), printed on every page of the site, not the article's; of several
    dates above the title, the one nearest it is the article's.
    """
    if not date_lines:
        return []
    if title_line is not None and date_lines[0][0] < title_line:
        below = [found for i, found in date_lines if i > title_line]
        if below:
            return below[0]
        return [found for i, found in date_lines if i < title_line][-1]  # nearest the title
    return date_lines[0][1]


def _title_index(texts: list[tuple[int, str]], dates_at: list[int]) -> int | None:
    """The title among the header's text lines.

    A line the page prints twice, once alone and once inside a browser title with the site's
    name ("title | Site"), is the title. Otherwise the longest line above the first date
    (anywhere when none above it can be a title: a masthead's date of the day may top the
    page), menus, tickers and service lines (prayer times) left out.
    """
    pool: list[int] = []
    if dates_at:
        pool = [k for k, (i, t) in enumerate(texts) if i < dates_at[0] and _may_be_title(t)]
    if not any(len(texts[k][1].split()) >= _NEAREST_TITLE_WORDS for k in pool):
        # Nothing above the first date reads like a headline (a skip link over the day's date).
        pool = [k for k, (_, t) in enumerate(texts) if _may_be_title(t)]
    if not pool:
        return None
    keys = [_plain(t) for _, t in texts]
    repeated = [
        k
        for k in pool
        if len(texts[k][1].split()) >= 3
        and any(j != k and keys[k] in _TITLE_PARTS.split(texts[j][1]) for j in range(len(texts)))
    ]
    if repeated:
        return repeated[-1]
    # Nearest the date (or the body) among lines long enough to be a headline.
    long_enough = [k for k in pool if len(texts[k][1].split()) >= _NEAREST_TITLE_WORDS]
    if long_enough:
        return long_enough[-1]
    return max(pool, key=lambda k: (len(texts[k][1].split()), k))


_NEAREST_TITLE_WORDS = 4
_TITLE_PARTS = re.compile(r"\s+(?:[|:•·»-]|::)\s+")
_DIGIT_RUN = re.compile(r"\d")


def _plain(text: str) -> str:
    return " ".join(text.split())


def _may_be_title(line: str) -> bool:
    """Two words or more, not a list of items, not mostly figures (times, prices)."""
    words = line.split()
    if len(words) < 2 or _is_item_list(line) or (len(words) <= 3 and "|" in line):
        return False
    if READING_TIME.search(line) is not None:
        return False
    return len(_DIGIT_RUN.findall(line)) <= 0.15 * len(line)


_READING_PHRASE = re.compile(
    r"(?:(?:وقت|مدة|زمن)\s+القراءة|temps\s+de\s+lecture|reading\s+time)\s*[:：]?"
    r"|(?:دقائق|دقيقة|دقيقتان|دقيقتا|minutes?|min)(?:\s+(?:للقراءة|قراءة|read))?",
    re.I,
)
# "وقت القراءة: 5 دقائق", "قراءة 3 دقائق", "5 min read", "Temps de lecture : 4 min".
READING_TIME = re.compile(
    r"(?:وقت|مده|مدة|زمن)\s+القراءة|قراءة\s*:?\s*[\d٠-٩]+\s*(?:دقائق|دقيقة|د\b)"
    r"|[\d٠-٩]+\s*(?:دقائق|دقيقة)\s+(?:للقراءة|قراءة)|\bmin(?:ute)?s?\s+read\b"
    r"|temps\s+de\s+lecture|reading\s+time",
    re.I,
)


_ITEM_SEPARATORS = re.compile(r"\s[◆◇•●▪◦■□★|·]\s|\s::\s")


def _is_item_list(line: str) -> bool:
    """A menu or ticker line: items set apart by bars or bullets, never a title."""
    return len(_ITEM_SEPARATORS.findall(line)) >= 2


_BYLINE_INSIDE = re.compile(r"\s(?:بواسطة|بقلم|كتب|by)\s", re.I)
_NOT_NAME_CHARS = re.compile(r"[\d|»«>/:：()\[\]،,؛@#]")


def _looks_like_name(line: str) -> bool:
    """Two to four plain words opening with a given name: a writer, not a section or outlet."""
    words = line.split()
    if not 2 <= len(words) <= 4 or _NOT_NAME_CHARS.search(line):
        return False
    names = given_names()
    if fold(words[0]).strip(".") not in names:
        return False
    # "عربي ودولي", "سياسة واقتصاد": a menu joins two common words with و; a name does not.
    return not any(
        w.startswith("و") and fold(w) not in names and zipf_frequency(w[1:], "ar") >= 3.0
        for w in words[1:]
    )


def _looks_like_outlet(line: str) -> bool:
    """One to three plain words, as an outlet's name under a byline."""
    return 1 <= len(line.split()) <= 3 and _NOT_NAME_CHARS.search(line) is None


def _name_beside_dates(line: str, dates: list[ParsedDate]) -> str | None:
    """The writer's name printed before a date on one line, if any."""
    head = line[: dates[0].start].strip(" |-–—:")
    return head if head and _looks_like_name(head) else None


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (folded) from data/given_names.txt; see given_names_build.py."""
    path = Path(__file__).parent / "data" / "given_names.txt"
    return frozenset(
        fold(line.strip())
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


# A rights line names the outlet: "جميع الحقوق محفوظة لأطلس بريس", "© 2025 Atlas Presse".
_RIGHTS = re.compile(r"©|\(c\)\s*\d{4}|حقوق|محفوظ|copyright|all\s+rights|droits\s+réservés", re.I)
_RIGHTS_HINTS = ("©", "حقوق", "محفوظ", "ight", "IGHT", "roits", "(c)", "(C)")
_MASTHEAD_WORDS = 4


def outlet_names(lines: list[str]) -> frozenset[str]:
    """The page's own name as printed (folded): its rights lines, and a short masthead line
    they name with the short lines beside it (the name in its other script: "Atlas Presse" /
    "أطلس بريس")."""
    printed = [
        line
        for line in lines
        if len(line) < 300 and any(hint in line for hint in _RIGHTS_HINTS) and _RIGHTS.search(line)
    ]
    if not printed:
        return frozenset()
    rights = [fold(line) for line in printed]
    names = set(rights)
    for i, line in enumerate(lines):
        # Cheap test first: the masthead's words are printed in the rights line as they are.
        words = line.split()
        if len(words) > _MASTHEAD_WORDS or not words or not any(words[-1] in r for r in printed):
            continue
        folded = fold(line)
        if len(folded) >= 4 and any(folded in r for r in rights):
            names.add(folded)
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and len(lines[j].split()) <= _MASTHEAD_WORDS:
                    names.add(fold(lines[j]))
    return frozenset(names)


def names_outlet(author: str, outlets: frozenset[str]) -> bool:
    """The byline is the outlet's own name (a masthead or rights line's), not a writer's."""
    folded = fold(author)
    return len(folded) >= 4 and any(
        folded == name or folded in name.split(" ل", 1)[-1] for name in outlets
    )
