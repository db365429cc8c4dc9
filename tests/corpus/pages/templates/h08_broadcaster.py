"""h08: an international broadcaster's Arabic site. English furniture (a cookie banner first in
the page, "Related", newsletter, footer), og:title with a " - GlobeNewsArabic.com" suffix,
JSON-LD with a UTC datePublished, a video box above the body, a photo credit inside it,
datelines "دمشق، سوريا (GlobeNews) --", "(GlobeNews) --" or "DUBAI:", and dates with two month names ("04 مارس / آذار 2025")."""

from __future__ import annotations

import json
from random import Random

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
from tests.corpus.pages.templates._html_parts_e import (
    MONTHS_EG,
    MONTHS_LEV,
    agency_form,
    blocks,
    esc,
    finish,
    latin_agency,
    page_id,
    when,
)

SITE = Site(
    name="غلوب نيوز عربية", domain="arabic.globenews.example", name_latin="GlobeNews Arabic"
)
BRAND = "GlobeNews"

MENU = [
    "الشرق الأوسط",
    "العالم",
    "اقتصاد",
    "علوم وتكنولوجيا",
    "صحة",
    "رياضة",
    "سياحة",
    "ثقافة",
    "فيديو",
]
COUNTRIES = {
    "دمشق": "سوريا", "بيروت": "لبنان", "القاهرة": "مصر", "عمّان": "الأردن", "الرباط": "المغرب",
    "دبي": "الإمارات", "أبوظبي": "الإمارات", "الرياض": "السعودية", "بغداد": "العراق",
    "نيروبي": "كينيا", "الدار البيضاء": "المغرب", "الدمام": "السعودية", "تونس": "تونس",
}  # fmt: skip
LATIN_CITIES = {"دبي": "DUBAI", "أبوظبي": "ABU DHABI", "الرياض": "RIYADH", "بيروت": "BEIRUT"}
COOKIES = (
    "We use cookies to personalize content and ads, to provide social media features and to "
    "analyse our traffic. By clicking Accept cookies, you agree to the storing of cookies on "
    "your device."
)
VIDEOS = [
    "فيديو: لقطات جوية تظهر حجم الأضرار في المنطقة",
    "فيديو: شاهد ما قاله المسؤولون في المؤتمر الصحفي",
    "فيديو: جولة في الموقع بعد ساعات من الحدث",
]
CREDITS = ["Credit: Getty Images", "Credit: AFP via Getty Images", "Credit: Anadolu Agency"]
NEWSLETTER = "Subscribe to our newsletter - اشترك في نشرتنا الإخبارية"
APP = "Download the GlobeNews app for breaking news alerts"
INSTAGRAM = "تابعونا على إنستغرام @globenewsarabic"
FOOTER_LINKS = "Terms of Use | Privacy Policy | Cookie Settings | AdChoices | Contact Us"
COPYRIGHT = "© 2025 GlobeNews Arabic. All Rights Reserved."


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None]:
    """ "دمشق، سوريا (GlobeNews) -- ": the prefix, the truth's dateline and the agency."""
    tag = None
    if story.agency:
        tag = latin_agency(story.agency) or agency_form(story.agency, rng)
    latin = LATIN_CITIES.get(story.place or "")
    if latin and not tag and rng.random() < 0.5:
        return f"{latin}: ", latin, None
    if story.place:
        country = COUNTRIES.get(story.place)
        head = f"{story.place}، {country}" if country and country != story.place else story.place
        head += f" ({tag or BRAND})"
        return head + " -- ", head, story.agency
    return f"({tag or BRAND}) -- ", None, story.agency


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "الشرق الأوسط"
    prefix, dateline, agency = _prefix(story, rng)
    author = story.author if story.author and rng.random() < 0.8 else None
    with_time = w.has_time and rng.random() < 0.75
    pub = f"{w.day}، {w.dt.day:02d} {MONTHS_EG[w.dt.month - 1]} / {MONTHS_LEV[w.dt.month - 1]} {w.dt.year}"
    if with_time:
        pub += f" - {w.clock24()}"
    video = rng.choice(VIDEOS) if rng.random() < 0.7 else None
    credit = rng.choice(CREDITS)
    url = f"https://{SITE.domain}/{w.dt:%Y/%m/%d}/{section_slug(pid)}-{pid}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": w.dt.strftime("%Y-%m-%dT%H:%M:00Z" if with_time else "%Y-%m-%d"),
        "author": [{"@type": "Person", "name": author}]
        if author
        else [{"@type": "Organization", "name": SITE.name_latin}],
        "inLanguage": "ar",
    }

    body = blocks(story, prefix=esc(prefix), h_tag="h2", p_attr=' class="paragraph"')
    spot = rng.randrange(1, len(body)) if len(body) > 1 else 1
    body.insert(
        spot,
        f'<div class="image"><img src="https://media.globenews.example/{pid}.jpg" alt="">'
        f'<div class="image__credit">{credit}</div></div>',
    )

    out = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{esc(story.title)} - {SITE.name_latin}</title>",
        f'<meta property="og:title" content="{esc(story.title)} - GlobeNewsArabic.com">',
        f'<meta property="og:site_name" content="{SITE.name_latin}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>\n<body>",
        f'<div id="onetrust-banner" class="cookie-consent"><p>{COOKIES}</p>'
        "<button>Accept cookies</button> <button>Manage settings</button></div>",
        '<header class="header"><div class="edition-picker">Edition: <a>عربي</a> | <a>English</a> | <a>Español</a></div>',
        f'<a class="brand" href="/">{SITE.name}</a> <a class="live-tv">Live TV</a> <a class="sign-in">Sign in</a>',
        '<nav class="nav-sections">'
        + "".join(
            f'<a class="nav-link" href="/{section_slug(i)}">{m}</a>' for i, m in enumerate(MENU)
        )
        + "</nav>",
        "</header>",
        '<main class="article">',
        f'<div class="article__section"><a href="/section">{esc(section)}</a></div>',
        f'<h1 class="headline__text">{esc(story.title)}</h1>',
    ]
    if video:
        out.append(
            f'<div class="video-resource"><div class="video-player" data-id="v{pid}"></div>'
            f'<p class="video-resource__headline">{video}</p></div>'
        )
    meta = []
    if author:
        meta.append(f'<div class="byline__names">بقلم {esc(author)}</div>')
    meta.append(f'<div class="timestamp">نُشر {pub}</div>')
    out.append('<div class="headline__footer">' + "".join(meta) + "</div>")
    out.append('<div class="article__content">')
    out += body
    out.append("</div>")
    out.append(f'<div class="social-follow">{INSTAGRAM}</div>')
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(with_time),
            author=author,
            dateline=dateline,
            agency=agency,
        )
    ]
    if spec.related:
        out.append(
            '<section class="related-content"><h2 class="related-content__title">Related</h2><ul>'
        )
        out += [
            f'<li class="card"><a href="/{pid - 50 - i}"><span class="card__headline">{esc(t)}</span></a></li>'
            for i, t in enumerate(spec.related)
        ]
        out.append("</ul></section>")
        articles += [headline_truth(t) for t in spec.related]
    for extra in spec.read_also:
        out.append(
            f'<section class="read-also"><p class="read-also__label">اقرأ أيضاً</p><h2 class="headline__text">{esc(extra.title)}</h2><div class="article__content">'
        )
        out += blocks(extra, h_tag="h3", p_attr=' class="paragraph"')
        out.append("</div></section>")
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=None,
            )
        )
    out.append("</main>")
    out.append(
        f'<aside class="newsletter"><p>{NEWSLETTER}</p><input type="email" placeholder="Email address">'
        f'<button>Sign up</button><p class="app">{APP}</p></aside>'
    )
    out.append(
        f'<footer class="footer"><p class="footer__links">{FOOTER_LINKS}</p><p class="footer__copyright">{COPYRIGHT}</p>'
        "</footer>\n</body>\n</html>\n"
    )
    furniture = [
        COOKIES,
        *([video] if video else []),
        credit,
        INSTAGRAM,
        NEWSLETTER,
        APP,
        FOOTER_LINKS,
        COPYRIGHT,
    ]
    return finish(spec, "\n".join(out), articles, furniture, url)


def section_slug(n: int) -> str:
    """An ASCII URL segment."""
    return [
        "middle-east",
        "world",
        "business",
        "science",
        "health",
        "sport",
        "travel",
        "culture",
        "video",
    ][n % 9]


TEMPLATE = Template(id="h08", kind="html", site=SITE, render=render)
