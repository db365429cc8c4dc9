"""h11: an economy site on WordPress: a price ticker, date and section ABOVE the headline with a
"last updated" time beside it, a currency table between the photo and the body, "المصدر:" then
tags after the body, an RSS syndication line, "قد يهمك" cards, a rates sidebar and French and
English furniture."""

from __future__ import annotations

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(
    name="المؤشر الاقتصادي", domain="almoasher-eco.example", name_latin="Al Moasher Economy"
)

MENU = ["أسواق", "بنوك", "طاقة", "عقارات", "شركات", "ذهب وعملات", "اقتصاد دولي", "تحليلات"]
TICKER = [
    ("الذهب عيار 21", "3,950 جنيه", "▲"),
    ("خام برنت", "73.40 دولار", "▼"),
    ("EGX30", "31,250 نقطة", "▲"),
    ("تاسي", "11,820 نقطة", "▼"),
    ("بيتكوين", "84,300 دولار", "▲"),
    ("الدولار/الجنيه", "50.62", "▲"),
]
RATES = [
    ("الدولار الأمريكي", "50.55", "50.65"),
    ("اليورو", "55.10", "55.28"),
    ("الجنيه الإسترليني", "64.02", "64.25"),
    ("الريال السعودي", "13.45", "13.49"),
    ("الدرهم الإماراتي", "13.75", "13.79"),
]
LATIN = {
    "دبي": "DUBAI",
    "القاهرة": "CAIRO",
    "الرياض": "RIYADH",
    "الدوحة": "DOHA",
    "أبوظبي": "ABU DHABI",
}
NEWSLETTER = "Subscribe to our newsletter"
NEWSLETTER_AR = "اشترك في النشرة الاقتصادية اليومية لتصلك أهم الأخبار"
FRENCH = "© 2025 المؤشر الاقتصادي. Tous droits réservés."
FOOTER = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا"]


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    agency = hp.agency_key(story.agency)
    dt = hp.when(story)
    if story.place and story.agency:
        form = hp.agency_form(story.agency, spec.rng)
        dateline = f"{story.place} في {dt.day} {hp.MONTHS_EG[dt.month - 1]}/{form}/"
        return f"{dateline} ", dateline, agency
    if story.place:
        place = LATIN.get(story.place, story.place)
        return f"{place}: ", place, None
    if story.agency:
        return f"{hp.agency_form(story.agency, spec.rng)} - ", None, agency
    return "", None, None


def _rates_table(title: str, css: str) -> str:
    rows = "".join(f"<tr><td>{n}</td><td>{b}</td><td>{s}</td></tr>" for n, b, s in RATES)
    return (
        f'<div class="{css}"><h4>{title}</h4><table class="rates"><thead><tr><th>العملة</th>'
        f"<th>شراء</th><th>بيع</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _glued(stories: list[Story]) -> tuple[list[str], list[Truth]]:
    out: list[str] = []
    truths = []
    for s in stories:
        out.append('<div class="more-article"><span class="label">اقرأ أيضاً:</span>')
        out.append(f'<h2 class="entry-title">{hp.esc(s.title)}</h2><div class="entry-content">')
        out.extend(
            f"<h3>{hp.esc(t)}</h3>" if sub else f"<p>{hp.esc(t)}</p>" for sub, t in hp.blocks(s)
        )
        out.append("</div></div>")
        truths.append(hp.read_also_truth(s))
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    prefix, dateline, agency = _prefix(story, spec)
    url = f"https://{SITE.domain}/{dt:%Y/%m/%d}/{hp.article_slug(story)}/"
    shown = hp.iso(dt, clock).replace("T", " | ")
    updated = hp.masthead_day(dt, rng).strftime("%Y-%m-%d | %H:%M")
    with_updated = rng.random() < 0.6
    with_table = rng.random() < 0.6
    source = None
    if rng.random() < 0.7:
        source = (
            hp.agency_form(story.agency, rng)
            if story.agency
            else rng.choice(["وكالات", "مواقع إخبارية", "رويترز"])
        )
    kw_raw = " - ".join(story.keywords) if story.keywords and rng.random() < 0.8 else None
    caption = rng.choice(
        ["صورة تعبيرية", "أرشيفية - مقر البورصة", "الصورة من حساب الوزارة على منصة إكس"]
    )

    h = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">',
        f"<title>{hp.esc(story.title)} - أخبار وتقارير - {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="article:published_time" content="{dt:%Y-%m-%dT%H:%M:00}+02:00">',
        '<meta name="generator" content="WordPress 6.5.2">',
        "</head>",
        '<body class="post-template-default single single-post">',
        '<div class="ticker-prices">',
        *[f'<span class="tick"><b>{n}</b> {v} <i>{d}</i></span>' for n, v, d in TICKER],
        "</div>",
        f'<header id="masthead"><div class="site-branding"><a href="/">{SITE.name}</a></div>',
        '<ul id="main-menu" class="menu">'
        + "".join(f'<li><a href="/category/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + "</ul>",
        '<a class="lang" href="/fr/">Version française</a> <a class="lang" href="/en/">English Edition</a></header>',
        '<div id="content" class="site-content"><div id="primary"><main id="main">',
        '<article class="post type-post status-publish format-standard has-post-thumbnail">',
        f'<div class="entry-meta-top"><a class="cat-links" href="/category/eco">{hp.esc(story.section or "اقتصاد")}</a>',
        f'<span class="posted-on">نشر في: <time class="entry-date published">{shown}</time></span>',
    ]
    if with_updated:
        h.append(
            f'<span class="updated-on">آخر تحديث: <time class="updated">{updated}</time></span>'
        )
    h.append("</div>")
    h.append(f'<h1 class="entry-title">{hp.esc(story.title)}</h1>')
    if story.author:
        h.append(
            f'<div class="byline">بقلم: <a class="url fn n" href="/author/{hp.article_slug(story)}">{hp.esc(story.author)}</a></div>'
        )
    h.append(
        f'<figure class="post-thumbnail"><img src="/wp-content/uploads/cover.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    )
    if with_table:
        h.append(_rates_table("أسعار العملات مقابل الجنيه اليوم", "inline-rates"))
    h.append('<div class="entry-content">')
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            h.append(f"<h2>{hp.esc(text)}</h2>")
        else:
            h.append(f"<p>{hp.esc(prefix) if i == 0 else ''}{hp.esc(text)}</p>")
    h.append("</div>")
    if source:
        h.append(f'<p class="post-source">المصدر: {hp.esc(source)}</p>')
    if kw_raw:
        h.append(f'<div class="tags-links">الوسوم: {hp.esc(kw_raw)}</div>')
    h.append(
        f'<p class="syndication">The post {hp.esc(story.title)} appeared first on {SITE.name}.</p>'
    )
    h.append("</article>")
    glued_html, glued_truth = _glued(spec.read_also)
    h.extend(glued_html)
    cards = spec.related
    h.append(
        '<section class="may-interest"><h3 class="section-title">قد يهمك</h3><div class="cards">'
    )
    for n, t in enumerate(cards):
        h.append(
            f'<div class="card"><a href="/{n}/"><img src="/t{n}.jpg" alt=""><h4>{hp.esc(t)}</h4></a></div>'
        )
    h.append("</div></section>")
    h.append("</main></div>")
    h.append('<aside id="secondary" class="widget-area">')
    h.append(_rates_table("أسعار الصرف في البنوك", "widget widget-rates"))
    h.append(
        f'<div class="widget newsletter"><h4>{NEWSLETTER}</h4><p>{NEWSLETTER_AR}</p><input type="email"><button>اشترك</button></div>'
    )
    h.append("</aside></div>")
    h.append(
        '<footer id="colophon"><div class="footer-menu">'
        + " | ".join(f"<a>{x}</a>" for x in FOOTER)
        + "</div>"
    )
    h.append(f'<div class="site-info">{FRENCH}</div></footer>\n</body>\n</html>\n')

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=story.author,
        source=source,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
    )
    articles = [main, *glued_truth, *hp.headlines(cards)]
    boiler = [
        f"appeared first on {SITE.name}",
        NEWSLETTER,
        NEWSLETTER_AR,
        FRENCH,
        "اتصل بنا | سياسة الخصوصية | شروط الاستخدام",
        "الذهب عيار 21 3,950 جنيه",
        "الدولار الأمريكي 50.55 50.65",
        caption if len(caption.split()) >= 3 else "العملة شراء بيع الدولار الأمريكي",
        "Version française English Edition",
    ]
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h11", kind="html", site=SITE, render=render)
