"""t09: screen copy of a Yemeni news site: a Hijri date "الموافق" the Gregorian one, the menu
as one line split by bars, an "عاجل:" line, the sidebar (numbered "الأكثر قراءة" titles, prayer
times for Sana'a, exchange rates in Sana'a and Aden) dumped BEFORE or AFTER the article, a
"خاص" or "متابعات" source line, "CITY - AGENCY:" or "site - CITY:" datelines, a views counter,
a "الكلمات المفتاحية:" line and read-also articles under "اقرأ أيضاً:"."""

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
    MONTHS_EG,
    Sheet,
    agency_form,
    article_id,
    day_month_year,
    finish,
    hijri,
    indic,
    iso,
    moment,
    pick,
    read_also_truth,
    weekday,
)

SITE = Site(name="مرافئ اليمن", domain="marafi-yemen.example", name_latin="Marafi Yemen")

MENU = ["الرئيسية", "محليات", "تقارير", "اقتصاد", "عربي ودولي", "رياضة", "كتابات", "منوعات"]
BREAKING = [
    "انقطاع الكهرباء عن أحياء واسعة في مدينة عدن لليوم الثالث",
    "ارتفاع جديد في أسعار الوقود بمحطات العاصمة المؤقتة",
    "وصول شحنة مساعدات طبية إلى ميناء الحديدة خلال ساعات",
    "أمطار غزيرة متوقعة على المرتفعات الغربية خلال الـ48 ساعة المقبلة",
    "صرف رواتب المعلمين في ثلاث محافظات ابتداء من الأحد",
]
PRAYERS = ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"]


def _prayer_block(sheet: Sheet, rng: random.Random, when: datetime) -> None:
    sheet.add("مواقيت الصلاة")
    sheet.junk(rng.choice(["حسب التوقيت المحلي لمدينة صنعاء", "بتوقيت صنعاء والمناطق المجاورة"]))
    base = [(4, 40), (5, 58), (12, 5), (15, 28), (18, 2), (19, 15)]
    shift = (when.month - 6) * 2
    for name, (h, m) in zip(PRAYERS, base, strict=True):
        minute = max(0, min(59, m - shift + rng.randint(-2, 2)))
        sheet.add(name, f"{h % 12 or 12}:{minute:02d}")
    sheet.blank()


def _rates_block(sheet: Sheet, rng: random.Random) -> None:
    sheet.add("أسعار الصرف")
    sheet.junk("أسعار العملات الأجنبية مقابل الريال اليمني")
    aden, sanaa = rng.randint(1850, 2350), rng.randint(528, 542)
    sheet.add(f"الدولار في عدن: شراء {aden} بيع {aden + rng.randint(4, 12)}")
    sheet.add(f"الدولار في صنعاء: شراء {sanaa} بيع {sanaa + 2}")
    sheet.add(f"الريال السعودي في عدن: شراء {aden // 4 + 3} بيع {aden // 4 + 5}")
    sheet.blank()


def _most_read(sheet: Sheet, rng: random.Random, titles: list[str]) -> list[Truth]:
    sheet.add("الأكثر قراءة")
    style = rng.choice(["{n}. {t}", "{n}- {t}", "{a} {t}"])
    found: list[Truth] = []
    for n, title in enumerate(titles, 1):
        sheet.add(style.format(n=n, t=title, a=indic(str(n))))
        found.append(headline_truth(title))
    sheet.blank()
    return found


def _sidebar(sheet: Sheet, rng: random.Random, when: datetime, titles: list[str]) -> list[Truth]:
    found = _most_read(sheet, rng, titles) if titles else []
    if rng.random() < 0.5:
        _prayer_block(sheet, rng, when)
        _rates_block(sheet, rng)
    else:
        _rates_block(sheet, rng)
        _prayer_block(sheet, rng, when)
    sheet.junk("تابعوا قناة مرافئ اليمن على تيليجرام لآخر الأخبار")
    sheet.blank()
    return found


def _stamp(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The article's date line and whether it prints the time."""
    part = "مساءً" if when.hour >= 12 else "صباحاً"
    hour = when.hour % 12 or 12
    style = rng.randrange(3)
    if style == 0:
        day = f"{weekday(when)} {day_month_year(when, MONTHS_EG)}"
        return f"{day} الساعة {hour:02d}:{when.minute:02d} {part}", True
    if style == 1:
        return f"{when:%d/%m/%Y} - {when:%H:%M}", True
    return f"تاريخ النشر: {day_month_year(when, MONTHS_EG)}", False


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The body's lead-in: the printed prefix, the truth dateline and the truth agency."""
    if story.agency and story.place:
        dateline = f"{story.place} - {agency_form(story.agency, rng)}"
        return dateline + ": ", dateline, story.agency
    if story.agency:
        return f"{agency_form(story.agency, rng)}: ", None, story.agency
    if story.place and not story.author and rng.random() < 0.7:
        dateline = f"{SITE.name} - {story.place}"
        return dateline + ": ", dateline, None
    return "", None, None


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    today = when + timedelta(hours=rng.randint(1, 30))
    sheet.add(f"{weekday(today)} {hijri(today)} الموافق {day_month_year(today, MONTHS_EG)}")
    sheet.add(SITE.name)
    sheet.add(" | ".join(MENU))
    sheet.junk(f"عاجل: {rng.choice(BREAKING)}")
    sheet.blank()

    related = list(spec.related)
    sidebar_first = rng.random() < 0.4
    articles: list[Truth] = []
    heads: list[Truth] = []
    if sidebar_first:
        heads = _sidebar(sheet, rng, today, related)

    sheet.add(f"{SITE.name} » {story.section or 'محليات'}")
    sheet.add(story.title)
    author = story.author
    if author:
        sheet.add(rng.choice([f"كتب/ {author}", f"{author}", f"تقرير: {author}"]))
    else:
        sheet.add(rng.choice(["متابعات", f"{SITE.name} - خاص", f"{SITE.name} - متابعات"]))
    stamp, with_time = _stamp(when, rng)
    sheet.add(stamp)
    sheet.add(f"عدد المشاهدات ({rng.randint(120, 9800)})")
    sheet.blank()

    prefix, dateline, agency = _lead(story, rng)
    paragraphs = list(story.paragraphs)
    for i, paragraph in enumerate(paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
        sheet.blank()

    sheet.add("شارك الخبر", "فيسبوك", "تويتر", "واتساب", "تيليجرام")
    keywords_raw: str | None = None
    if story.keywords and rng.random() < 0.7:
        keywords_raw = rng.choice([" - ", "، "]).join(story.keywords)
        sheet.add(f"الكلمات المفتاحية: {keywords_raw}")
    sheet.blank()
    articles.append(
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
    )

    for other in spec.read_also:
        sheet.add("اقرأ أيضاً:")
        sheet.add(other.title)
        other_stamp, other_time = _stamp(moment(other), rng)
        sheet.add(other_stamp)
        other_prefix, other_dateline, other_agency = _lead(other, rng)
        for i, paragraph in enumerate(other.paragraphs):
            sheet.add((other_prefix if i == 0 else "") + paragraph)
        sheet.blank()
        articles.append(
            read_also_truth(
                other,
                iso(moment(other), other_time),
                dateline=other_dateline,
                agency=other_agency,
            )
        )

    if not sidebar_first:
        heads = _sidebar(sheet, rng, today, related)
    articles.extend(heads)

    sheet.add(*pick(rng, ["من نحن", "هيئة التحرير", "اتصل بنا", "أعلن معنا", "الأرشيف"], 4))
    sheet.junk(f"جميع الحقوق محفوظة لموقع مرافئ اليمن © {today.year}")
    sheet.junk("المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع")
    sheet.junk("يسمح بالنقل شريطة الإشارة إلى المصدر")

    url = None
    if rng.random() < 0.6:
        url = f"https://{SITE.domain}/news/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t09", kind="text", site=SITE, render=render)
