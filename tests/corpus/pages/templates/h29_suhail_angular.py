"""h29: a Gulf news network's site built as an Angular Universal app (server-side rendered): an
<app-root> full of _ngcontent attributes and <!----> anchors, a "جاري التحميل" preloader, an
"أحدث الأخبار" strip of clock-stamped titles each ending in "... المزيد" ABOVE the article, the
headline with only a relative time under it ("منذ 5 ساعات"), a Sky-News-style source line ("CITY -
AGENCY", "SITE - CITY") printed as its own element between the photo and the text, a body rendered
from CMS blocks (<p>s with &nbsp;, <div>s with <div><br></div> spacers, or text split by
<br><br>) with in-body components (an ad slot labelled "إعلان", an "اقرأ أيضاً" story card, a
related-video card with its duration, the site's own embedded tweet, a "محتوى مدعوم" link), the
absolute date, "المصدر:" and the byline at the END of the text, hashtag tags with underscores,
Material expansion panels "تغطية متواصلة" holding earlier full reports, "قصص ذات صلة" cards with
relative times, a sponsored-content grid, comments with names and dates, a numbered "الأكثر
قراءة" column, a newsletter box, English footer links, a cookie-consent bar and the transfer
state (&q;-escaped JSON) plus a JSON-LD articleBody in scripts."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="سهيل نيوز", domain="suhail-news.example", name_latin="Suhail News")

NAV = ["الرئيسية", "الخليج", "العالم العربي", "العالم", "اقتصاد", "رياضة", "تكنولوجيا",
       "منوعات", "فيديو", "بودكاست"]  # fmt: skip
LATEST = [
    "الأرصاد تحذر من رياح نشطة مثيرة للغبار على المناطق الساحلية",
    "افتتاح أكبر محطة للطاقة الشمسية في المنطقة الصناعية الجديدة",
    "وزارة الصحة تطلق حملة تطعيم موسمية في المدارس",
    "البورصة تغلق على ارتفاع بدعم من أسهم البنوك",
    "انطلاق بطولة الخليج للرماية بمشاركة ثمانية منتخبات",
    "مطار العاصمة يستقبل أول رحلة لشركة طيران اقتصادي جديدة",
    "تمديد التسجيل في برنامج المنح الجامعية حتى نهاية الشهر",
]
LOADING = "جاري التحميل، يرجى الانتظار..."
LATEST_HEAD = "أحدث الأخبار"
VIDEO_LABEL = "فيديو ذو صلة"
VIDEOS = [
    ("لقطات من موقع الحدث كما صورها مراسل سهيل نيوز", "02:14"),
    ("ماذا نعرف حتى الآن؟ شرح في دقيقتين مع فريق سهيل", "01:58"),
    ("آراء الشارع في أول رد فعل على القرار", "03:07"),
]
TWEET = "تغطية متواصلة لآخر التطورات على منصات سهيل نيوز، تابعونا لمعرفة المزيد"
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
SPONSORED_INLINE = [
    ("عروض خاصة على رحلات الصيف إلى أوروبا من الدوحة", "سفريات الواحة"),
    ("احجز وحدتك السكنية بدفعة أولى مخفضة هذا الشهر", "عقارات الساحل"),
]
SPONSORED_GRID = [
    ("خمس عادات صباحية ينصح بها خبراء التغذية", "مجلة صحتك"),
    ("كيف تختار بطاقة ائتمانية تناسب أسلوب إنفاقك؟", "بنك المستقبل"),
    ("تجربة قيادة السيارة العائلية الجديدة على طرق الصحراء", "معرض الريان للسيارات"),
    ("دورات لغة إنجليزية عبر الإنترنت بشهادة معتمدة", "أكاديمية لينغو"),
    ("فلل على الواجهة البحرية بخطة سداد على عشر سنوات", "عقارات الساحل"),
]
SPONSORED_HEAD = "محتوى مدعوم"
SPONSORED_NOTE = "Sponsored Links by AdNative"
COMMENTS_RULES = "نرحب بتعليقاتكم ونرجو الالتزام بآداب الحوار وعدم الإساءة"
LOGIN = "سجّل الدخول لتتمكن من إضافة تعليق"
NEWSLETTER_HEAD = "اشترك في نشرة سهيل الصباحية"
NEWSLETTER_TEXT = "أهم أخبار الخليج والعالم تصلك إلى بريدك كل صباح"
COOKIE = (
    "يستخدم موقع سهيل نيوز ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة الزيارات وعرض "
    "إعلانات تناسب اهتماماتك."
)
COOKIE_PHRASE = "يستخدم موقع سهيل نيوز ملفات تعريف الارتباط لتحسين تجربتك"
FOOTER_EN = ["About Us", "Terms of Use", "Privacy Policy", "Advertise With Us", "Contact"]
COPYRIGHT = "© 2025 شبكة سهيل الإعلامية. جميع الحقوق محفوظة"
APP = "حمّل تطبيق سهيل نيوز"
CAPTIONS = ["صورة أرشيفية - Getty", "صورة تعبيرية", "المصدر: وسائل التواصل الاجتماعي", "أرشيف"]
COMMENTS: list[tuple[str, str]] = [
    ("عبدالرحمن", "نشكركم على سرعة النقل، ونتمنى متابعة الموضوع في الأيام القادمة."),
    ("Mariam", "تغطية ممتازة كالعادة، لكن أين الصور من الموقع؟"),
    ("سالم المري", "الموضوع يحتاج تحقيق أعمق من مجرد نقل البيانات الرسمية."),
    ("هند", "الله يحفظ الجميع، أخبار مقلقة صراحة."),
    ("أبو فهد", "العنوان أوحى بشيء أكبر مما جاء في التفاصيل."),
    ("ريم", "هل هناك أرقام محدثة؟ المعلومات تتغير بسرعة."),
]


def _ng(n: int) -> str:
    """An Angular view-encapsulation attribute."""
    return f'_ngcontent-serverapp-c{n}=""'


def _ago(delta: timedelta) -> str:
    """A relative time label for a delay before the page was captured."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        if minutes <= 2:
            return "منذ دقيقة" if minutes <= 1 else "منذ دقيقتين"
        return f"منذ {minutes} دقائق" if minutes <= 10 else f"منذ {minutes} دقيقة"
    return _ago_hours(minutes // 60)


def _ago_hours(hours: int) -> str:
    """ "منذ 5 ساعات" with the Arabic number agreement."""
    if hours == 1:
        return "منذ ساعة"
    if hours == 2:
        return "منذ ساعتين"
    if hours <= 10:
        return f"منذ {hours} ساعات"
    return f"منذ {hours} ساعة"


def _date(dt: datetime, style: int) -> str:
    """The absolute date printed after the text (always with its clock time)."""
    month = hp.MONTHS_EG[dt.month - 1]
    if style == 0:
        return f"{dt.day:02d} {month} {dt.year} {dt:%H:%M}"
    if style == 1:
        return f"{dt:%d/%m/%Y} - {hp.clock12(dt)}"
    if style == 2:
        return f"{dt:%Y-%m-%d %H:%M} GMT+3"
    return hp.indic(f"{dt.day} {month} {dt.year} - {dt:%H:%M}")


def _source_line(story: Story, rng: random.Random) -> tuple[str | None, str | None, str | None]:
    """The separate source line over the text: printed text, truth dateline, agency."""
    agency = hp.agency_key(story.agency)
    form = hp.agency_form(story.agency, rng, arabic_only=rng.random() < 0.8) if agency else None
    if form and story.place:
        text = rng.choice([f"{story.place} - {form}", f"{form} - {story.place}"])
        return text, text, agency
    if form:
        return form, None, agency
    if story.place:
        text = rng.choice([f"{SITE.name} - {story.place}", f"{story.place} - {SITE.name}"])
        return text, text, None
    return None, None, None


def _paragraph_html(text: str, sub: bool, mode: int) -> str:
    if mode == 0:
        if sub:
            return f"<h3>{hp.esc(text)}</h3>"
        return f'<p dir="rtl" style="text-align: justify;">{hp.esc(text)}&nbsp;</p>'
    if sub:
        return f"<div><strong>{hp.esc(text)}</strong></div>"
    return f"<div>{hp.esc(text)}</div>"


def _rich(chunk: list[tuple[bool, str]], mode: int) -> str:
    """One CMS rich-text block as Angular renders it through [innerHTML]."""
    if mode == 1:
        inner = "<br><br>".join(f"<b>{hp.esc(t)}</b>" if sub else hp.esc(t) for sub, t in chunk)
        inner = f"<div>{inner}</div>"
    elif mode == 2:
        inner = "<div><br></div>".join(_paragraph_html(t, sub, 2) for sub, t in chunk)
    else:
        inner = "".join(_paragraph_html(t, sub, 0) for sub, t in chunk)
    return f'<app-rich-text {_ng(41)} class="ng-star-inserted"><div {_ng(41)} class="rich-text">{inner}</div></app-rich-text>'


def _body(
    story: Story,
    rng: random.Random,
    mode: int,
    components: list[str],
) -> list[str]:
    """The article body: rich-text blocks cut by the in-body components (never before the first
    paragraph nor after the last)."""
    blocks = hp.blocks(story)
    subs = {i for i, (sub, _) in enumerate(blocks) if sub}
    spots = [i for i in range(1, len(blocks)) if i not in subs and i - 1 not in subs]
    chosen = sorted(rng.sample(spots, min(len(spots), len(components))))
    placed = dict(zip(chosen, components, strict=False))
    out = [f'<div {_ng(40)} class="article-body">']
    start = 0
    for i in chosen:
        out.append(_rich(blocks[start:i], mode))
        out.append(placed[i])
        start = i
    out.append(_rich(blocks[start:], mode))
    out.append("</div>")
    return out


def _components(
    rng: random.Random, inline: str | None, pid: int, dt: datetime
) -> tuple[list[str], list[str]]:
    """In-body components and the furniture phrases they print."""
    comps: list[str] = []
    furniture: list[str] = []
    comps.append(
        f'<app-ad-slot {_ng(44)} class="ng-star-inserted"><div {_ng(44)} class="ad-label">إعلان</div>'
        f'<div {_ng(44)} id="div-gpt-ad-{pid}-1" class="ad-container"></div></app-ad-slot>'
    )
    if inline is not None:
        comps.append(
            f'<app-inline-story {_ng(45)} class="ng-star-inserted"><div {_ng(45)} class="inline-story">'
            f'<span {_ng(45)} class="label">اقرأ أيضاً</span><a {_ng(45)} href="/article/{pid - 9}">'
            f'<img {_ng(45)} src="/media/thumb/{pid - 9}.webp" alt=""><span {_ng(45)}>{hp.esc(inline)}</span></a>'
            "</div></app-inline-story>"
        )
    if rng.random() < 0.7:
        title, length = rng.choice(VIDEOS)
        comps.append(
            f'<app-related-video {_ng(46)} class="ng-star-inserted"><div {_ng(46)} class="video-card">'
            f'<span {_ng(46)} class="label">{VIDEO_LABEL}</span><span {_ng(46)} class="play">▶</span>'
            f'<span {_ng(46)} class="v-title">{title}</span><span {_ng(46)} class="duration">{length}</span>'
            "</div></app-related-video>"
        )
        furniture.append(title)
    if rng.random() < 0.5:
        stamp = f"{MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year}"
        comps.append(
            '<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">'
            f'{TWEET} <a href="https://t.example/x{pid}">pic.x.example/{pid}</a></p>'
            f'&mdash; سهيل نيوز (@SuhailNews) <a href="https://x.example/SuhailNews/status/{pid}">{stamp}</a>'
            '</blockquote><script async src="https://platform.x.example/widgets.js"></script>'
        )
        furniture.append(" ".join(TWEET.split()[:8]))
    if rng.random() < 0.5:
        title, brand = rng.choice(SPONSORED_INLINE)
        comps.append(
            f'<app-native-ad {_ng(47)} class="ng-star-inserted"><div {_ng(47)} class="native">'
            f'<span {_ng(47)} class="label">محتوى مدعوم</span> <a {_ng(47)} rel="sponsored">{title}</a>'
            f' <span {_ng(47)} class="brand">{brand}</span></div></app-native-ad>'
        )
        furniture.append(title)
    rng.shuffle(comps)
    return comps, furniture


def _state(story: Story, pid: int, dt: datetime, url: str) -> str:
    """The TransferState blob, escaped the way Angular escapes it."""
    data = {
        f"article-{pid}": {
            "id": pid,
            "title": story.title,
            "section": story.section,
            "publishedAt": (dt - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "body": "".join(f"<p>{hp.esc(p)}</p>" for p in story.paragraphs),
            "tags": story.keywords,
            "url": url,
        }
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for a, b in (("&", "&a;"), ('"', "&q;"), ("'", "&s;"), ("<", "&l;"), (">", "&g;")):
        text = text.replace(a, b)
    return f'<script id="serverApp-state" type="application/json">{text}</script>'


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    pid = int(hp.article_slug(story))
    section = story.section or "أخبار"
    url = f"https://www.{SITE.domain}/article/{pid}/{dt:%Y%m%d}"
    line, dateline, agency = _source_line(story, rng)
    source: str | None = None
    if rng.random() < 0.75:
        source = hp.agency_form(story.agency, rng) if agency and story.agency else SITE.name
    related = list(spec.related)
    inline = related.pop(0) if len(related) >= 4 and rng.random() < 0.75 else None
    split = len(related) if len(related) <= 3 else rng.randint(3, len(related) - 1)
    cards, most = related[:split], related[split:]
    hashtags = ["#" + t.replace(" ", "_") for t in story.keywords] if rng.random() < 0.85 else []
    latest = rng.sample(LATEST, 5)
    seen = dt + timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
    ago = _ago(seen - dt)
    mode = rng.randrange(3)
    comps, comp_furniture = _components(rng, inline, pid, dt)
    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "articleBody": " ".join(story.paragraphs),
        "articleSection": section,
        "datePublished": (dt - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keywords": ",".join(story.keywords),
        "publisher": {"@type": "NewsMediaOrganization", "name": SITE.name},
        "mainEntityOfPage": url,
    }
    if story.author:
        ld["author"] = {"@type": "Person", "name": story.author}

    h = [
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} | {SITE.name}</title>",
        '<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta name="twitter:title" content="{hp.attr(story.title)} | Suhail News">',
        f'<meta property="article:published_time" content="{ld["datePublished"]}">',
        f'<link rel="canonical" href="{url}">',
        '<style ng-transition="serverApp">.article-body[_ngcontent-serverapp-c40]{font-size:19px}</style>',
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        "</head><body>",
        '<app-root _nghost-serverapp-c1="" ng-version="16.2.12">',
        f'<div {_ng(1)} class="preloader ng-star-inserted"><span {_ng(1)}>{LOADING}</span></div><!---->',
        f'<app-header {_ng(1)} _nghost-serverapp-c2=""><div {_ng(2)} class="top-strip">'
        f'<a {_ng(2)} href="/live">Live | البث المباشر</a> <a {_ng(2)} href="https://en.{SITE.domain}/">English</a>'
        f' <span {_ng(2)} class="weather">الدوحة 31°</span></div>'
        f'<div {_ng(2)} class="logo"><a {_ng(2)} href="/"><img {_ng(2)} src="/assets/logo.svg" alt="{SITE.name}"></a></div>'
        f'<ul {_ng(2)} class="nav">'
        + "".join(
            f'<li {_ng(2)} class="ng-star-inserted"><a {_ng(2)} href="/section/{i}">{m}</a></li><!---->'
            for i, m in enumerate(NAV)
        )
        + "</ul></app-header>",
        f'<app-latest-strip {_ng(1)} _nghost-serverapp-c3=""><div {_ng(3)} class="latest">'
        f"<h2 {_ng(3)}>{LATEST_HEAD}</h2><ul {_ng(3)}>",
    ]
    clock_at = seen
    for i, t in enumerate(latest):
        clock_at = clock_at - timedelta(minutes=rng.randint(6, 48))
        h.append(
            f'<li {_ng(3)} class="ng-star-inserted"><span {_ng(3)} class="t">{clock_at:%H:%M}</span> . '
            f'<a {_ng(3)} href="/article/{pid + 200 + i}">{hp.esc(t)}... المزيد</a></li><!---->'
        )
    h.append("</ul></div></app-latest-strip>")
    h.append(
        f'<main {_ng(1)}><router-outlet {_ng(1)}></router-outlet><app-article-page _nghost-serverapp-c40="" class="ng-star-inserted">'
        f'<div {_ng(40)} class="page-grid"><div {_ng(40)} class="main-col">'
        f'<div {_ng(40)} class="crumbs"><a {_ng(40)} href="/">Home</a> / <a {_ng(40)} href="/section/2">{hp.esc(section)}</a></div>'
        f'<span {_ng(40)} class="chip">{hp.esc(section)}</span>'
        f'<h1 {_ng(40)} class="headline">{hp.esc(story.title)}</h1>'
        f'<div {_ng(40)} class="meta-top"><span {_ng(40)} class="ago">{ago}</span>'
        f'<span {_ng(40)} class="read">{rng.choice(["دقيقتان", "3 دقائق", "4 دقائق"])} للقراءة</span></div>'
        f'<app-share-bar {_ng(40)}><div class="share"><button aria-label="Share on X">X</button>'
        '<button aria-label="Share on WhatsApp">واتساب</button><button aria-label="Copy link">نسخ الرابط</button></div></app-share-bar>'
    )
    h.append(
        f'<figure {_ng(40)} class="hero"><img {_ng(40)} src="/media/{pid}.webp" alt="{hp.attr(story.title)}">'
        f"<figcaption {_ng(40)}>{rng.choice(CAPTIONS)}</figcaption></figure>"
    )
    if line:
        h.append(f'<div {_ng(40)} class="source-line ng-star-inserted">{hp.esc(line)}</div><!---->')
    h.extend(_body(story, rng, mode, comps))
    end = [f'<div {_ng(40)} class="end-meta">']
    if story.author:
        word = rng.choice(["إعداد:", "بقلم:", ""])
        end.append(
            f'<div {_ng(40)} class="byline">{word} <a {_ng(40)} href="/author/{pid % 31}">{hp.esc(story.author)}</a></div>'
        )
    end.append(f'<div {_ng(40)} class="published">نُشر في: {_date(dt, rng.randrange(4))}</div>')
    if rng.random() < 0.4:
        upd = dt + timedelta(minutes=rng.randint(40, 300))
        end.append(f'<div {_ng(40)} class="updated">آخر تحديث: {upd:%H:%M}</div>')
    if source:
        end.append(f'<div {_ng(40)} class="credit">المصدر: {hp.esc(source)}</div>')
    end.append("</div>")
    if rng.random() < 0.5:
        h.extend(end)
        end_first = True
    else:
        end_first = False
    if hashtags:
        h.append(
            f'<div {_ng(40)} class="hashtags">'
            + " ".join(
                f'<a {_ng(40)} href="/tags/{hp.attr(t[1:])}" class="ng-star-inserted">{hp.esc(t)}</a>'
                for t in hashtags
            )
            + "</div>"
        )
    if not end_first:
        h.extend(end)
    articles: list[Truth] = [
        article_truth(
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
            keywords_raw=" ".join(hashtags) if hashtags else None,
            section=section,
        )
    ]
    if inline is not None:
        articles += hp.headlines([inline])
    if spec.read_also:
        h.append(
            f'<section {_ng(40)} class="coverage ng-star-inserted"><h2 {_ng(40)}>تغطية متواصلة</h2>'
            f'<mat-accordion {_ng(40)} class="mat-accordion">'
        )
        for n, extra in enumerate(spec.read_also):
            edt = hp.when(extra)
            e_line, e_dateline, e_agency = _source_line(extra, rng)
            h.append(
                f'<mat-expansion-panel {_ng(40)} class="mat-expansion-panel mat-expanded ng-star-inserted">'
                f'<mat-expansion-panel-header role="button" aria-expanded="true" id="mat-expansion-panel-header-{n}">'
                f'<span class="mat-content"><mat-panel-title>{hp.esc(extra.title)}</mat-panel-title>'
                f"<mat-panel-description>{edt:%d.%m.%Y} | {edt:%H:%M}</mat-panel-description></span>"
                '</mat-expansion-panel-header><div class="mat-expansion-panel-content" role="region">'
                '<div class="mat-expansion-panel-body">'
            )
            if e_line:
                h.append(f'<div {_ng(40)} class="source-line">{hp.esc(e_line)}</div>')
            h.extend(_body(extra, rng, mode, []))
            if extra.author:
                h.append(f'<div {_ng(40)} class="byline">إعداد: {hp.esc(extra.author)}</div>')
            h.append("</div></div></mat-expansion-panel><!---->")
            articles.append(
                article_truth(
                    "read_also",
                    extra,
                    title=extra.title,
                    body_first=extra.paragraphs[0],
                    body_last=extra.paragraphs[-1],
                    published=hp.iso(edt, hp.has_clock(extra)),
                    author=extra.author,
                    dateline=e_dateline,
                    agency=e_agency,
                )
            )
        h.append("</mat-accordion></section>")
    if cards:
        h.append(
            f'<section {_ng(40)} class="related"><h2 {_ng(40)}>قصص ذات صلة</h2><div {_ng(40)} class="cards">'
        )
        for i, title in enumerate(cards):
            hours = rng.randint(1, 30)
            when_text = _ago_hours(hours) if hours <= 23 else "منذ يوم"
            h.append(
                f'<app-card {_ng(40)} class="ng-star-inserted"><a href="/article/{pid - 30 - i}">'
                f'<img src="/media/thumb/{pid - 30 - i}.webp" alt=""><span class="card-section">{hp.esc(rng.choice(NAV[1:7]))}</span>'
                f'<h3 class="card-title">{hp.esc(title)}</h3><span class="card-time">{when_text}</span></a></app-card><!---->'
            )
        h.append("</div></section>")
        articles += hp.headlines(cards)
    grid = rng.sample(SPONSORED_GRID, 4)
    h.append(
        f'<section {_ng(40)} class="sponsored"><div class="sp-head"><span>{SPONSORED_HEAD}</span>'
        f'<span class="sp-note">{SPONSORED_NOTE}</span></div><div class="sp-grid">'
        + "".join(
            f'<a rel="sponsored nofollow" class="sp-item"><img src="/sp/{k}.jpg" alt=""><span class="sp-title">{t}</span>'
            f'<span class="sp-brand">{b}</span></a>'
            for k, (t, b) in enumerate(grid)
        )
        + "</div></section>"
    )
    picked = rng.sample(COMMENTS, rng.randint(2, 4))
    h.append(
        f'<app-comments {_ng(40)} _nghost-serverapp-c50=""><section {_ng(50)} class="comments">'
        f'<h2 {_ng(50)}>التعليقات ({len(picked)})</h2><p {_ng(50)} class="rules">{COMMENTS_RULES}</p>'
    )
    span = max(10, int((seen - dt).total_seconds() // 60) - 2)
    offsets = sorted(rng.sample(range(2, span), len(picked)), reverse=True)
    for (name, text), offset in zip(picked, offsets, strict=True):
        at = dt + timedelta(minutes=offset)
        stamp = f"{at.day} {hp.MONTHS_EG[at.month - 1]} {at.year}، {at:%H:%M}"
        if rng.random() < 0.4:
            stamp = _ago(seen - at)
        h.append(
            f'<div {_ng(50)} class="comment ng-star-inserted"><span {_ng(50)} class="avatar">{name[0]}</span>'
            f'<span {_ng(50)} class="c-name">{hp.esc(name)}</span><span {_ng(50)} class="c-date">{stamp}</span>'
            f'<p {_ng(50)} class="c-text">{hp.esc(text)}</p><button {_ng(50)}>رد</button>'
            f"<button {_ng(50)}>إعجاب ({rng.randint(0, 40)})</button></div><!---->"
        )
    h.append(
        f'<p {_ng(50)} class="login">{LOGIN}</p><button {_ng(50)}>تسجيل الدخول</button></section></app-comments>'
    )
    h.append(f'</div><aside {_ng(40)} class="side-col">')
    if most:
        h.append(f'<div {_ng(40)} class="most-read"><h2 {_ng(40)}>الأكثر قراءة</h2><ol {_ng(40)}>')
        h += [
            f'<li {_ng(40)} class="ng-star-inserted"><span {_ng(40)} class="rank">{i + 1}</span>'
            f'<a {_ng(40)} href="/article/{pid - 70 - i}">{hp.esc(t)}</a></li><!---->'
            for i, t in enumerate(most)
        ]
        h.append("</ol></div>")
        articles += hp.headlines(most)
    h.append(
        f'<div {_ng(40)} class="newsletter"><h3 {_ng(40)}>{NEWSLETTER_HEAD}</h3><p {_ng(40)}>{NEWSLETTER_TEXT}</p>'
        f'<input {_ng(40)} type="email" placeholder="البريد الإلكتروني"><button {_ng(40)}>اشتراك</button></div>'
        f'<div {_ng(40)} class="ad-label">إعلان</div>'
    )
    h.append("</aside></div></app-article-page><!----></main>")
    h.append(
        f'<app-footer {_ng(1)} _nghost-serverapp-c9=""><footer {_ng(9)}><div {_ng(9)} class="app">{APP}'
        f" <a {_ng(9)}>App Store</a> <a {_ng(9)}>Google Play</a></div><ul {_ng(9)}>"
        + "".join(
            f'<li {_ng(9)}><a {_ng(9)} href="/p/{i}">{t}</a></li>' for i, t in enumerate(FOOTER_EN)
        )
        + f"</ul><p {_ng(9)}>{COPYRIGHT}</p></footer></app-footer>"
    )
    h.append(
        f'<app-cookie-consent {_ng(1)} class="ng-star-inserted"><div class="cc-bar"><p>{COOKIE}</p>'
        "<button>قبول الكل</button><button>الإعدادات</button></div></app-cookie-consent><!---->"
    )
    h.append("</app-root>")
    h.append(
        '<script src="runtime.7f1c2a.js" type="module"></script><script src="main.93bd0e.js" type="module"></script>'
    )
    h.append(_state(story, pid, dt, url))
    h.append("</body></html>\n")
    furniture = [
        LOADING,
        latest[0],
        latest[1],
        *comp_furniture,
        SPONSORED_NOTE,
        grid[0][0],
        COMMENTS_RULES,
        LOGIN,
        NEWSLETTER_TEXT,
        COOKIE_PHRASE,
        COPYRIGHT,
    ]
    return hp.finish(spec, "".join(h), articles, list(dict.fromkeys(furniture)), url)


TEMPLATE = Template(id="h29", kind="html", site=SITE, render=render)
