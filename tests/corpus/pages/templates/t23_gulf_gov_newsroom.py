"""t23: screen copy of a Saudi/Emirati government newsroom (a national government-communication
centre that carries its own releases and the national agency's wire): sometimes the browser's
title line first, a skip link, "English | عربي", the Hijri and Gregorian date of the day (not the
article's), the centre's name and motto, the menu one item a line or joined by wide spaces, the
accessibility tools and the search box; a "أحدث الأخبار" sidebar of titles, each followed by its
date (Hijri numbers, Gregorian words or "منذ"), dumped BEFORE the breadcrumb or AFTER the article;
the breadcrumb, the title, a release block ("رقم الخبر", "تاريخ النشر: 1446/09/04هـ الموافق
2025/03/04م" with or without "الوقت", a weekday Hijri-"الموافق"-Gregorian line, or Arabic-Indic
"التاريخ: ٤ مارس ٢٠٢٥م | الوقت: ١٤:٣٢"), "التصنيف" and a reading count in any order; the printed
"طباعة | إرسال | مشاركة" row above or below the text; photo captions as lines of their own
("صورة 1 من 3") before or after the text; SPA-style datelines glued to the first sentence
("عدن 24 شوال 1446 هـ الموافق 23 أبريل 2025 م واس", the agency's own form for other wires, no
tag on the centre's own releases), WAM-style "أبوظبي في 4 مارس / وام /" (closed by "وام/" and
the desk's initials), "CITY - AGENCY:" or "CITY - المركز الإعلامي:"; the desk's "// انتهى //"
with the transmission time ("11:00ت م") and a serial number when a clock is printed; a
"الكلمات الدلالية" line; "أخبار ذات صلة" titles with dates; further releases printed in full
under "أخبار أخرى"; "هل كان هذا المحتوى مفيداً؟", the page's own "آخر تحديث للصفحة" date, and a
footer of links, the unified number, phone and fax numbers, the e-mail and the copyright."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from tests.corpus.pages.model import (
    Page,
    PageSpec,
    Site,
    Story,
    Template,
    Truth,
    article_truth,
    headline_truth,
)
from tests.corpus.pages.templates import _parts_w3 as w3
from tests.corpus.pages.templates._text_parts_g import Sheet, agency_form, finish, iso, moment

SITE = Site(
    name="المركز الوطني للتواصل الحكومي",
    domain="ncgc-newsroom.example",
    name_latin="National Center for Government Communication",
)

MENU = [
    "الرئيسية", "عن المركز", "الأخبار", "البيانات الصحفية", "المؤتمرات الصحفية",
    "الصور", "الفيديو", "الخدمات الإلكترونية", "اتصل بنا",
]  # fmt: skip
MOTTO = "المصدر الرسمي للأخبار والبيانات الحكومية"
TOOLS = "أدوات الوصول: تكبير الخط | تصغير الخط | التباين العالي | قارئ الشاشة"
SEARCH = "ابحث في الأخبار والبيانات"
CAPTIONS = ["جانب من الحدث", "لقطة عامة من الموقع", "صورة أرشيفية", "من المكان", "جانب من الجولة"]
FOOTER_LINKS = [
    "سياسة الخصوصية", "شروط الاستخدام", "إخلاء المسؤولية", "خريطة الموقع",
    "الأسئلة الشائعة", "البيانات المفتوحة", "المشاركة الإلكترونية",
]  # fmt: skip
DESK_INITIALS = ["ع ر/س ع", "م ح/ف ن", "ر ق/ح ب", "س ش/ع م"]


def _release_date(when: datetime, rng: random.Random) -> tuple[list[str], bool]:
    """The release's date lines in one of three styles and whether they print a clock time."""
    style = rng.randrange(3)
    if style == 0:
        lines = [f"تاريخ النشر: {w3.hijri_numeric(when)}هـ الموافق {when:%Y/%m/%d}م"]
        timed = rng.random() < 0.6
        if timed:
            lines.append(f"الوقت: {when:%H:%M}")
        return lines, timed
    if style == 1:
        line = f"{w3.weekday(when)} {w3.hijri_words(when)} الموافق {w3.greg_words(when)} م"
        timed = rng.random() < 0.5
        return [line + (f" - {when:%H:%M}" if timed else "")], timed
    day = w3.indic(f"{when.day} {w3.MONTHS_EG[when.month - 1]} {when.year}م")
    if rng.random() < 0.65:
        return [f"التاريخ: {day} | الوقت: {w3.indic(f'{when:%H:%M}')}"], True
    return [f"التاريخ: {day}"], False


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None, bool]:
    """The prefix glued to the first sentence, the truth dateline and agency, and whether the
    desk's "// انتهى //" closing follows (SPA-style copy only)."""
    when = moment(story)
    spa_day = f"{w3.hijri_words(when)} الموافق {w3.greg_words(when)} م"
    place = story.place
    if story.agency == "وام":
        if place:
            dateline = f"{place} في {when.day} {w3.MONTHS_EG[when.month - 1]} / وام /"
            return dateline + " ", dateline, "وام", False
        return "/ وام / ", None, "وام", False
    if story.agency:
        form = "واس" if story.agency == "واس" else agency_form(story.agency, rng)
        if place and rng.random() < 0.65:
            dateline = f"{place} {spa_day} {form}"
            return dateline + " ", dateline, story.agency, True
        if place:
            dateline = f"{place} - {form}"
            return dateline + ": ", dateline, story.agency, False
        return f"{form} - ", None, story.agency, False
    if place:
        r = rng.random()
        if r < 0.55:
            dateline = f"{place} {spa_day}"
            return dateline + " ", dateline, None, True
        if r < 0.8:
            dateline = f"{place} - المركز الإعلامي"
            return dateline + ": ", dateline, None, False
    return "", None, None, rng.random() < 0.5


def _photos(sheet: Sheet, rng: random.Random) -> None:
    n = rng.randint(1, 3)
    sheet.add("صور الخبر")
    for i, caption in enumerate(rng.sample(CAPTIONS, n), start=1):
        sheet.add(f"صورة {i} من {n}", caption)
    sheet.blank()


def _print_row(sheet: Sheet, rng: random.Random) -> None:
    style = rng.randrange(3)
    if style == 0:
        sheet.add("طباعة | إرسال | مشاركة")
    elif style == 1:
        sheet.add("طباعة", "إرسال", "مشاركة")
    else:
        sheet.add("طباعة  إرسال  مشاركة", "حجم الخط: أ+ أ-")


def _release_body(
    sheet: Sheet, story: Story, rng: random.Random, *, timed: bool, spaced: bool
) -> tuple[str | None, str | None]:
    """Lead and text of one release and its closing; the truth dateline and agency."""
    when = moment(story)
    prefix, dateline, agency, closing = _lead(story, rng)
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        if spaced:
            sheet.blank()
    if agency == "وام":
        sheet.add(f"وام/{rng.choice(DESK_INITIALS)}")
    elif closing:
        sheet.add("// انتهى //")
        if timed:
            sheet.add(f"{when:%H:%M}ت م", f"{rng.randint(1, 999):04d}")
    return dateline, agency


def _dated_titles(
    sheet: Sheet, rng: random.Random, head: str, titles: list[str], when: datetime
) -> list[Truth]:
    sheet.add(head)
    style = rng.randrange(3)
    for n, title in enumerate(titles):
        day = when - timedelta(days=rng.randint(0, 3), hours=3 * n)
        sheet.add(title)
        if style == 0:
            sheet.add(f"{w3.hijri_numeric(day)}هـ")
        elif style == 1:
            sheet.add(w3.greg_words(day, pad=True))
        else:
            sheet.add(rng.choice(["منذ ساعتين", "منذ 5 ساعات", "منذ يوم", "منذ يومين"]))
    sheet.blank()
    return [headline_truth(t) for t in titles]


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    today = when + timedelta(days=rng.randint(0, 4), hours=rng.randint(1, 9))
    sheet = Sheet()
    if rng.random() < 0.35:
        sheet.add(f"{story.title} - {SITE.name}")
    sheet.junk("تخطي إلى المحتوى الرئيسي")
    sheet.add("English | عربي")
    sheet.junk(f"{w3.weekday(today)} {w3.hijri_words(today)} - {w3.greg_words(today)}م")
    sheet.add(SITE.name)
    sheet.junk(MOTTO)
    if rng.random() < 0.5:
        sheet.add(*MENU)
    else:
        sheet.add("    ".join(MENU))
    sheet.junk(TOOLS, SEARCH)
    sheet.blank()

    related = list(spec.related)
    side_n = rng.randint(2, min(5, len(related))) if len(related) >= 3 else 0
    side, related = related[:side_n], related[side_n:]
    side_first = spec.name.endswith("-2") or rng.random() < 0.35
    heads_before: list[Truth] = []
    if side and side_first:
        heads_before = _dated_titles(sheet, rng, "أحدث الأخبار", side, when)

    section = story.section or "أخبار محلية"
    sheet.add(f"الرئيسية / المركز الإعلامي / الأخبار / {section}")
    sheet.add(story.title)
    meta = [f"رقم الخبر: {rng.randint(2100000, 2399999)}", f"التصنيف: {section}"]
    meta.append(f"عدد القراءات: {rng.randint(150, 9800):,}")
    rng.shuffle(meta)
    date_lines, timed = _release_date(when, rng)
    at = rng.randint(0, len(meta))
    sheet.add(*meta[:at], *date_lines, *meta[at:])
    row_above = rng.random() < 0.5
    if row_above:
        _print_row(sheet, rng)
    sheet.blank()
    photos_before = rng.random() < 0.5
    if photos_before:
        _photos(sheet, rng)
    dateline, agency = _release_body(sheet, story, rng, timed=timed, spaced=rng.random() < 0.6)
    sheet.blank()
    if not photos_before and rng.random() < 0.7:
        _photos(sheet, rng)
    if not row_above:
        _print_row(sheet, rng)
    keywords_raw = None
    if story.keywords and rng.random() < 0.75:
        keywords_raw = rng.choice(["، ", " - ", " | "]).join(story.keywords)
        sheet.add(f"الكلمات الدلالية: {keywords_raw}")
    sheet.blank()

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, timed),
            author=None,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords_raw,
            section=section,
        ),
        *heads_before,
    ]

    if related:
        articles += _dated_titles(sheet, rng, "أخبار ذات صلة", related, when)

    if spec.read_also:
        sheet.add(rng.choice(["أخبار أخرى", "المزيد من الأخبار"]))
        sheet.blank()
    for other in spec.read_also:
        other_when = moment(other)
        sheet.add(other.title)
        other_lines, other_timed = _release_date(other_when, rng)
        sheet.add(*other_lines)
        other_dateline, other_agency = _release_body(
            sheet, other, rng, timed=other_timed, spaced=False
        )
        sheet.blank()
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, other_timed),
                dateline=other_dateline,
                agency=other_agency,
            )
        )

    if side and not side_first:
        articles += _dated_titles(sheet, rng, "أحدث الأخبار", side, when)

    sheet.junk("هل كان هذا المحتوى مفيداً؟")
    sheet.add("نعم", "لا")
    updated = today + timedelta(days=rng.randint(0, 20))
    sheet.junk(f"آخر تحديث للصفحة: {w3.greg_words(updated)}")
    sheet.blank()
    sheet.add(*FOOTER_LINKS)
    sheet.add("تواصل معنا")
    sheet.junk("الرقم الموحد: 800 555 0100")
    sheet.add("هاتف: 011 555 0199", "فاكس: 011 555 0188")
    sheet.add(f"البريد الإلكتروني: media@{SITE.domain}")
    sheet.junk(f"جميع الحقوق محفوظة © {today.year} {SITE.name}")
    sheet.junk("تم تطوير الموقع وإدارته بواسطة المركز الوطني للتواصل الحكومي")
    sheet.junk(f"عدد الزوار: {rng.randint(1_000_000, 9_000_000):,}")

    url = None
    if rng.random() < 0.7:
        url = f"https://www.{SITE.domain}/ar/news/{rng.randint(2100000, 2399999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t23", kind="text", site=SITE, render=render)
