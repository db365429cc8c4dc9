"""t12: screen copy of a Saudi daily's MOBILE page: a smart app banner ("افتح في التطبيق"), the
hamburger's words (القائمة, بحث) and the drawer's sections one per line, a breadcrumb, the
title, a Hijri-and-Gregorian date line, the byline under it, a "شارك الخبر" row, a photo caption,
"الرياض - واس" or "جدة - site:" lead datelines, an "المصدر:" line and "وسوم" after the body,
"اقرأ أيضًا" cards (title, then a date or "منذ ..." line), the next articles loaded by the
infinite scroll, and the mobile footer."""

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
from tests.corpus.pages.templates._text_parts_g import (
    MONTHS_EG,
    Sheet,
    agency_form,
    article_id,
    clock12,
    day_month_year,
    finish,
    hijri,
    indic,
    iso,
    moment,
    pick,
    weekday,
)

SITE = Site(name="صدى النخيل", domain="sada-alnakheel.example", name_latin="Sada AlNakheel")

DRAWER = [
    "الرئيسية",
    "محليات",
    "المناطق",
    "اقتصاد",
    "رياضة",
    "ثقافة وفنون",
    "عربي وعالمي",
    "كتّاب وآراء",
    "إنفوجرافيك",
    "الطقس",
]
CAPTIONS = [
    "جانب من الحدث (تصوير: فريق صدى النخيل)",
    "صورة أرشيفية من مصادر متعددة",
    "لقطة عامة من الموقع (الصورة من المصدر)",
    "من الحدث - أرشيفية",
]
FOOTER_LINKS = ["عن الصحيفة", "هيئة التحرير", "أعلن معنا", "الشروط والأحكام", "الخصوصية"]


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    if story.agency and story.place:
        dateline = f"{story.place} - {agency_form(story.agency, rng)}"
        return dateline + rng.choice([": ", " - ", " "]), dateline, story.agency
    if story.agency:
        return f"{agency_form(story.agency, rng)} - ", None, story.agency
    if story.place and not story.author and rng.random() < 0.7:
        dateline = f"{story.place} - {SITE.name}"
        return dateline + ": ", dateline, None
    return "", None, None


def _date_line(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The date under the title: Hijri and Gregorian, sometimes a clock time."""
    style = rng.randrange(3)
    if style == 0:
        return f"{weekday(when)} {hijri(when)} - {day_month_year(when, MONTHS_EG)} م", False
    if style == 1:
        return f"{day_month_year(when, MONTHS_EG)} - {clock12(when)}", True
    return indic(f"{when:%d/%m/%Y} - {when:%H:%M}"), True


def _card_date(main: datetime, rng: random.Random, n: int) -> str:
    earlier = main - timedelta(days=rng.randint(0, 9), hours=n * 3 + rng.randint(0, 2))
    if rng.random() < 0.3:
        return f"منذ {rng.randint(3, 10)} ساعات"
    return day_month_year(earlier, MONTHS_EG)


def _source_line(story: Story, rng: random.Random) -> str:
    if story.agency and rng.random() < 0.7:
        return agency_form(story.agency, rng)
    return rng.choice([SITE.name, f"صحيفة {SITE.name}", "وكالات"])


def _body(sheet: Sheet, story: Story, prefix: str) -> None:
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()

    # smart app banner and the collapsed header
    sheet.add("×")
    sheet.junk(f"تطبيق {SITE.name}", "تابع الأخبار لحظة بلحظة عبر التطبيق")
    sheet.add("افتح في التطبيق")
    sheet.add("☰", "القائمة", SITE.name, "بحث")
    if rng.random() < 0.6:
        sheet.add(*DRAWER)
        sheet.junk("تابعنا على منصات التواصل الاجتماعي")
    sheet.blank()

    section = story.section or "محليات"
    sheet.add(f"الرئيسية / {section}")
    sheet.add(story.title)
    stamp, with_time = _date_line(when, rng)
    byline_first = rng.random() < 0.5
    author_line = None
    if story.author:
        author_line = rng.choice([story.author, f"كتب: {story.author}", f"بقلم: {story.author}"])
    if author_line and byline_first:
        sheet.add(author_line)
    sheet.add(stamp)
    if author_line and not byline_first:
        sheet.add(author_line)
    sheet.add("شارك الخبر", "واتساب", "إكس", "سناب شات", "نسخ الرابط")
    if rng.random() < 0.5:
        sheet.add("حجم الخط", "أ+", "أ-")
    sheet.blank()
    sheet.junk(rng.choice(CAPTIONS))
    sheet.blank()

    prefix, dateline, agency = _lead(story, rng)
    _body(sheet, story, prefix)
    source = _source_line(story, rng)
    sheet.add(f"المصدر: {source}")
    keywords_raw = None
    if story.keywords:
        keywords_raw = " ".join(f"#{k.replace(' ', '_')}" for k in story.keywords)
        sheet.add(f"وسوم: {keywords_raw}")
    sheet.blank()
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, with_time),
            author=story.author,
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords_raw,
        )
    ]

    if spec.related:
        sheet.add("اقرأ أيضًا")
        for n, title in enumerate(spec.related):
            sheet.add(title)
            sheet.add(_card_date(when, rng, n))
            articles.append(headline_truth(title))
        sheet.add("المزيد")
        sheet.blank()

    for other in spec.read_also:
        sheet.add(rng.choice(["الخبر التالي", "اقرأ أيضًا"]))
        sheet.add(f"الرئيسية / {other.section or 'محليات'}")
        sheet.add(other.title)
        other_when = moment(other)
        other_stamp, other_time = _date_line(other_when, rng)
        sheet.add(other_stamp)
        sheet.add("شارك الخبر", "واتساب", "إكس", "سناب شات", "نسخ الرابط")
        sheet.blank()
        other_prefix, other_dateline, other_agency = _lead(other, rng)
        _body(sheet, other, other_prefix)
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, other_time),
                dateline=other_dateline,
                agency=other_agency,
            )
        )

    sheet.junk("حمّل تطبيق صدى النخيل", "متوفر على App Store و Google Play")
    sheet.add(*pick(rng, FOOTER_LINKS, 4))
    sheet.junk("صحيفة يومية تصدر عن مؤسسة النخيل للصحافة والنشر")
    sheet.junk(f"جميع الحقوق محفوظة لصحيفة {SITE.name} © {when.year}")
    sheet.junk("العودة إلى أعلى الصفحة")

    url = None
    if rng.random() < 0.55:
        url = f"https://m.{SITE.domain}/news/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t12", kind="text", site=SITE, render=render)
