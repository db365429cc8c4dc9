"""h36: the Arabic site of a pan-Arab international broadcaster (a Doha/London/Dubai-style news
channel): a skip link, a "شاهد البث المباشر" top bar with edition links, the menu, an "عاجل"
strip, breadcrumbs ending in the section, then ONE of two page kinds. A normal article: the <h1>,
a byline ("CITY- NAME" as the channel's reporters sign, an author card with the role, or "بقلم:")
and a date in one of four styles ("نُشر في 4/3/2025" with a glued "آخر تحديث: 4/3/202517:12
(توقيت مكة)", the old "الثلاثاء 1446/9/4 هـ - الموافق 4/3/2025 م الساعة 14:30 (مكة المكرمة)،
11:30 (غرينتش)", "نشر في: 04 مارس ,2025: 02:30 م GST", or a weekday date with a "منذ" label)
printed under the title or after the text; a video player (caption, "مدة الفيديو" and a clock
duration) over the text or between paragraphs, or a photo with a wire credit; "CITY (AGENCY) -",
"(AGENCY) -" or "CITY - " leads; one or two "اقرأ المزيد" cards between paragraphs; "المصدر:
الأفق + وكالات"-style credit lines; tags; glued full articles under "اقرأ أيضاً", "قصص أخرى" or
no heading at all. A LIVE page (LiveBlogPosting): a "مباشر" badge, "بدأت التغطية" and a relative
"آخر تحديث", the main report cut into untitled timestamped posts (each followed by "شارك هذا
التحديث"), and the glued articles as later posts with their own headline, date and clock. Both
end with "مواضيع ذات صلة" (labelled, or unlabelled cards), a "الأكثر قراءة" column, a newsletter
box, an Arabic footer with app-store badges and a cookie banner at the top or the bottom."""

from __future__ import annotations

import json
import random
import zlib
from datetime import datetime, timedelta

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp
from tests.corpus.pages.templates import _parts_w3 as w3

SITE = Site(name="الأفق", domain="alufuq-intl.example", name_latin="Al Ufuq International")
BRAND = "الأفق نت"

EDITIONS = [("English", "en"), ("Français", "fr"), ("Türkçe", "tr")]
MENU = ["أخبار", "سياسة", "اقتصاد", "رياضة", "صحة", "تكنولوجيا", "برامج", "وثائقيات", "بودكاست"]
LIVE_BTN = "شاهد البث المباشر"
SKIP = "انتقل إلى المحتوى الرئيسي"
BREAKING = [
    "مجلس الأمن يعقد جلسة طارئة مساء اليوم بطلب من المجموعة العربية",
    "وزراء المالية العرب يجتمعون الأسبوع المقبل لبحث تمويل مشاريع الربط الكهربائي",
    "تأجيل إطلاق المسبار العلمي بسبب سوء الأحوال الجوية فوق منصة الإطلاق",
    "المنظمة الدولية للهجرة تطلق نداء عاجلا لتمويل عمليات الإغاثة",
]
VIDEO_CAPTIONS = [
    "تقرير مراسل الأفق من موقع الحدث",
    "ما الذي نعرفه حتى الآن؟ في دقيقتين",
    "شاهد: لقطات حصلت عليها الأفق من المكان",
    "خلفيات القصة في تقرير مصور",
]
PHOTO_CAPTIONS = ["صورة من المكان", "مشهد عام", "صورة أرشيفية", "من الموقع"]
PHOTO_CREDITS = ["رويترز", "الفرنسية", "الأناضول", "الأفق", "مواقع التواصل", "غيتي"]
ROLES = ["مراسل الأفق", "مراسلة الأفق", "صحفي في الأفق نت", "محرر الشؤون الإقليمية"]
CARD_SECTIONS = ["سياسة", "اقتصاد", "رياضة", "منوعات", "أخبار"]
AGO = ["منذ ساعة", "منذ ساعتين", "منذ 4 ساعات", "منذ 9 ساعات", "منذ يوم", "منذ يومين"]
SHARE = ["شارك", "فيسبوك", "إكس", "واتساب", "تلغرام", "نسخ الرابط"]
POST_SHARE = "شارك هذا التحديث"
NEWSLETTER_HEAD = "النشرة البريدية"
NEWSLETTER = "اشترك في نشرة الأفق الصباحية لتصلك أهم الأخبار كل يوم"
NEWSLETTER_NOTE = "يمكنك إلغاء الاشتراك في أي وقت، راجع سياسة الخصوصية"
FOOTER_LINKS = [
    "من نحن", "مدونة السلوك المهني", "الشروط والأحكام", "سياسة الخصوصية",
    "إعدادات ملفات الارتباط", "تواصل معنا", "أعلن معنا", "الوظائف",
]  # fmt: skip
FOLLOW = ["فيسبوك", "إكس", "يوتيوب", "إنستغرام", "تيك توك", "تلغرام"]
APP_PROMPT = "حمّل تطبيق الأفق وتابع الأخبار لحظة بلحظة"
BADGES = ["حمّله من App Store", "احصل عليه من Google Play", "اكتشفه على AppGallery"]
COPYRIGHT = "© 2025 شبكة الأفق الإعلامية. جميع الحقوق محفوظة"
COOKIES = (
    "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا ولأغراض التحليل والإعلانات، "
    "وبمواصلة التصفح فإنك توافق على ذلك"
)
COOKIE_BTNS = ("موافق", "إدارة الخيارات")


def _slug(title: str) -> str:
    return str(zlib.crc32(title.encode()) % 10**7)


def _offset(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+03:00")


def _date_html(dt: datetime, clock: bool, style: int, rng: random.Random) -> tuple[str, bool]:
    """The date block in one of the channel's four styles and whether it prints a clock time."""
    if style == 0 or (not clock and style in (1, 2)):
        upd = dt + timedelta(minutes=rng.randint(40, 600))
        return (
            f'<div class="article-dates"><span class="date-simple"><span>نُشر في</span> '
            f"{dt.day}/{dt.month}/{dt.year}</span>"
            f'<span class="date-updated"><span>آخر تحديث:</span> {upd.day}/{upd.month}/{upd.year}'
            f"{upd:%H:%M} (توقيت مكة)</span></div>",
            False,
        )
    if style == 1:
        gmt = dt - timedelta(hours=3)
        return (
            f'<div class="article-dates date-old">{w3.weekday(dt)} {w3.hijri_numeric(dt, pad=False)} هـ'
            f" - الموافق {dt.day}/{dt.month}/{dt.year} م الساعة {dt:%H:%M} (مكة المكرمة)، "
            f"{gmt:%H:%M} (غرينتش)</div>",
            True,
        )
    if style == 2:
        stamp = f"{dt.day:02d} {w3.MONTHS_EG[dt.month - 1]} ,{dt.year}: {w3.clock12(dt)} GST"
        out = f'<div class="article-dates"><p class="pub">نشر في: {stamp}</p>'
        if rng.random() < 0.6:
            upd = dt + timedelta(minutes=rng.randint(20, 400))
            stamp2 = (
                f"{upd.day:02d} {w3.MONTHS_EG[upd.month - 1]} ,{upd.year}: {w3.clock12(upd)} GST"
            )
            out += f'<p class="upd">آخر تحديث: {stamp2}</p>'
        return out + "</div>", True
    return (
        f'<div class="article-dates"><time datetime="{_offset(dt)}">{w3.weekday(dt)} '
        f'{w3.greg_words(dt)}</time> <span class="ago">{rng.choice(AGO)}</span></div>',
        False,
    )


def _live_stamp(dt: datetime, clock: bool, rng: random.Random) -> str:
    """When a live page's coverage began, in one of three forms."""
    style = rng.randrange(3)
    if not clock:
        return f"{w3.weekday(dt)} {w3.greg_words(dt)}"
    if style == 0:
        return f"{w3.greg_words(dt)} - {dt:%H:%M} (بتوقيت مكة المكرمة)"
    if style == 1:
        return (
            f"{w3.weekday(dt)} {w3.hijri_numeric(dt, pad=False)} هـ - الموافق "
            f"{dt.day}/{dt.month}/{dt.year} م الساعة {dt:%H:%M} (مكة المكرمة)"
        )
    return f"{dt.day:02d} {w3.MONTHS_EG[dt.month - 1]} ,{dt.year}: {w3.clock12(dt)} GST"


class _Credits:
    """How one story is credited on the page and what the truth says about it."""

    def __init__(self, story: Story, rng: random.Random, *, allow_card: bool = True) -> None:
        form = hp.agency_form(story.agency, rng) if story.agency else None
        self.byline: str | None = None
        self.author: str | None = None
        self.dateline: str | None = None
        self.prefix = ""
        city_byline = False
        if story.author:
            self.author = story.author
            style = rng.choice(["city", "card", "bi"] if allow_card else ["city", "bi"])
            if style == "city" and story.place:
                self.byline = (
                    f'<div class="article-author"><span class="place">{hp.esc(story.place)}</span>- '
                    f'<a class="author-link" href="/author/{_slug(story.author)}">{hp.esc(story.author)}</a></div>'
                )
                self.dateline = story.place
                city_byline = True
            elif style == "card":
                self.byline = (
                    f'<div class="author-card"><img src="/authors/{_slug(story.author)}.jpg" alt="{hp.attr(story.author)}">'
                    f'<a class="author-card__name" href="/author/{_slug(story.author)}">{hp.esc(story.author)}</a>'
                    f'<span class="author-card__role">{rng.choice(ROLES)}</span></div>'
                )
            else:
                self.byline = f'<p class="byline">بقلم: {hp.esc(story.author)}</p>'
        printed = False
        if form:
            r = rng.random()
            if story.place and not city_byline and r < 0.45:
                self.dateline = f"{story.place} ({form})"
                self.prefix = f"{self.dateline} - "
                printed = True
            elif r < 0.7:
                self.prefix = f"({form}) - "
                printed = True
        elif story.place and not city_byline and rng.random() < 0.55:
            self.dateline = story.place
            self.prefix = f"{story.place} - "
        self.source: str | None
        if form and not printed:
            self.source = rng.choice([form, f"{SITE.name} + {form}"])
            printed = True
        elif form:
            self.source = rng.choice([form, f"{SITE.name} + {form}", f"{SITE.name} + وكالات", None])
        else:
            self.source = rng.choice(
                [SITE.name, f"{SITE.name} + وكالات", f"{SITE.name} + مواقع إلكترونية", None]
            )
        self.agency = hp.agency_key(story.agency) if printed else None

    def source_html(self) -> list[str]:
        if not self.source:
            return []
        return [f'<p class="article-source"><span>المصدر:</span> {hp.esc(self.source)}</p>']


def _card(title: str) -> str:
    """The inline "اقرأ المزيد" card the editors drop between paragraphs."""
    return (
        f'<aside class="more-on-topic"><span class="more-on-topic__label">اقرأ المزيد</span>'
        f'<a href="/news/{_slug(title)}"><img src="/images/t{_slug(title)}.jpg" alt="">'
        f'<span class="more-on-topic__title">{hp.esc(title)}</span></a></aside>'
    )


def _video(rng: random.Random, caption: str) -> str:
    secs = rng.randint(45, 420)
    length = f"{secs // 60} دقيقة و{secs % 60} ثانية" if secs >= 60 else f"{secs} ثانية"
    return (
        f'<div class="video-player" data-duration="{secs}"><div class="video-player__poster">'
        f'<img src="/video/poster{rng.randint(100, 999)}.jpg" alt="">'
        f'<button class="play" aria-label="تشغيل الفيديو">تشغيل</button>'
        f'<span class="duration">{secs // 60:02d}:{secs % 60:02d}</span></div>'
        f'<p class="video-player__caption">{hp.esc(caption)}</p>'
        f'<span class="video-player__meta">مدة الفيديو {length}</span></div>'
    )


def _paras(
    story: Story, prefix: str, lo: int, hi: int, boxes: dict[int, str], wrap: str
) -> list[str]:
    out = [f'<div class="{wrap}">']
    for i in range(lo, hi):
        text = story.paragraphs[i]
        if i in boxes:
            out.append(boxes[i])
        if text in story.subheadings:
            out.append(f"<h2>{hp.esc(text)}</h2>")
        elif i == 0:
            out.append(f"<p>{hp.esc(prefix)}{hp.esc(text)}</p>")
        else:
            out.append(f"<p>{hp.esc(text)}</p>")
    out.append("</div>")
    return out


def _truth(role: str, story: Story, cred: _Credits, published: str, kw: str | None = None) -> Truth:
    return article_truth(
        "main" if role == "main" else "read_also",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=published,
        author=cred.author,
        source=cred.source,
        dateline=cred.dateline,
        agency=cred.agency,
        keywords_raw=kw,
        section=story.section if role == "main" else None,
    )


def _glued_normal(
    stories: list[Story], rng: random.Random
) -> tuple[list[str], list[Truth], list[str]]:
    """Full articles glued under the main one: "اقرأ أيضاً" or an unlabelled block."""
    if not stories:
        return [], [], []
    label = rng.choice(["اقرأ أيضاً", "اقرأ أيضاً", "قصص أخرى", None])
    out = ['<section class="glued-stories">']
    furniture: list[str] = []
    if label:
        out.append(f'<h2 class="section-title">{label}</h2>')
    else:
        out.append('<div class="section-title section-title--hidden" aria-hidden="true"></div>')
    truths: list[Truth] = []
    for s in stories:
        dt = hp.when(s)
        clock = hp.has_clock(s)
        cred = _Credits(s, rng, allow_card=False)
        date_html, timed = _date_html(dt, clock, rng.randrange(4), rng)
        out.append(f'<article class="glued-story" data-id="{hp.article_slug(s)}">')
        out.append(
            f'<h2 class="glued-story__title"><a href="/news/{_slug(s.title)}">{hp.esc(s.title)}</a></h2>'
        )
        out.append(date_html)
        if cred.byline:
            out.append(cred.byline)
        out += _paras(s, cred.prefix, 0, len(s.paragraphs), {}, "wysiwyg")
        out += cred.source_html()
        out.append(f'<div class="share-mini">{" ".join(SHARE[:4])}</div>')
        out.append("</article>")
        truths.append(_truth("read_also", s, cred, hp.iso(dt, timed)))
    out.append("</section>")
    return out, truths, furniture


def _live_posts(
    story: Story,
    cred: _Credits,
    rng: random.Random,
    boxes: dict[int, str],
    glued: list[Story],
) -> tuple[list[str], list[Truth]]:
    """The live stream: the main report in untitled posts, then the glued stories as titled posts."""
    dt = hp.when(story)
    runs = w3.groups(len(story.paragraphs), rng.randint(2, 3), rng)
    out = [
        '<div class="liveblog" id="liveblog">',
        '<div class="liveblog__toolbar"><span>التحديثات</span>'
        '<button aria-pressed="false">الأحدث أولاً</button>'
        '<button aria-pressed="true">الأقدم أولاً</button></div>',
    ]
    t = dt
    zone = rng.choice(["بتوقيت مكة المكرمة", "(مكة المكرمة)", ""])
    for n, (lo, hi) in enumerate(runs):
        if n:
            t = t + timedelta(minutes=rng.randint(6, 55))
        out.append(f'<div class="lb-post" id="post-{n + 1}">')
        out.append(
            f'<div class="lb-post__time"><time datetime="{_offset(t)}">{t:%H:%M}</time> '
            f"<span>{zone}</span></div>"
        )
        if n == 0 and rng.random() < 0.5:
            out.append('<span class="lb-post__pin">مثبّت</span>')
        out += _paras(story, cred.prefix, lo, hi, boxes, "lb-post__body")
        if n == len(runs) - 1:
            out += cred.source_html()
        out.append(f'<div class="lb-post__share">{POST_SHARE}</div></div>')
    truths: list[Truth] = []
    for s in glued:
        sdt = hp.when(s)
        sclock = hp.has_clock(s)
        scred = _Credits(s, rng, allow_card=False)
        stamp = f"{sdt.day} {w3.MONTHS_EG[sdt.month - 1]} {sdt.year}"
        if sclock:
            stamp += f" - {sdt:%H:%M}"
        out.append(f'<div class="lb-post lb-post--titled" id="post-{_slug(s.title)}">')
        out.append(
            f'<div class="lb-post__time"><time datetime="{_offset(sdt)}">{stamp}</time></div>'
        )
        out.append(f'<h2 class="lb-post__title">{hp.esc(s.title)}</h2>')
        if scred.byline:
            out.append(scred.byline)
        out += _paras(s, scred.prefix, 0, len(s.paragraphs), {}, "lb-post__body")
        out += scred.source_html()
        out.append(f'<div class="lb-post__share">{POST_SHARE}</div></div>')
        truths.append(_truth("read_also", s, scred, hp.iso(sdt, sclock)))
    out.append('<button class="liveblog__more">عرض المزيد من التحديثات</button></div>')
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    k = int(spec.name.rsplit("-", 1)[1])
    live = k == 1 or (k == 2 and rng.random() < 0.5)
    section = story.section or "أخبار"
    cred = _Credits(story, rng)
    related = list(spec.related)

    spots = w3.plain_spots(story.paragraphs, story.subheadings)
    rng.shuffle(spots)
    boxes: dict[int, str] = {}
    inline: list[tuple[int, str]] = []
    n_cards = rng.choice([0, 1, 1, 2]) if len(related) >= 3 else 0
    for _ in range(n_cards):
        if spots and related:
            at = spots.pop()
            title = related.pop(rng.randrange(len(related)))
            boxes[at] = _card(title)
            inline.append((at, title))
    inline_titles = [t for _, t in sorted(inline)]
    video_caption = rng.choice(VIDEO_CAPTIONS)
    video_at = rng.choice(["top", "top", "mid", "none"])
    if video_at == "mid":
        if spots:
            boxes[spots.pop()] = _video(rng, video_caption)
        else:
            video_at = "top"
    tags = list(story.keywords) if story.keywords and rng.random() < 0.6 else []
    kw_raw = " ".join(tags) if tags else None
    cookie_top = rng.random() < 0.5
    url = f"https://www.{SITE.domain}/{'live' if live else 'news'}/{dt:%Y/%m/%d}/{hp.article_slug(story)}"
    furniture = [SKIP, COPYRIGHT, APP_PROMPT, NEWSLETTER, NEWSLETTER_NOTE, COOKIES]

    # head
    h = ['<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">']
    page_title = f"{'مباشر | ' if live else ''}{story.title} | {BRAND}"
    h.append(f"<title>{hp.esc(page_title)}</title>")
    if rng.random() < 0.7:
        desc = " ".join(story.paragraphs[0].split()[:22])
        h.append(f'<meta name="description" content="{hp.attr(desc)}">')
    og = story.title if rng.random() < 0.6 else f"{story.title} | {BRAND}"
    h.append(f'<meta property="og:title" content="{hp.attr(og)}">')
    h.append(f'<meta property="og:site_name" content="{BRAND}">')
    h.append(f'<meta property="article:published_time" content="{_offset(dt)}">')
    h.append(f'<meta name="twitter:title" content="{hp.attr(story.title)}">')
    if story.keywords and rng.random() < 0.5:
        h.append(f'<meta name="keywords" content="{hp.attr(",".join(story.keywords))}">')
    h.append(f'<link rel="canonical" href="{url}">')
    ld: dict[str, object]
    if live:
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": story.title,
            "coverageStartTime": _offset(dt),
            "datePublished": _offset(dt),
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "headline": s.title, "articleBody": " ".join(s.paragraphs)}
                for s in spec.read_also
            ],
        }
    else:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": _offset(dt),
            "articleSection": section,
            "author": {"@type": "Person", "name": story.author}
            if story.author
            else {"@type": "Organization", "name": BRAND},
            "publisher": {"@type": "NewsMediaOrganization", "name": BRAND},
        }
    h.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    h.append(
        '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"'
        + ("liveblog" if live else "article")
        + f'","section":"{section}","wordCount":{sum(len(p.split()) for p in story.paragraphs)}}});</script>'
    )
    h.append("</head>")
    h.append(f'<body class="{"page-liveblog" if live else "page-article"}">')
    h.append(f'<a class="skip-link" href="#main-content">{SKIP}</a>')
    cookie = (
        f'<div class="cookie-banner" role="dialog"><p>{COOKIES}</p>'
        + "".join(f"<button>{b}</button>" for b in COOKIE_BTNS)
        + "</div>"
    )
    if cookie_top:
        h.append(cookie)
    h.append(
        f'<div class="top-bar"><a class="live-btn" href="/live">{LIVE_BTN}</a><ul class="editions">'
        + "".join(f'<li><a href="https://{c}.{SITE.domain}/">{e}</a></li>' for e, c in EDITIONS)
        + "</ul></div>"
    )
    h.append(
        f'<header class="site-header"><a class="logo" href="/">{BRAND}</a><nav class="main-menu"><ul>'
        + "".join(f'<li><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + '</ul></nav><button class="search-btn">بحث</button></header>'
    )
    if rng.random() < 0.7:
        item = rng.choice(BREAKING)
        h.append(
            f'<div class="breaking-strip"><span class="label">عاجل</span> <a href="/breaking">{item}</a></div>'
        )
        furniture.append(item)
    h.append('<main id="main-content">')
    h.append(
        '<nav class="breadcrumbs" aria-label="مسار التنقل"><ol><li><a href="/">الرئيسية</a></li>'
        f'<li><a href="/news">أخبار</a></li><li><a href="/news/{_slug(section)}">{hp.esc(section)}</a></li></ol></nav>'
    )
    h.append('<article class="article">')
    h.append('<header class="article-header">')
    if live:
        h.append('<span class="live-badge">مباشر</span>')
    h.append(f'<h1 class="article-title">{hp.esc(story.title)}</h1>')

    published: str
    glued_html: list[str] = []
    glued_truth: list[Truth] = []
    body: list[str]
    if live:
        h.append(
            f'<div class="live-meta"><span class="live-meta__label">بدأت التغطية:</span> '
            f'<time datetime="{_offset(dt)}">{_live_stamp(dt, clock, rng)}</time> '
            f'<span class="live-meta__updated">آخر تحديث: منذ {rng.randint(2, 50)} دقيقة</span></div>'
        )
        published = hp.iso(dt, clock)
        if cred.byline:
            h.append(cred.byline)
        h.append("</header>")
        if video_at == "top":
            h.append(_video(rng, video_caption))
        body, glued_truth = _live_posts(story, cred, rng, boxes, spec.read_also)
        furniture.append(POST_SHARE)
    else:
        style = rng.randrange(4)
        date_html, timed = _date_html(dt, clock, style, rng)
        published = hp.iso(dt, timed)
        where = rng.choice(["head", "head", "foot"])
        byline_first = rng.random() < 0.5
        if where == "head":
            parts = [cred.byline, date_html] if byline_first else [date_html, cred.byline]
            h += [p for p in parts if p]
        elif cred.byline:
            h.append(cred.byline)
        h.append("</header>")
        if rng.random() < 0.5:
            h.append(f'<div class="share-bar">{" ".join(SHARE)}</div>')
        if video_at == "top":
            h.append(_video(rng, video_caption))
        elif rng.random() < 0.75:
            h.append(
                f'<figure class="article-figure"><img src="/images/{hp.article_slug(story)}.jpg" alt="">'
                f"<figcaption>{rng.choice(PHOTO_CAPTIONS)} ({rng.choice(PHOTO_CREDITS)})</figcaption></figure>"
            )
        body = _paras(
            story, cred.prefix, 0, len(story.paragraphs), boxes, "wysiwyg wysiwyg--all-content"
        )
        if where == "foot":
            body.append(date_html)
        glued_html, glued_truth, _ = _glued_normal(spec.read_also, rng)
    if video_at != "none":
        furniture.append(video_caption)
    h += body
    if not live:
        h += cred.source_html()
    if tags:
        label = rng.choice(["الوسوم", "كلمات مفتاحية"])
        h.append(
            f'<div class="article-tags"><span>{label}</span> '
            + " ".join(f'<a href="/tag/{_slug(t)}">{hp.esc(t)}</a>' for t in tags)
            + "</div>"
        )
    h.append(f'<div class="share-bar share-bar--bottom">{" ".join(SHARE)}</div>')
    h.append("</article>")
    h += glued_html

    # related lists
    cut = len(related) if len(related) <= 3 else rng.randint(3, len(related))
    topic, most = related[:cut], related[cut:]
    if topic:
        labelled = rng.random() < 0.65
        h.append('<section class="related-topics">')
        if labelled:
            h.append('<h2 class="section-title">مواضيع ذات صلة</h2>')
        h.append('<ul class="cards">')
        for t in topic:
            h.append(
                f'<li class="card"><a href="/news/{_slug(t)}"><img src="/images/c{_slug(t)}.jpg" alt="">'
                f'<span class="card__section">{rng.choice(CARD_SECTIONS)}</span>'
                f'<h3 class="card__title">{hp.esc(t)}</h3></a>'
                f'<span class="card__time">{rng.choice(AGO)}</span></li>'
            )
        h.append("</ul></section>")
    h.append(
        f'<div class="newsletter-box"><h3>{NEWSLETTER_HEAD}</h3><p>{NEWSLETTER}</p>'
        '<input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button>'
        f"<small>{NEWSLETTER_NOTE}</small></div>"
    )
    h.append("</main>")
    if most:
        h.append('<aside class="most-read"><h2>الأكثر قراءة</h2><ol>')
        h += [
            f'<li><span class="rank">{n}</span><a href="/news/{_slug(t)}">{hp.esc(t)}</a></li>'
            for n, t in enumerate(most, start=1)
        ]
        h.append("</ol></aside>")
    h.append(
        '<footer class="site-footer"><div class="footer-links"><ul>'
        + "".join(f'<li><a href="/p/{i}">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS))
        + '</ul></div><div class="footer-follow"><span>تابع الأفق على</span>'
        + "".join(f'<a href="/s/{i}">{x}</a>' for i, x in enumerate(FOLLOW))
        + f'</div><div class="footer-apps"><p>{APP_PROMPT}</p>'
        + "".join(
            f'<a class="badge" href="/app/{i}"><img src="/badges/{i}.svg" alt="{b}"><span>{b}</span></a>'
            for i, b in enumerate(BADGES)
        )
        + f'</div><p class="copyright">{COPYRIGHT}</p></footer>'
    )
    if not cookie_top:
        h.append(cookie)
    h.append("</body>\n</html>\n")

    articles: list[Truth] = [_truth("main", story, cred, published, kw_raw)]
    articles += hp.headlines(inline_titles)
    articles += glued_truth
    articles += hp.headlines(topic)
    articles += hp.headlines(most)
    boiler = [" ".join(b.split()[:9]) for b in furniture]
    boiler.append(" ".join(BADGES[:2]))
    boiler = list(dict.fromkeys(b for b in boiler if len(b.split()) >= 3))
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h36", kind="html", site=SITE, render=render)
