"""t07: screen copy of a WordPress news blog: "Skip to content", a tagline, the post meta line
"نُشر في ... بواسطة name" (Arabic-Indic digits on some pages), the feed's syndication line
"The post <title> appeared first on <site>." right after the body, "Tags:" / "الوسوم:",
a Jetpack-style related list (title, date, category lines), comments headed by the title again,
the comment form's rules, a sidebar archive of month names and "Powered by WordPress"."""

from __future__ import annotations

from datetime import datetime, timedelta

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
    COMMENTS,
    MONTHS_EG,
    READERS,
    Sheet,
    agency_form,
    finish,
    indic,
    iso,
    moment,
    pick,
    read_also_truth,
)

SITE = Site(
    name="نافذة المشرق", domain="nafidat-almashriq.example", name_latin="Nafidat Al Mashriq"
)

MENU = ["الرئيسية", "أخبار", "تحليلات", "اقتصاد", "منوعات", "اتصل بنا"]


def _day(when: datetime, digits: bool) -> str:
    text = f"{when.day} {MONTHS_EG[when.month - 1]}، {when.year}"
    return indic(text) if digits else text


def _clock(when: datetime, digits: bool) -> str:
    hour = when.hour % 12 or 12
    text = f"{hour}:{when.minute:02d} {'م' if when.hour >= 12 else 'ص'}"
    return indic(text) if digits else text


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    digits = rng.random() < 0.5
    sheet = Sheet()
    sheet.junk("تخطي إلى المحتوى")
    sheet.add(SITE.name)
    sheet.junk("مدونة إخبارية مستقلة تتابع شؤون المنطقة والعالم")
    sheet.add(*MENU)
    sheet.add("بحث عن:", "بحث")
    sheet.blank()
    sheet.add(story.section or "أخبار")
    sheet.add(story.title)
    with_time = rng.random() < 0.5
    meta = f"نُشر في {_day(when, digits)}"
    if with_time:
        meta += f" الساعة {_clock(when, digits)}"
    if story.author:
        meta += f" بواسطة {story.author}"
    sheet.add(meta)
    sheet.blank()

    dateline: str | None = None
    agency: str | None = None
    prefix = ""
    if story.agency:
        agency = story.agency
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} ({form})"
            prefix = dateline + " – "
        else:
            prefix = f"({form}) – "
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()
    if rng.random() < 0.5:
        sheet.add(f"The post {story.title} appeared first on {SITE.name_latin}.")
        sheet.remember(f"appeared first on {SITE.name_latin}.")
    else:
        sheet.add(f"ظهرت المقالة {story.title} أولاً على {SITE.name}.")
        sheet.remember(f"أولاً على {SITE.name}.")
    keywords = None
    if story.keywords:
        label, sep = rng.choice([("Tags:", ", "), ("الوسوم:", "، ")])
        keywords = sep.join(story.keywords)
        sheet.add(f"{label} {keywords}")
    sheet.add("شارك هذا:")
    sheet.junk("انقر للمشاركة على فيسبوك (فتح في نافذة جديدة)")
    sheet.junk("انقر للمشاركة على واتساب (فتح في نافذة جديدة)")
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
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]
    sheet.add(rng.choice(["Related", "ذات صلة"]))
    for title in spec.related[:6]:
        earlier = when - timedelta(days=rng.randint(1, 40))
        sheet.add(title, _day(earlier, digits), f'في "{story.section or "أخبار"}"')
        articles.append(headline_truth(title))
    sheet.blank()

    count = rng.randint(2, 4)
    sheet.add(f"{indic(str(count)) if digits else count} تعليقات على “{story.title}”")
    for name, text in zip(pick(rng, READERS, count), pick(rng, COMMENTS, count), strict=True):
        posted = when.replace(hour=min(23, when.hour + rng.randint(1, 6)))
        sheet.add(f"{name} قال:", f"{_day(posted, digits)} الساعة {_clock(posted, digits)}")
        sheet.junk(text)
        sheet.add("رد")
    sheet.add("اترك تعليقاً")
    sheet.junk("لن يظهر بريدك الإلكتروني للزوار. الحقول المطلوبة عليها علامة *")
    sheet.junk("تخضع التعليقات للمراجعة ولا تنشر التعليقات المسيئة أو الخارجة عن الموضوع")
    sheet.add("التعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني")
    sheet.junk("احفظ اسمي وبريدي الإلكتروني في هذا المتصفح للمرة القادمة")
    sheet.add("إرسال التعليق")
    sheet.blank()

    for other in spec.read_also:
        sheet.add("إقرأ أيضاً")
        sheet.add(other.title)
        for paragraph in other.paragraphs:
            sheet.add(paragraph)
            sheet.blank()
        articles.append(read_also_truth(other))

    sheet.add("الأرشيف")
    for back in range(3):
        month = (when.month - 1 - back) % 12
        year = when.year - (1 if when.month - 1 - back < 0 else 0)
        sheet.add(f"{MONTHS_EG[month]} {indic(str(year)) if digits else year}")
    sheet.blank()
    sheet.junk(f"حقوق النشر © {when.year} {SITE.name} | Powered by WordPress")
    sheet.junk("قالب: NewsLine من تصميم ThemeWorks")

    url = None
    if rng.random() < 0.67:
        url = f"https://{SITE.domain}/{when:%Y/%m/%d}/post-{rng.randint(1000, 9999)}/"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t07", kind="text", site=SITE, render=render)
