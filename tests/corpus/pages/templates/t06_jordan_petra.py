"""t06: screen copy of a Jordanian site: the article date ABOVE the title with a Latin AM/PM
clock ("15-04-2025 11:45 AM"), Petra-style datelines "عمان 15 نيسان (بترا) -", a "كتب - name:"
byline line, a "الوسوم:" tags line, a "قد يهمك" headline list, readers' comments with the
site's note, and the read-also articles after the comments."""

from __future__ import annotations

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
    MONTHS_LEV,
    READERS,
    Sheet,
    agency_form,
    clock12,
    day_month_year,
    finish,
    iso,
    moment,
    pick,
    read_also_truth,
    weekday,
)

SITE = Site(name="المرصد الأردني", domain="almarsad-jo.example", name_latin="Al Marsad Jordan")

MENU = ["الرئيسية", "محليات", "برلمان", "اقتصاد", "عربي ودولي", "رياضة", "جامعات", "وفيات"]


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    sheet.add(f"{weekday(when)}، {day_month_year(when, MONTHS_LEV)}")
    sheet.add(SITE.name)
    sheet.add(*MENU)
    sheet.junk("تابعوا المرصد الأردني على قناة واتساب وتطبيق الموبايل")
    sheet.blank()
    sheet.add(f"{when:%d-%m-%Y} {clock12(when, 'AM', 'PM')}")
    sheet.add(story.title)
    sheet.add(f"المشاهدات: {rng.randint(300, 12000)}")
    sheet.blank()

    author: str | None = None
    dateline: str | None = None
    agency: str | None = None
    prefix = ""
    if story.agency:
        agency = story.agency
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} {when.day} {MONTHS_LEV[when.month - 1]} ({form})"
            prefix = dateline + " - "
        else:
            prefix = f"({form}) - "
    elif story.author:
        author = story.author
        sheet.add(f"كتب - {story.author}:")
    elif story.place and rng.random() < 0.6:
        # local copy from the national agency, as Jordanian sites print it
        agency = "بترا"
        dateline = f"{story.place} {when.day} {MONTHS_LEV[when.month - 1]} (بترا)"
        prefix = dateline + rng.choice([" - ", "- "])
    elif story.place:
        dateline, prefix = story.place, f"{story.place} - "
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
    sheet.blank()

    keywords = None
    if story.keywords:
        keywords = rng.choice([" ", " ، ", " - "]).join(story.keywords)
        sheet.add(f"الوسوم: {keywords}")
        sheet.blank()
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, True),
            author=author,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]
    sheet.add("قد يهمك")
    for title in spec.related:
        sheet.add(title)
        articles.append(headline_truth(title))
    sheet.blank()

    count = rng.randint(2, 3)
    sheet.add(f"التعليقات ({count})")
    sheet.junk("تنويه: التعليقات تمثل آراء أصحابها ويحتفظ الموقع بحق حذف أي تعليق مسيء")
    for name, text in zip(pick(rng, READERS, count), pick(rng, COMMENTS, count), strict=True):
        posted = when.replace(hour=min(23, when.hour + rng.randint(1, 5)))
        sheet.add(f"{count}) {name}", f"{posted:%d-%m-%Y} {clock12(posted, 'AM', 'PM')}")
        sheet.junk(text)
        count -= 1
    sheet.add("أضف تعليقك", "الاسم", "التعليق", "إرسال")
    sheet.blank()

    for other in spec.read_also:
        other_when = moment(other)
        sheet.add("إقرأ أيضاً")
        sheet.add(f"{other_when:%d-%m-%Y} {clock12(other_when, 'AM', 'PM')}")
        sheet.add(other.title)
        sheet.add(*other.paragraphs)
        sheet.blank()
        articles.append(read_also_truth(other, iso(other_when, True)))

    sheet.junk("من نحن - اتصل بنا - أعلن لدينا - سياسة الخصوصية")
    sheet.junk(f"جميع الحقوق محفوظة © المرصد الأردني {when.year}")
    sheet.junk("يمنع الاقتباس أو إعادة النشر إلا بإذن خطي مسبق")
    sheet.junk("مرخص من هيئة الإعلام الأردنية")

    url = None
    if rng.random() < 0.67:
        url = f"https://{SITE.domain}/article/{rng.randint(100000, 500000)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t06", kind="text", site=SITE, render=render)
