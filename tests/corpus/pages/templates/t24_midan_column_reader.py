"""t24: an Egyptian daily's opinion column as a read-it-later app ("مقروء") copied it as text:
the app's header first (its name, the page's own <title> "NAME يكتب: TITLE | SITE", the domain,
sometimes "المصدر: SITE", when it was SAVED (a later date, not the article's) and a reading time),
then what the app kept of the page: a breadcrumb on some pages, the writer's name and the column's
name (in either order, or as one "من عمود «...»" line) ABOVE the title, the Egyptian date ("الأربعاء
05 مارس 2025 08:00 م", "نشر في: ... - 8:00 م | آخر تحديث: ...", "الأربعاء، ٥ مارس ٢٠٢٥" or
"05/03/2025 - 20:00") under the title, between the names and the title, or after the text; the
comment and view counts; the app's "[صورة: NAME]" marker; the column's paragraphs with one or two
advertisement lines ("إعلان", "- إعلان -", "Advertisement") and on some pages an "اقرأ أيضا:"
title between them; "الكلمات الدالة"; share words; a short bio of the writer under "عن الكاتب";
"مقالات أخرى للكاتب" titles each followed by a date; "التعليقات (N)" with visitors' names, dates
or "منذ" times, their words and "رد"/like counts (N may exceed the comments shown); the comment
form; the next pieces the page's infinite scroll loaded, printed in full ("كتب: NAME" or "CITY
(AGENCY) -" leads, their own dates) under "اقرأ أيضاً" or "المقال التالي"; an "مقالات الرأي" list
of other writers and their titles; the paper's footer naming its chairman and editor-in-chief; and
the app's own closing lines."""

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
from tests.corpus.pages.templates import _parts_w3 as w3
from tests.corpus.pages.templates._text_parts_g import Sheet, agency_form, finish, iso, moment
from tests.corpus.pages.templates._text_parts_t18_t19_t20 import wrote

SITE = Site(name="الميدان المصري", domain="almidan-masri.example", name_latin="Al Midan Al Masri")
APP = "مقروء"

COLUMNS = ["نقطة ضوء", "على الهامش", "كلام في السياسة", "من قريب", "خارج النص", "وجهة نظر"]
BIOS = [
    "كاتب صحفي، يكتب عمود «{col}» منذ سنوات، وله عدة مؤلفات في الشأن العام.",
    "صحفي وكاتب رأي، عمل مراسلا لعدد من الصحف العربية قبل أن ينضم إلى كتّاب {site}.",
    "باحث وكاتب، يهتم بقضايا المنطقة العربية، ويكتب في {site} أسبوعيا.",
]
OTHER_WRITERS = ["د. سامح الجمال", "نادية السيد", "عبد الله كمال الدين", "مها فوزي", "طارق البنا"]
ADS = ["إعلان", "- إعلان -", "Advertisement", "مساحة إعلانية"]
CHAIRMAN = "رئيس مجلس الإدارة: م. عادل الشربيني"
EDITOR = "رئيس التحرير: حسن عبد الفتاح"


def _eg_date(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """An Egyptian site's date line and whether it prints a clock time."""
    style = rng.randrange(4)
    day = w3.weekday(when)
    if style == 0:
        return f"{day} {w3.greg_words(when, pad=True)} {w3.clock12(when)}", True
    if style == 1:
        later = when + timedelta(minutes=rng.randint(15, 240))
        return (
            f"نشر في: {day} {w3.greg_words(when)} - {w3.clock12(when, pad=False)} | "
            f"آخر تحديث: {w3.weekday(later)} {w3.greg_words(later)} - {w3.clock12(later, pad=False)}",
            True,
        )
    if style == 2:
        return f"{day}، {w3.indic(w3.greg_words(when))}", False
    return f"{when:%d/%m/%Y} - {when:%H:%M}", True


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """A news piece's lead: the printed prefix, the truth dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} ({form})"
            return dateline + " - ", dateline, story.agency
        return f"({form}) - ", None, story.agency
    if story.place and not story.author and rng.random() < 0.6:
        return f"{story.place} - ", story.place, None
    return "", None, None


def _comments(sheet: Sheet, rng: random.Random, when: datetime, shown: int, count: int) -> None:
    sheet.add(rng.choice([f"التعليقات ({count})", f"تعليقات الزوار ({count})"]))
    names = rng.sample(w3.COMMENTERS, shown)
    texts = rng.sample(w3.OPINION_COMMENTS, shown)
    for n, (name, text) in enumerate(zip(names, texts, strict=True)):
        sheet.add(name)
        if rng.random() < 0.5:
            sheet.add(rng.choice(["منذ ساعة", "منذ 3 ساعات", "منذ 7 ساعات", "منذ يوم"]))
        else:
            t = when + timedelta(hours=2 + 3 * n, minutes=rng.randint(0, 59))
            sheet.add(f"{t:%d/%m/%Y} {w3.clock12(t)}")
        sheet.add(text)
        sheet.add(rng.choice(["رد", f"إعجاب ({rng.randint(0, 40)})", "رد | إبلاغ"]))
    sheet.blank()
    sheet.junk("أضف تعليقك")
    sheet.add("الاسم", "البريد الإلكتروني (لن يتم نشره)", "نص التعليق", "إرسال")
    sheet.junk("التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي الجريدة")
    sheet.blank()


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    author = story.author or "أحمد عبد الرازق"
    column = rng.choice(COLUMNS)
    saved = when + timedelta(days=rng.randint(1, 12), hours=rng.randint(1, 11))
    sheet = Sheet()

    # the app's header
    sheet.junk(f"{APP} | وضع القراءة")
    verb = "تكتب" if wrote(author) == "كتبت" else "يكتب"
    sheet.add(f"{author} {verb}: {story.title} | {SITE.name}")
    sheet.add(SITE.domain)
    source = None
    if rng.random() < 0.6:
        source = SITE.name
        sheet.add(f"المصدر: {source}")
    if rng.random() < 0.5:
        sheet.junk(f"حُفظ في {saved:%d/%m/%Y} الساعة {saved:%H:%M}")
    else:
        sheet.junk(f"أُضيف إلى قائمة القراءة {rng.choice(['منذ يومين', 'منذ أسبوع', 'أمس'])}")
    minutes = max(2, sum(len(p.split()) for p in story.paragraphs) // 60)
    sheet.add(f"وقت القراءة: {'دقيقتان' if minutes == 2 else f'{minutes} دقائق'}")
    sheet.add("────────────")
    sheet.blank()

    # the column's head
    if rng.random() < 0.5:
        sheet.add(f"الرئيسية › مقالات الرأي › {author}")
    date_line, timed = _eg_date(when, rng)
    date_at = rng.choice(["title", "title", "names", "end"])
    names = rng.randrange(3)
    if names == 0:
        sheet.add(author, column)
    elif names == 1:
        sheet.add(column, author)
    else:
        sheet.add(author, f"من عمود «{column}»")
    if date_at == "names":
        sheet.add(date_line)
    sheet.add(story.title)
    if date_at == "title":
        sheet.add(date_line)
    shown = rng.randint(2, 4)
    count = shown + rng.choice([0, 0, 1, 3])
    counts = [f"التعليقات: {count}", f"المشاهدات: {rng.randint(300, 25000):,}"]
    sheet.add(rng.choice([" | ".join(counts), counts[0]]))
    sheet.add(f"[صورة: {author}]")
    sheet.blank()

    # the column's text with the ad lines and perhaps a read-also title between paragraphs
    related = list(spec.related)
    spots = w3.plain_spots(story.paragraphs, story.subheadings)
    rng.shuffle(spots)
    boxes: dict[int, list[str]] = {}
    for _ in range(rng.choice([1, 1, 2])):
        if spots:
            boxes[spots.pop()] = [rng.choice(ADS)]
    inline: str | None = None
    if spots and len(related) >= 4 and rng.random() < 0.5:
        inline = related.pop(rng.randrange(len(related)))
        boxes[spots.pop()] = [f"اقرأ أيضا: {inline}"]
    spaced = rng.random() < 0.6
    for i, paragraph in enumerate(story.paragraphs):
        for line in boxes.get(i, []):
            sheet.add(line)
            if spaced:
                sheet.blank()
        sheet.add(paragraph)
        if spaced:
            sheet.blank()
    sheet.blank()
    if date_at == "end":
        sheet.add(date_line)
    keywords_raw = None
    if story.keywords and rng.random() < 0.6:
        keywords_raw = " ".join(story.keywords) if rng.random() < 0.4 else "، ".join(story.keywords)
        sheet.add(f"الكلمات الدالة: {keywords_raw}")
    sheet.junk("شارك المقال عبر")
    sheet.add("فيسبوك", "تويتر", "واتساب", "نسخ الرابط")
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
            keywords_raw=keywords_raw,
        )
    ]
    if inline:
        articles.append(headline_truth(inline))

    # the writer's bio and his other columns
    sheet.add("عن الكاتب")
    bio = rng.choice(BIOS).format(col=column, site=SITE.name)
    sheet.junk(f"{author}: {bio}" if rng.random() < 0.5 else bio)
    sheet.blank()
    mine_n = min(len(related), rng.randint(3, 5))
    mine, others = related[:mine_n], related[mine_n:]
    if mine:
        sheet.add(rng.choice(["مقالات أخرى للكاتب", f"مقالات أخرى للكاتب {author}"]))
        day = when
        for title in mine:
            day = day - timedelta(days=rng.randint(3, 9))
            sheet.add(title, f"{w3.weekday(day)} {w3.greg_words(day, pad=True)}")
            articles.append(headline_truth(title))
        sheet.add("المزيد")
        sheet.blank()

    comments_first = rng.random() < 0.6
    if comments_first:
        _comments(sheet, rng, when, shown, count)

    if spec.read_also:
        sheet.add(rng.choice(["اقرأ أيضاً", "المقال التالي"]))
        sheet.blank()
    for other in spec.read_also:
        other_when = moment(other)
        other_line, other_timed = _eg_date(other_when, rng)
        sheet.add(other.section or "أخبار", other.title)
        other_author = None
        if other.author:
            other_author = other.author
            sheet.add(f"{wrote(other.author)}: {other.author}")
        sheet.add(other_line)
        sheet.blank()
        prefix, dateline, agency = _lead(other, rng)
        for i, paragraph in enumerate(other.paragraphs):
            sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, other_timed),
                author=other_author,
                dateline=dateline,
                agency=agency,
            )
        )

    if not comments_first:
        _comments(sheet, rng, when, shown, count)

    if others:
        sheet.add("مقالات الرأي")
        for writer, title in zip(
            rng.sample(OTHER_WRITERS, min(len(others), len(OTHER_WRITERS))), others, strict=False
        ):
            sheet.add(writer, title)
            articles.append(headline_truth(title))
        sheet.blank()

    sheet.add(SITE.name)
    sheet.junk(CHAIRMAN, EDITOR)
    sheet.add("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية")
    sheet.junk(f"جميع الحقوق محفوظة لجريدة {SITE.name} © {saved.year}")
    sheet.blank()
    sheet.add("────────────")
    sheet.junk(f"تم الحفظ بواسطة تطبيق {APP} للقراءة لاحقا")
    sheet.add("افتح المقال الأصلي")

    url = None
    if rng.random() < 0.75:
        url = f"https://www.{SITE.domain}/opinion/{rng.randint(300000, 999999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t24", kind="text", site=SITE, render=render)
