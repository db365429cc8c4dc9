"""t16: screen copy of a Syrian/Iraqi opinion-and-news site: the city and Levantine date of the
day, the menu on one line joined by bars, the section, the title, then for signed pieces the
writer's photo caption, name and a one-line bio under the title; a date line in one of several
formats; SANA-style "دمشق-سانا" leads or "بغداد/ site" datelines for news; footnote marks in
the body with the footnotes printed after it, the site's disclaimer, an "المصدر:" line on some
news, "كلمات مفتاحية", share words, "مقالات الكاتب" and "الأكثر قراءة" title lists, the next
piece, and a footer of links each on a line."""

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
    MONTHS_LEV,
    Sheet,
    agency_form,
    article_id,
    finish,
    iso,
    moment,
    read_also_truth,
    weekday,
)

SITE = Site(name="منبر الفرات", domain="minbar-alfurat.example", name_latin="Minbar Al Furat")

MENU = ["الرئيسية", "أخبار", "آراء", "تحقيقات", "اقتصاد", "ثقافة", "حوارات", "من نحن"]
BIOS = [
    "كاتب وباحث سوري، مهتم بقضايا الاقتصاد السياسي والتنمية",
    "صحفي عراقي، عمل مراسلا لعدد من الصحف العربية",
    "أكاديمي وكاتب، يدرّس العلوم السياسية في جامعة عراقية",
    "كاتب سوري مقيم في برلين، يكتب في الشأن العام",
    "باحث في الشؤون الإقليمية وكاتب رأي منذ عام 2011",
    "إعلامي وكاتب من الموصل، له عدة مؤلفات في الإعلام",
]
FOOTNOTES = [
    "بيانات رسمية منشورة على الموقع الإلكتروني للجهة المعنية، اطلع عليها الكاتب قبل النشر.",
    "من تصريحات متلفزة نقلتها وسائل إعلام محلية في حينه.",
    "تقرير سنوي صادر عن مركز دراسات مستقل، الفصل الثالث.",
    "أرقام تقديرية جمعها الكاتب من مصادر متعددة ولم يتسن التحقق منها بشكل مستقل.",
]


def _date_line(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The site's date line and whether it prints a clock."""
    style = rng.randrange(4)
    if style == 0:
        return f"{when:%Y-%m-%d}", False
    if style == 1:
        return f"تاريخ النشر: {when.day}/{when.month}/{when.year} - {when:%H:%M}", True
    if style == 2:
        month = f"{MONTHS_LEV[when.month - 1]}/{MONTHS_EG[when.month - 1]}"
        return f"{weekday(when)} {when.day} {month} {when.year}", False
    return f"{when.day} {MONTHS_LEV[when.month - 1]} {when.year}، الساعة {when:%H:%M}", True


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = rng.choice([f"{story.place}-{form}", f"{story.place} - {form}"])
            return dateline + rng.choice([" ", ": ", " - "]), dateline, story.agency
        return f"{form} - ", None, story.agency
    if story.place and rng.random() < 0.7:
        dateline = f"{story.place}/ {SITE.name}"
        return dateline + rng.choice([" ", ": "]), dateline, None
    return "", None, None


def _mark(paragraphs: list[str], story: Story, rng: random.Random) -> tuple[list[str], int]:
    """Footnote marks on inner paragraphs (never the first or last, never a subheading)."""
    inner = [i for i in range(1, len(paragraphs) - 1) if paragraphs[i] not in story.subheadings]
    if not inner:
        return paragraphs, 0
    chosen = sorted(rng.sample(inner, min(len(inner), rng.randint(1, 2))))
    marked = list(paragraphs)
    for n, i in enumerate(chosen, start=1):
        marked[i] = f"{marked[i]} ({n})"
    return marked, len(chosen)


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    today = when
    opinion = bool(story.author) and not story.agency
    sheet = Sheet()
    city = rng.choice(["دمشق", "بغداد", "أربيل"])
    sheet.junk(f"{city}، {weekday(today)} {today.day} {MONTHS_LEV[today.month - 1]} {today.year}")
    sheet.add(SITE.name)
    sheet.junk("منبر مستقل للرأي والخبر")
    sheet.add(" | ".join(MENU))
    sheet.blank()

    sheet.add("آراء" if opinion else (story.section or "أخبار"))
    sheet.add(story.title)
    date_line, timed = _date_line(when, rng)
    author: str | None = None
    if opinion and story.author:
        author = story.author
        sheet.add(rng.choice([f"صورة الكاتب: {author}", f"{author} (أرشيفية)"]))
        sheet.add(rng.choice([author, f"بقلم: {author}"]))
        sheet.junk(rng.choice(BIOS))
        sheet.add(date_line)
    else:
        sheet.add(date_line)
    sheet.junk(f"وقت القراءة: {rng.randint(2, 9)} دقائق")
    sheet.blank()

    paragraphs, notes = (
        _mark(story.paragraphs, story, rng) if opinion else (list(story.paragraphs), 0)
    )
    prefix, dateline, agency = ("", None, None) if opinion else _lead(story, rng)
    for i, paragraph in enumerate(paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
    sheet.blank()

    source = None
    if not opinion and not agency and rng.random() < 0.5:
        source = rng.choice(["وكالات", "مواقع إخبارية", SITE.name])
        sheet.add(f"المصدر: {source}")
    if notes:
        sheet.add(rng.choice(["الهوامش:", "الهوامش والمراجع"]))
        for n, text in enumerate(rng.sample(FOOTNOTES, notes), start=1):
            sheet.add(f"({n}) {text}")
        sheet.blank()
    if opinion:
        sheet.junk("المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع")

    keywords = None
    if story.keywords:
        keywords = rng.choice([" ، ", "، ", " / "]).join(story.keywords)
        sheet.add(f"{rng.choice(['كلمات مفتاحية', 'الكلمات الدالة'])}: {keywords}")
    sheet.junk("شارك هذا المقال")
    sheet.add("فيسبوك", "تويتر", "واتساب", "تلغرام", "طباعة")
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
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]

    for other in spec.read_also:
        other_when = moment(other)
        other_line, other_timed = _date_line(other_when, rng)
        sheet.add("المقال التالي" if opinion else "الخبر التالي")
        sheet.add(other.title, other_line)
        sheet.add(*other.paragraphs)
        sheet.blank()
        articles.append(read_also_truth(other, iso(other_when, other_timed)))

    related = list(spec.related)
    if related:
        cut = rng.randint(1, len(related))
        sheet.add(f"مقالات الكاتب {author}" if opinion else "أخبار ذات صلة")
        for title in related[:cut]:
            sheet.add(title)
            if opinion and rng.random() < 0.5:
                sheet.add(rng.choice(["منذ يومين", "منذ أسبوع", "منذ 3 أسابيع"]))
            articles.append(headline_truth(title))
        if related[cut:]:
            sheet.blank()
            sheet.add("الأكثر قراءة")
            for n, title in enumerate(related[cut:], start=1):
                sheet.add(str(n), title)
                articles.append(headline_truth(title))
        sheet.blank()

    sheet.junk("اشترك في النشرة البريدية لتصلك أحدث المقالات")
    sheet.add("عن الموقع", "سياسة النشر", "راسلنا", "اكتب معنا")
    sheet.junk("يسمح بإعادة النشر شرط ذكر اسم الموقع والرابط")
    sheet.junk(f"جميع الحقوق محفوظة لموقع منبر الفرات © {when.year}")
    sheet.junk("تصميم وبرمجة فريق المنبر التقني")

    url = None
    if rng.random() < 0.5:
        kind = "opinion" if opinion else "news"
        url = f"https://{SITE.domain}/{kind}/{article_id(rng)}.html"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t16", kind="text", site=SITE, render=render)
