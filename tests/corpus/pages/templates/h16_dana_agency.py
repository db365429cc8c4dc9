"""h16: a Gulf government news agency portal: bilingual top bar and menu (Arabic with English
labels), breadcrumbs, Hijri and Gregorian dates in the header, "CITY في DATE /AGENCY/" datelines
(the agency's own tag "/دنا/" when a story has no wire agency), a photo album strip with
numbered captions, an editor code line "دنا/.../..." after the text, "أخبار ذات صلة" cards with
numeric dates and a "تابع أيضاً" block printing further full dispatches."""

from __future__ import annotations

from datetime import datetime

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(
    name="وكالة الدانة للأنباء", domain="dana-news-agency.example", name_latin="Dana News Agency"
)

OWN_TAG = "دنا"
TOP_BAR = ["العربية", "English", "Français", "اردو"]
MENU = [
    ("الرئيسية", "Home"),
    ("محليات", "Local"),
    ("الخليج", "Gulf"),
    ("دولي", "World"),
    ("اقتصاد", "Business"),
    ("رياضة", "Sports"),
    ("ثقافة", "Culture"),
    ("ألبومات الصور", "Photos"),
]
SLOGAN = "المصدر الرسمي لأخبار الدولة منذ عام 1976"
GALLERY_TITLE = "ألبوم الصور المرفق بالخبر"
CAPTIONS = [
    "لقطة عامة من موقع الحدث",
    "جانب من الحضور خلال الفعالية",
    "مسؤولون يتابعون سير الأعمال",
    "صورة وزعها المكتب الإعلامي",
    "فرق العمل في الموقع صباح اليوم",
]
PRINT = "طباعة الخبر إرسال إلى صديق"
FONT = "تكبير الخط تصغير الخط"
SUBSCRIBE = "اشترك في خدمة الأخبار العاجلة عبر الرسائل النصية"
APPS = "حمّل تطبيق الوكالة على الهواتف الذكية"
FOOTER = ["عن الوكالة", "خدمات المشتركين", "الأرشيف", "خريطة الموقع", "اتصل بنا"]
COPYRIGHT = "جميع الحقوق محفوظة لوكالة الدانة للأنباء 2025"
INITIALS = ["س ع", "م ن", "ع ر", "ف ح", "ح ك", "ن ش"]


def _numeric(dt: datetime, clock: bool, indic: bool) -> str:
    text = dt.strftime("%d/%m/%Y") + (f" {dt.strftime('%H:%M')}" if clock else "")
    return hp.indic(text) if indic else text


def _prefix(story: Story, spec: PageSpec, indic: bool) -> tuple[str, str | None, str | None]:
    """ "أبوظبي في 4 مارس /وام/ ": printed prefix, truth dateline and agency."""
    rng = spec.rng
    dt = hp.when(story)
    agency = hp.agency_key(story.agency)
    tag = hp.agency_form(story.agency, rng) if story.agency else OWN_TAG
    day = f"{dt.day} {hp.MONTHS_EG[dt.month - 1]}"
    if indic:
        day = hp.indic(day)
    spaced = rng.random() < 0.5
    mark = f"/ {tag} /" if spaced else f"/{tag}/"
    if story.place:
        dateline = f"{story.place} في {day} {mark}"
        return f"{dateline} ", dateline, agency
    if story.agency:
        return f"{mark} ", None, agency
    return "", None, None


def _paras(story: Story, prefix: str, tag: str) -> list[str]:
    out = []
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            out.append(f'<{tag} class="news-subtitle">{hp.esc(text)}</{tag}>')
        elif i == 0 and prefix:
            out.append(f'<p><span class="dateline">{hp.esc(prefix)}</span>{hp.esc(text)}</p>')
        else:
            out.append(f"<p>{hp.esc(text)}</p>")
    return out


def _more(stories: list[Story], spec: PageSpec, indic: bool) -> tuple[list[str], list[Truth]]:
    if not stories:
        return [], []
    out = [
        '<section class="follow-also"><h3 class="sec-head">تابع أيضاً <small>Also Read</small></h3>'
    ]
    truths = []
    for s in stories:
        dt = hp.when(s)
        clock = hp.has_clock(s) and spec.rng.random() < 0.6
        prefix, dateline, agency = _prefix(s, spec, indic)
        out.append(f'<article class="news-full" id="n{hp.article_slug(s)}">')
        out.append(f'<h2 class="news-title">{hp.esc(s.title)}</h2>')
        out.append(f'<div class="news-date">{_numeric(dt, clock, indic)}</div>')
        out.extend(_paras(s, prefix, "h4"))
        out.append("</article>")
        truths.append(
            article_truth(
                "read_also",
                s,
                title=s.title,
                body_first=s.paragraphs[0],
                body_last=s.paragraphs[-1],
                published=hp.iso(dt, clock),
                dateline=dateline,
                agency=agency,
            )
        )
    out.append("</section>")
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    indic = rng.random() < 0.4
    prefix, dateline, agency = _prefix(story, spec, indic)
    section = story.section or "محليات"
    n_photos = rng.choice([0, 3, 4, 5])
    photos = rng.sample(CAPTIONS, n_photos)
    code_line = rng.random() < 0.6
    cards = list(spec.related)
    url = f"https://www.{SITE.domain}/ar/news/{hp.article_slug(story)}"
    header_day = hp.masthead_day(dt, rng)
    hijri_day = hp.day_hijri(header_day)
    greg_day = hp.day_eg(header_day)
    if indic:
        hijri_day, greg_day = hp.indic(hijri_day), hp.indic(greg_day)
    date_style = rng.choice(["numeric", "hijri", "words"])
    if date_style == "numeric":
        printed = "تاريخ النشر: " + _numeric(dt, clock, indic)
    elif date_style == "hijri":
        words = f"{hp.day_hijri(dt)} الموافق {hp.day_eg(dt, weekday=False)}"
        if clock:
            words += f" الساعة {dt.strftime('%H:%M')}"
        printed = hp.indic(words) if indic else words
    else:
        words = hp.day_eg(dt) + (f" - {hp.clock12(dt)}" if clock else "")
        printed = hp.indic(words) if indic else words

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{SITE.name} - {hp.esc(story.title)}</title>",
        f'<meta name="description" content="{hp.attr(story.paragraphs[0][:150])}">',
        f'<link rel="alternate" hreflang="en" href="https://www.{SITE.domain}/en/news/{hp.article_slug(story)}">',
        '<link rel="stylesheet" href="/Content/css/site.rtl.min.css">',
        "</head>",
        '<body class="ar news-details">',
        '<div class="top-strip"><ul class="lang-switch">',
        *[f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(TOP_BAR)],
        "</ul>",
        f'<div class="today"><span>{hijri_day}</span> | <span>{greg_day}</span></div></div>',
        f'<header class="site-header"><a class="logo" href="/ar">{SITE.name}<br><span>{SITE.name_latin}</span></a>',
        f'<p class="slogan">{SLOGAN}</p></header>',
        '<nav class="main-nav"><ul>',
        *[
            f'<li><a href="/ar/{en.lower()}">{ar}<span class="en">{en}</span></a></li>'
            for ar, en in MENU
        ],
        "</ul></nav>",
        '<ol class="breadcrumb"><li><a href="/ar">الرئيسية</a></li>',
        f'<li><a href="/ar/section">{hp.esc(section)}</a></li><li class="active">تفاصيل الخبر</li></ol>',
        '<div class="container"><div class="row"><div class="col-md-8 news-details-col">',
        f'<div class="news-category">{hp.esc(section)}</div>',
        f'<h1 class="news-details-title">{hp.esc(story.title)}</h1>',
        f'<div class="news-meta"><span class="date"><i class="icon-calendar"></i> {printed}</span>',
        f'<span class="tools">{PRINT}</span> <span class="font-tools">{FONT}</span></div>',
    ]
    if photos:
        h.append(f'<div class="gallery"><h4>{GALLERY_TITLE}</h4><div class="slides">')
        for k, cap in enumerate(photos, 1):
            counter = f"{k} / {len(photos)}"
            h.append(
                f'<figure class="slide"><img src="/Images/News/{hp.article_slug(story)}_{k}.jpg" alt="">'
                f'<figcaption><span class="count">{hp.indic(counter) if indic else counter}</span> {cap}</figcaption></figure>'
            )
        h.append("</div></div>")
    h.append('<div class="news-details-body">')
    h.extend(_paras(story, prefix, "h3"))
    if code_line:
        tag = hp.agency_form(story.agency, rng) if story.agency else OWN_TAG
        h.append(f'<p class="news-code">{tag}/{rng.choice(INITIALS)}/{rng.choice(INITIALS)}</p>')
    h.append("</div>")
    h.append(
        '<div class="share-row">مشاركة الخبر: <a>X</a> <a>Facebook</a> <a>WhatsApp</a> <a>Telegram</a></div>'
    )
    glued_html, glued_truth = _more(spec.read_also, spec, indic)
    h.extend(glued_html)
    h.append("</div>")
    h.append('<aside class="col-md-4">')
    if cards:
        h.append(
            '<div class="related-news"><h3 class="sec-head">أخبار ذات صلة <small>Related News</small></h3>'
        )
        for n, title in enumerate(cards):
            day = _numeric(hp.masthead_day(dt, rng), False, indic)
            h.append(
                f'<div class="news-card"><a href="/ar/news/{n}"><img src="/Images/thumb_{n}.jpg" alt="">'
                f'<span class="card-title">{hp.esc(title)}</span></a><span class="card-date">{day}</span></div>'
            )
        h.append("</div>")
    h.append(f'<div class="sms-box">{SUBSCRIBE}</div><div class="apps-box">{APPS}</div></aside>')
    h.append("</div></div>")
    h.append('<footer><ul class="footer-links">')
    h.extend(f'<li><a href="/ar/page/{i}">{x}</a></li>' for i, x in enumerate(FOOTER))
    h.append(f'</ul><p class="copy">{COPYRIGHT}</p></footer>')
    h.append("</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        dateline=dateline,
        agency=agency,
        section=section,
    )
    articles = [main, *glued_truth, *hp.headlines(cards)]
    boiler = [
        SLOGAN,
        PRINT,
        FONT,
        SUBSCRIBE,
        APPS,
        COPYRIGHT,
        "خدمات المشتركين الأرشيف خريطة الموقع",
    ]
    if photos:
        boiler.append(GALLERY_TITLE)
        boiler.append(photos[0])
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h16", kind="html", site=SITE, render=render)
