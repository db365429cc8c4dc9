"""t14: screen copy of an Omani official-news portal that also carries Bahrain News Agency copy:
"English | عربي", the Hijri and Gregorian date of the day, a menu joined by dots, a breadcrumb
with "»", the title, "تاريخ النشر:" and "آخر تحديث:" lines in the portal's own format, views
and print/font controls, ONA/BNA datelines "مسقط في 11 فبراير /العمانية/" and "المنامة في 11
فبراير (بنا) -" (wire copy keeps its agency in the same form), the desk's closing mark, a
"الكلمات الدلالية" line, a NUMBERED list of "أخبار ذات علاقة", the next piece under "الخبر
التالي", a "was this useful" prompt, footer links each on a line and the copyright."""

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
    finish,
    hijri,
    indic,
    iso,
    moment,
    weekday,
)

SITE = Site(
    name="بوابة الشراع الإخبارية", domain="alshiraa-news.example", name_latin="Al Shiraa News"
)

MENU = ["الرئيسية", "الشأن المحلي", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة", "البيانات الرسمية"]
FOOTER = [
    "عن البوابة",
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "خريطة الموقع",
    "الأسئلة الشائعة",
    "إمكانية الوصول",
    "اتصل بنا",
]
DESK = ["ع خ / ح ع", "س م / ر ن", "ك ب / ع ع", "م ح / ف س"]


def _stamp(when: datetime, style: int) -> tuple[str, bool]:
    """A date in one of the portal's formats and whether it carries a clock time."""
    if style == 0:
        return f"{when:%d/%m/%Y} - {when:%H:%M}", True
    if style == 1:
        return f"{weekday(when)}، {when.day} {MONTHS_EG[when.month - 1]} {when.year}م", False
    if style == 2:
        return indic(f"{when:%Y-%m-%d}") + f" | {indic(clock12(when))}", True
    return f"{when.day} {MONTHS_EG[when.month - 1]} {when.year} {when:%H:%M}", True


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None, bool]:
    """Prefix, truth dateline, truth agency, and whether the desk's closing mark follows."""
    when = moment(story)
    day = f"{when.day} {MONTHS_EG[when.month - 1]}"
    # the portal runs wire copy as rewritten by ONA or BNA, with their mark in place of the wire's
    if story.place and rng.random() < (0.65 if story.agency else 0.9):
        if rng.random() < 0.4:
            dateline = f"{story.place} في {day} (بنا)"
            return dateline + " - ", dateline, "بنا", False
        dateline = f"{story.place} في {day} /العمانية/"
        return dateline + " ", dateline, "العمانية", True
    if story.agency:
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} في {day} /{form}/"
            return dateline + " ", dateline, story.agency, False
        return f"/{form}/ ", None, story.agency, False
    return "", None, None, False


def _print_article(sheet: Sheet, story: Story, rng: random.Random) -> Truth:
    """Title, dates, lead and paragraphs; the article's truth entry without its role."""
    when = moment(story)
    style = rng.randrange(4)
    stamp, with_time = _stamp(when, style)
    sheet.add(story.title)
    sheet.add(f"تاريخ النشر: {stamp}")
    if rng.random() < 0.6:
        later = when + timedelta(hours=rng.randint(0, 6), minutes=rng.randint(5, 55))
        sheet.add(f"آخر تحديث: {_stamp(later, style)[0]}")
    if story.author:
        sheet.add(rng.choice([f"إعداد: {story.author}", f"كتب - {story.author}", story.author]))
    sheet.add(f"عدد المشاهدات: {rng.randint(120, 9800)}", "طباعة", "تكبير الخط", "تصغير الخط")
    sheet.blank()
    prefix, dateline, agency, closing = _lead(story, rng)
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()
    if closing:
        sheet.add("/العمانية/", rng.choice(DESK))
    elif agency == "بنا" or (agency and rng.random() < 0.5):
        sheet.add(rng.choice(["ع.م", "س.ر", "ح.ب"]))
    return {
        "published": iso(when, with_time),
        "dateline": dateline,
        "agency": agency,
    }


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()

    sheet.add("English | عربي")
    sheet.add(
        f"{weekday(when)} {hijri(when)} - {when.day} {MONTHS_EG[when.month - 1]} {when.year}م"
    )
    sheet.add(SITE.name)
    sheet.junk("البوابة الرسمية للأخبار والبيانات الحكومية")
    sheet.add(" • ".join(MENU))
    sheet.add("بحث")
    sheet.blank()
    section = story.section or "الشأن المحلي"
    sheet.add(f"الرئيسية » {section} » تفاصيل الخبر")

    facts = _print_article(sheet, story, rng)
    keywords_raw = None
    if story.keywords:
        keywords_raw = rng.choice([" - ", "، ", " | "]).join(story.keywords)
        sheet.add(f"الكلمات الدلالية: {keywords_raw}")
    sheet.add("مشاركة عبر:", "واتساب", "إكس", "فيسبوك", "البريد الإلكتروني")
    sheet.blank()
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=facts["published"],
            author=story.author,
            dateline=facts["dateline"],
            agency=facts["agency"],
            keywords_raw=keywords_raw,
        )
    ]

    if spec.related:
        sheet.add(rng.choice(["أخبار ذات علاقة", "أخبار ذات علاقة:"]))
        mark = rng.choice(["{n}. ", "{n}- ", "{n}) "])
        for n, title in enumerate(spec.related, start=1):
            sheet.add(mark.format(n=n) + title)
            articles.append(headline_truth(title))
        sheet.blank()

    for other in spec.read_also:
        sheet.add(rng.choice(["الخبر التالي", "أخبار أخرى"]))
        sheet.add(f"الرئيسية » {other.section or 'الشأن المحلي'}")
        other_facts = _print_article(sheet, other, rng)
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=other_facts["published"],
                author=other.author,
                dateline=other_facts["dateline"],
                agency=other_facts["agency"],
            )
        )
        sheet.blank()

    sheet.junk("هل كانت هذه المعلومات مفيدة؟")
    sheet.add("نعم", "لا")
    sheet.blank()
    sheet.junk("اشترك في خدمة الرسائل الإخبارية القصيرة")
    sheet.junk("حمّل تطبيق البوابة على الهواتف الذكية")
    sheet.junk("تابعونا على حسابات البوابة في منصات التواصل")
    sheet.add(*FOOTER)
    sheet.junk("أفضل عرض للموقع باستخدام أحدث إصدارات المتصفحات")
    sheet.junk(f"جميع الحقوق محفوظة © {when.year} {SITE.name}")

    url = None
    if rng.random() < 0.6:
        url = f"https://{SITE.domain}/ar/news/details/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t14", kind="text", site=SITE, render=render)
