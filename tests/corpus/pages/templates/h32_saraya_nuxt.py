"""h32: a Libyan daily on Nuxt 2 (Vue, server-side rendered): vue-meta tags (data-n-head="ssr") with
og:/article: metadata in Libyan time (+02:00), a JSON-LD NewsArticle, and the window.__NUXT__
payload (an IIFE with minified arguments) at the end of the body; the visible page is a tree of
<div data-v-…> components with <!----> placeholders: a top strip (date of the day, Tripoli
weather, the parallel-market dollar rate), a sticky "عاجل" bar (at the top or rendered last, as
position:fixed), breadcrumbs, the <h1>, then a meta row in one of several forms (an author chip
with avatar, an absolute date with "صباحاً/مساءً", a 24-hour numeric date, "نشر في 4 مارس 2025،
الساعة 14:30", or only a relative "منذ 3 ساعات" in a <time> whose datetime is UTC), reading time
and share counters ("1.2K مشاركة", per-network counts). The body is split into many small blocks:
either Draft.js output (data-block / data-offset-key divs holding one to three styled <span
data-text> runs per paragraph, a bold dateline run) or CMS blocks whose sentences are separate
<span>s with spacer divs; inside it sit a captioned photo credited to a wire agency that need not
be the story's, an ad slot and zero to two "اقرأ أيضاً" story cards (title plus relative time).
Datelines read "طرابلس (رويترز) - ", "بنغازي - «السرايا»: ", "(أ ف ب) - " or a separate "السرايا
الليبية - مصراتة" line; an "المصدر:" line follows some agency copy; "#" tag chips; an author card
with photo, bio and "كل مقالات الكاتب" (a desk card when the story is unsigned); a Facebook
comments placeholder on some pages; glued "اقرأ أيضاً في السرايا" full stories with their own
chips and dates; "أخبار ذات صلة" swiper cards; a numbered "الأكثر قراءة" aside that is rendered
before or after the article column; newsletter and app boxes; a bilingual footer and cookie bar."""

from __future__ import annotations

import json
import random
import re
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from tests.corpus.pages.model import (
    Page,
    PageSpec,
    Site,
    Story,
    Template,
    Truth,
    headline_truth,
)
from tests.corpus.pages.templates import _parts_w1 as w

SITE = Site(name="السرايا الليبية", domain="alsaraya-libya.example", name_latin="Al Saraya Libya")
SHORT = "السرايا"

V_APP = "data-v-7d2c1f0a"
V_HEAD = "data-v-0b9e44c1"
V_ART = "data-v-5f1a2b3c"
V_CARD = "data-v-2e8d9a71"
V_SIDE = "data-v-61c03e5d"

MENU = [
    "ليبيا", "طرابلس", "بنغازي", "الجنوب", "اقتصاد", "النفط والطاقة",
    "رياضة", "عربي ودولي", "رأي", "منوعات", "فيديو",
]  # fmt: skip
BREAKING = [
    "المؤسسة الوطنية للنفط تعلن استئناف الإنتاج في أحد حقول الحوض الغربي",
    "مصرف ليبيا المركزي يصدر تعميماً جديداً بشأن سقف السحب النقدي",
    "إغلاق جزئي للطريق الساحلي بين مصراتة وسرت لأعمال الصيانة",
    "الأرصاد: رياح نشطة محملة بالأتربة على مناطق الشمال الغربي",
]
CAPTIONS = ["صورة أرشيفية", "من موقع الحدث", "لقطة عامة", "صورة تعبيرية"]
PHOTO_CREDITS = ["أ ف ب", "رويترز", "الأناضول", "السرايا", "مواقع التواصل"]
BIOS = [
    "صحفي يغطي الشأن الاقتصادي وقطاع الخدمات في المنطقة الغربية منذ عام 2014.",
    "محررة في القسم السياسي، تتابع ملفات الحوار الوطني والشؤون البلدية.",
    "مراسل ميداني، عمل سابقاً مع عدد من الإذاعات المحلية في الجنوب الليبي.",
    "كاتب ومحرر أول، يهتم بالتحقيقات الاستقصائية وقضايا الشباب.",
]
DESK_BIO = "حساب التحرير الرسمي لبوابة السرايا الليبية الإخبارية"
SHARE_LABEL = "شارك هذا المقال"
NEWSLETTER = "اشترك في النشرة البريدية لتصلك أهم أخبار ليبيا كل صباح"
NEWSLETTER_NOTE = "يمكنك إلغاء الاشتراك في أي وقت من رابط أسفل الرسالة"
APP = "حمّل تطبيق السرايا الليبية على هاتفك"
APP_STORES = "متوفر على Google Play و App Store"
FB_PLUGIN = "المكوّن الإضافي لتعليقات فيسبوك"
FB_FIRST = "كن أول من يعلق على هذا الخبر"
ABOUT = "صحيفة إلكترونية ليبية مستقلة تصدر من طرابلس منذ 2013"
FOOTER_LINKS = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "Privacy Policy", "Terms"]
COPYRIGHT = "© 2025 جميع الحقوق محفوظة لـ السرايا الليبية | All Rights Reserved"
COOKIE = "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. This website uses cookies."
COOKIE_BTNS = ("موافق", "Accept", "المزيد")


def _utc(dt: datetime) -> str:
    """The front end's UTC stamp (Libya is two hours ahead)."""
    return (dt - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+02:00")


def _slug(text: str) -> int:
    return 200000 + zlib.crc32(text.encode()) % 700000


def _key(rng: random.Random) -> str:
    """A Draft.js block key."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))


def _clock_ar(dt: datetime) -> str:
    """ "02:30 مساءً"."""
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {'مساءً' if dt.hour >= 12 else 'صباحاً'}"


def _lead(
    story: Story, rng: random.Random
) -> tuple[str, str | None, str | None, str | None, str | None]:
    """The bold run that opens the body, a separate line above it, the truth's dateline and
    agency, and the "المصدر:" value printed after the body."""
    agency = w.canonical(story.agency)
    form = rng.choice(w.agency_forms(story.agency, latin=False)) if story.agency else None
    if form and story.place:
        if rng.random() < 0.6:
            dateline = f"{story.place} ({form})"
            return f"{dateline} - ", None, dateline, agency, None
        dateline = f"{story.place} - {form}"
        return f"{dateline}: ", None, dateline, agency, None
    if form:
        if rng.random() < 0.5:
            return f"({form}) - ", None, None, agency, None
        return "", None, None, agency, form
    if story.place:
        roll = rng.random()
        if roll < 0.4:
            dateline = f"{story.place} - «{SHORT}»"
            return f"{dateline}: ", None, dateline, None, None
        if roll < 0.75:
            line = f"{SITE.name} - {story.place}"
            return "", line, line, None, None
        return "", None, None, None, None
    return "", None, None, None, None


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!؟])\s+", text)
    return [p for p in parts if p]


def _draft(story: Story, prefix: str, rng: random.Random, inserts: dict[int, str]) -> list[str]:
    """Draft.js output: one data-block div per paragraph, its text in styled span runs."""
    editor = _key(rng)
    out = [
        f'<div {V_ART} class="article-body rich-text"><div class="DraftEditor-root">'
        '<div class="DraftEditor-editorContainer"><div class="public-DraftEditor-content" '
        'contenteditable="false" role="textbox"><div data-contents="true">'
    ]
    subs = set(story.subheadings)
    for i, para in enumerate(story.paragraphs):
        if i in inserts:
            out.append(
                f'<figure data-block="true" data-editor="{editor}" data-offset-key="{_key(rng)}-0-0">'
                f'<div contenteditable="false">{inserts[i]}</div></figure>'
            )
        key = _key(rng)
        block = "public-DraftStyleDefault-block public-DraftStyleDefault-rtl"
        if para in subs:
            out.append(
                f'<h3 class="" data-block="true" data-editor="{editor}" data-offset-key="{key}-0-0">'
                f'<div data-offset-key="{key}-0-0" class="{block}"><span data-offset-key="{key}-0-0" '
                f'style="font-weight:bold"><span data-text="true">{w.esc(para)}</span></span></div></h3>'
            )
            continue
        spans = []
        n = 0
        if i == 0 and prefix:
            spans.append(
                f'<span data-offset-key="{key}-0-0" style="font-weight:bold">'
                f'<span data-text="true">{w.esc(prefix)}</span></span>'
            )
            n = 1
        for j, run in enumerate(w.word_runs(para, rng)):
            style = ' style="font-weight:bold"' if j % 2 == 1 and rng.random() < 0.4 else ""
            spans.append(
                f'<span data-offset-key="{key}-{n + j}-0"{style}><span data-text="true">'
                f"{w.esc(run)}</span></span>"
            )
        out.append(
            f'<div class="" data-block="true" data-editor="{editor}" data-offset-key="{key}-0-0">'
            f'<div data-offset-key="{key}-0-0" class="{block}">{"".join(spans)}</div></div>'
        )
    out.append("</div></div></div></div></div>")
    return out


def _blocks(story: Story, prefix: str, rng: random.Random, inserts: dict[int, str]) -> list[str]:
    """CMS blocks: each paragraph a text block whose sentences are separate spans, with
    spacer blocks between some of them."""
    out = [f'<div {V_ART} class="post-content">']
    subs = set(story.subheadings)
    for i, para in enumerate(story.paragraphs):
        if i in inserts:
            out.append(
                f'<div {V_ART} class="content-block content-block--embed">{inserts[i]}</div>'
            )
        if para in subs:
            out.append(
                f'<div {V_ART} class="content-block content-block--heading">'
                f'<h2 {V_ART} class="block-heading">{w.esc(para)}</h2></div>'
            )
            continue
        spans = "".join(f"<span {V_ART}>{w.esc(s)} </span>" for s in _sentences(para))
        if i == 0 and prefix:
            spans = f'<strong {V_ART} class="dateline">{w.esc(prefix)}</strong>' + spans
        out.append(
            f'<div {V_ART} class="content-block content-block--text"><div {V_ART} class="txt">'
            f"{spans}</div></div>"
        )
        if i < len(story.paragraphs) - 1 and rng.random() < 0.35:
            out.append(
                f'<div {V_ART} class="content-block content-block--spacer"><div><br></div></div>'
            )
    out.append("</div>")
    return out


def _inline_card(title: str, label: str, when_text: str) -> str:
    return (
        f'<div {V_CARD} class="inline-card"><a {V_CARD} href="/news/{_slug(title)}">'
        f'<span {V_CARD} class="inline-card__label">{label}</span>'
        f'<img {V_CARD} src="/_nuxt/img/placeholder.3f1a.jpg" data-src="/uploads/{_slug(title)}.jpg" alt="">'
        f'<div {V_CARD} class="inline-card__title">{w.esc(title)}</div>'
        f'<span {V_CARD} class="inline-card__time">{when_text}</span></a></div>'
    )


def _photo(slug: int, rng: random.Random) -> str:
    return (
        f'<figure {V_ART} class="article-figure"><img {V_ART} src="/uploads/2025/{slug}.jpg" alt="">'
        f"<figcaption {V_ART}>{rng.choice(CAPTIONS)} ({rng.choice(PHOTO_CREDITS)})</figcaption></figure>"
    )


def _share(rng: random.Random) -> str:
    total = rng.randint(120, 4800)
    total_text = f"{total / 1000:.1f}K" if total >= 1000 else str(total)
    nets = [("فيسبوك", "fb"), ("إكس", "x"), ("واتساب", "wa"), ("تيليغرام", "tg")]
    links = "".join(
        f'<a {V_ART} class="share-btn share-btn--{c}" href="#">{n} '
        f'<span class="share-count">{rng.randint(0, total // 3)}</span></a>'
        for n, c in nets
    )
    return (
        f'<div {V_ART} class="share-bar"><span {V_ART} class="share-label">{SHARE_LABEL}</span>'
        f'<span {V_ART} class="share-total"><b>{total_text}</b> مشاركة</span>{links}'
        f'<button {V_ART} class="copy-link">نسخ الرابط</button></div>'
    )


def _date_row(dt: datetime, capture: datetime, mode: str) -> str:
    """The visible date of an article in the page's mode."""
    if mode == "ago":
        minutes = int((capture - dt).total_seconds() // 60)
        return f'<time {V_ART} datetime="{_utc(dt)}">{w.ago(minutes)}</time>'
    if mode == "long":
        text = f"{w.day_month(dt, w.MONTHS_EG, pad=True, weekday=True)} - {_clock_ar(dt)}"
    elif mode == "numeric":
        text = f"{dt:%d/%m/%Y} {dt:%H:%M}"
    else:
        text = f"نشر في {w.day_month(dt, w.MONTHS_EG)}، الساعة {dt:%H:%M}"
    return f'<time {V_ART} datetime="{_utc(dt)}">{text}</time>'


def _chip(author: str | None) -> str:
    name = author or f"فريق تحرير {SHORT}"
    return (
        f'<div {V_ART} class="author-chip"><img {V_ART} class="avatar" src="/uploads/authors/'
        f'{zlib.crc32(name.encode()) % 90}.jpg" alt=""><a {V_ART} href="/author/{_slug(name)}">'
        f"{w.esc(name)}</a></div>"
    )


def _author_card(author: str | None, rng: random.Random) -> tuple[str, str]:
    """The card after the text and the bio it prints."""
    if author:
        bio = rng.choice(BIOS)
        name = author
    else:
        bio = DESK_BIO
        name = f"فريق تحرير {SHORT}"
    card = (
        f'<div {V_ART} class="author-card"><img {V_ART} class="author-card__photo" '
        f'src="/uploads/authors/{zlib.crc32(name.encode()) % 90}.jpg" alt="{w.attr(name)}">'
        f'<div {V_ART} class="author-card__info"><span {V_ART} class="author-card__kicker">الكاتب</span>'
        f'<a {V_ART} class="author-card__name" href="/author/{_slug(name)}">{w.esc(name)}</a>'
        f'<p {V_ART} class="author-card__bio">{bio}</p>'
        f'<a {V_ART} class="author-card__more" href="/author/{_slug(name)}">كل مقالات الكاتب</a></div></div>'
    )
    return card, bio


@dataclass
class View:
    """One article as the page prints it, and what its truth needs."""

    title: str
    meta: list[str]
    body: list[str]
    truth: Truth
    author: str | None
    inline: list[str]


def _article_view(
    story: Story,
    rng: random.Random,
    capture: datetime,
    *,
    role: Literal["main", "read_also"],
    heading: str,
    mode: str,
    renderer: str,
    inline: list[str],
) -> View:
    """An article's head, meta row and body, with its truth and the inline cards it placed."""
    dt = w.when(story)
    prefix, lead_line, dateline, agency, source = _lead(story, rng)
    show_author = story.author is not None and rng.random() < 0.85
    author = story.author if show_author else None
    title = f'<{heading} {V_ART} class="article-title">{w.esc(story.title)}</{heading}>'
    meta = [f'<div {V_ART} class="article-meta">']
    if author or rng.random() < 0.5:
        meta.append(_chip(author))
    meta.append(_date_row(dt, capture, mode))
    meta.append(f'<span {V_ART} class="read-time">مدة القراءة: {rng.randint(2, 5)} دقائق</span>')
    meta.append("</div>")
    inserts: dict[int, str] = {}
    subs = set(story.subheadings)
    paras = story.paragraphs
    spots = [i for i in range(1, len(paras)) if paras[i] not in subs and paras[i - 1] not in subs]
    rng.shuffle(spots)
    placed: list[str] = []
    for card_title in inline:
        if spots:
            days = rng.randint(1, 9)
            inserts[spots.pop()] = _inline_card(card_title, "اقرأ أيضاً", w.ago(days * 1440))
            placed.append(card_title)
    if spots and rng.random() < 0.6:
        inserts[spots.pop()] = (
            '<div class="ad-slot"><span class="ad-label">إعلان</span>'
            f'<div id="div-gpt-ad-{rng.randint(10**12, 10**13)}-0"></div></div>'
        )
    # the cards sit in the body in paragraph order
    placed.sort(key=lambda t: next(i for i, v in inserts.items() if w.esc(t) in v))
    body: list[str] = []
    if lead_line:
        body.append(f'<div {V_ART} class="article-source-line">{w.esc(lead_line)}</div>')
    body += (_draft if renderer == "draft" else _blocks)(story, prefix, rng, inserts)
    if source:
        body.append(f'<div {V_ART} class="article-origin">المصدر: {w.esc(source)}</div>')
    published: str | None = w.iso(dt, w.has_clock(story))
    if role == "read_also" and mode == "ago":
        published = None  # a stacked story prints only "منذ ..." and carries no metadata
    truth = w.story_truth(
        role,
        story,
        published=published,
        author=author,
        source=source,
        dateline=dateline,
        agency=agency,
    )
    return View(title, meta, body, truth, author, placed)


def _nuxt_payload(story: Story, url: str, related: list[str]) -> str:
    """window.__NUXT__ as Nuxt 2 prints it: an IIFE whose arguments carry repeated values."""
    body = "".join(f"<p>{w.esc(p)}</p>" for p in story.paragraphs)
    args = [story.section or "ليبيا", SITE.name, story.author or "", "ar"]
    data = {
        "article": {
            "id": _slug(story.key),
            "title": story.title,
            "content": body,
            "published_at": story.published,
            "tags": story.keywords,
        },
        "related": [{"title": t, "id": _slug(t)} for t in related],
    }
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        '<script>window.__NUXT__=(function(a,b,c,d){return {layout:"default",data:['
        f"{blob}],fetch:{{}},error:null,state:{{section:a,site:b,author:c,locale:d}},"
        f'serverRendered:true,routePath:"{url.split(".example", 1)[1]}",config:{{}}}}}}'
        f"({','.join(json.dumps(a, ensure_ascii=False) for a in args)}));</script>"
    )


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = w.when(story)
    capture = dt + timedelta(minutes=rng.randint(70, 1300))
    slug = _slug(story.key)
    section = story.section or "ليبيا"
    url = f"https://{SITE.domain}/news/{slug}"
    mode = rng.choice(["ago", "long", "numeric", "phrase"])
    renderer = rng.choice(["draft", "blocks"])
    related = list(spec.related)
    n_inline = min(len(related), rng.choice([0, 1, 1, 2]))
    inline, cards, most = w.deal(related, [n_inline, rng.randint(2, 4)])
    tags = list(story.keywords) if story.keywords and rng.random() < 0.8 else []
    hashed = rng.random() < 0.6
    breaking = rng.choice(BREAKING)
    sticky_last = rng.random() < 0.5
    aside_first = rng.random() < 0.3
    comments = rng.random() < 0.5
    dollar = f"{rng.randint(6, 7)}.{rng.randint(10, 95)}"

    view = _article_view(
        story, rng, capture, role="main", heading="h1", mode=mode, renderer=renderer, inline=inline
    )
    main_truth, author = view.truth, view.author
    kw_raw = None
    if tags:
        shown = [f"#{t.replace(' ', '_')}" if hashed else t for t in tags]
        kw_raw = " ".join(shown)
        main_truth["keywords_raw"] = kw_raw
    main_truth["section"] = section

    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": story.title,
        "description": " ".join(story.paragraphs[0].split()[:22]) + "...",
        "image": [f"https://{SITE.domain}/uploads/2025/{slug}.jpg"],
        "datePublished": _local(dt),
        "dateModified": _local(dt + timedelta(minutes=rng.randint(5, 90))),
        "author": {"@type": "Person", "name": author}
        if author
        else {"@type": "Organization", "name": SITE.name},
        "publisher": {
            "@type": "Organization",
            "name": SITE.name,
            "logo": {"@type": "ImageObject", "url": f"https://{SITE.domain}/logo.png"},
        },
        "articleSection": section,
        "keywords": ", ".join(story.keywords),
        "inLanguage": "ar",
    }
    og_title = story.title if rng.random() < 0.5 else f"{story.title} - {SITE.name}"
    head = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ar%22%7D%7D">',
        "<head>",
        f'<title>{w.esc(story.title)} | {SITE.name}</title><meta data-n-head="ssr" charset="utf-8">',
        '<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta data-n-head="ssr" data-hid="description" name="description" content="{w.attr(ld["description"])}">',
        f'<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{w.attr(og_title)}">',
        f'<meta data-n-head="ssr" data-hid="og:description" property="og:description" content="{w.attr(ld["description"])}">',
        f'<meta data-n-head="ssr" data-hid="og:url" property="og:url" content="{url}">',
        '<meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article">',
        f'<meta data-n-head="ssr" data-hid="og:site_name" property="og:site_name" content="{SITE.name}">',
        f'<meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="{_local(dt)}">',
        f'<meta data-n-head="ssr" data-hid="article:section" property="article:section" content="{w.attr(section)}">',
        f'<meta data-n-head="ssr" data-hid="twitter:title" name="twitter:title" content="{w.attr(story.title)}">',
        f'<link data-n-head="ssr" rel="canonical" href="{url}">',
        '<link rel="preload" href="/_nuxt/runtime.4c1e2a.js" as="script"><link rel="preload" href="/_nuxt/app.9b0d11.js" as="script">',
        f'<script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        '<style data-vue-ssr-id="1c2d3e4f:0">.breaking-sticky{position:fixed;bottom:0}</style>',
        "</head>",
        '<body><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout">',
        f'<div {V_APP} class="app-layout rtl">',
    ]
    h = list(head)
    h.append(
        f'<div {V_HEAD} class="top-strip"><span {V_HEAD} class="today">'
        f"{w.day_month(capture, w.MONTHS_EG, pad=True, weekday=True)}</span>"
        f'<span {V_HEAD} class="weather">طرابلس {rng.randint(12, 31)}°</span>'
        f'<span {V_HEAD} class="fx">الدولار في السوق الموازية: {dollar} د.ل</span></div>'
    )
    h.append(
        f'<header {V_HEAD} class="site-header"><a {V_HEAD} href="/" class="logo nuxt-link-active">'
        f'<img {V_HEAD} src="/_nuxt/img/logo.8a7f.svg" alt="{SITE.name}"></a>'
        f'<button {V_HEAD} class="burger" aria-label="القائمة"><span></span></button>'
        f'<nav {V_HEAD} class="main-nav">'
        + "".join(f'<a {V_HEAD} href="/category/{i}">{m}</a>' for i, m in enumerate(MENU))
        + f'</nav><div {V_HEAD} class="search"><input {V_HEAD} placeholder="ابحث في السرايا"></div></header>'
    )
    sticky = (
        f'<div {V_HEAD} class="breaking-sticky"><span {V_HEAD} class="badge">عاجل</span>'
        f'<a {V_HEAD} href="/breaking">{breaking}</a>'
        f'<button {V_HEAD} class="close" aria-label="إغلاق">×</button></div>'
    )
    if not sticky_last:
        h.append(sticky)
    else:
        h.append("<!---->")

    aside: list[str] = []
    if most:
        aside.append(f'<aside {V_SIDE} class="sidebar"><div {V_SIDE} class="widget most-read">')
        aside.append(f'<h3 {V_SIDE} class="widget__title">الأكثر قراءة</h3><ol {V_SIDE}>')
        aside += [
            f'<li {V_SIDE}><span {V_SIDE} class="rank">{i}</span><a {V_SIDE} href="/news/{_slug(t)}">{w.esc(t)}</a></li>'
            for i, t in enumerate(most, start=1)
        ]
        aside.append("</ol></div></aside>")
    articles: list[Truth] = []
    if aside_first and aside:
        h += aside
        articles += [headline_truth(t) for t in most]

    h.append(f'<main {V_APP} class="page-article"><div {V_ART} class="container">')
    h.append(
        f'<nav {V_ART} class="breadcrumbs"><a {V_ART} href="/">الرئيسية</a> › '
        f'<a {V_ART} href="/category/libya">ليبيا</a> › <a {V_ART} href="/category/s">{w.esc(section)}</a></nav>'
    )
    h.append(f'<article {V_ART} class="article">')
    top_share = rng.random() < 0.6
    h.append(view.title)
    h += view.meta
    if top_share:
        h.append(_share(rng))
    h.append(_photo(slug, rng))
    h += view.body
    articles.append(main_truth)
    articles += [headline_truth(t) for t in view.inline]
    if tags:
        shown = kw_raw.split(" ") if hashed and kw_raw else tags
        h.append(
            f'<div {V_ART} class="tags"><span {V_ART} class="tags__label">الوسوم</span>'
            + "".join(
                f'<a {V_ART} class="chip" href="/tag/{_slug(t)}">{w.esc(t)}</a>' for t in shown
            )
            + "</div>"
        )
    if not top_share:
        h.append(_share(rng))
    card, bio = _author_card(author if author else None, rng)
    h.append(card)
    h.append("</article>")
    furniture = [SHARE_LABEL, bio, NEWSLETTER, APP, APP_STORES, ABOUT, COPYRIGHT, COOKIE, breaking]
    furniture.append(f"الدولار في السوق الموازية: {dollar} د.ل")
    if comments:
        h.append(
            f'<section {V_ART} class="comments"><h3 {V_ART}>التعليقات</h3>'
            f'<div class="fb-comments" data-href="{url}" data-numposts="5">'
            f"<span>0 تعليقات</span> <span>ترتيب حسب: الأقدم</span>"
            f'<textarea placeholder="أضف تعليقاً..."></textarea><p>{FB_FIRST}</p>'
            f"<small>{FB_PLUGIN}</small></div></section>"
        )
        furniture += [FB_FIRST, FB_PLUGIN]

    if spec.read_also:
        h.append(
            f'<section {V_ART} class="more-stories"><h2 {V_ART} class="section-title">اقرأ أيضاً في {SHORT}</h2>'
        )
        for extra in spec.read_also:
            e_dt = w.when(extra)
            recent = timedelta(0) < capture - e_dt < timedelta(days=9)
            e_mode = rng.choice(["ago", "long", "numeric"] if recent else ["long", "numeric"])
            e_view = _article_view(
                extra,
                rng,
                capture,
                role="read_also",
                heading="h2",
                mode=e_mode,
                renderer=renderer,
                inline=[],
            )
            h.append(f'<article {V_ART} class="article article--stacked">')
            h += [e_view.title, *e_view.meta, *e_view.body]
            h.append("</article>")
            articles.append(e_view.truth)
        h.append("</section>")

    if cards:
        h.append(
            f'<section {V_CARD} class="related swiper-container"><h2 {V_CARD} class="section-title">أخبار ذات صلة</h2>'
            f'<div {V_CARD} class="swiper-wrapper">'
        )
        for t in cards:
            minutes = rng.randint(2, 12) * 1440 + rng.randint(0, 600)
            h.append(
                f'<div {V_CARD} class="swiper-slide card"><a {V_CARD} href="/news/{_slug(t)}">'
                f'<img {V_CARD} src="/uploads/thumbs/{_slug(t)}.jpg" alt="">'
                f'<h3 {V_CARD} class="card__title">{w.esc(t)}</h3></a>'
                f'<span {V_CARD} class="card__time">{w.ago(minutes)}</span></div>'
            )
        h.append("</div></section>")
        articles += [headline_truth(t) for t in cards]
    h.append("</div></main>")
    if not aside_first and aside:
        h += aside
        articles += [headline_truth(t) for t in most]

    h.append(
        f'<div {V_APP} class="newsletter"><p {V_APP}>{NEWSLETTER}</p><input {V_APP} type="email" '
        f'placeholder="بريدك الإلكتروني"><button {V_APP}>اشترك</button><small {V_APP}>{NEWSLETTER_NOTE}</small></div>'
    )
    furniture.append(NEWSLETTER_NOTE)
    h.append(
        f'<div {V_APP} class="app-promo"><p {V_APP}>{APP}</p><span {V_APP}>{APP_STORES}</span></div>'
    )
    h.append(
        f'<footer {V_APP} class="site-footer"><p {V_APP} class="about">{ABOUT}</p><ul {V_APP}>'
        + "".join(
            f'<li {V_APP}><a {V_APP} href="/page/{i}">{x}</a></li>'
            for i, x in enumerate(FOOTER_LINKS)
        )
        + f'</ul><p {V_APP} class="copyright">{COPYRIGHT}</p></footer>'
    )
    if sticky_last:
        h.append(sticky)
    h.append(
        f'<div {V_APP} class="cookie-bar"><p {V_APP}>{COOKIE}</p>'
        + "".join(f"<button {V_APP}>{b}</button>" for b in COOKIE_BTNS)
        + "</div>"
    )
    h.append("</div></div></div>")
    h.append(_nuxt_payload(story, url, spec.related))
    h.append(
        '<script src="/_nuxt/runtime.4c1e2a.js" defer></script><script src="/_nuxt/app.9b0d11.js" defer></script>'
    )
    h.append("</body>\n</html>\n")
    return w.finish(spec, "\n".join(h), articles, furniture, url, "text/html")


TEMPLATE = Template(id="h32", kind="html", site=SITE, render=render)
