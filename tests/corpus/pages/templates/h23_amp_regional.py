"""h23: the AMP edition of an Iraqi/Syrian regional news portal: <html ⚡>, amp-boilerplate and
amp-custom styles, an amp-sidebar menu, an amp-carousel "عاجل" strip, amp-img photos with
captions, an amp-user-notification cookie prompt, amp-social-share buttons ("شارك الخبر"), an
amp-ad slot between paragraphs, datelines "دمشق-سانا" / "CITY (AGENCY) –" / "CITY –", bylines
"كتب:" or "بقلم:" next to Hijri+Gregorian, Levantine or Arabic-Indic numeric dates (sometimes
"منذ" beside them), an inline "اقرأ ايضاً" link, an "المصدر:" line, tags joined by "|",
"مواضيع ذات صلة", amp-next-page stories printed under a "الخبر التالي" separator and an
"آخر الأخبار" list with thumbnails, and a "عرض النسخة الكاملة" footer link."""

from __future__ import annotations

import json
from datetime import datetime

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(
    name="شبكة دجلة والفرات", domain="dijla-furat.example", name_latin="Dijla Furat Network"
)

MENU = ["الرئيسية", "العراق", "سوريا", "إقليم كردستان", "عربي ودولي", "اقتصاد", "رياضة", "تقارير"]
URGENT = [
    "مجلس المحافظة يعقد جلسة طارئة لبحث أزمة الكهرباء",
    "فتح طريق المطار بعد إغلاقه لساعات بسبب الضباب",
    "ارتفاع سعر صرف الدولار في بورصة الكفاح صباح اليوم",
    "انطلاق امتحانات السادس الإعدادي الأسبوع المقبل",
    "الأنواء الجوية: أمطار متفرقة على المناطق الشمالية",
    "وزارة النفط تعلن زيادة حصة المحافظات من المشتقات",
]
COOKIE = "نستخدم ملفات تعريف الارتباط لتحسين تصفحك لنسخة الجوال من الموقع"
SHARE = "شارك الخبر"
AD_LABEL = "المساحة الإعلانية"
FULL_SITE = "عرض النسخة الكاملة من الموقع"
FOLLOW = "تابعونا على فيسبوك وتليغرام ويوتيوب"
COPYRIGHT = "جميع الحقوق محفوظة لشبكة دجلة والفرات الإخبارية 2025"
MENU_CLOSE = "إغلاق القائمة"
AGO = ["منذ ساعة", "منذ ساعتين", "منذ 4 ساعات", "منذ 7 ساعات", "منذ يوم"]
CAPTIONS = [
    "صورة أرشيفية - شبكة دجلة والفرات",
    "عدسة مراسل الشبكة في موقع الحدث",
    "الصورة نشرتها الجهة المعنية على صفحتها الرسمية",
]


def _date(dt: datetime, clock: bool, style: int, ago: str) -> tuple[str, bool]:
    """The article's printed date and whether a clock time is in it."""
    if style == 0:
        text = f"{hp.WEEKDAYS[dt.weekday()]} {hp.day_hijri(dt)} - {hp.day_lev(dt)}"
        return (f"{text} - {dt.strftime('%H:%M')}", True) if clock else (text, False)
    if style == 1:
        text = hp.day_lev(dt)
        return (f"{text} | {dt.strftime('%H:%M')}", True) if clock else (text, False)
    if style == 2:
        text = hp.indic(dt.strftime("%Y/%m/%d"))
        return (f"{text} - {hp.indic(dt.strftime('%H:%M'))}", True) if clock else (text, False)
    text = f"{hp.day_lev(dt)} ({ago})"
    return (f"{dt.strftime('%H:%M')} {text}", True) if clock else (text, False)


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None, str | None]:
    """The first paragraph's printed lead, truth dateline, agency and "المصدر" value."""
    rng = spec.rng
    if story.agency:
        form = hp.agency_form(story.agency, rng)
        source = hp.agency_form(story.agency, rng) if rng.random() < 0.45 else None
        if story.place and rng.random() < 0.7:
            if " " not in form and rng.random() < 0.5:
                return f"{story.place}-{form} ", story.place, story.agency, source
            return f"{story.place} ({form}) – ", story.place, story.agency, source
        return f"({form}) – ", None, story.agency, source
    if story.place and rng.random() < 0.75:
        return f"{story.place} – ", story.place, None, None
    return "", None, None, None


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    date_text, clock = _date(dt, hp.has_clock(story), rng.randrange(4), rng.choice(AGO))
    prefix, dateline, agency, source = _prefix(story, spec)
    author = story.author if story.author and rng.random() < 0.85 else None
    by_word = rng.choice(["كتب:", "بقلم:"])
    by_first = rng.random() < 0.5
    section = story.section or "العراق"
    urgent = rng.sample(URGENT, 3)
    caption = rng.choice(CAPTIONS)
    related = list(spec.related)
    inline_at = hp.inline_spot(story, rng) if related and rng.random() < 0.6 else None
    inline = related.pop(0) if inline_at is not None else ""
    near, latest = hp.split_related(related, 2, rng)
    if len(near) > 3:
        near, latest = near[:3], near[3:] + latest
    ad_at = min(2, len(story.paragraphs) - 1)
    show_tags = bool(story.keywords) and rng.random() < 0.75
    nid = hp.article_slug(story)
    url = f"https://{SITE.domain}/news/{nid}/amp"
    canonical = f"https://{SITE.domain}/news/{nid}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": canonical,
        "headline": story.title,
        "datePublished": dt.strftime("%Y-%m-%dT%H:%M:00+03:00" if clock else "%Y-%m-%d"),
        "publisher": {"@type": "Organization", "name": SITE.name},
        "image": [f"https://{SITE.domain}/uploads/{nid}.jpg"],
    }
    next_cfg = {
        "pages": [
            {
                "title": e.title,
                "image": f"https://{SITE.domain}/uploads/{hp.article_slug(e)}.jpg",
                "url": f"https://{SITE.domain}/news/{hp.article_slug(e)}/amp",
            }
            for e in spec.read_also
        ]
    }

    h: list[str] = [
        '<!doctype html>\n<html ⚡ lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        '<script async src="https://cdn.ampproject.org/v0.js"></script>',
        '<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>',
        '<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.2.js"></script>',
        '<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>',
        '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>',
        '<script async custom-element="amp-next-page" src="https://cdn.ampproject.org/v0/amp-next-page-1.0.js"></script>',
        '<script async custom-element="amp-user-notification" src="https://cdn.ampproject.org/v0/amp-user-notification-0.1.js"></script>',
        f"<title>{hp.esc(story.title)} | {SITE.name}</title>",
        f'<link rel="canonical" href="{canonical}">',
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
        "<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>",
        "<style amp-custom>body{font-family:Tajawal,sans-serif;background:#f6f6f6}.hdr{background:#7a0b0b;color:#fff}.urgent{background:#c00}.art h1{font-size:1.5rem}.meta{color:#777;font-size:.8rem}.latest li{display:flex}</style>",
        "</head>",
        "<body>",
        f'<amp-sidebar id="menu" layout="nodisplay" side="right"><button on="tap:menu.close" class="close">{MENU_CLOSE}</button><ul class="side-menu">',
        *[
            f'<li><a href="https://{SITE.domain}/cat/{i}/amp">{m}</a></li>'
            for i, m in enumerate(MENU)
        ],
        "</ul></amp-sidebar>",
        '<header class="hdr"><button class="burger" on="tap:menu.toggle" aria-label="القائمة">☰</button>'
        f'<a href="https://{SITE.domain}/amp"><amp-img src="/assets/logo-white.png" width="150" height="40" alt="{SITE.name}"></amp-img></a></header>',
        '<div class="urgent"><span class="urgent-label">عاجل</span><amp-carousel height="40" layout="fixed-height" type="slides" autoplay delay="4000">',
        *[f'<div class="slide">{x}</div>' for x in urgent],
        "</amp-carousel></div>",
        '<main><article class="art">',
        f'<a class="cat" href="https://{SITE.domain}/cat/{section}/amp">{hp.esc(section)}</a>',
        f"<h1>{hp.esc(story.title)}</h1>",
    ]
    by_html = f'<span class="by">{by_word} {hp.esc(author)}</span>' if author else ""
    date_html = f'<span class="date">{date_text}</span>'
    views = f'<span class="views">المشاهدات: {hp.indic(str(rng.randint(90, 7000)))}</span>'
    parts = [by_html, date_html] if by_first else [date_html, by_html]
    h.append('<div class="meta">' + " ".join(p for p in [*parts, views] if p) + "</div>")
    h.append(
        f'<figure class="lead-img"><amp-img src="/uploads/{nid}.jpg" width="800" height="450" layout="responsive" alt="{hp.attr(story.title)}"></amp-img>'
        f"<figcaption>{caption}</figcaption></figure>"
    )
    share = (
        f'<div class="share"><span class="share-label">{SHARE}</span>'
        '<amp-social-share type="facebook" width="34" height="34" data-param-app_id="000"></amp-social-share>'
        '<amp-social-share type="twitter" width="34" height="34"></amp-social-share>'
        '<amp-social-share type="whatsapp" width="34" height="34"></amp-social-share>'
        '<amp-social-share type="telegram" width="34" height="34" data-share-endpoint="https://t.me/share/url"></amp-social-share></div>'
    )
    h.append(share)
    h.append('<div class="article-body">')
    subs = set(story.subheadings)
    for k, para in enumerate(story.paragraphs):
        if k == inline_at:
            h.append(
                f'<p class="read-also">اقرأ ايضاً: <a href="https://{SITE.domain}/news/{nid}9/amp">{hp.esc(inline)}</a></p>'
            )
        if k == ad_at and k > 0:
            h.append(
                f'<div class="ad"><span class="ad-label">{AD_LABEL}</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/dijla_amp_mid"><div placeholder></div></amp-ad></div>'
            )
        if para in subs:
            h.append(f"<h2>{hp.esc(para)}</h2>")
        else:
            h.append(f"<p>{hp.esc(prefix) if k == 0 else ''}{hp.esc(para)}</p>")
    h.append("</div>")
    if source:
        h.append(f'<p class="src">المصدر: {hp.esc(source)}</p>')
    kw_raw = None
    if show_tags:
        kw_raw = " | ".join(story.keywords)
        h.append(
            '<div class="tags"><span class="tags-label">الوسوم:</span> '
            + " | ".join(
                f'<a href="https://{SITE.domain}/tag/{i}/amp">{hp.esc(t)}</a>'
                for i, t in enumerate(story.keywords)
            )
            + "</div>"
        )
    h.append(share)
    if near:
        h.append('<section class="near"><h3>مواضيع ذات صلة</h3><ul>')
        h.extend(
            f'<li><a href="https://{SITE.domain}/news/{n + 7100}/amp">{hp.esc(t)}</a></li>'
            for n, t in enumerate(near)
        )
        h.append("</ul></section>")
    h.append("</article>")

    glued_truth: list[Truth] = []
    if spec.read_also:
        h.append(
            f'<amp-next-page><script type="application/json">{json.dumps(next_cfg, ensure_ascii=False)}</script>'
            '<div separator><span class="np-sep">الخبر التالي</span></div></amp-next-page>'
        )
        for extra in spec.read_also:
            edt = hp.when(extra)
            h.append(
                f'<article class="art np-doc"><h2 class="np-title">{hp.esc(extra.title)}</h2>'
                f'<div class="meta"><span class="date">{hp.day_lev(edt)}</span></div><div class="article-body">'
            )
            extra_subs = set(extra.subheadings)
            for para in extra.paragraphs:
                tag = "h3" if para in extra_subs else "p"
                h.append(f"<{tag}>{hp.esc(para)}</{tag}>")
            h.append("</div></article>")
            glued_truth.append(hp.read_also_truth(extra, published=edt.strftime("%Y-%m-%d")))
    if latest:
        h.append('<section class="latest"><h2 class="box-title">آخر الأخبار</h2><ul>')
        for n, t in enumerate(latest):
            h.append(
                f'<li><a href="https://{SITE.domain}/news/{n + 8800}/amp"><amp-img src="/uploads/t{n}.jpg" width="90" height="60" alt=""></amp-img>'
                f'<span class="t">{hp.esc(t)}</span></a><time>{rng.choice(AGO)}</time></li>'
            )
        h.append("</ul></section>")
    h.append("</main>")
    h.append(
        f'<footer class="ftr"><a class="full" href="{canonical}">{FULL_SITE}</a><p class="follow">{FOLLOW}</p>'
        f'<p class="copy">{COPYRIGHT}</p></footer>'
    )
    h.append(
        f'<amp-user-notification layout="nodisplay" id="cookie-consent"><p>{COOKIE}</p>'
        '<button on="tap:cookie-consent.dismiss">موافق</button></amp-user-notification>'
    )
    h.append(
        '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-XXXX"}}</script></amp-analytics>'
    )
    h.append("</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=author,
        source=source,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
        section=section,
    )
    articles: list[Truth] = [main]
    if inline_at is not None:
        articles.append({"role": "headline", "title": inline})
    articles += [*hp.headlines(near), *glued_truth, *hp.headlines(latest)]
    boiler = [urgent[0], urgent[1], caption, FULL_SITE, FOLLOW, COPYRIGHT, COOKIE]
    boiler = [" ".join(b.split()[:10]) for b in boiler]
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h23", kind="html", site=SITE, render=render)
