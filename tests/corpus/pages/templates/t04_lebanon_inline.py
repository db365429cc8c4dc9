"""t04: screen copy of a Lebanese site: Levantine month names, the author under the title, a
"بيروت ـ «site»:" dateline, an inline "إقرأ أيضاً" link box between two paragraphs of the body,
an "المصدر:" line for agency copy, the read-also articles glued straight below the body (no blank
line), then a numbered "الأكثر قراءة" list whose numbers are lines of their own."""

from __future__ import annotations

from datetime import timedelta

from tests.corpus.pages.model import (
    Page,
    PageSpec,
    Site,
    Template,
    Truth,
    article_truth,
    headline_truth,
)
from tests.corpus.pages.templates._text_parts_g import (
    MONTHS_LEV,
    Sheet,
    agency_form,
    day_month_year,
    finish,
    iso,
    moment,
    read_also_truth,
    weekday,
)

SITE = Site(name="صدى الأرز", domain="sada-alarz.example", name_latin="Sada Al Arz")

MENU = ["لبنان", "إقليمي", "دولي", "اقتصاد", "رياضة", "ثقافة", "مقالات", "فيديو"]


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    today = when + timedelta(days=rng.randint(0, 1))
    sheet.add(f"{weekday(today)} {day_month_year(today, MONTHS_LEV)}")
    sheet.add(SITE.name, *MENU)
    sheet.junk("حمّل تطبيق صدى الأرز لتبقى على اطلاع دائم")
    sheet.blank()
    sheet.add(story.section or "لبنان")
    sheet.add(story.title)
    if story.author:
        sheet.add(story.author)
    with_time = rng.random() < 0.7
    stamp = day_month_year(when, MONTHS_LEV) + (f" | {when:%H:%M}" if with_time else "")
    sheet.add(stamp)
    if rng.random() < 0.5:
        sheet.junk("الصورة من الأرشيف - صدى الأرز")
    sheet.blank()

    prefix, dateline, source = "", None, None
    if story.agency:
        source = agency_form(story.agency, rng)
    elif story.place:
        dateline = f"{story.place} ـ «{SITE.name}»"
        prefix = dateline + ": "

    related = list(spec.related)
    paragraphs = list(story.paragraphs)
    box_after = -1
    if len(paragraphs) >= 2 and related:
        box_after = rng.randint(1, len(paragraphs) - 2) if len(paragraphs) >= 3 else 0
    inline: str | None = None
    for i, paragraph in enumerate(paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        if i == box_after:
            inline = related.pop(0)
            if rng.random() < 0.5:
                sheet.add(f"إقرأ أيضاً: {inline}")
            else:
                sheet.add("إقرأ أيضاً", inline)
    if source:
        sheet.add(f"المصدر: {source}")

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=paragraphs[0],
            body_last=paragraphs[-1],
            published=iso(when, with_time),
            author=story.author,
            source=source,
            dateline=dateline,
        )
    ]
    if inline:
        articles.append(headline_truth(inline))
    for other in spec.read_also:
        sheet.add("إقرأ أيضاً")
        sheet.add(other.title)
        sheet.add(*other.paragraphs)
        articles.append(read_also_truth(other))
    sheet.blank()
    sheet.junk("تابعوا صدى الأرز عبر قناتنا على واتساب وتلغرام")
    sheet.junk("للاشتراك في النشرة الإخبارية اليومية اضغط هنا")
    sheet.blank()
    if related:
        sheet.add("الأكثر قراءة")
        for n, title in enumerate(related, 1):
            sheet.add(str(n), title)
            articles.append(headline_truth(title))
        sheet.blank()
    sheet.add("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية")
    sheet.junk(f"جميع الحقوق محفوظة لموقع صدى الأرز © {when.year}")
    sheet.junk("يمنع نقل أي مادة من الموقع من دون ذكر المصدر")
    sheet.junk("الآراء الواردة في المقالات تعبر عن كتابها حصرا")

    url = None
    if rng.random() < 0.67:
        url = f"https://{SITE.domain}/{when:%Y/%m/%d}/{rng.randint(1000, 99999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t04", kind="text", site=SITE, render=render)
