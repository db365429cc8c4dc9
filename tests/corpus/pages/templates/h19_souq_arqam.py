"""h19: a Saudi business portal: a scrolling market ticker (TASI and listed companies), JSON-LD
NewsArticle in the head, dates with Arabic-Indic digits (Gregorian, optionally with Hijri), an
author card with role, reading time, a "شارك" bar above and below the text, "CITY - " or
"(AGENCY) -" prefixes, an inline "اقرأ أيضاً" link, "الكلمات الدالة" chips, glued "المزيد من
أرقام" full articles, a "قد يهمك أيضاً" list, a "الأكثر تداولاً" sidebar and a newsletter box."""

from __future__ import annotations

import json
from datetime import datetime

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="سوق وأرقام", domain="souq-arqam.example", name_latin="Souq & Arqam")

MENU = [
    "الرئيسية",
    "الأسواق",
    "الشركات",
    "الطاقة",
    "العقار",
    "الاقتصاد الكلي",
    "التقنية",
    "تحليلات",
]
TICKER = [
    ("تاسي", 11000, 12600),
    ("نمو", 24000, 28000),
    ("أرامكو", 24, 30),
    ("الراجحي", 85, 105),
    ("سابك", 55, 80),
    ("إس تي سي", 38, 46),
    ("معادن", 42, 58),
    ("برنت", 60, 85),
]
SHARE = "شارك هذا الخبر"
NEWSLETTER = "اشترك في النشرة البريدية اليومية لأهم أخبار الأسواق"
NL_NOTE = "يمكنك إلغاء الاشتراك في أي وقت"
DELAY = "بيانات الأسعار متأخرة 15 دقيقة"
DISCLAIMER = "المحتوى لأغراض إعلامية ولا يعد توصية استثمارية"
COPYRIGHT = "جميع الحقوق محفوظة © سوق وأرقام 2025"
FOOTER = ["عن سوق وأرقام", "الإعلان", "الوظائف", "سياسة الخصوصية", "الشروط والأحكام"]
ROLES = ["محرر اقتصادي", "مراسل الأسواق", "صحفي متخصص في الطاقة", "محررة الشؤون الاقتصادية"]


def _ticker(rng_val: list[tuple[str, float, float]]) -> list[str]:
    out = ['<div class="market-ticker" aria-label="ticker"><ul>']
    for name, price, change in rng_val:
        arrow = "▲" if change >= 0 else "▼"
        out.append(
            f'<li class="{"up" if change >= 0 else "down"}"><b>{name}</b> {price:,.2f} {arrow} {abs(change):.2f}%</li>'
        )
    out.append("</ul></div>")
    return out


def _date(dt: datetime, clock: bool, hijri: bool) -> str:
    text = hp.day_eg(dt, weekday=False)
    if hijri:
        text = f"{hp.day_hijri(dt)} - {text}"
    if clock:
        text += f" {hp.clock12(dt)}"
    return hp.indic(text)


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    rng = spec.rng
    agency = hp.agency_key(story.agency)
    if story.agency:
        form = hp.agency_form(story.agency, rng, arabic_only=False)
        if story.place and rng.random() < 0.5:
            dateline = f"{story.place} - {form}"
            return f"{dateline}: ", dateline, agency
        return f"({form}) - ", None, agency
    if story.place and rng.random() < 0.6:
        return f"{story.place} - ", story.place, None
    return "", None, None


def _body(story: Story, prefix: str, inline_at: int | None, inline: str) -> list[str]:
    out = ['<div class="article-body">']
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if i == inline_at:
            out.append(
                f'<div class="inline-related"><span>اقرأ أيضاً</span><a href="/news/{hp.article_slug(story)}2">{hp.esc(inline)}</a></div>'
            )
        if sub:
            out.append(f"<h2>{hp.esc(text)}</h2>")
        elif i == 0 and prefix:
            out.append(f"<p>{hp.esc(prefix)}{hp.esc(text)}</p>")
        else:
            out.append(f"<p>{hp.esc(text)}</p>")
    out.append("</div>")
    return out


def _more(stories: list[Story], spec: PageSpec, hijri: bool) -> tuple[list[str], list[Truth]]:
    if not stories:
        return [], []
    out = ['<section class="more-news"><h3 class="block-title">المزيد من أرقام</h3>']
    truths = []
    for s in stories:
        dt = hp.when(s)
        clock = hp.has_clock(s)
        prefix, dateline, agency = _prefix(s, spec)
        out.append(
            f'<article class="article-more"><h2><a href="/news/{hp.article_slug(s)}">{hp.esc(s.title)}</a></h2>'
        )
        out.append(f'<div class="meta"><time>{_date(dt, clock, hijri)}</time></div>')
        out.extend(_body(s, prefix, None, ""))
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
    hijri = rng.random() < 0.5
    prefix, dateline, agency = _prefix(story, spec)
    related = list(spec.related)
    inline_at = hp.inline_spot(story, rng) if related and rng.random() < 0.65 else None
    inline = related.pop(0) if inline_at is not None else ""
    may_like, trending = hp.split_related(related, 2, rng)
    quotes = [
        (name, rng.uniform(lo, hi), rng.uniform(-2.5, 2.5))
        for name, lo, hi in rng.sample(TICKER, 6)
    ]
    words = sum(len(p.split()) for p in story.paragraphs)
    minutes = max(1, round(words / 180))
    show_tags = bool(story.keywords) and rng.random() < 0.8
    url = f"https://www.{SITE.domain}/news/{hp.article_slug(story)}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": story.published + ":00+03:00",
        "publisher": {"@type": "Organization", "name": SITE.name},
        "mainEntityOfPage": url,
    }
    if story.author:
        ld["author"] = {"@type": "Person", "name": story.author}
    if story.keywords:
        ld["keywords"] = ",".join(story.keywords)

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} | {SITE.name}</title>",
        f'<meta name="description" content="{hp.attr(story.paragraphs[0])}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
        '<body class="news-article">',
        *_ticker(quotes),
        f'<div class="ticker-note">{DELAY}</div>',
        f'<header class="hdr"><a class="logo" href="/">{SITE.name}</a><nav><ul>',
        *[f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU)],
        '</ul></nav><a class="btn-sub" href="/subscribe">اشترك الآن</a></header>',
        '<div class="wrap"><main>',
        f'<div class="crumbs"><a href="/">الرئيسية</a> / <a href="/c/1">{hp.esc(story.section or "الاقتصاد الكلي")}</a></div>',
        f"<h1>{hp.esc(story.title)}</h1>",
        '<div class="byline-row">',
    ]
    if story.author:
        h.append(
            f'<div class="author-card"><img src="/authors/{hp.article_slug(story)}.jpg" alt="">'
            f'<a class="name" href="/author/1">{hp.esc(story.author)}</a><span class="role">{rng.choice(ROLES)}</span></div>'
        )
    h.append(f'<time class="pub" datetime="{story.published}">{_date(dt, clock, hijri)}</time>')
    h.append(f'<span class="read-time">وقت القراءة: {hp.indic(str(minutes))} دقائق</span></div>')
    h.append(
        f'<div class="share-bar top"><span>{SHARE}</span> <a>X</a> <a>LinkedIn</a> <a>واتساب</a> <a>نسخ الرابط</a></div>'
    )
    if rng.random() < 0.7:
        h.append(
            '<figure class="lead"><img src="/img/lead.jpg" alt=""><figcaption>(أرشيفية)</figcaption></figure>'
        )
    h.extend(_body(story, prefix, inline_at, inline))
    kw_raw = None
    if show_tags:
        kw_raw = " ".join(story.keywords)
        h.append('<div class="tags"><span class="label">الكلمات الدالة:</span>')
        h.extend(
            f'<a class="chip" href="/tag/{i}">{hp.esc(k)}</a>' for i, k in enumerate(story.keywords)
        )
        h.append("</div>")
    h.append(
        f'<div class="share-bar bottom"><span>{SHARE}</span> <a>X</a> <a>LinkedIn</a> <a>واتساب</a></div>'
    )
    h.append(f'<p class="disclaimer">{DISCLAIMER}</p>')
    glued, glued_truth = _more(spec.read_also, spec, hijri)
    h.extend(glued)
    if may_like:
        h.append('<section class="may-like"><h3 class="block-title">قد يهمك أيضاً</h3><ul>')
        h.extend(f'<li><a href="/news/m{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(may_like))
        h.append("</ul></section>")
    h.append("</main><aside>")
    if trending:
        h.append('<div class="trending"><h3>الأكثر تداولاً</h3><ol>')
        h.extend(f'<li><a href="/news/t{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(trending))
        h.append("</ol></div>")
    h.append(
        f'<div class="newsletter"><h4>{NEWSLETTER}</h4><input type="email" placeholder="بريدك الإلكتروني">'
    )
    h.append(f"<button>اشترك</button><small>{NL_NOTE}</small></div></aside></div>")
    h.append("<footer><ul>")
    h.extend(f'<li><a href="/p/{i}">{x}</a></li>' for i, x in enumerate(FOOTER))
    h.append(f"</ul><p>{COPYRIGHT}</p></footer>")
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
    articles = [main]
    if inline_at is not None:
        articles.append({"role": "headline", "title": inline})
    articles.extend(glued_truth)
    articles.extend(hp.headlines(may_like + trending))
    boiler = [
        DELAY,
        NEWSLETTER,
        NL_NOTE,
        DISCLAIMER,
        COPYRIGHT,
        SHARE,
        "الإعلان الوظائف سياسة الخصوصية",
    ]
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h19", kind="html", site=SITE, render=render)
