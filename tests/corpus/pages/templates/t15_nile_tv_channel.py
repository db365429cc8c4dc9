"""t15: screen copy of an Egyptian TV channel's news page: a "البث المباشر" strip and the menu,
a breadcrumb, the title, an Egyptian date line (sometimes in Arabic-Indic digits, sometimes
without a clock), views and a comments count, the video player's words with the video's own
title line and duration, "كتب:" bylines, MENA-style leads "القاهرة (أ ش أ) -", inline "اقرأ
أيضا:" links, a "الكلمات المفتاحية:" line, a "شاهد أيضا" list of videos each with its duration,
today's program schedule box, the comments form, the next article and the channel's footer."""

from __future__ import annotations

import random
from datetime import datetime

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
    indic,
    iso,
    moment,
    read_also_truth,
    weekday,
)

SITE = Site(name="قناة المحروسة", domain="almahrousa-tv.example", name_latin="Al Mahrousa TV")

MENU = ["الرئيسية", "أخبار مصر", "عربي ودولي", "اقتصاد", "رياضة", "فن", "برامج", "فيديو"]
PROGRAMS = [
    "صباح المحروسة",
    "نشرة الظهيرة",
    "الملف الاقتصادي",
    "ساعة من مصر",
    "الحصاد الإخباري",
    "ملعب المحروسة",
    "حديث المساء",
    "نشرة الأخبار",
]


def _date_line(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The channel's date line and whether it prints a clock."""
    style = rng.randrange(4)
    if style == 0:
        return f"{weekday(when)} {day_month_year(when, MONTHS_EG)} | {clock12(when)}", True
    if style == 1:
        return f"نشر في: {when:%d-%m-%Y} - {when:%H:%M}", True
    if style == 2:
        text = f"{weekday(when)} {day_month_year(when, MONTHS_EG)} {clock12(when)}"
        return indic(text), True
    return f"{weekday(when)}، {day_month_year(when, MONTHS_EG)}", False


def _duration(rng: random.Random) -> str:
    return f"{rng.randint(0, 14):02d}:{rng.randint(0, 59):02d}"


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} ({form})"
            return dateline + rng.choice([" - ", " -- ", "- "]), dateline, story.agency
        return f"({form}) - ", None, story.agency
    if story.place and not story.author and rng.random() < 0.6:
        return f"{story.place}: ", story.place, None
    return "", None, None


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    sheet.junk("البث المباشر", "شاهد البث المباشر لقناة المحروسة الآن")
    sheet.add(SITE.name)
    sheet.add(*MENU)
    sheet.add("بحث")
    sheet.blank()
    section = story.section or "أخبار مصر"
    sheet.add(f"الرئيسية » {section}")
    sheet.add(story.title)
    date_line, timed = _date_line(when, rng)

    author = story.author if not story.agency else None
    byline = None
    if author:
        byline = rng.choice([f"كتب: {author}", f"كتب - {author}", f"بقلم: {author}"])
    if byline and rng.random() < 0.5:
        sheet.add(byline, date_line)
    else:
        sheet.add(date_line)
        if byline:
            sheet.add(byline)
    comments = rng.choice([0, 0, 1, 2, 3, 5, 8, 12])
    sheet.add(f"{rng.randint(150, 48000)} مشاهدة | {comments} تعليق")
    sheet.blank()

    program = rng.choice(PROGRAMS)
    player = [
        "تشغيل الفيديو",
        f"{program} | {story.title}",
        f"00:00 / {_duration(rng)}",
        "كتم الصوت",
        "ملء الشاشة",
    ]
    player_first = rng.random() < 0.6
    if player_first:
        sheet.add(*player)
        sheet.blank()

    related = list(spec.related)
    inline: str | None = None
    if related and len(story.paragraphs) >= 3 and rng.random() < 0.6:
        inline = related.pop(rng.randrange(len(related)))
    prefix, dateline, agency = _lead(story, rng)
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        if inline and i == 1:
            sheet.add(f"{rng.choice(['اقرأ أيضا:', 'اقرأ أيضًا..', 'طالع أيضا:'])} {inline}")
    sheet.blank()
    if not player_first:
        sheet.junk("شاهد الفيديو")
        sheet.add(*player)
        sheet.blank()

    keywords = None
    if story.keywords:
        keywords = rng.choice([" - ", "، ", " | "]).join(story.keywords)
        sheet.add(f"الكلمات المفتاحية: {keywords}")
    sheet.add("شارك", "فيسبوك", "إكس", "واتساب", "نسخ الرابط")
    sheet.blank()

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, timed),
            author=author,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]
    if inline:
        articles.append(headline_truth(inline))

    if related:
        cut = len(related) if rng.random() < 0.5 else max(1, len(related) // 2)
        sheet.add(rng.choice(["شاهد أيضا", "شاهد أيضًا"]))
        for title in related[:cut]:
            sheet.add(title, _duration(rng))
            articles.append(headline_truth(title))
        if related[cut:]:
            sheet.blank()
            sheet.add("الأكثر مشاهدة")
            for title in related[cut:]:
                sheet.add(title)
                articles.append(headline_truth(title))
        sheet.blank()

    sheet.junk(rng.choice(["جدول البرامج", "اليوم على شاشة المحروسة"]))
    start = rng.choice([6, 7, 8])
    for k, name in enumerate(rng.sample(PROGRAMS, 5)):
        sheet.junk(f"{start + 3 * k:02d}:00 {name}")
    sheet.junk("شاهد البرامج كاملة على موقع وتطبيق المحروسة")
    sheet.blank()

    sheet.add(f"التعليقات ({comments})")
    if comments == 0:
        sheet.junk("لا توجد تعليقات بعد، كن أول من يعلق على الخبر")
    sheet.add("أضف تعليقك", "الاسم", "البريد الإلكتروني")
    sheet.junk("لن يتم نشر بريدك الإلكتروني", "إرسال التعليق")
    sheet.blank()

    for other in spec.read_also:
        other_when = moment(other)
        other_line, other_timed = _date_line(other_when, rng)
        sheet.add(rng.choice(["الخبر التالي", "اقرأ أيضا"]))
        sheet.add(other.title, other_line)
        sheet.add(*other.paragraphs)
        sheet.blank()
        articles.append(read_also_truth(other, iso(other_when, other_timed)))

    sheet.junk(f"تردد قناة المحروسة على النايل سات {rng.choice([11096, 11257, 11411])} أفقي")
    sheet.junk("حمل تطبيق المحروسة على هاتفك")
    sheet.add("من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا")
    sheet.junk(f"جميع الحقوق محفوظة لقناة المحروسة © {when.year}")

    url = None
    if rng.random() < 0.6:
        url = f"https://www.{SITE.domain}/news/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t15", kind="text", site=SITE, render=render)
