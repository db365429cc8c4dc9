"""t11: screen copy of a Kuwaiti daily's site: a masthead with the issue number and an English
date, the paper's motto and its editor-in-chief, a latest-news ticker glued into one line, the
section over the title, KUNA-style datelines "الكويت - 20 - 8 (كونا) -- " or "الدوحة - قنا:",
"كتب name:" bylines opening the body of the paper's own stories, "(النهاية)" and the desk's
initials after agency copy, a reader poll, "أخبار ذات صلة", readers' comments, read-also
articles, and footer links each on a line of their own."""

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
    COMMENTS,
    MONTHS_EG,
    MONTHS_EN,
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

SITE = Site(name="المرفأ", domain="almarfa-daily.example", name_latin="Al Marfa Daily")

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TICKER = [
    "الأرصاد: طقس حار ورياح شمالية غربية نشطة مثيرة للغبار",
    "البلدية تحرر 140 مخالفة لمحلات غير ملتزمة في حولي",
    "الداخلية: إغلاق مؤقت لمخرج الدائري الرابع مساء اليوم",
    "بورصة الكويت تغلق على ارتفاع مؤشرها العام 0.4 في المئة",
    "التربية تعلن مواعيد تسجيل الطلبة المستجدين للعام الدراسي",
    "الصحة: افتتاح مركز للرعاية الأولية في منطقة جنوب السرة",
]
POLLS = [
    "هل تؤيد تطبيق نظام العمل المرن في الجهات الحكومية؟",
    "هل ترى أن أسعار الإيجارات السكنية مبالغ فيها؟",
    "هل تستخدم وسائل النقل العام في تنقلاتك اليومية؟",
]
DESK = ["ع ص", "ف ج", "م ن ع", "ح ب", "س ر", "ج ع"]
FOOTER = ["من نحن", "اتصل بنا", "الإعلانات", "الاشتراكات", "أرشيف الأعداد", "سياسة الخصوصية"]


def _date_line(when: datetime, rng: random.Random) -> tuple[str, bool]:
    style = rng.randrange(3)
    if style == 0:
        return f"نشر في: {day_month_year(when, MONTHS_EG)} - {clock12(when)}", True
    if style == 1:
        return f"{when:%Y-%m-%d %H:%M}", True
    return f"{weekday(when)} {when:%d/%m/%Y}", False


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None, str | None]:
    """Prefix of the first paragraph, truth dateline, agency and author printed in it."""
    when = moment(story)
    if story.agency == "قنا" and story.place:
        dateline = f"{story.place} - قنا"
        return dateline + ": ", dateline, "قنا", None
    if story.agency and story.place:
        dateline = f"{story.place} - {when.day} - {when.month} ({agency_form(story.agency, rng)})"
        return dateline + " -- ", dateline, story.agency, None
    if story.agency:
        return f"({agency_form(story.agency, rng)}) -- ", None, story.agency, None
    if story.author:
        return f"{rng.choice(['كتب', 'كتبت'])} {story.author}: ", None, None, story.author
    return "", None, None, None


def _poll(sheet: Sheet, rng: random.Random) -> None:
    sheet.add("استفتاء المرفأ")
    sheet.junk(rng.choice(POLLS))
    sheet.add("نعم", "لا", "لا رأي لي")
    sheet.add("صوّت", "النتائج")
    sheet.blank()


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    issue_day = when + timedelta(days=rng.randint(0, 1))
    issue = f"العدد {rng.randint(4200, 7200)}"
    english = f"{EN_DAYS[issue_day.weekday()]} {issue_day.day:02d}, "
    english += f"{MONTHS_EN[issue_day.month - 1]} {issue_day.year}"
    sheet.add(f"{issue} {english}")
    sheet.add(SITE.name)
    sheet.junk("صحيفة كويتية يومية سياسية شاملة تصدر عن دار المرفأ للنشر")
    sheet.junk(rng.choice(["رئيس التحرير: خالد يوسف العتيبي", "رئيس التحرير: د. نورة الصقر"]))
    sheet.blank()
    # the ticker is one marquee: its items run into one line
    sheet.junk(rng.choice(["آخر الأخبار ", "عاجل "]) + "  ".join(pick(rng, TICKER, 4)))
    sheet.blank()
    poll_top = rng.random() < 0.35
    if poll_top:
        _poll(sheet, rng)

    sheet.add(story.section or "محليات")
    sheet.add(story.title)
    stamp, with_time = _date_line(when, rng)
    sheet.add(stamp)
    sheet.add("A-", "A+")
    sheet.blank()

    prefix, dateline, agency, author = _lead(story, rng)
    paragraphs = list(story.paragraphs)
    for i, paragraph in enumerate(paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()
    if agency:
        sheet.add("(النهاية)", " / ".join(pick(rng, DESK, 2)))
        sheet.blank()
    keywords_raw: str | None = None
    if story.keywords and rng.random() < 0.5:
        keywords_raw = " ، ".join(story.keywords)
        sheet.add(f"كلمات البحث: {keywords_raw}")
    sheet.add("مشاركة", "واتساب", "تويتر", "فيسبوك", "نسخ الرابط")
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
            keywords_raw=keywords_raw,
        )
    ]

    if spec.related:
        sheet.add(rng.choice(["أخبار ذات صلة", "مواضيع ذات صلة"]))
        for title in spec.related:
            sheet.add(title)
            articles.append(headline_truth(title))
        sheet.blank()

    for other in spec.read_also:
        sheet.add("إقرأ أيضا")
        sheet.add(other.section or "محليات", other.title)
        other_stamp, other_time = _date_line(moment(other), rng)
        sheet.add(other_stamp)
        o_prefix, o_dateline, o_agency, o_author = _lead(other, rng)
        for i, paragraph in enumerate(other.paragraphs):
            sheet.add((o_prefix if i == 0 else "") + paragraph)
        if o_agency:
            sheet.add("(النهاية)")
        sheet.blank()
        articles.append(
            read_also_truth(
                other,
                iso(moment(other), other_time),
                author=o_author,
                dateline=o_dateline,
                agency=o_agency,
            )
        )

    if not poll_top:
        _poll(sheet, rng)

    count = rng.randint(0, 3)
    sheet.add(f"التعليقات ({count})")
    if count:
        for name, text in zip(pick(rng, READERS, count), pick(rng, COMMENTS, count), strict=True):
            sheet.add(name, f"{issue_day:%d/%m/%Y}")
            sheet.junk(text)
    else:
        sheet.junk("لا توجد تعليقات حتى الآن، كن أول من يعلق")
    sheet.add("أضف تعليقك")
    sheet.junk("التعليقات تخضع للمراجعة قبل النشر ويحتفظ الموقع بحق حذف المسيء منها")
    sheet.add("الاسم", "التعليق", "إرسال")
    sheet.blank()
    sheet.add(*FOOTER)
    sheet.junk(f"جميع الحقوق محفوظة لجريدة المرفأ © {issue_day.year}")
    sheet.junk("الكويت - شارع الصحافة - ص.ب 2740 الصفاة")

    url = None
    if rng.random() < 0.6:
        url = f"https://{SITE.domain}/article/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t11", kind="text", site=SITE, render=render)
