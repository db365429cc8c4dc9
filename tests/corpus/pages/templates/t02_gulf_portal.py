"""t02: screen copy of a Gulf news portal: the browser title line "title | site" on top, a
prayer-times and weather bar, the menu on one line, "CITY - (AGENCY) -" or WAM-style
"CITY في day month/وام/" datelines, an UNLABELLED list of headlines right after the body, then
share words, a WhatsApp-channel prompt, the read-also articles, a newsletter and an app prompt."""

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
    MONTHS_EG,
    Sheet,
    agency_form,
    article_id,
    finish,
    iso,
    moment,
    pick,
    read_also_truth,
)

SITE = Site(name="مرفأ الخليج", domain="marfa-gulf.example", name_latin="Marfa Gulf")

MENU = "محليات | خليجي | عربي | دولي | اقتصاد | رياضة | صحة | تكنولوجيا | منوعات"
BAR = [
    "مواقيت الصلاة: الفجر 04:52 الظهر 12:21 العصر 15:47",
    "الطقس اليوم: مشمس مع رياح خفيفة إلى معتدلة",
    "أسعار العملات: الدولار 3.67 درهم",
]


def _prefix(spec: PageSpec) -> tuple[str, str | None, str | None]:
    """The dateline prefix of the first paragraph, the truth's dateline and agency."""
    story, rng = spec.main, spec.rng
    when = moment(story)
    if story.agency and story.place:
        if story.agency == "وام" and rng.random() < 0.6:
            dateline = f"{story.place} في {when.day} {MONTHS_EG[when.month - 1]}/وام/"
            return dateline + " ", dateline, story.agency
        dateline = f"{story.place} - ({agency_form(story.agency, rng)})"
        return dateline + " - ", dateline, story.agency
    if story.agency:
        return f"({agency_form(story.agency, rng)}) - ", None, story.agency
    if story.place:
        return f"{story.place} - ", story.place, None
    return "", None, None


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    if rng.random() < 0.67:
        sheet.add(f"{story.title} | {SITE.name}")
    sheet.junk(*pick(rng, BAR, 2))
    sheet.add("English")
    sheet.add(SITE.name)
    sheet.add(MENU)
    sheet.blank()
    sheet.add(story.section or "محليات")
    sheet.add(story.title)
    if story.author:
        sheet.add(f"بقلم: {story.author}")
    stamp = when.strftime("%d/%m/%Y %H:%M")
    sheet.add(f"تاريخ النشر: {stamp}")
    if rng.random() < 0.5:
        later = when.replace(hour=min(23, when.hour + rng.randint(1, 3)))
        sheet.add(f"آخر تحديث: {later.strftime('%d/%m/%Y %H:%M')}")
    sheet.blank()

    prefix, dateline, agency = _prefix(spec)
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, True),
            author=story.author,
            dateline=dateline,
            agency=agency,
        )
    ]
    # the related list, with no label, straight after the last paragraph
    for title in spec.related:
        sheet.add(title)
        articles.append(headline_truth(title))
    sheet.blank()
    sheet.add("شارك الخبر", "X", "فيسبوك", "واتساب", "لينكدإن", "تيليجرام")
    sheet.junk("تابعوا قناة مرفأ الخليج على واتساب لتصلكم آخر المستجدات")
    sheet.blank()

    for other in spec.read_also:
        sheet.add("اقرأ أيضاً:")
        sheet.add(other.title)
        sheet.add(*other.paragraphs)
        sheet.blank()
        articles.append(read_also_truth(other))

    sheet.add("النشرة البريدية")
    sheet.junk("اشترك في نشرتنا اليومية لتصلك أهم الأخبار كل صباح")
    sheet.add("بريدك الإلكتروني", "اشترك")
    sheet.junk("حمّل تطبيق مرفأ الخليج على متجر آبل وجوجل بلاي")
    sheet.blank()
    sheet.junk("من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام | أعلن معنا")
    sheet.junk(f"© {when.year} مرفأ الخليج. جميع الحقوق محفوظة")
    sheet.junk("يصدر عن مؤسسة مرفأ للصحافة والطباعة والنشر")

    url = None
    if rng.random() < 0.6:
        url = f"https://{SITE.domain}/article/{when:%Y/%m/%d}/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t02", kind="text", site=SITE, render=render)
