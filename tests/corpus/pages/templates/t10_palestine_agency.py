"""t10: screen copy of a Palestinian news-agency site: a language switcher, the menu as lines,
font-size/print/e-mail labels above the title or print/share words below the body, a "تاريخ النشر" line in one of several formats,
WAFA-style datelines "رام الله 14-1-2025 وفا- " (other agencies as "غزة 14-1-2025 (أ ف ب) -"),
an editor's-initials sign-off after a rule of tatweels, "الأخبار المتعلقة" titles each followed
by a date line, social prompts, and read-also articles before or after the related list."""

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
    MONTHS_LEV,
    Sheet,
    agency_form,
    day_month_year,
    finish,
    iso,
    moment,
    pick,
    read_also_truth,
    weekday,
)

SITE = Site(name="وكالة سنابل للأنباء", domain="sanabel-news.example", name_latin="Sanabel News")

MENU = [
    "الرئيسية",
    "محليات",
    "القدس",
    "الأسرى",
    "شؤون إسرائيلية",
    "عربي ودولي",
    "اقتصاد",
    "ثقافة",
    "صور وفيديو",
]
INITIALS = ["ع.ف", "م.ر", "ي.ط", "س.ك", "ح.ع", "ر.ح"]


def _published(when: datetime, rng: random.Random) -> tuple[str, bool]:
    style = rng.randrange(3)
    if style == 0:
        return f"تاريخ النشر: {when:%d/%m/%Y} الساعة {when:%H:%M}", True
    if style == 1:
        return f"{weekday(when)} {day_month_year(when, MONTHS_LEV)}", False
    return f"{when:%H:%M} {when:%d-%m-%Y}", True


def _lead(story: Story, rng: random.Random, *, wafa_ok: bool) -> tuple[str, str | None, str | None]:
    """Printed prefix, truth dateline, truth agency of an article's first paragraph."""
    when = moment(story)
    day = f"{when.day}-{when.month}-{when.year}"
    if story.agency == "وفا" or (
        wafa_ok and not story.agency and not story.author and rng.random() < 0.85
    ):
        place = story.place or "عواصم"
        dateline = f"{place} {day} وفا"
        return dateline + rng.choice(["- ", " - "]), dateline, "وفا"
    if story.agency and story.place:
        dateline = f"{story.place} {day} ({agency_form(story.agency, rng)})"
        return dateline + " - ", dateline, story.agency
    if story.agency:
        return f"({agency_form(story.agency, rng)}) - ", None, story.agency
    if story.place and not story.author and rng.random() < 0.5:
        dateline = f"{story.place} - {SITE.name}"
        return dateline + ": ", dateline, None
    return "", None, None


def _related(sheet: Sheet, rng: random.Random, titles: list[str], when: datetime) -> list[Truth]:
    found: list[Truth] = []
    if not titles:
        return found
    sheet.add("الأخبار المتعلقة")
    for n, title in enumerate(titles):
        sheet.add(title)
        day = when - timedelta(days=rng.randint(0, 6), hours=n)
        sheet.add(f"{day:%d/%m/%Y}")
        found.append(headline_truth(title))
    sheet.blank()
    return found


def _read_also(sheet: Sheet, rng: random.Random, others: list[Story]) -> list[Truth]:
    found: list[Truth] = []
    for other in others:
        sheet.add(rng.choice(["اقرأ أيضاً", "اقرأ المزيد"]))
        sheet.add(other.title)
        stamp, with_time = _published(moment(other), rng)
        sheet.add(stamp)
        prefix, dateline, agency = _lead(other, rng, wafa_ok=True)
        author = other.author if not prefix else None
        if author:
            sheet.add(author)
        for i, paragraph in enumerate(other.paragraphs):
            sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.add("ـــــ", "/".join(pick(rng, INITIALS, 2)))
        sheet.blank()
        found.append(
            read_also_truth(
                other,
                iso(moment(other), with_time),
                author=author,
                dateline=dateline,
                agency=agency,
            )
        )
    return found


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    sheet.add("عربي", "English", "Français", "עברית")
    sheet.add(SITE.name)
    sheet.junk("وكالة فلسطينية مستقلة للأخبار والمعلومات")
    sheet.add(*MENU)
    sheet.blank()
    sheet.add(f"الرئيسية / {story.section or 'محليات'}")
    labels = ["تكبير الخط", "تصغير الخط", "طباعة", "إرسال بالبريد الإلكتروني"]
    labels_on_top = rng.random() < 0.5
    if labels_on_top:
        sheet.add(*labels)
    sheet.blank()

    stamp, with_time = _published(when, rng)
    date_above = rng.random() < 0.5
    if date_above:
        sheet.add(stamp)
    sheet.add(story.title)
    if not date_above:
        sheet.add(stamp)
    prefix, dateline, agency = _lead(story, rng, wafa_ok=True)
    author: str | None = None
    if story.author and not prefix:
        author = story.author
        sheet.add(rng.choice([f"بقلم: {author}", f"كتب: {author}", author]))
    sheet.blank()

    paragraphs = list(story.paragraphs)
    for i, paragraph in enumerate(paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        if rng.random() < 0.5:
            sheet.blank()
    sheet.add(rng.choice(["ـــــ", "ــــــــــ"]))
    sheet.add("/".join(pick(rng, INITIALS, 2)))
    sheet.blank()
    if not labels_on_top:
        sheet.add("طباعة", "إرسال لصديق", "مشاركة")
    sheet.junk(
        "شارك هذا الخبر عبر منصات التواصل الاجتماعي",
        "تابعونا على فيسبوك وإكس وإنستغرام",
        "اشترك في قناة سنابل على تلغرام",
    )
    sheet.blank()

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=paragraphs[0],
            body_last=paragraphs[-1],
            published=iso(when, with_time),
            author=author,
            dateline=dateline,
            agency=agency,
        )
    ]
    related = list(spec.related)
    if rng.random() < 0.5:
        articles.extend(_read_also(sheet, rng, spec.read_also))
        articles.extend(_related(sheet, rng, related, when))
    else:
        articles.extend(_related(sheet, rng, related, when))
        articles.extend(_read_also(sheet, rng, spec.read_also))

    sheet.add("الأكثر مشاهدة", "الأحدث")
    sheet.junk("النشرة البريدية: اشترك ليصلك ملخص الأخبار يومياً")
    sheet.add("البريد الإلكتروني", "اشتراك")
    sheet.blank()
    sheet.add(" | ".join(pick(rng, ["من نحن", "اتصل بنا", "خريطة الموقع", "الأرشيف", "RSS"], 4)))
    sheet.junk(f"جميع الحقوق محفوظة لوكالة سنابل للأنباء © {when.year}")
    sheet.junk("يرجى ذكر المصدر عند إعادة النشر أو الاقتباس")

    url = None
    if rng.random() < 0.5:
        url = f"https://{SITE.domain}/ar/news/{when:%Y/%m/%d}/{rng.randint(10000, 99999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t10", kind="text", site=SITE, render=render)
