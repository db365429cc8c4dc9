"""h34: a Qatari business daily (Doha) on Laravel with Tailwind CSS and Alpine.js/Livewire: no
semantic class names at all (every block is a <div> of utility classes, with x-data, x-show and
wire:snapshot attributes); the <title> carries the section and the site's names but not the
headline (og:title, when present, does); an English cookie banner at the top or the bottom, an
English masthead line with today's date (not the article's), "English | عربي", a market ticker
of Gulf indices and Qatari stocks printed twice (the marquee's clone), a bilingual menu, a
section chip in Arabic and English over the <h1>, a byline ("بقلم NAME", "By NAME", an author
card with role, or the wire itself as "By Reuters"), the date in Arabic, English ("Published Tue,
4 Mar 2025, 2:30 PM AST" with an "Updated" time) or numeric form, above the photo or AFTER the
text; the wire credit printed in one of several places: a "CITY - AGENCY:" or QNA-style "CITY في
D MONTH /AGENCY/" lead, a "(AGENCY)" or "— Reuters" line after the last paragraph (for Reuters
copy followed by the Arabic desk's "(إعداد ... - تحرير ...)" credit), "الخبر والصورة: AGENCY" in
the photo caption or an "المصدر: AGENCY | Source: ..." line under the photo; an injected "Market
snapshot | لمحة عن الأسواق" table of Gulf indices between paragraphs (or beside the article), a
"Read more | اقرأ أيضاً" card inside the text, "Topics" chips, a share row, "Related | ذات صلة"
links with English dates or an unlabelled list of links, glued "Also read" / "More on this story"
articles with their own dates and credits, a sidebar (before or after the article in the
source) with currency rates and a numbered "Most read | الأكثر قراءة", an English newsletter
modal, app badges and a bilingual footer with a market-data disclaimer."""

from __future__ import annotations

import json
import random
import zlib
from datetime import datetime, timedelta
from typing import NamedTuple

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
from tests.corpus.pages.templates import _parts_w2 as w

SITE = Site(name="محار بزنس", domain="mahar-business.example", name_latin="Mahar Business")

MENU = [
    ("الأسواق", "Markets"), ("الطاقة", "Energy"), ("البنوك", "Banking"),
    ("العقارات", "Property"), ("الشركات", "Companies"), ("الاقتصاد", "Economy"),
    ("التقنية", "Tech"), ("آراء", "Opinion"),
]  # fmt: skip
SECTION_EN = {
    "اقتصاد": "Economy", "سياسة": "Politics", "حوادث": "Incidents", "طقس": "Weather",
    "رياضة": "Sport", "منوعات": "Lifestyle", "تكنولوجيا": "Tech", "محليات": "Local",
}  # fmt: skip
TICKER = [
    ("QE Index", "مؤشر قطر", 10000.0, 10900.0), ("QNBK", "QNB", 16.0, 19.5),
    ("IQCD", "صناعات قطر", 11.8, 14.0), ("ORDS", "Ooredoo", 10.5, 12.4),
    ("QIBK", "مصرف قطر الإسلامي", 19.0, 22.5), ("MARK", "مصرف الريان", 2.2, 2.7),
    ("DFMGI", "سوق دبي", 5000.0, 5600.0), ("FADGI", "سوق أبوظبي", 9300.0, 9900.0),
    ("BHSEASI", "البحرين العام", 1880.0, 2010.0), ("TASI", "تاسي", 11000.0, 12500.0),
    ("Brent", "برنت", 60.0, 82.0), ("XAU", "الذهب", 2600.0, 3300.0),
]  # fmt: skip
INDICES = [
    ("بورصة قطر", "QE", 10000.0, 10900.0), ("سوق دبي المالي", "DFM", 5000.0, 5600.0),
    ("سوق أبوظبي للأوراق المالية", "ADX", 9300.0, 9900.0), ("بورصة البحرين", "BHB", 1880.0, 2010.0),
    ("بورصة الكويت", "BK", 7600.0, 8300.0), ("السوق السعودية", "TASI", 11000.0, 12500.0),
    ("بورصة مسقط", "MSX", 4300.0, 4700.0),
]  # fmt: skip
RATES = [
    ("الدولار الأمريكي", "USD", "3.6400"), ("اليورو", "EUR", "3.9512"),
    ("الجنيه الإسترليني", "GBP", "4.6108"), ("الريال السعودي", "SAR", "0.9706"),
    ("الدرهم الإماراتي", "AED", "0.9911"), ("الدينار الكويتي", "KWD", "11.8120"),
]  # fmt: skip
MASTHEAD = "Business daily published in Doha, Qatar"
MARKET_STATUS = ["QSE: Closed", "QSE: Open", "QSE: Pre-open"]
TICKER_NOTE = "الأسعار متأخرة 15 دقيقة | Prices delayed 15 minutes"
COOKIE = (
    "We use cookies and similar technologies to keep this site working, to measure traffic "
    "and to personalise the ads you see."
)
COOKIE_BTNS = ("Accept all", "Reject non-essential", "Cookie settings")
SNAP_HEAD = "Market snapshot | لمحة عن الأسواق"
SNAP_NOTE = "البيانات عند الإغلاق، مصدر البيانات: البورصات الخليجية | Data at close"
SHARE = "Share this article | شارك المقال"
FOLLOW = "تابع محار بزنس على لينكدإن وإكس للحصول على آخر أخبار الأسواق"
NL_HEAD = "Don't miss the Mahar Morning Brief"
NL_TEXT = "Markets, energy and deals from across the Gulf, in your inbox every weekday at 7am."
NL_AR = "اشترك مجاناً في النشرة الصباحية"
NL_NOTE = "By signing up you agree to our Terms of Use and Privacy Policy."
APP = "Download on the App Store | Get it on Google Play"
ABOUT = "محار بزنس منصة إخبارية اقتصادية مستقلة مقرها الدوحة تغطي أسواق الخليج والطاقة والشركات"
DISCLAIMER = (
    "Market data is provided for information only, is delayed by at least 15 minutes and is "
    "not investment advice."
)
COPYRIGHT = "© 2025 Mahar Business. All rights reserved. جميع الحقوق محفوظة"
FOOTER_LINKS = [
    "About us",
    "من نحن",
    "Advertise",
    "أعلن معنا",
    "Careers",
    "Privacy Policy",
    "اتصل بنا",
]
ROLES = [
    "محرر الأسواق · Markets Editor",
    "مراسل الطاقة · Energy Reporter",
    "محررة اقتصادية · Economy Desk",
]
CAPTIONS = [
    "صورة أرشيفية",
    "منظر عام من موقع الحدث (أرشيف)",
    "A general view (file photo)",
    "لقطة من المكان",
]
PHOTO_CREDITS = ["Photo: Getty Images", "تصوير: محار بزنس", "Shutterstock"]
DESK_NAMES = ["هالة نصر", "عمرو القاضي", "سامح الخطيب", "دينا البطل", "مروان السيد"]
ALSO = ["Also read | اقرأ أيضاً", "More on this story | المزيد حول هذا الموضوع"]


class Credit(NamedTuple):
    """Where a story's wire and place are printed, and what the truth keeps of them."""

    lead: str  # the prefix of the first paragraph
    dateline: str | None
    agency: str | None
    byline: str | None  # replaces the writer's byline ("By Reuters")
    tail: list[str]  # lines after the last paragraph
    caption: str | None  # appended to the photo caption
    under_photo: str | None  # a line under the photo
    source: str | None


def _credit(story: Story, rng: random.Random, *, photo: bool) -> Credit:
    """Pick how this story's wire credit and dateline are printed."""
    dt = w.when(story)
    place = story.place
    agency = w.agency_key(story.agency)
    if not agency:
        if place and rng.random() < 0.75:
            if rng.random() < 0.5:
                return Credit(f"{place}: ", place, None, None, [], None, None, None)
            line = f"{place} - {SITE.name}"
            return Credit(f"{line}: ", line, None, None, [], None, None, None)
        return Credit("", None, None, None, [], None, None, None)
    form = w.agency_arabic(agency, rng)
    latin = w.agency_latin(agency)
    modes = ["lead", "tail", "tail", "byline"] + (["caption", "under"] if photo else [])
    mode = rng.choice(modes)
    lead, dateline = "", None
    if mode != "lead" and place and rng.random() < 0.6:
        lead, dateline = f"{place}: ", place
    if mode == "lead":
        if place and rng.random() < 0.5:
            line = f"{place} في {dt.day} {w.MONTHS_EG[dt.month - 1]} /{form}/"
            return Credit(f"{line} ", line, agency, None, [], None, None, None)
        if place:
            line = f"{place} - {form}"
            return Credit(f"{line}: ", line, agency, None, [], None, None, None)
        return Credit(f"({form}) - ", None, agency, None, [], None, None, None)
    if mode == "tail":
        if agency == "رويترز" and rng.random() < 0.7:
            a, b = rng.sample(DESK_NAMES, 2)
            tail = [f"({form})", f"(إعداد {a} للنشرة العربية - تحرير {b})"]
            return Credit(lead, dateline, agency, None, tail, None, None, None)
        if rng.random() < 0.4:
            return Credit(lead, dateline, agency, None, [f"المصدر: {form}"], None, None, form)
        mark = rng.choice([f"({form})", f"— {latin or form}"])
        return Credit(lead, dateline, agency, None, [mark], None, None, None)
    if mode == "byline":
        return Credit(
            lead, dateline, agency, f"By {latin}" if latin else form, [], None, None, None
        )
    if mode == "caption":
        return Credit(lead, dateline, agency, None, [], f"الخبر والصورة: {form}", None, None)
    line = f"المصدر: {form}" + (f" | Source: {latin}" if latin else "")
    return Credit(lead, dateline, agency, None, [], None, line, form)


def _date(dt: datetime, clock: bool, style: int, rng: random.Random) -> tuple[list[str], bool]:
    """The printed date lines and whether a clock time is in them."""
    if style == 0:
        text = w.day_ar(dt, w.MONTHS_EG, weekday=True)
        return ([f"{text} - {dt:%H:%M} بتوقيت الدوحة"], True) if clock else ([text], False)
    if style == 1:
        text = f"Published {w.day_en(dt, weekday=True, short=True)}"
        if not clock:
            return [text], False
        lines = [f"{text}, {w.clock12_en(dt)} AST"]
        if rng.random() < 0.6:
            later = dt + timedelta(minutes=rng.randint(20, 400))
            lines.append(f"Updated {w.day_en(later, short=True)}, {w.clock12_en(later)} AST")
        return lines, True
    text = f"نُشر في {dt:%d/%m/%Y}"
    return ([f"{text} | {dt:%H:%M}"], True) if clock else ([text], False)


def _quotes(rng: random.Random, table: list[tuple[str, str, float, float]], n: int) -> list[str]:
    """Market rows as "CODE NAME 10,482.13 ▲ 0.42%"."""
    rows = []
    for code, name, lo, hi in rng.sample(table, n):
        price, change = rng.uniform(lo, hi), rng.uniform(-2.2, 2.2)
        arrow = "▲" if change >= 0 else "▼"
        rows.append(f"{code} {name} {price:,.2f} {arrow} {abs(change):.2f}%")
    return rows


def _ticker(rows: list[str]) -> list[str]:
    items = "".join(
        f'<div class="inline-flex items-center gap-1 px-3"><span>{w.esc(r)}</span></div>'
        for r in rows
    )
    return [
        '<div class="relative overflow-hidden whitespace-nowrap bg-slate-900 py-1 text-xs text-slate-100" x-data="marquee" x-init="start()">',
        f'<div class="inline-flex animate-[marquee_40s_linear_infinite]">{items}</div>',
        f'<div class="inline-flex animate-[marquee_40s_linear_infinite]" aria-hidden="true">{items}</div>',
        f'<div class="absolute left-0 top-0 bg-slate-800 px-2 text-[10px]">{TICKER_NOTE}</div>',
        "</div>",
    ]


def _snapshot(rng: random.Random) -> str:
    rows = []
    for name, code, lo, hi in rng.sample(INDICES, 5):
        close, change = rng.uniform(lo, hi), rng.uniform(-1.8, 1.8)
        color = "text-emerald-600" if change >= 0 else "text-rose-600"
        rows.append(
            f'<tr class="border-b border-slate-100"><td class="py-1.5 pe-3">{name} <span class="text-slate-400">{code}</span></td>'
            f'<td class="py-1.5 tabular-nums">{close:,.2f}</td><td class="py-1.5 tabular-nums {color}">{change:+.2f}%</td></tr>'
        )
    return (
        '<div class="not-prose my-8 rounded-lg border border-slate-200 bg-slate-50 p-4" wire:ignore>'
        f'<div class="mb-2 text-sm font-bold text-slate-700">{SNAP_HEAD}</div>'
        '<table class="w-full text-sm"><thead><tr class="text-slate-500"><th class="text-start">المؤشر | Index</th>'
        '<th class="text-start">الإغلاق | Close</th><th class="text-start">التغير | Chg</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        f'<div class="mt-2 text-[11px] text-slate-400">{SNAP_NOTE}</div></div>'
    )


def _read_more(title: str) -> str:
    return (
        '<div class="not-prose my-6 flex gap-3 border-s-4 border-amber-500 bg-amber-50 p-3">'
        '<div class="text-xs font-bold uppercase text-amber-700">Read more | اقرأ أيضاً</div>'
        f'<a class="text-base font-semibold text-slate-900 hover:underline" href="/ar/news/{_sid(title)}">{w.esc(title)}</a></div>'
    )


def _sid(title: str) -> int:
    return 200000 + zlib.crc32(title.encode()) % 700000


def _body(
    story: Story, credit: Credit, boxes: dict[int, str], *, size: str = "text-[17px]"
) -> list[str]:
    """The text block: paragraphs, subheadings, boxes before paragraph i, then the tail lines."""
    out = ['<div class="prose prose-slate max-w-none leading-8" x-data="{ zoom: false }">']
    for i, para in enumerate(story.paragraphs):
        if i in boxes:
            out.append(boxes[i])
        if para in story.subheadings:
            out.append(f'<h2 class="mt-8 mb-3 text-xl font-bold text-slate-900">{w.esc(para)}</h2>')
        else:
            lead = credit.lead if i == 0 else ""
            lead_html = f'<span class="font-bold">{w.esc(lead)}</span>' if lead else ""
            out.append(f'<p class="mb-5 {size} text-slate-800">{lead_html}{w.esc(para)}</p>')
    for line in credit.tail:
        out.append(f'<p class="mt-2 text-sm text-slate-500">{w.esc(line)}</p>')
    out.append("</div>")
    return out


def _byline(story: Story, credit: Credit, rng: random.Random) -> tuple[str | None, str | None]:
    """The byline block and the truth's author."""
    if story.author:
        style = rng.randrange(3)
        if style == 0:
            html = f'<div class="text-sm text-slate-700">بقلم <a class="font-semibold" href="/ar/author/{_sid(story.author)}">{w.esc(story.author)}</a></div>'
        elif style == 1:
            html = f'<div class="text-sm text-slate-700">By <span class="font-semibold">{w.esc(story.author)}</span></div>'
        else:
            html = (
                f'<div class="flex items-center gap-3"><img class="h-10 w-10 rounded-full" src="/storage/authors/{_sid(story.author)}.webp" alt="">'
                f'<div><a class="block text-sm font-semibold" href="/ar/author/{_sid(story.author)}">{w.esc(story.author)}</a>'
                f'<span class="block text-xs text-slate-500">{rng.choice(ROLES)}</span></div></div>'
            )
        return html, story.author
    if credit.byline:
        return (
            f'<div class="text-sm font-semibold text-slate-700">{w.esc(credit.byline)}</div>',
            None,
        )
    return None, None


def _glued(extra: Story, rng: random.Random, label: str, style: int) -> tuple[list[str], Truth]:
    """A full article glued under the main one, with its own date, byline and credit."""
    dt = w.when(extra)
    credit = _credit(extra, rng, photo=False)
    lines, clock = _date(dt, w.has_clock(extra), style, rng)
    by_html, author = _byline(extra, credit, rng)
    out = [
        '<div class="mt-12 border-t-4 border-slate-900 pt-6">',
        f'<div class="mb-2 text-xs font-bold uppercase tracking-wider text-amber-700">{label}</div>',
        f'<h2 class="text-2xl font-extrabold leading-snug text-slate-900">{w.esc(extra.title)}</h2>',
        '<div class="mt-2 flex flex-wrap gap-x-4 text-xs text-slate-500">',
    ]
    if by_html:
        out.append(by_html)
    out += [f"<span>{w.esc(x)}</span>" for x in lines]
    out.append("</div>")
    out += _body(extra, credit, {}, size="text-base")
    out.append("</div>")
    truth = article_truth(
        "read_also",
        extra,
        title=extra.title,
        body_first=extra.paragraphs[0],
        body_last=extra.paragraphs[-1],
        published=w.iso(dt, clock),
        author=author,
        source=credit.source,
        dateline=credit.dateline,
        agency=credit.agency,
    )
    return out, truth


def _aside(rng: random.Random, most: list[str]) -> list[str]:
    rates = "".join(
        f'<tr><td class="py-1">{n} <span class="text-slate-400">{c}</span></td><td class="py-1 tabular-nums">{v}</td></tr>'
        for n, c, v in RATES
    )
    out = [
        '<div class="col-span-12 space-y-8 lg:col-span-4 lg:order-last">',
        '<div class="rounded border border-slate-200 p-4"><div class="mb-2 font-bold">Currencies | العملات مقابل الريال</div>'
        f'<table class="w-full text-sm">{rates}</table></div>',
    ]
    if most:
        out.append(
            '<div class="rounded border border-slate-200 p-4"><div class="mb-3 font-bold">Most read | الأكثر قراءة</div>'
        )
        for n, t in enumerate(most, start=1):
            out.append(
                f'<div class="flex gap-3 border-b border-slate-100 py-2"><span class="text-2xl font-black text-slate-300">{n}</span>'
                f'<a class="text-sm font-semibold" href="/ar/news/{_sid(t)}">{w.esc(t)}</a></div>'
            )
        out.append("</div>")
    out.append(
        '<div class="rounded bg-slate-100 p-4 text-center text-xs text-slate-400">Advertisement | إعلان</div>'
    )
    out.append("</div>")
    return out


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = w.when(story)
    k = int(spec.name.rsplit("-", 1)[1])
    section = story.section or "اقتصاد"
    section_en = SECTION_EN.get(section, "News")
    sid = _sid(story.title)
    url = f"https://www.{SITE.domain}/ar/news/{sid}"
    today = dt + timedelta(days=rng.randint(0, 2), hours=rng.randint(0, 6))

    photo = rng.random() < 0.85
    credit = _credit(story, rng, photo=photo)
    style = (k + rng.randrange(2)) % 3
    date_lines, clock = _date(dt, w.has_clock(story), style, rng)
    date_below = rng.random() < 0.4
    by_html, author = _byline(story, credit, rng)
    words = sum(len(p.split()) for p in story.paragraphs)
    minutes = max(2, round(words / 200))

    related = list(spec.related)
    read_more = (
        related.pop(0) if related and len(story.paragraphs) >= 4 and rng.random() < 0.8 else None
    )
    n_most = min(len(related), rng.randint(2, 4)) if len(related) >= 3 else 0
    most = related[len(related) - n_most :] if n_most else []
    listed = related[: len(related) - n_most]
    labelled = rng.random() < 0.6
    aside_first = rng.random() < 0.4
    snapshot_inside = len(story.paragraphs) >= 3 and rng.random() < 0.7
    cookie_top = rng.random() < 0.5
    glued_first = rng.random() < 0.5
    tags = list(story.keywords) if story.keywords and rng.random() < 0.85 else []
    tag_sep = rng.choice([" ", " · "])

    spots = w.plain_spots(story, rng, 2)
    boxes: dict[int, str] = {}
    if snapshot_inside and spots:
        boxes[spots.pop()] = _snapshot(rng)
    if read_more and spots:
        boxes[spots.pop(0)] = _read_more(read_more)
    elif read_more:
        listed.insert(0, read_more)
        read_more = None

    # head
    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl" class="scroll-smooth">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="csrf-token" content="{zlib.crc32(url.encode()):x}Zq81">',
        f"<title>{section_en} | {w.esc(section)} - {SITE.name_latin} {SITE.name}</title>",
        f'<meta name="description" content="{w.attr(" ".join(story.paragraphs[0].split()[:25]))}">',
    ]
    if rng.random() < 0.6:
        h.append(f'<meta property="og:title" content="{w.attr(story.title)}">')
    h += [
        f'<meta property="og:site_name" content="{SITE.name_latin}">',
        '<meta property="og:locale" content="ar_QA"><meta property="og:locale:alternate" content="en_GB">',
        '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@MaharBiz">',
        f'<meta property="article:published_time" content="{dt:%Y-%m-%dT%H:%M:00}+03:00">',
        f'<link rel="alternate" hreflang="en" href="https://www.{SITE.domain}/en/">',
        '<link rel="stylesheet" href="/build/assets/app-4f1c2a9e.css">',
        '<script type="module" src="/build/assets/app-91b0d3aa.js"></script>',
    ]
    if rng.random() < 0.5:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": (dt - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "articleSection": section_en,
            "inLanguage": "ar",
            "publisher": {"@type": "Organization", "name": SITE.name_latin},
        }
        if author:
            ld["author"] = {"@type": "Person", "name": author}
        h.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    h.append("<style>[x-cloak]{display:none!important}</style>\n</head>")
    h.append('<body class="bg-white font-sans text-slate-900 antialiased">')

    cookie = (
        '<div x-data="{ open: !localStorage.getItem(\'consent\') }" x-show="open" x-cloak '
        'class="fixed inset-x-0 bottom-0 z-50 bg-slate-900 p-4 text-sm text-white" dir="ltr">'
        f'<p class="mb-3">{COOKIE}</p><div class="flex gap-2">'
        + "".join(f'<button class="rounded border px-3 py-1">{b}</button>' for b in COOKIE_BTNS)
        + "</div></div>"
    )
    if cookie_top:
        h.append(cookie)
    status = rng.choice(MARKET_STATUS)
    h.append(
        '<div class="border-b border-slate-200 bg-slate-50 text-xs text-slate-600"><div class="mx-auto flex max-w-7xl justify-between px-4 py-1" dir="ltr">'
        f"<span>{w.day_en(today, weekday=True)} | {MASTHEAD}</span><span>{status}</span>"
        '<span><a href="/en" class="font-semibold">English</a> | <a href="/ar">عربي</a></span></div></div>'
    )
    h += _ticker(_quotes(rng, TICKER, 8))
    h.append(
        '<div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-4">'
        f'<a href="/ar" class="text-3xl font-black tracking-tight">{SITE.name} <span class="text-base font-medium text-slate-500">{SITE.name_latin}</span></a>'
        '<a href="/subscribe" class="rounded bg-amber-500 px-4 py-2 text-sm font-bold">اشترك | Subscribe</a></div>'
    )
    h.append(
        '<div class="sticky top-0 z-40 border-y border-slate-900 bg-white" x-data="{ menu: false }"><div class="mx-auto flex max-w-7xl gap-5 overflow-x-auto px-4 py-2 text-sm font-semibold">'
        + "".join(
            f'<a href="/ar/{en.lower()}" class="whitespace-nowrap">{ar} <span class="text-[10px] font-normal text-slate-400">{en}</span></a>'
            for ar, en in MENU
        )
        + "</div></div>"
    )
    h.append('<div class="mx-auto mt-6 grid max-w-7xl grid-cols-12 gap-8 px-4">')

    # the sidebar may come first in the source (CSS puts it on the left)
    articles: list[Truth] = []
    if aside_first:
        h += _aside(rng, most)
        articles += [headline_truth(t) for t in most]

    h.append(
        f'<div class="col-span-12 lg:col-span-8" wire:id="{zlib.crc32(story.key.encode()):x}" '
        f'wire:snapshot="{{&quot;data&quot;:{{&quot;postId&quot;:{sid}}},&quot;memo&quot;:{{&quot;name&quot;:&quot;article.show&quot;}}}}">'
    )
    h.append(
        f'<div class="mb-3 text-xs font-bold uppercase tracking-wider text-amber-700"><a href="/ar/{section_en.lower()}">{w.esc(section)}</a> · {section_en}</div>'
    )
    h.append(
        f'<h1 class="text-3xl font-extrabold leading-tight text-slate-900 md:text-4xl">{w.esc(story.title)}</h1>'
    )
    meta = [
        '<div class="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 pb-4 text-sm text-slate-500">'
    ]
    if by_html:
        meta.append(by_html)
    if not date_below:
        meta += [f"<span>{w.esc(x)}</span>" for x in date_lines]
    meta.append(f"<span>{minutes} min read | {minutes} دقائق قراءة</span>")
    meta.append("</div>")
    h += meta

    if photo:
        caption = rng.choice(CAPTIONS)
        if credit.caption:
            caption += f" ({credit.caption})"
        h.append(
            f'<div class="my-6"><img class="w-full rounded" src="/storage/news/{sid}/cover.webp" alt="" loading="lazy">'
            f'<div class="mt-1 text-xs text-slate-500">{w.esc(caption)} <span class="text-slate-400">{rng.choice(PHOTO_CREDITS)}</span></div></div>'
        )
        if credit.under_photo:
            h.append(
                f'<div class="mb-4 text-sm font-semibold text-slate-600">{w.esc(credit.under_photo)}</div>'
            )
    h.append(
        f'<div class="my-4 flex gap-3 text-xs text-slate-500"><span>{SHARE}</span><a href="#">LinkedIn</a><a href="#">X</a><a href="#">WhatsApp</a><a href="#">Email</a></div>'
    )
    h += _body(story, credit, boxes)
    if date_below:
        h += [f'<div class="mt-2 text-xs text-slate-500">{w.esc(x)}</div>' for x in date_lines]

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=w.iso(dt, clock),
        author=author,
        source=credit.source,
        dateline=credit.dateline,
        agency=credit.agency,
        keywords_raw=tag_sep.join(tags) if tags else None,
        section=section,
    )
    articles.append(main)
    if read_more:
        articles.append(headline_truth(read_more))

    if not snapshot_inside:
        h.append(_snapshot(rng))
    if tags:
        chips = tag_sep.join(
            f'<a class="rounded-full bg-slate-100 px-3 py-1 text-xs" href="/ar/topic/{_sid(t)}">{w.esc(t)}</a>'
            for t in tags
        )
        h.append(
            f'<div class="mt-8 flex flex-wrap gap-2"><span class="text-xs font-bold">Topics</span> {chips}</div>'
        )
    h.append(f'<div class="mt-6 rounded bg-slate-50 p-3 text-sm text-slate-600">{FOLLOW}</div>')

    def related_block() -> None:
        if not listed:
            return
        if labelled:
            h.append(
                '<div class="mt-10"><div class="mb-3 border-b-2 border-slate-900 pb-1 font-bold">Related | ذات صلة</div>'
            )
            for t in listed:
                d = dt - timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 20))
                h.append(
                    f'<div class="border-b border-slate-100 py-2"><a class="font-semibold" href="/ar/news/{_sid(t)}">{w.esc(t)}</a>'
                    f' <span class="text-xs text-slate-400" dir="ltr">{w.day_en(d, short=True)}</span></div>'
                )
            h.append("</div>")
        else:
            h.append('<div class="mt-8 grid grid-cols-2 gap-4">')
            h.extend(
                f'<a class="block text-sm font-semibold" href="/ar/news/{_sid(t)}">{w.esc(t)}</a>'
                for t in listed
            )
            h.append("</div>")
        articles.extend(headline_truth(t) for t in listed)

    def glued_block() -> None:
        label = rng.choice(ALSO)
        for extra in spec.read_also:
            out, truth = _glued(extra, rng, label, (style + 1) % 3)
            h.extend(out)
            articles.append(truth)

    if glued_first:
        glued_block()
        related_block()
    else:
        related_block()
        glued_block()
    h.append("</div>")
    if not aside_first:
        h += _aside(rng, most)
        articles += [headline_truth(t) for t in most]
    h.append("</div>")

    h.append(
        '<div x-data="{ show: false }" x-init="setTimeout(() => show = true, 9000)" x-show="show" x-cloak '
        'class="fixed inset-0 z-50 flex items-center justify-center bg-black/60" dir="ltr">'
        f'<div class="max-w-md rounded bg-white p-6"><div class="text-xl font-bold">{NL_HEAD}</div><p>{NL_TEXT}</p>'
        f'<p dir="rtl">{NL_AR}</p><input type="email" placeholder="Email address" class="w-full border p-2">'
        f'<button class="mt-2 w-full bg-amber-500 py-2 font-bold">Sign up</button><p class="text-[11px]">{NL_NOTE}</p>'
        '<button @click="show = false" class="text-xs underline">No thanks</button></div></div>'
    )
    h.append(
        '<div class="mt-16 bg-slate-900 text-slate-300"><div class="mx-auto max-w-7xl px-4 py-10 text-sm">'
        f'<p class="mb-4">{ABOUT}</p><div class="mb-4 flex flex-wrap gap-4">'
        + "".join(f'<a href="/p/{i}">{x}</a>' for i, x in enumerate(FOOTER_LINKS))
        + f'</div><p class="mb-2 text-xs">{APP}</p><p class="mb-2 text-xs" dir="ltr">{DISCLAIMER}</p>'
        f'<p class="text-xs">{COPYRIGHT}</p></div></div>'
    )
    if not cookie_top:
        h.append(cookie)
    h.append(
        '<script data-navigate-once>window.livewireScriptConfig={"csrf":"Zq81","uri":"/livewire/update","progressBar":""};</script>'
    )
    h.append("</body>\n</html>\n")

    furniture = [
        MASTHEAD,
        COOKIE,
        " ".join(COOKIE_BTNS),
        TICKER_NOTE,
        SHARE,
        FOLLOW,
        NL_TEXT,
        NL_NOTE,
        ABOUT,
        DISCLAIMER,
        COPYRIGHT,
        APP,
        SNAP_NOTE,
        *credit.tail[1:],
    ]
    return w.finish(spec, "\n".join(h), articles, furniture, url)


TEMPLATE = Template(id="h34", kind="html", site=SITE, render=render)
