"""t20: screen copy of a Lebanese news portal (desktop): today's date and clock copied in
mixed-direction order ("2025 | 14:05 آذار 04 الثلاثاء", not the article's date), a ticker glued
into one line with " | ", the menu on one line or one item a line, the title, then EITHER a
header line "section - weekday 04 آذار 2025 - 14:05 - SITE or writer" OR nothing, the date
("نُشر بتاريخ ...", with a later "آخر تحديث") and a "— name" sign-off printed AFTER the text;
pieces republished from papers open with 'كتب name في «PAPER»:' (sometimes with 'تحت عنوان
"TITLE"', on its own line or glued to the text); agency copy opens with "CITY - " and ends with
a "(أ ف ب)" credit line or "المصدر: AGENCY"; a "محتوى مدعوم" box or a video box between
paragraphs; "الكلمات الدالة"; share words; an UNLABELLED list of titles under the share row (or
"أخبار ذات صلة"); a comment thread (names, dates or "منذ ...", likes, replies to a name), the
comment form, the read-also articles with their own header lines under "إقرأ أيضاً", a
numbered "الأكثر قراءة" glued into one line, and the footer."""

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
    finish,
    iso,
    moment,
    pick,
    weekday,
)
from tests.corpus.pages.templates._text_parts_t18_t19_t20 import wrote

SITE = Site(name="صوت الجبل", domain="sawt-aljabal.example", name_latin="Sawt AlJabal")

MENU = ["الرئيسية", "محليات", "إقليميات", "دوليات", "اقتصاد", "رياضة", "مقالات مختارة", "فيديو"]
# Invented papers whose pieces the portal republishes.
PAPERS = ["الديار الجديدة", "نداء الساحل", "اللواء المسائي", "البيرق اليومي"]
TICKER = [
    "قطع طريق ضهر البيدر بسبب تراكم الثلوج وفتحه أمام السيارات الرباعية الدفع فقط",
    "وزير الأشغال يتفقد ورشة إعادة تأهيل أوتوستراد الجنوب",
    "اجتماع في السراي لبحث خطة الطوارئ الصحية قبل فصل الشتاء",
    "ارتفاع سعر صفيحة البنزين 95 أوكتان 4000 ليرة",
    "توقيف عصابة سرقة سيارات في البقاع الأوسط",
    "بلدية صيدا تطلق حملة تنظيف الشاطئ الشعبي السبت المقبل",
    "النقابات تلوّح بالإضراب الشامل الأسبوع المقبل",
]
SPONSORED = [
    "احجز عطلتك الصيفية بأسعار خاصة قبل نهاية الشهر",
    "شقق للبيع بالتقسيط المريح في المتن وكسروان",
    "دورة مكثفة لتعلم اللغة الإنكليزية عبر الإنترنت في ثمانية أسابيع",
    "عروض حصرية على الهواتف الذكية لفترة محدودة",
]
VIDEOS = [
    "فيديو | زحمة سير خانقة على مدخل بيروت الشمالي صباح اليوم",
    "فيديو | لحظة إخماد حريق في أحراج عكار",
    "فيديو | جولة في سوق الخضار بعد ارتفاع الأسعار",
]
COMMENTERS = [
    "جورج م.",
    "أبو علي",
    "ريتا",
    "مغترب في كندا",
    "ابن الجبل",
    "سمير حداد",
    "نور",
    "طوني الخوري",
    "مواطن لبناني",
    "رامي ع.",
]
COMMENTS = [
    "كل مرة نفس الوعود، وبالآخر المواطن بيدفع الحق.",
    "خبر منيح إذا تنفّذ فعلاً، بس خلّونا نشوف النتيجة على الأرض.",
    "شكراً على المتابعة، ياريت تنشروا الأرقام الرسمية كاملة.",
    "وين كانت الدولة من زمان؟ هلق تذكروا؟",
    "الله يحمي البلد وأهله، تعبنا من الأزمات.",
    "المقال متوازن وبيشرح الموضوع من كل الجوانب.",
    "نحنا بالضيعة ما وصلنا شي من كل هالكلام.",
    "بدنا محاسبة قبل كل شي، غير هيك ما في حل.",
    "معلومة مهمة، كنت بدي أعرف التفاصيل من زمان.",
    "برأيي الموضوع أكبر من هيك بكتير.",
]


def _lev(when: datetime) -> str:
    return f"{when:%d} {MONTHS_LEV[when.month - 1]} {when.year}"


def _header_line(story: Story, when: datetime, slot: str) -> str:
    section = story.section or "محليات"
    return f"{section} - {weekday(when)} {_lev(when)} - {when:%H:%M} - {slot}"


def _opener(story: Story, rng: random.Random) -> tuple[str | None, str | None, bool]:
    """A republished piece's opening line ('كتب name في «paper»:'), its paper, and whether the
    line is glued to the first paragraph."""
    if story.agency or not story.author or rng.random() < 0.3:
        return None, None, False
    paper = rng.choice(PAPERS)
    verb = wrote(story.author)
    if rng.random() < 0.5:
        line = f"{verb} {story.author} في «{paper}»:"
    else:
        line = f'{verb} {story.author} في "{paper}" تحت عنوان "{story.title}":'
    return line, paper, rng.random() < 0.5


def _agency_lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline, and the credit line."""
    if story.agency:
        form = agency_form(story.agency, rng)
        credit = f"({form})" if rng.random() < 0.5 else f"المصدر: {form}"
        if story.place:
            return f"{story.place} - ", story.place, credit
        return "", None, credit
    if story.place and rng.random() < 0.4:
        return f"{story.place} - ", story.place, None
    return "", None, None


def _body(sheet: Sheet, story: Story, prefix: str, rng: random.Random, boxes: bool) -> None:
    paragraphs = list(story.paragraphs)
    at = rng.randint(1, len(paragraphs) - 1) if boxes and len(paragraphs) >= 3 else -1
    for i, paragraph in enumerate(paragraphs):
        if i == at:
            if rng.random() < 0.6:
                sheet.add("محتوى مدعوم")
                sheet.junk(*pick(rng, SPONSORED, 2))
            else:
                sheet.junk(rng.choice(VIDEOS))
                sheet.add(f"0{rng.randint(1, 4)}:{rng.randint(10, 59)}", "مشاهدة")
        sheet.add((prefix if i == 0 else "") + paragraph)


def _comment_time(when: datetime, rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(["منذ ساعة", "منذ ساعتين", "منذ 5 ساعات", "منذ يوم"])
    later = when + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59))
    return f"{later:%d/%m/%Y} | {later:%H:%M}"


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()

    now = when + timedelta(days=rng.randint(0, 2), hours=rng.randint(1, 9))
    sheet.add(f"{now.year} | {now:%H:%M} {MONTHS_LEV[now.month - 1]} {now:%d} {weekday(now)}")
    if rng.random() < 0.6:
        sheet.junk(
            f"بيروت {rng.randint(12, 29)}° | طرابلس {rng.randint(11, 27)}° | زحلة {rng.randint(3, 22)}°"
        )
    sheet.add(SITE.name)
    if rng.random() < 0.5:
        rate = f"{rng.randint(89, 90)},{rng.choice(['500', '600', '700'])}"
        sheet.junk(f"سعر صرف الدولار في السوق الموازية: {rate} ليرة")
    ticker = pick(rng, TICKER, rng.randint(4, 6))
    sheet.add(" | ".join(ticker) + " |")
    for line in ticker:
        sheet.remember(line)
    if rng.random() < 0.5:
        sheet.add(" ".join(MENU))
    else:
        sheet.add(*MENU)
    sheet.blank()

    opener, paper, glued = _opener(story, rng)
    prefix, dateline, credit = _agency_lead(story, rng)
    header_first = rng.random() < 0.6
    timed = True
    slot_author = bool(story.author) and opener is None and rng.random() < 0.6
    sheet.add(story.title)
    if header_first:
        slot = story.author if slot_author and story.author else SITE.name
        sheet.add(_header_line(story, when, slot))
    sheet.blank()

    if opener and glued:
        prefix = opener + " " + prefix
    elif opener:
        sheet.add(opener)
    _body(sheet, story, prefix, rng, True)
    if credit:
        sheet.add(credit)
    author = story.author if (opener or slot_author) else None
    if not header_first:
        if story.author and not opener:
            sheet.add(f"— {story.author}")
            author = story.author
        timed = rng.random() < 0.5
        clock = f" الساعة {when:%H:%M}" if timed else ""
        sheet.add(f"نُشر بتاريخ: {weekday(when)} {_lev(when)}{clock}")
        if rng.random() < 0.6:
            later = when + timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
            sheet.add(f"آخر تحديث: {later:%d/%m/%Y} {later:%H:%M}")
    sheet.blank()

    keywords = None
    if story.keywords and rng.random() < 0.6:
        keywords = "، ".join(story.keywords)
        sheet.add(f"الكلمات الدالة: {keywords}")
    sheet.junk("شارك هذا الخبر")
    sheet.add("فيسبوك واتساب تويتر تلغرام نسخ الرابط")
    sheet.junk("تابعوا آخر الأخبار عبر تطبيق صوت الجبل على هواتفكم")
    sheet.blank()

    source: str | None = paper
    agency: str | None = story.agency
    if credit and credit.startswith("المصدر:"):
        source = credit.split(": ", 1)[1]
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

    related = list(spec.related)
    cut = rng.randint(1, len(related)) if related else 0
    if related[:cut]:
        if rng.random() < 0.4:
            sheet.add("أخبار ذات صلة")
        sheet.add(*related[:cut])
        articles.extend(headline_truth(t) for t in related[:cut])
        sheet.blank()

    count = rng.randint(2, 5)
    sheet.add(rng.choice([f"التعليقات ({count})", f"{count} تعليقات"]))
    sheet.junk("التعليقات المنشورة تعبّر عن رأي أصحابها ولا تعبّر عن رأي الموقع")
    names = pick(rng, COMMENTERS, count)
    for n, (name, text) in enumerate(zip(names, pick(rng, COMMENTS, count), strict=True)):
        if n and rng.random() < 0.35:
            sheet.add(f"{name} ردّاً على {names[n - 1]}")
        else:
            sheet.add(name)
        sheet.add(_comment_time(when, rng))
        sheet.junk(text)
        sheet.add(f"رد   إعجاب ({rng.randint(0, 40)})")
    sheet.add("أضف تعليقاً")
    sheet.junk("البريد الإلكتروني لن يتم نشره")
    sheet.add("الاسم", "التعليق", "إرسال")
    sheet.blank()

    for other in spec.read_also:
        other_when = moment(other)
        sheet.add(rng.choice(["إقرأ أيضاً", "إقرأ أيضاً:"]))
        sheet.add(other.title)
        other_opener, other_paper, _ = _opener(other, rng)
        other_slot = other.author if other.author and not other_opener else SITE.name
        sheet.add(_header_line(other, other_when, other_slot))
        other_prefix, other_dateline, other_credit = _agency_lead(other, rng)
        if other_opener:
            sheet.add(other_opener)
        _body(sheet, other, other_prefix, rng, False)
        if other_credit:
            sheet.add(other_credit)
        sheet.blank()
        other_source = other_paper
        if other_credit and other_credit.startswith("المصدر:"):
            other_source = other_credit.split(": ", 1)[1]
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, True),
                author=other.author,
                source=other_source,
                dateline=other_dateline,
                agency=other.agency,
            )
        )

    if related[cut:]:
        sheet.add("الأكثر قراءة")
        sheet.add(" ".join(f"{n} {t}" for n, t in enumerate(related[cut:], start=1)))
        articles.extend(headline_truth(t) for t in related[cut:])
        sheet.blank()

    sheet.add("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية")
    sheet.junk("موقع إخباري لبناني مستقل يصدر عن شركة الجبل للإعلام")
    sheet.junk(f"جميع الحقوق محفوظة © {SITE.name} {when.year}")

    url = None
    if rng.random() < 0.6:
        url = f"https://www.{SITE.domain}/news/{rng.randint(100000, 999999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t20", kind="text", site=SITE, render=render)
