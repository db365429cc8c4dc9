"""t01: screen copy of an Egyptian daily: skip link, date of the day, masthead with the board
chairman and editor, menu as short lines, a breaking-news ticker, breadcrumbs, share words, an
ad marker inside the body, a related list, full read-also articles and readers' comments."""

from __future__ import annotations

from datetime import timedelta

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
    COMMENTS,
    MONTHS_EG,
    READERS,
    Sheet,
    agency_form,
    article_id,
    clock12,
    day_month_year,
    finish,
    iso,
    moment,
    pick,
    read_also_truth,
    weekday,
)

SITE = Site(name="الميدان اليوم", domain="almidan-today.example", name_latin="AlMidan Today")

MENU = [
    "الرئيسية",
    "أخبار مصر",
    "عربي ودولي",
    "اقتصاد وبورصة",
    "رياضة",
    "فن وثقافة",
    "حوادث",
    "المزيد",
]
TICKER = [
    "الأرصاد: طقس مائل للحرارة نهارا ومعتدل ليلا على أغلب الأنحاء",
    "ضبط 12 طنا من السلع مجهولة المصدر في حملة تموينية بالجيزة",
    "وزير التعليم يتابع انتظام الدراسة في مدارس محافظة الشرقية",
    "البورصة المصرية تربح 9 مليارات جنيه في ختام تعاملات اليوم",
    "غلق جزئي لطريق الكورنيش لمدة أسبوع لأعمال صيانة",
]
CAPTIONS = [
    "صورة أرشيفية من الأرشيف الخاص بالموقع",
    "جانب من الحدث - تصوير فريق الميدان اليوم",
    "صورة تعبيرية لا ترتبط بالواقعة مباشرة",
]


def _when_line(story: Story) -> str:
    when = moment(story)
    return f"{weekday(when)} {day_month_year(when, MONTHS_EG)} - {clock12(when)}"


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    sheet.junk("تخطي إلى المحتوى")
    today = when + timedelta(days=rng.randint(0, 2))
    sheet.add(f"{weekday(today)}، {day_month_year(today, MONTHS_EG)}")
    sheet.add(SITE.name)
    sheet.junk("رئيس مجلس الإدارة: عادل فهمي رئيس التحرير: منى الشناوي")
    sheet.blank()
    sheet.add(*MENU)
    sheet.blank()
    sheet.add(rng.choice(["عاجل", "شريط الأخبار"]))
    sheet.junk(*pick(rng, TICKER, 3))
    sheet.blank()
    section = story.section or "أخبار"
    sheet.add(f"الرئيسية » {section}")
    sheet.blank()
    sheet.add(story.title)

    byline_first = rng.random() < 0.5
    if story.author and byline_first:
        sheet.add(f"كتب: {story.author}")
    sheet.add(_when_line(story))
    if story.author and not byline_first:
        sheet.add(story.author)
    sheet.add("شارك", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط")
    if rng.random() < 0.7:
        sheet.junk(rng.choice(CAPTIONS))
    sheet.blank()

    dateline: str | None = None
    agency: str | None = None
    prefix = ""
    if story.agency and story.place:
        dateline = f"{story.place} ({agency_form(story.agency, rng)})"
        agency, prefix = story.agency, dateline + " - "
    elif story.agency:
        agency = story.agency
        prefix = f"{agency_form(story.agency, rng)} - "
    elif story.place and rng.random() < 0.6:
        dateline, prefix = story.place, story.place + ": "
    paragraphs = list(story.paragraphs)
    ad_at = rng.randint(1, max(1, len(paragraphs) - 1)) if len(paragraphs) > 2 else -1
    for i, paragraph in enumerate(paragraphs):
        if i == ad_at:
            sheet.add("إعلان")
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()
    sheet.junk("تابعوا الميدان اليوم على جوجل نيوز لتصلكم الأخبار أولا بأول")
    sheet.blank()

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=paragraphs[0],
            body_last=paragraphs[-1],
            published=iso(when, True),
            author=story.author,
            dateline=dateline,
            agency=agency,
        )
    ]
    sheet.add("موضوعات متعلقة")
    for title in spec.related:
        sheet.add(title)
        articles.append(headline_truth(title))
    sheet.blank()

    for other in spec.read_also:
        sheet.add("اقرأ أيضا")
        sheet.add(other.title)
        sheet.add(_when_line(other))
        sheet.add(*other.paragraphs)
        sheet.blank()
        articles.append(read_also_truth(other, iso(moment(other), True)))

    count = rng.randint(2, 4)
    sheet.add(f"التعليقات ({count})")
    sheet.junk(
        "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع",
        "يرجى الالتزام بآداب الحوار وعدم الإساءة للأشخاص أو الأديان",
    )
    for name, text in zip(pick(rng, READERS, count), pick(rng, COMMENTS, count), strict=True):
        sheet.add(name, f"منذ {rng.randint(3, 9)} ساعات")
        sheet.junk(text)
        sheet.add("رد")
    sheet.add("أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال")
    sheet.blank()
    sheet.add("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا")
    sheet.junk(f"جميع الحقوق محفوظة © {when.year} الميدان اليوم")
    sheet.junk("تصميم وتطوير إدارة التحول الرقمي بالمؤسسة")

    url = None
    if rng.random() < 0.67:
        url = f"https://{SITE.domain}/News/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t01", kind="text", site=SITE, render=render)
