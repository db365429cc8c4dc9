"""t17: screen copy of an international broadcaster's Arabic LIVE page: "تخطى إلى المحتوى" and
the language links, the menu, a "مباشر" badge over the title, the date in one of several forms
("12 مارس/آذار 2025، 14:32 GMT", "Published 12 March 2025, 14:32 GMT", a day with no clock),
"تابعونا" prompts, an "إعداد:" or "By" byline, "آخر التحديثات" with the main report as the
newest post under its clock, "(رويترز) -" or "Reuters -" style leads, inline "اقرأ المزيد:"
links, earlier posts (the glued articles) each under its own time and date, "اقرأ المزيد حول
هذه القصة" titles, and an English-and-Arabic footer."""

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
    MONTHS_EN,
    MONTHS_LEV,
    Sheet,
    agency_form,
    article_id,
    day_month_year,
    finish,
    iso,
    moment,
    read_also_truth,
    weekday,
)

SITE = Site(name="الموجة الدولية", domain="globalwave-news.example", name_latin="Global Wave")

MENU = ["الرئيسية", "الشرق الأوسط", "العالم", "اقتصاد", "علوم", "صحة", "فيديو", "بودكاست"]


def _double_month(when: datetime) -> str:
    return f"{when.day} {MONTHS_EG[when.month - 1]}/{MONTHS_LEV[when.month - 1]} {when.year}"


def _date_line(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The page's date line and whether it prints a clock."""
    style = rng.randrange(4)
    if style == 0:
        return f"{_double_month(when)}، {when:%H:%M} GMT", True
    if style == 1:
        return (
            f"Published {when.day} {MONTHS_EN[when.month - 1]} {when.year}, {when:%H:%M} GMT",
            True,
        )
    if style == 2:
        return f"نُشر في {weekday(when)} {_double_month(when)} - {when:%H:%M} بتوقيت غرينتش", True
    return f"{weekday(when)} {day_month_year(when, MONTHS_EG)}", False


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng, latin=rng.random() < 0.35)
        if story.place and rng.random() < 0.6:
            dateline = f"{story.place} ({form})"
            return dateline + " - ", dateline, story.agency
        return f"({form}) - ", None, story.agency
    if story.place and rng.random() < 0.5:
        return f"{story.place} - ", story.place, None
    return "", None, None


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    sheet.add(rng.choice(["تخطى إلى المحتوى", "Skip to content"]))
    sheet.add(f"{SITE.name_latin} | عربي", "English", "Français", "فارسی")
    sheet.add(*MENU)
    sheet.blank()

    sheet.add(rng.choice(["مباشر", "مباشر LIVE", "تغطية مباشرة"]))
    sheet.add(story.title)
    date_line, timed = _date_line(when, rng)
    sheet.add(date_line)
    author = story.author
    if author:
        sheet.add(rng.choice([f"إعداد: {author}", f"By {author}", f"بقلم {author}"]))
    sheet.junk(f"آخر تحديث قبل {rng.randint(2, 50)} دقيقة")
    sheet.junk("تابعونا على تلغرام وواتساب لتصلكم آخر التحديثات")
    sheet.blank()

    sheet.add(rng.choice(["آخر التحديثات", "Latest updates / آخر التحديثات"]))
    sheet.junk("اضغط هنا لعرض التحديثات الجديدة")
    sheet.add(f"{when:%H:%M}" + rng.choice([" GMT", "", " بتوقيت غرينتش"]))
    if rng.random() < 0.4:
        sheet.add("منشور مثبت")

    related = list(spec.related)
    inline: str | None = None
    if related and len(story.paragraphs) >= 3 and rng.random() < 0.6:
        inline = related.pop(rng.randrange(len(related)))
    at = rng.randint(1, len(story.paragraphs) - 2) if len(story.paragraphs) >= 3 else -1
    prefix, dateline, agency = _lead(story, rng)
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        if inline and i == at:
            sheet.add(f"اقرأ المزيد: {inline}")
    sheet.add("شارك", "نسخ الرابط")
    sheet.blank()

    keywords = None
    if story.keywords and rng.random() < 0.7:
        keywords = ", ".join(story.keywords) if rng.random() < 0.3 else "، ".join(story.keywords)
        sheet.add(f"{rng.choice(['مواضيع ذات صلة', 'Topics'])}: {keywords}")
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

    for other in spec.read_also:
        other_when = moment(other)
        sheet.add(f"{other_when:%H:%M} GMT، {_double_month(other_when)}")
        sheet.add(other.title)
        sheet.add(*other.paragraphs)
        sheet.add("اقرأ المزيد", "شارك")
        sheet.blank()
        articles.append(read_also_truth(other, iso(other_when, True)))

    if related:
        sheet.add(rng.choice(["اقرأ المزيد حول هذه القصة", "المزيد حول هذه القصة"]))
        for title in related:
            sheet.add(title)
            if rng.random() < 0.4:
                sheet.add(rng.choice(["منذ ساعتين", "منذ 5 ساعات", "أمس", "منذ يومين"]))
            articles.append(headline_truth(title))
        sheet.blank()

    sheet.add("تابعونا", "Facebook", "X", "YouTube", "Instagram", "Telegram")
    sheet.junk(f"© {when.year} Global Wave. جميع الحقوق محفوظة")
    sheet.junk("الموجة الدولية ليست مسؤولة عن محتوى المواقع الخارجية")
    sheet.junk("Read about our approach to external linking.")
    sheet.add("شروط الاستخدام", "Terms of Use", "سياسة الخصوصية", "Privacy Policy", "Cookies")
    sheet.junk("Accessibility Help", "اتصلوا بنا | Contact us")

    url = None
    if rng.random() < 0.67:
        url = f"https://www.{SITE.domain}/arabic/live/middleeast-{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t17", kind="text", site=SITE, render=render)
