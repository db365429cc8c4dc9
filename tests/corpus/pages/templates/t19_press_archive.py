"""t19: screen copy of a press-archive aggregator that republishes Arabic papers' articles
(one page per article, the paper named as its source): the aggregator's name and tagline, a
country bar on one line, a LONG line of unrelated latest titles glued by runs of spaces above
everything, a breadcrumb "الرئيسية » paper » section", the title, "نشر في PAPER يوم 04 - 03 -
2025" under the title (or "PAPER | 04/03/2025 - 14:30", or the "نشر في" line only after the
body), the paper's own byline line ("كتب: name", "بقلم name" or the bare name) opening the text,
"(أ ش أ)"-style or "CITY:" leads, subheadings glued to the next sentence on some pages, the
paper's leftovers inside the body ("اقرأ أيضا:" title, "إعلان"), a space-joined "كلمات دلالية"
line, "اقرأ الخبر من المصدر", share words glued, "مواضيع ذات صلة" titles each followed by the
paper and date (or all glued on one line), further articles of the same paper under "المزيد من
PAPER", the aggregator's disclaimer and a footer on one line."""

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
    Sheet,
    agency_form,
    finish,
    iso,
    moment,
    pick,
)
from tests.corpus.pages.templates._text_parts_t18_t19_t20 import spaced_date

SITE = Site(name="مرآة الصحف", domain="mirat-alsohof.example", name_latin="Mirat AlSohof")

# Invented papers whose articles the archive republishes, with their URL slugs.
PAPERS = [
    ("أنباء الساحل", "anbaa-sahel"),
    ("الرائد اليومي", "alraed"),
    ("نجمة الصباح", "najmat-sabah"),
    ("المرصد الأسبوعي", "marsad"),
    ("الحقيقة المسائية", "haqiqa"),
    ("بوابة الشروق الجديد", "shorouk-jadid"),
]
COUNTRIES = "مصر    السعودية    الإمارات    الكويت    الأردن    المغرب    الجزائر    تونس    السودان    العراق"
LATEST = [
    "محافظ الجيزة يتفقد أعمال رصف الطرق الداخلية بعدد من القرى",
    "ارتفاع طفيف في أسعار الخضروات بسوق الجملة صباح اليوم",
    "انطلاق امتحانات نهاية الفصل الدراسي الأول بالمدارس الفنية",
    "الأرصاد: شبورة مائية كثيفة على الطرق السريعة حتى التاسعة صباحا",
    "مدرب المنتخب يعلن قائمة اللاعبين المستدعين لمعسكر الشهر المقبل",
    "وزارة الصحة تطلق حملة للتطعيم ضد الحصبة في المحافظات الحدودية",
    "البنك المركزي يبقي على أسعار الفائدة دون تغيير للمرة الثالثة",
    "ضبط مصنع غير مرخص لتعبئة زيوت الطعام في المنطقة الصناعية",
    "بدء التسجيل لرحلات الحج بالقرعة عبر البوابة الإلكترونية",
    "حفل توقيع ديوان شعري جديد في معرض الكتاب مساء الخميس",
    "انقطاع المياه عن عدة أحياء لمدة 12 ساعة لأعمال الصيانة",
    "تأجيل محاكمة المتهمين في قضية التلاعب بأسعار الأسمدة",
    "فريق طبي ينجح في إجراء جراحة نادرة لطفل في مستشفى جامعي",
    "الجامعة العربية ترحب بنتائج الاجتماع الوزاري التشاوري",
    "سعر الذهب اليوم في محلات الصاغة بعد التراجع العالمي",
    "إطلاق مسابقة لاختيار أفضل مشروع تخرج في كليات الهندسة",
]


def _paper(rng: random.Random) -> tuple[str, str]:
    return rng.choice(PAPERS)


def _stamp(paper: str, when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The archive's source-and-date line and whether it prints a clock time."""
    if rng.random() < 0.7:
        return f"نشر في {paper} يوم {spaced_date(when)}", False
    return f"{paper} | {when:%d/%m/%Y} - {when:%H:%M}", True


def _byline(story: Story, rng: random.Random) -> str | None:
    if not story.author:
        return None
    return rng.choice([f"كتب: {story.author}", f"بقلم {story.author}", story.author])


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} ({form})"
            return dateline + " - ", dateline, story.agency
        return f"({form}) - ", None, story.agency
    if story.place and rng.random() < 0.5:
        return f"{story.place}: ", story.place, None
    return "", None, None


def _body(sheet: Sheet, story: Story, prefix: str, rng: random.Random, inline: str | None) -> None:
    """The text as the archive copied it: subheadings glued to the next sentence on some
    pages, blank lines between paragraphs on others, leftovers of the paper's page inside."""
    glue = bool(story.subheadings) and rng.random() < 0.6
    spaced = rng.random() < 0.5
    lines: list[str] = []
    pending = ""
    for paragraph in story.paragraphs:
        if glue and paragraph in story.subheadings and paragraph is not story.paragraphs[-1]:
            pending += paragraph
            continue
        lines.append(pending + paragraph)
        pending = ""
    lines[0] = prefix + lines[0]
    at = rng.randint(1, len(lines) - 1) if len(lines) >= 2 else len(lines)
    for i, line in enumerate([*lines, ""]):
        if i == at:
            if inline:
                sheet.add(f"{rng.choice(['اقرأ أيضا:', 'اقرأ أيضًا', 'طالع أيضا:'])} {inline}")
            elif rng.random() < 0.5:
                sheet.add("إعلان")
            if spaced:
                sheet.blank()
        if line:
            sheet.add(line)
        if spaced:
            sheet.blank()


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    paper, slug = _paper(rng)
    sheet = Sheet()

    sheet.add(SITE.name)
    sheet.junk("أرشيف الصحافة العربية منذ عام 2008")
    sheet.add("بحث", "دخول")
    sheet.add(COUNTRIES)
    sheet.add((" " * rng.choice([4, 4, 12])).join(pick(rng, LATEST, rng.randint(9, 14))))
    for title in LATEST:
        sheet.remember(title)
    sheet.blank()

    section = story.section or "أخبار"
    sheet.add(f"الرئيسية » {paper} » {section}")
    sheet.add(story.title)
    stamp, timed = _stamp(paper, when, rng)
    stamp_after = not timed and rng.random() < 0.35
    if not stamp_after:
        sheet.add(stamp)
    sheet.blank()

    byline = _byline(story, rng)
    if byline:
        sheet.add(byline)
    related = list(spec.related)
    inline = related.pop() if related and rng.random() < 0.5 else None
    prefix, dateline, agency = _lead(story, rng)
    _body(sheet, story, prefix, rng, inline)
    sheet.blank()
    if stamp_after:
        sheet.add(stamp)
    keywords = None
    if story.keywords and rng.random() < 0.7:
        keywords = " ".join(story.keywords)
        sheet.add(f"{rng.choice(['كلمات دلالية', 'الكلمات الدلالية'])}: {keywords}")
    sheet.junk(rng.choice(["اقرأ الخبر من المصدر", "انقر هنا لقراءة الخبر من مصدره"]))
    sheet.add("أرسل لصديقطباعةفيسبوكتويترواتساب")
    sheet.blank()

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, timed),
            author=story.author,
            source=paper,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]
    if inline:
        articles.append(headline_truth(inline))

    if related:
        sheet.add(rng.choice(["مواضيع ذات صلة", "أخبار ذات صلة"]))
        if rng.random() < 0.35:
            sheet.add("    ".join(related))
        else:
            for title in related:
                other_paper, _ = _paper(rng)
                sheet.add(title)
                if rng.random() < 0.7:
                    sheet.add(f"{other_paper} - {spaced_date(when)}")
        articles.extend(headline_truth(title) for title in related)
        sheet.blank()

    if spec.read_also:
        sheet.add(f"المزيد من {paper}")
        sheet.blank()
    for other in spec.read_also:
        other_when = moment(other)
        sheet.add(other.title)
        other_stamp, other_timed = _stamp(paper, other_when, rng)
        sheet.add(other_stamp)
        other_byline = _byline(other, rng)
        if other_byline:
            sheet.add(other_byline)
        other_prefix, other_dateline, other_agency = _lead(other, rng)
        _body(sheet, other, other_prefix, rng, None)
        sheet.blank()
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, other_timed),
                author=other.author,
                source=paper,
                dateline=other_dateline,
                agency=other_agency,
            )
        )

    sheet.junk(
        "المقالات المنشورة منقولة من مصادرها وتعبر عن رأي كتابها، والموقع غير مسؤول عن محتواها",
        f"حقوق المقالات محفوظة للصحف التي نشرتها، وحقوق التصميم محفوظة لموقع {SITE.name}",
    )
    sheet.add("من نحن | اتصل بنا | سياسة الخصوصية | الصحف المشاركة | خريطة الموقع")
    sheet.junk(f"{SITE.name_latin} © 2008 - {when.year}")

    url = None
    if rng.random() < 0.7:
        url = f"https://www.{SITE.domain}/{slug}/{rng.randint(10000, 999999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t19", kind="text", site=SITE, render=render)
