"""t05: screen copy of an Iraqi site: a Hijri-plus-Gregorian date of the day, the menu glued into
one line, "yyyy/mm/dd" article dates with a 12-hour clock or none, "بغداد/ site:" or
"متابعة/ site:" datelines, in-body subheadings glued to the next sentence, a view counter, the
related titles glued into ONE long line, a reader poll and read-also articles at the bottom."""

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
    MONTHS_LEV,
    Sheet,
    agency_form,
    clock12,
    day_month_year,
    finish,
    hijri,
    iso,
    moment,
    read_also_truth,
    weekday,
)

SITE = Site(name="نبض الرافدين", domain="nabd-alrafidain.example", name_latin="Nabd Al Rafidain")

MENU = "الرئيسية سياسة أمن اقتصاد محليات رياضة تقارير مقالات فيديو"
POLLS = [
    ("ما تقييمك لمستوى الخدمات العامة في محافظتك هذا العام؟", ["جيد", "مقبول", "سيئ"]),
    ("هل تتوقع تحسن الوضع الاقتصادي خلال الأشهر المقبلة؟", ["نعم", "لا", "لا أعرف"]),
    ("هل تؤيد تقليص ساعات الدوام الرسمي في فصل الصيف؟", ["أؤيد", "لا أؤيد", "بلا رأي"]),
]


def _body_lines(story: Story, prefix: str) -> list[str]:
    """Paragraph lines; a subheading is glued to the paragraph it heads, as screen copies do."""
    lines: list[str] = []
    pending = ""
    for paragraph in story.paragraphs:
        if paragraph in story.subheadings and paragraph is not story.paragraphs[-1]:
            pending += paragraph
            continue
        lines.append(pending + paragraph)
        pending = ""
    if lines:
        lines[0] = prefix + lines[0]
    return lines


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    today = when + timedelta(days=rng.randint(0, 1))
    sheet.junk(
        f"{weekday(today)} {hijri(today)} الموافق {day_month_year(today, MONTHS_LEV)} م",
    )
    sheet.add(SITE.name, "شبكة إخبارية عراقية مستقلة")
    sheet.add(MENU)
    sheet.blank()
    sheet.add(story.title)
    with_time = rng.random() < 0.67
    stamp = f"{when:%Y/%m/%d}" + (f" {clock12(when)}" if with_time else "")
    sheet.add(f"نشر في: {stamp}")
    sheet.add(f"عدد القراءات: {rng.randint(120, 9000)}")
    if story.author:
        sheet.add(f"الكاتب: {story.author}")
    sheet.blank()

    dateline: str | None = None
    agency: str | None = None
    if story.agency and story.place:
        dateline = f"{story.place}/ {agency_form(story.agency, rng)}"
        prefix, agency = dateline + ": ", story.agency
    elif story.agency:
        prefix, agency = f"{agency_form(story.agency, rng)}/ ", story.agency
    elif story.place and rng.random() < 0.6:
        dateline = f"{story.place}/ {SITE.name}"
        prefix = dateline + ": "
    else:
        prefix = f"متابعة/ {SITE.name}: "
    sheet.add(*_body_lines(story, prefix))
    sheet.blank()
    sheet.add("شارك هذا الخبر")
    sheet.add("فيسبوك تويتر واتساب تيليغرام")
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
        )
    ]
    sheet.add("أخبار ذات صلة")
    sheet.add(rng.choice(["", " "]).join(spec.related))
    articles.extend(headline_truth(title) for title in spec.related)
    sheet.blank()

    question, options = rng.choice(POLLS)
    sheet.add("استطلاع الرأي")
    sheet.junk(question)
    sheet.add(*options, "تصويت", "عرض النتائج")
    sheet.blank()

    for other in spec.read_also:
        sheet.add("اقرأ ايضاً")
        sheet.add(other.title)
        sheet.add(*_body_lines(other, ""))
        sheet.blank()
        articles.append(read_also_truth(other))

    sheet.junk("تابعونا على فيسبوك وتلغرام ويوتيوب")
    sheet.junk("جميع الحقوق محفوظة لشبكة نبض الرافدين الإخبارية")
    sheet.junk(f"{when.year} © نبض الرافدين - تصميم وبرمجة قسم التقنية")
    sheet.junk("المواد المنشورة لا تعبر بالضرورة عن رأي الشبكة")

    url = None
    if rng.random() < 0.5:
        url = f"https://{SITE.domain}/news.php?id={rng.randint(20000, 480000)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t05", kind="text", site=SITE, render=render)
