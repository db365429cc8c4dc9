"""h15: a modern React news site: no <p>, no <article>, no <nav>; every block is a <div> with a
generated class name; JSON-LD NewsArticle and a __NEXT_DATA__ blob carry the article too; an
English cookie bar, an "open in the app" banner, CNN-style datelines ("دمشق (CNN) --"), a video
box and an ad slot between paragraphs, "الكلمات المفتاحية:", glued "اقرأ أيضاً" articles,
"مقالات مشابهة" cards with relative times, a newsletter box and app prompts."""

from __future__ import annotations

import json
import random

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="المدار", domain="almadar-news.example", name_latin="Al Madar")

MENU = ["الأخبار", "الشرق الأوسط", "العالم", "اقتصاد", "تكنولوجيا", "رياضة", "صحة", "فيديو"]
COOKIE = "We use cookies to personalise content and analyse our traffic."
APP_TOP = "افتح الخبر في تطبيق المدار لتجربة أسرع"
APP = "حمّل تطبيق المدار على App Store و Google Play"
NEWSLETTER = "سجّل بريدك لتصلك نشرة المدار الصباحية"
COPYRIGHT = "© 2025 المدار. جميع الحقوق محفوظة."
VIDEOS = [
    "شاهد: لقطات من موقع الحدث",
    "فيديو: ما الذي نعرفه حتى الآن؟",
    "شاهد: آراء الشارع في القرار",
]
AGO = ["منذ ساعة", "منذ 3 ساعات", "منذ 5 ساعات", "منذ يوم", "منذ يومين"]


def _cls(rng: random.Random) -> str:
    """A generated CSS-in-JS class name."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "css-" + "".join(rng.choice(alphabet) for _ in range(7))


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    agency = hp.agency_key(story.agency)
    if story.place and story.agency:
        dateline = f"{story.place} ({hp.agency_form(story.agency, spec.rng, arabic_only=False)})"
        return f"{dateline} -- ", dateline, agency
    if story.place:
        dateline = f"{story.place} ({SITE.name})"
        return f"{dateline} -- ", dateline, None
    if story.agency:
        return f"({hp.agency_form(story.agency, spec.rng)}) -- ", None, agency
    return "", None, None


def _date(story: Story, rng: random.Random) -> str:
    dt = hp.when(story)
    day = hp.day_eg(dt, weekday=False)
    if not hp.has_clock(story):
        return day
    return f"{day}، {dt:%H:%M} بتوقيت مكة" if rng.random() < 0.5 else f"{day} | {hp.clock12(dt)}"


def _body(story: Story, prefix: str, rng: random.Random, video: str | None) -> list[str]:
    para, head, box = _cls(rng), _cls(rng), _cls(rng)
    out = [f'<div class="{_cls(rng)}" data-testid="article-body">']
    slots = [
        i for i in range(1, len(story.paragraphs)) if story.paragraphs[i] not in story.subheadings
    ]
    video_at = rng.choice(slots) if video and slots else None
    ad_at = rng.choice(slots) if slots and rng.random() < 0.6 else None
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if i == video_at:
            out.append(
                f'<div class="{box}" data-testid="video-embed"><div class="{_cls(rng)}">▶</div><div class="{_cls(rng)}">{video}</div></div>'
            )
        if i == ad_at and ad_at != video_at:
            out.append(
                f'<div class="{_cls(rng)}" data-ad-slot="in-article"><div class="{_cls(rng)}">إعلان</div></div>'
            )
        if sub:
            out.append(f'<div role="heading" aria-level="2" class="{head}">{hp.esc(text)}</div>')
        else:
            out.append(
                f'<div dir="auto" class="{para}">{hp.esc(prefix) if i == 0 else ""}{hp.esc(text)}</div>'
            )
    out.append("</div>")
    return out


def _glued(stories: list[Story], rng: random.Random) -> tuple[list[str], list[Truth]]:
    out: list[str] = []
    truths = []
    for s in stories:
        out.append(f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">اقرأ أيضاً</div>')
        out.append(f'<h2 class="{_cls(rng)}">{hp.esc(s.title)}</h2>')
        out.extend(_body(s, "", rng, None))
        out.append("</div>")
        truths.append(hp.read_also_truth(s))
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    prefix, dateline, agency = _prefix(story, spec)
    url = f"https://www.{SITE.domain}/article/{dt:%Y/%m/%d}/{hp.article_slug(story)}"
    video = rng.choice(VIDEOS) if rng.random() < 0.7 else None
    kw_raw = "، ".join(story.keywords) if story.keywords and rng.random() < 0.7 else None
    tz = dt.strftime("%Y-%m-%dT%H:%M:00+03:00")
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": tz,
        "dateModified": tz,
        "publisher": {"@type": "Organization", "name": SITE.name},
        "mainEntityOfPage": url,
    }
    if story.author:
        ld["author"] = [{"@type": "Person", "name": story.author}]
    next_data = {
        "props": {
            "pageProps": {
                "article": {"title": story.title, "body": story.paragraphs, "published": tz}
            }
        }
    }

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} | {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)} | {SITE.name}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        f"<style>.{_cls(rng)}{{display:flex}}</style>",
        '</head>\n<body>\n<div id="__next">',
        f'<div class="{_cls(rng)}" role="dialog"><div class="{_cls(rng)}">{COOKIE} <span>Read our Cookie Policy.</span></div><div class="{_cls(rng)}">Accept cookies</div><div class="{_cls(rng)}">Manage settings</div></div>',
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">{APP_TOP}</div><div class="{_cls(rng)}">فتح</div></div>',
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}"><a href="/">{SITE.name}</a></div><div class="{_cls(rng)}">',
        *[
            f'<div class="{_cls(rng)}"><a href="/section/{i}">{m}</a></div>'
            for i, m in enumerate(MENU)
        ],
        "</div></div>",
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">',
        f'<div class="{_cls(rng)}">{hp.esc(story.section or "الأخبار")}</div>',
        f'<h1 class="{_cls(rng)}">{hp.esc(story.title)}</h1>',
    ]
    if story.author:
        h.append(
            f'<div class="{_cls(rng)}"><div class="{_cls(rng)}"><img alt="" src="/avatars/a.png"></div><div class="{_cls(rng)}">بقلم {hp.esc(story.author)}</div></div>'
        )
    h.append(f'<div class="{_cls(rng)}"><time datetime="{tz}">{_date(story, rng)}</time></div>')
    h.append(
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">مشاركة</div><div class="{_cls(rng)}">نسخ الرابط</div></div>'
    )
    h.extend(_body(story, prefix, rng, video))
    if kw_raw:
        h.append(
            f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">الكلمات المفتاحية:</div><div class="{_cls(rng)}">{hp.esc(kw_raw)}</div></div>'
        )
    h.append(f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">{APP}</div></div>')
    glued_html, glued_truth = _glued(spec.read_also, rng)
    h.extend(glued_html)
    h.append(
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">مقالات مشابهة</div><div class="{_cls(rng)}">'
    )
    card, card_t, card_m = _cls(rng), _cls(rng), _cls(rng)
    for n, t in enumerate(spec.related):
        h.append(
            f'<a class="{card}" href="/article/{n}"><div class="{card_t}">{hp.esc(t)}</div><div class="{card_m}">{rng.choice(AGO)}</div></a>'
        )
    h.append("</div></div>")
    h.append(
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">{NEWSLETTER}</div><input type="email" placeholder="بريدك الإلكتروني"><div class="{_cls(rng)}">اشتراك</div></div>'
    )
    h.append("</div></div>")
    h.append(
        f'<div class="{_cls(rng)}"><div class="{_cls(rng)}"><a>من نحن</a><a>اتصل بنا</a><a>سياسة الخصوصية</a><a>شروط الاستخدام</a></div><div class="{_cls(rng)}">{COPYRIGHT}</div></div>'
    )
    h.append("</div>")
    h.append(
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script>'
    )
    h.append("</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=story.author,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
    )
    articles = [main, *glued_truth, *hp.headlines(spec.related)]
    boiler = [
        COOKIE,
        "Accept cookies Manage settings",
        APP_TOP,
        APP,
        NEWSLETTER,
        COPYRIGHT,
        "من نحن اتصل بنا سياسة الخصوصية",
    ]
    if video:
        boiler.append(video)
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h15", kind="html", site=SITE, render=render)
