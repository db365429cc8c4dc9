"""h13: a Sudanese news site that runs agency copy: a Hijri plus Gregorian "date of the day" in
the masthead, an "عاجل" ticker, the article date in Arabic-Indic digits with the byline after it,
agency-only prefixes ("ا ف ب:", "رويترز -") and a trailing "(أ ف ب)" credit line, a WhatsApp
channel prompt, "روابط ذات صلة" and glued "اقرأ أيضا" articles that keep their own agency prefix."""

from __future__ import annotations

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="مرصد النيلين", domain="marsad-nilain.example", name_latin="Marsad Al Nilain")

MENU = [
    "الرئيسية",
    "أخبار السودان",
    "تقارير",
    "اقتصاد",
    "عربي ودولي",
    "رياضة",
    "مقالات",
    "اتصل بنا",
]
BREAKING = [
    "عاجل: وزارة الصحة تعلن وصول شحنة لقاحات إلى ميناء بورتسودان",
    "عاجل: ارتفاع منسوب النيل الأزرق عند محطة الديم",
    "عاجل: استئناف الرحلات الجوية بين بورتسودان والقاهرة",
]
WHATSAPP = "انضم إلى قناة مرصد النيلين على واتساب"
COPYRIGHT = "جميع الحقوق محفوظة © 2025 مرصد النيلين"
# agency-only prefixes the site prints, and the short credit it closes the article with
PREFIX = {"فرانس برس": ("ا ف ب: ", "(أ ف ب)"), "رويترز": ("رويترز - ", "(رويترز)")}


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None, str]:
    """Printed prefix, truth dateline, truth agency and the trailing credit ("" for none)."""
    if story.agency:
        agency = hp.agency_key(story.agency)
        if story.agency in PREFIX:
            pre, credit = PREFIX[story.agency]
            return pre, None, agency, credit
        form = hp.agency_form(story.agency, spec.rng)
        return f"{form} - ", None, agency, f"({form})"
    if story.place:
        return f"{story.place}: ", story.place, None, ""
    return "", None, None, ""


def _date(story: Story) -> str:
    dt = hp.when(story)
    day = f"{dt.day} {hp.MONTHS_EG[dt.month - 1]} {dt.year}"
    return hp.indic(day + (f" - {hp.clock12(dt)}" if hp.has_clock(story) else ""))


def _glued(stories: list[Story], spec: PageSpec) -> tuple[list[str], list[Truth]]:
    out: list[str] = []
    truths = []
    for s in stories:
        pre, dateline, agency, credit = _prefix(s, spec)
        out.append('<div class="read-more-full"><h4 class="rm-label">اقرأ أيضا</h4>')
        out.append(f'<h3 class="rm-title">{hp.esc(s.title)}</h3><div class="rm-body">')
        for i, (sub, text) in enumerate(hp.blocks(s)):
            if sub:
                out.append(f"<h5>{hp.esc(text)}</h5>")
            else:
                out.append(f"<p>{hp.esc(pre) if i == 0 else ''}{hp.esc(text)}</p>")
        if credit:
            out.append(f'<p class="credit">{credit}</p>')
        out.append("</div></div>")
        truths.append(
            article_truth(
                "read_also",
                s,
                title=s.title,
                body_first=s.paragraphs[0],
                body_last=s.paragraphs[-1],
                published=None,
                dateline=dateline,
                agency=agency,
            )
        )
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    prefix, dateline, agency, credit = _prefix(story, spec)
    today = hp.masthead_day(dt, rng)
    masthead = f"{hp.WEEKDAYS[today.weekday()]} {hp.day_hijri(today)} - {hp.day_eg(today, weekday=False)} م"
    url = f"https://{SITE.domain}/{hp.article_slug(story)}.html"
    breaking = rng.sample(BREAKING, 2)
    with_whatsapp = rng.random() < 0.7
    with_byline = story.author is not None and rng.random() < 0.8
    caption = rng.choice(["الصورة: أرشيف مرصد النيلين", "صورة من وسائل التواصل الاجتماعي"])

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} – {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)} – {SITE.name}">',
        "</head>\n<body>",
        f'<div class="top-bar"><span class="today">{masthead}</span> <span class="follow">تابعونا على: <a>فيسبوك</a> <a>إكس</a> <a>يوتيوب</a></span></div>',
        f'<div id="logo"><a href="/"><img src="/logo.png" alt="{SITE.name}"></a></div>',
        '<div id="topnav"><ul>'
        + "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + "</ul></div>",
        '<div class="urgent"><b>عاجل</b><ul>'
        + "".join(f"<li>{t}</li>" for t in breaking)
        + "</ul></div>",
        '<div id="wrapper"><div id="content"><div class="post">',
        f'<h1 class="title">{hp.esc(story.title)}</h1>',
        f'<div class="post-info"><span class="date">{_date(story)}</span>',
    ]
    if with_byline:
        h.append(f' | <span class="author">بقلم: {hp.esc(story.author or "")}</span>')
    h.append("</div>")
    h.append(
        f'<div class="thumb"><img src="/up/{hp.article_slug(story)}.jpg" alt=""><p class="wp-caption-text">{caption}</p></div>'
    )
    h.append('<div class="entry">')
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            h.append(f"<h3>{hp.esc(text)}</h3>")
        else:
            h.append(f"<p>{hp.esc(prefix) if i == 0 else ''}{hp.esc(text)}</p>")
    if credit:
        h.append(f'<p class="credit">{credit}</p>')
    h.append("</div>")
    h.append(
        '<div class="share-post">شارك هذا الخبر <a>واتساب</a> <a>فيسبوك</a> <a>تيليجرام</a> <a>نسخ الرابط</a></div>'
    )
    if with_whatsapp:
        h.append(
            f'<div class="wa-channel"><a href="https://whatsapp.com/channel/0">{WHATSAPP}</a></div>'
        )
    h.append(
        '<div class="related"><h4>روابط ذات صلة</h4><ul>'
        + "".join(
            f'<li><a href="/{n}.html">{hp.esc(t)}</a></li>' for n, t in enumerate(spec.related)
        )
        + "</ul></div>"
    )
    glued_html, glued_truth = _glued(spec.read_also, spec)
    h.extend(glued_html)
    h.append("</div></div></div>")
    h.append(
        '<div id="footer"><p><a>من نحن</a> | <a>اتصل بنا</a> | <a>سياسة الخصوصية</a> | <a>شروط الاستخدام</a></p>'
    )
    h.append(f"<p>{COPYRIGHT}</p></div>\n</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=story.author if with_byline else None,
        dateline=dateline,
        agency=agency,
    )
    articles = [main, *hp.headlines(spec.related), *glued_truth]
    boiler = [
        f"{hp.day_hijri(today)} - {hp.day_eg(today, weekday=False)}",
        breaking[0],
        "شارك هذا الخبر واتساب فيسبوك تيليجرام",
        COPYRIGHT,
        "من نحن | اتصل بنا | سياسة الخصوصية",
        "تابعونا على: فيسبوك إكس يوتيوب",
        caption,
    ]
    if with_whatsapp:
        boiler.append(WHATSAPP)
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h13", kind="html", site=SITE, render=render)
