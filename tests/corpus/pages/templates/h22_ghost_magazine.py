"""h22: a monthly-style news magazine on Ghost (a Casper-like theme): a "رائج الآن" chip row of
titles ABOVE the article, the primary tag over the <h1>, an article-byline with avatar, date and
reading time (the name bare, after "بقلم", or absent so that only the author card names the
writer), em-dash datelines with the city in bold, a kg-bookmark card as an inline read-also, a
kg-callout newsletter box inside gh-content (sometimes as its last block), "مواضيع:" tags, an
author card after the text, a footer call to subscribe, glued "من العدد نفسه" articles with their
own dates, "قد يعجبك أيضاً" post cards and "Powered by Ghost"."""

from __future__ import annotations

import json
from datetime import datetime

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="مجلة المدار", domain="almadar-mag.example", name_latin="Al Madar Magazine")

NAV = ["الرئيسية", "تحقيقات", "اقتصاد", "ثقافة", "علوم", "رأي", "النشرة البريدية", "عن المجلة"]
CALLOUT = "هل وصلتك نشرتنا الأسبوعية؟ اشترك مجاناً لتصلك قصص المدار كل أحد"
CTA_HEAD = "احصل على أفضل ما ننشره في بريدك كل أسبوع"
CTA_SUB = "نشرة مجانية تصلك صباح كل أحد، ويمكنك إلغاء الاشتراك متى شئت"
CARD_LABEL = "عن الكاتب"
BIO = [
    "صحفية مستقلة تكتب عن الاقتصاد والمدن، ساهمت في عدد من المنصات العربية.",
    "محرر في مجلة المدار، يهتم بالقصص الإنسانية وصحافة البيانات.",
    "كاتب ومترجم، يغطي الشؤون الإقليمية لمجلة المدار منذ سنوات.",
]
CAPTIONS = [
    "الصورة: أرشيف مجلة المدار",
    "تصوير فريق المدار الميداني",
    "صورة تعبيرية من أرشيف المجلة",
]
FOOTER_NAV = ["عن المجلة", "سياسة الخصوصية", "اكتب معنا", "اتصل بنا"]
COPYRIGHT = "مجلة المدار © 2025 جميع الحقوق محفوظة"
POWERED = "Powered by Ghost"
PORTAL = "اشترك في مجلة المدار"
AGO = ["منذ ساعتين", "منذ 3 ساعات", "منذ 5 ساعات", "منذ 9 ساعات"]


def _date(dt: datetime, clock: bool, style: int, ago: str) -> tuple[str, bool]:
    """The byline date and whether a clock time is printed with it."""
    if style == 0:
        return hp.day_eg(dt, weekday=False), False
    if style == 1:
        return hp.indic(hp.day_eg(dt, weekday=False)), False
    if style == 2:
        text = f"{hp.WEEKDAYS[dt.weekday()]} {hp.day_lev(dt)}"
        return (f"{text}، {dt.strftime('%H:%M')}", True) if clock else (text, False)
    absolute = hp.day_eg(dt, weekday=False)
    return (
        (f"{ago} · {absolute}، {dt.strftime('%H:%M')}", True)
        if clock
        else (
            f"{ago} · {absolute}",
            False,
        )
    )


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    """The first paragraph's lead (HTML), truth dateline and agency."""
    rng = spec.rng
    if story.agency:
        form = hp.esc(hp.agency_form(story.agency, rng))
        if story.place and rng.random() < 0.5:
            return f"<strong>{hp.esc(story.place)}</strong> ({form}) — ", story.place, story.agency
        return f"({form}) — ", None, story.agency
    if story.place and rng.random() < 0.65:
        return f"<strong>{hp.esc(story.place)}</strong> — ", story.place, None
    return "", None, None


def _reading(story: Story) -> str:
    """Ghost's reading-time label, in Arabic."""
    n = max(2, len(" ".join(story.paragraphs).split()) // 180 + 1)
    return "دقيقتا قراءة" if n == 2 else f"{n} دقائق قراءة"


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    ago = rng.choice(AGO)
    date_text, clock = _date(dt, hp.has_clock(story), rng.randrange(4), ago)
    prefix, dateline, agency = _prefix(story, spec)
    section = story.section or "تحقيقات"
    mode = rng.choice(["bare", "by", "card_only"]) if story.author else "none"
    author = story.author
    related = list(spec.related)
    trending = related[:2] if len(related) >= 5 and rng.random() < 0.6 else []
    related = related[len(trending) :]
    bookmark_at = hp.inline_spot(story, rng) if related and rng.random() < 0.6 else None
    bookmark = related.pop(0) if bookmark_at is not None else ""
    callout_last = rng.random() < 0.4
    caption = rng.choice(CAPTIONS)
    bio = rng.choice(BIO)
    tags = story.keywords if rng.random() < 0.7 else []
    slug = hp.article_slug(story)
    url = f"https://{SITE.domain}/{slug}/"
    ld = {
        "@context": "https://schema.org",
        "@type": "Article",
        "publisher": {"@type": "Organization", "name": SITE.name},
        "author": {"@type": "Person", "name": author} if author else None,
        "headline": story.title,
        "url": url,
        "datePublished": dt.strftime("%Y-%m-%dT%H:%M:00.000+03:00" if clock else "%Y-%m-%d"),
        "mainEntityOfPage": url,
    }

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{hp.esc(story.title)}</title>",
        f'<link rel="canonical" href="{url}">',
        '<meta name="generator" content="Ghost 5.82">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="article:tag" content="{hp.attr(section)}">',
        f'<script type="application/ld+json">{json.dumps({k: v for k, v in ld.items() if v}, ensure_ascii=False)}</script>',
        '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="/" crossorigin="anonymous"></script>',
        "</head>",
        f'<body class="post-template tag-s{slug[-3:]} is-head-middle-logo has-serif-title">',
        '<div class="viewport">',
        '<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">',
        f'<div class="gh-head-brand"><a class="gh-head-logo" href="/">{SITE.name}</a>'
        '<button class="gh-search gh-icon-btn" aria-label="بحث" data-ghost-search></button></div>',
        '<nav class="gh-head-menu"><ul class="nav">',
        *[f'<li class="nav-{i}"><a href="/{i}/">{m}</a></li>' for i, m in enumerate(NAV)],
        "</ul></nav>",
        '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a>'
        '<a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a></div>',
        "</div></header>",
    ]
    if trending:
        h.append('<div class="trending-bar outer"><span class="trending-label">رائج الآن</span>')
        h.extend(
            f'<a class="trending-chip" href="/t{n}/">{hp.esc(t)}</a>'
            for n, t in enumerate(trending)
        )
        h.append("</div>")
    h += [
        '<div class="site-content"><main id="site-main" class="site-main">',
        f'<article class="article post tag-s{slug[-3:]} image-small">',
        '<header class="article-header gh-canvas">',
        f'<section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/s{slug[-3:]}/">{hp.esc(section)}</a></span></section>',
        f'<h1 class="article-title">{hp.esc(story.title)}</h1>',
        '<div class="article-byline"><section class="article-byline-content">',
    ]
    if author and mode != "card_only":
        label = "بقلم " if mode == "by" else ""
        h.append(
            f'<ul class="author-list"><li class="author-list-item"><a href="/author/{slug}/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/{slug}.jpg" alt="{hp.attr(author)}"></a></li></ul>'
            f'<div class="article-byline-meta"><h4 class="author-name">{label}<a href="/author/{slug}/">{hp.esc(author)}</a></h4>'
        )
    else:
        h.append('<div class="article-byline-meta">')
    h.append(
        f'<div class="byline-meta-content"><time class="byline-meta-date" datetime="{dt:%Y-%m-%d}">{date_text}</time>'
        f'<span class="byline-reading-time"><span class="bull">•</span> {_reading(story)}</span></div></div>'
    )
    h.append("</section></div></header>")
    h.append(
        f'<figure class="article-image"><img src="/content/images/2025/{slug}.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
    )
    h.append('<section class="gh-content gh-canvas">')
    subs = set(story.subheadings)
    callout = (
        '<div class="kg-card kg-callout-card kg-callout-card-accent"><div class="kg-callout-emoji">💌</div>'
        f'<div class="kg-callout-text">{CALLOUT} <a href="#/portal/signup">من هنا</a></div></div>'
    )
    callout_at = None if callout_last else min(2, len(story.paragraphs) - 1)
    for k, para in enumerate(story.paragraphs):
        if k == bookmark_at:
            if rng.random() < 0.5:
                h.append("<p><strong>اقرأ أيضاً</strong></p>")
            h.append(
                f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/r{slug}/">'
                f'<div class="kg-bookmark-content"><div class="kg-bookmark-title">{hp.esc(bookmark)}</div>'
                f'<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">{SITE.name}</span></div></div>'
                f'<div class="kg-bookmark-thumbnail"><img src="/content/images/r{slug}.jpg" alt=""></div></a></figure>'
            )
        if k == callout_at and k > 0:
            h.append(callout)
        if para in subs:
            h.append(f'<h2 id="h-{k}">{hp.esc(para)}</h2>')
        else:
            h.append(f"<p>{prefix if k == 0 else ''}{hp.esc(para)}</p>")
    if callout_last or callout_at in (None, 0):
        h.append(callout)
    h.append("</section>")
    kw_raw = None
    if tags:
        kw_raw = "، ".join(tags)
        h.append(
            '<section class="article-tags gh-canvas"><span class="tags-label">مواضيع:</span> '
            + "، ".join(f'<a href="/tag/k{i}/">{hp.esc(t)}</a>' for i, t in enumerate(tags))
            + "</section>"
        )
    if author:
        h.append(
            f'<section class="author-card gh-canvas"><img class="author-profile-image" src="/content/images/size/w150/{slug}.jpg" alt="">'
            f'<div class="author-card-content"><span class="author-card-label">{CARD_LABEL}</span>'
            f'<h3 class="author-card-name"><a href="/author/{slug}/">{hp.esc(author)}</a></h3>'
            f'<p class="author-card-bio">{bio}</p><a class="author-card-more" href="/author/{slug}/">كل المقالات ←</a></div></section>'
        )
    h.append("</article>")
    h.append(
        f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{CTA_HEAD}</h2>'
        f'<p class="footer-cta-sub">{CTA_SUB}</p><a class="footer-cta-button" href="#/portal">'
        '<div class="footer-cta-input">بريدك الإلكتروني</div><span>اشترك</span></a></div></section>'
    )
    glued_truth: list[Truth] = []
    if spec.read_also:
        h.append(
            '<section class="same-issue outer"><h2 class="same-issue-title">من العدد نفسه</h2>'
        )
        for extra in spec.read_also:
            edt = hp.when(extra)
            h.append(
                f'<article class="article post post-full"><header class="article-header gh-canvas"><h2 class="article-title">{hp.esc(extra.title)}</h2>'
                f'<time class="byline-meta-date" datetime="{edt:%Y-%m-%d}">{hp.day_eg(edt, weekday=False)}</time></header>'
                '<section class="gh-content gh-canvas">'
            )
            extra_subs = set(extra.subheadings)
            for para in extra.paragraphs:
                tag = "h3" if para in extra_subs else "p"
                h.append(f"<{tag}>{hp.esc(para)}</{tag}>")
            h.append("</section></article>")
            glued_truth.append(hp.read_also_truth(extra, published=edt.strftime("%Y-%m-%d")))
        h.append("</section>")
    if related:
        h.append(
            '<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">قد يعجبك أيضاً</h2>'
        )
        for n, t in enumerate(related):
            h.append(
                f'<article class="post-card post"><a class="post-card-image-link" href="/m{n}/"><img class="post-card-image" src="/content/images/m{n}.jpg" alt=""></a>'
                f'<div class="post-card-content"><a class="post-card-content-link" href="/m{n}/"><header class="post-card-header"><h2 class="post-card-title">{hp.esc(t)}</h2></header></a>'
                f'<footer class="post-card-meta"><span class="post-card-meta-length">{rng.randint(2, 9)} دقائق قراءة</span></footer></div></article>'
            )
        h.append("</div></aside>")
    h.append("</main></div>")
    h.append(
        '<footer class="site-footer outer"><div class="inner"><section class="copyright">'
        f'<a href="/">{COPYRIGHT}</a></section><nav class="site-footer-nav"><ul>'
        + "".join(f'<li><a href="/p{i}/">{x}</a></li>' for i, x in enumerate(FOOTER_NAV))
        + f'</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">{POWERED}</a></div></div></footer>'
    )
    h.append(
        f'<div class="gh-portal-triggerbtn-wrapper"><div class="gh-portal-triggerbtn-container"><span class="gh-portal-triggerbtn-label">{PORTAL}</span></div></div>'
    )
    h.append("</div>\n</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=author,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
        section=section,
    )
    articles: list[Truth] = [*hp.headlines(trending), main]
    if bookmark_at is not None:
        articles.append({"role": "headline", "title": bookmark})
    articles += [*glued_truth, *hp.headlines(related)]
    boiler = [
        " ".join(CALLOUT.split()[:8]),
        CTA_HEAD,
        CTA_SUB,
        caption,
        COPYRIGHT,
        POWERED,
        PORTAL,
        "عن المجلة سياسة الخصوصية اكتب معنا اتصل بنا",
    ]
    if author:
        boiler.append(" ".join(bio.split()[:9]))
    boiler = [" ".join(b.split()[:10]) for b in boiler]
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h22", kind="html", site=SITE, render=render)
