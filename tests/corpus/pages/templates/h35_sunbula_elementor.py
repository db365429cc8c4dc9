"""h35: a Palestinian news network (Ramallah) on WordPress built with Elementor Pro: every block
is an elementor-section > elementor-container > elementor-column > elementor-widget-wrap >
elementor-widget > elementor-widget-container nest; an Elementor header template (today's date
in Levantine months, shekel exchange rates and the weather, the nav menu printed twice for
desktop and the mobile dropdown, an "عاجل" bar of invented items); the single-post template
with a Yoast breadcrumb ending in the title, the <h1> heading widget, a post-info icon list (the
writer's name or a desk label such as "فريق التحرير", a date as "4 مارس، 2025", "الثلاثاء 4 آذار
2025" or "04/03/2025 - 14:30", a separate clock item, "آخر تحديث", the comments count and the
category) printed above the photo or under the text; the post content (Classic-editor <p>s,
some justified or in pasted <span style> runs) opened by "CITY - سنبلة:", "CITY - AGENCY:" or
"CITY (AGENCY) -" and split by inline "اقرأ أيضاً:" links or a two-title box, an embedded tweet
(blockquote.twitter-tweet with its account, handle and English date) and a YouTube embed with a
"فيديو:" caption between paragraphs or after the last one, an "المصدر:" line, a Telegram
prompt as the content's last line, read-also stories pasted by the editor under "اقرأ أيضاً"
with no date; a share widget, a "الوسوم:" tag cloud, an Elementor posts grid ("أخبار ذات صلة" or
"قد يعجبك أيضاً") whose cards print the title, a date, an excerpt of the post and "اقرأ
المزيد »", the Facebook comments widget (an empty fb-comments box with its heading and rules), a
sidebar column with a numbered "الأكثر قراءة" list, followers counters and an ad slot, the next
post loaded under "المقال التالي" with its own post-info, an Elementor footer with a design
credit, a notifications popup, and Yoast or Rank Math meta and JSON-LD in the head."""

from __future__ import annotations

import json
import random
import zlib
from datetime import datetime, timedelta

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

SITE = Site(name="شبكة سنبلة الإخبارية", domain="sunbula-news.example", name_latin="Sunbula News")
SHORT = "سنبلة"

MENU = [
    "الرئيسية", "محليات", "الضفة", "غزة", "القدس", "عربي ودولي",
    "اقتصاد", "رياضة", "منوعات", "فيديو",
]  # fmt: skip
BREAKING = [
    "بلدية رام الله تعلن إغلاق شارع الإرسال مؤقتاً لأعمال الصيانة",
    "وزارة التربية تعلن موعد صدور نتائج امتحانات الفصل الأول",
    "الأرصاد: منخفض جوي يؤثر على البلاد مساء الخميس",
    "ارتفاع أسعار الخضار في أسواق نابلس مع بداية الموسم",
    "جامعة بيرزيت تفتح باب التسجيل للفصل الصيفي",
]
RATES = "أسعار العملات مقابل الشيكل: دولار 3.62 | دينار 5.11 | يورو 3.93 | جنيه مصري 0.07"
WEATHER = "رام الله 17° غائم جزئياً"
DESKS = ["فريق التحرير", "التحرير", f"{SHORT} نت"]
CAPTIONS = ["صورة توضيحية", "أرشيفية", "صورة من المكان"]
SHARE = "شارك الخبر عبر:"
SHARE_NETS = ["فيسبوك", "تويتر", "واتساب", "تلغرام", "نسخ الرابط"]
TELEGRAM = "تابعوا آخر الأخبار العاجلة عبر قناة شبكة سنبلة على تلغرام"
TWEETS = [
    ("شبكة سنبلة الإخبارية", "SunbulaNews", "متابعة مستمرة لآخر التطورات، والتفاصيل الكاملة على موقعنا"),
    ("مرصد الطقس العربي", "ArabWeatherObs", "تحديث: نوافيكم بالمستجدات أولاً بأول خلال الساعات القادمة"),
    ("راديو المدينة", "MadinaRadioFM", "شاهد: مشاهد من موقع الحدث صباح اليوم نقلها مراسلنا"),
]  # fmt: skip
VIDEO_CAPTIONS = [
    "فيديو: جانب من الأجواء في المكان",
    "فيديو متداول على مواقع التواصل الاجتماعي",
    "فيديو: تقرير مراسل الشبكة من الموقع",
]
COMMENTS_HEAD = "أضف تعليقك عبر فيسبوك"
COMMENTS_RULE = "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي الشبكة"
FOLLOWERS = [("فيسبوك", "312 ألف متابع"), ("تلغرام", "86 ألف مشترك"), ("يوتيوب", "41 ألف مشترك")]
AD = "مساحة إعلانية"
ABOUT = "شبكة سنبلة الإخبارية شبكة إعلامية فلسطينية مستقلة انطلقت من رام الله عام 2014"
COPYRIGHT = "جميع الحقوق محفوظة لشبكة سنبلة الإخبارية © 2025"
DESIGN = "تصميم وتطوير: ستوديو بيكسل للحلول الرقمية"
FOOTER_LINKS = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام"]
POPUP = "هل تريد تلقي إشعارات بآخر الأخبار العاجلة من شبكة سنبلة؟"


def _eid(seed: str) -> str:
    """An Elementor element id (seven hex digits)."""
    return f"{zlib.crc32(seed.encode()) & 0xFFFFFFF:07x}"


def _widget(kind: str, inner: str, seed: str, extra: str = "") -> str:
    """One Elementor widget with its two wrappers."""
    e = _eid(seed)
    return (
        f'<div class="elementor-element elementor-element-{e} elementor-widget elementor-widget-{kind}{extra}" '
        f'data-id="{e}" data-element_type="widget" data-widget_type="{kind}.default">'
        f'<div class="elementor-widget-container">{inner}</div></div>'
    )


def _section_open(seed: str, cols: str = "elementor-col-100") -> str:
    e = _eid(seed)
    c = _eid(seed + "/c")
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{e} elementor-section-boxed elementor-section-height-default" data-id="{e}" data-element_type="section">'
        f'<div class="elementor-container elementor-column-gap-default">'
        f'<div class="elementor-column {cols} elementor-top-column elementor-element elementor-element-{c}" data-id="{c}" data-element_type="column">'
        '<div class="elementor-widget-wrap elementor-element-populated">'
    )


def _column_break(seed: str, cols: str) -> str:
    c = _eid(seed)
    return (
        "</div></div>"
        f'<div class="elementor-column {cols} elementor-top-column elementor-element elementor-element-{c}" data-id="{c}" data-element_type="column">'
        '<div class="elementor-widget-wrap elementor-element-populated">'
    )


SECTION_CLOSE = "</div></div></div></section>"


def _date_items(
    dt: datetime, clock: bool, style: int, rng: random.Random
) -> tuple[list[str], bool]:
    """The post-info date items and whether a clock time is printed."""
    if style == 0:
        items = [f"{dt.day} {w.MONTHS_EG[dt.month - 1]}، {dt.year}"]
        return ([*items, w.clock12_ar(dt)], True) if clock else (items, False)
    if style == 1:
        return [w.day_ar(dt, w.MONTHS_LEV, weekday=True)], False
    if style == 2:
        return ([f"{dt:%d/%m/%Y} - {dt:%H:%M}"], True) if clock else ([f"{dt:%d/%m/%Y}"], False)
    later = dt + timedelta(days=rng.randint(1, 3))
    return [
        f"{dt.day} {w.MONTHS_EG[dt.month - 1]}، {dt.year}",
        f"آخر تحديث: {later.day} {w.MONTHS_EG[later.month - 1]}، {later.year}",
    ], False


def _post_info(names: list[tuple[str, str]], seed: str) -> str:
    """The post-info widget: an icon list of (type, text) items."""
    items = "".join(
        f'<li class="elementor-icon-list-item elementor-repeater-item-{_eid(seed + t)} elementor-inline-item" itemprop="{t}">'
        f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-{t}"></i></span>'
        f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{t}">{w.esc(x)}</span></li>'
        for t, x in names
    )
    return _widget(
        "post-info",
        f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{items}</ul>',
        seed,
    )


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None, str | None]:
    """The first paragraph's prefix, the truth's dateline and agency, and an "المصدر" value."""
    agency = w.agency_key(story.agency)
    if agency:
        form = w.agency_arabic(agency, rng)
        source = w.agency_arabic(agency, rng) if rng.random() < 0.5 else None
        if story.place and rng.random() < 0.75:
            if rng.random() < 0.5:
                line = f"{story.place} - {form}"
                return f"{line}: ", line, agency, source
            line = f"{story.place} ({form})"
            return f"{line} - ", line, agency, source
        return f"{form} - ", None, agency, source
    if story.place and rng.random() < 0.8:
        line = f"{story.place} - {SHORT}"
        return f"{line}: ", line, None, None
    return "", None, None, None


def _tweet(rng: random.Random, dt: datetime) -> tuple[str, str]:
    name, handle, text = rng.choice(TWEETS)
    day = dt - timedelta(hours=rng.randint(0, 5))
    status = 1800000000000000000 + zlib.crc32(f"{handle}{dt}".encode()) * 1000
    html = (
        '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">'
        '<blockquote class="twitter-tweet" data-width="550" data-dnt="true">'
        f'<p lang="ar" dir="rtl">{text} <a href="https://t.co/{_eid(text)}">pic.twitter.com/{_eid(handle)}X</a></p>'
        f"&mdash; {name} (@{handle}) "
        f'<a href="https://twitter.com/{handle}/status/{status}?ref_src=twsrc%5Etfw">{w.MONTHS_EN[day.month - 1]} {day.day}, {day.year}</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
        "</div></figure>"
    )
    return html, text


def _video(rng: random.Random, story: Story) -> tuple[str, str]:
    caption = rng.choice(VIDEO_CAPTIONS)
    vid = _eid(story.key + "video")
    html = (
        '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
        f'<div class="wp-block-embed__wrapper"><iframe loading="lazy" title="{w.attr(story.title)}" width="500" height="281" '
        f'src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allowfullscreen></iframe></div>'
        f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>'
    )
    return html, caption


def _paragraph(text: str, style: int) -> str:
    if style == 0:
        return f"<p>{w.esc(text)}</p>"
    if style == 1:
        return f'<p style="text-align: justify;">{w.esc(text)}</p>'
    return f'<p><span style="font-size: 14pt; font-family: arial, helvetica, sans-serif;">{w.esc(text)}</span></p>'


def _content(
    story: Story,
    prefix: str,
    boxes: dict[int, str],
    after: list[str],
    pstyle: int,
    *,
    sub_tag: str = "h3",
) -> list[str]:
    out: list[str] = []
    for i, para in enumerate(story.paragraphs):
        if i in boxes:
            out.append(boxes[i])
        if para in story.subheadings:
            out.append(f"<{sub_tag}><strong>{w.esc(para)}</strong></{sub_tag}>")
        elif i == 0 and prefix:
            out.append(f"<p><strong>{w.esc(prefix)}</strong>{w.esc(para)}</p>")
        else:
            out.append(_paragraph(para, pstyle))
    out += after
    return out


def _inline_links(titles: list[str], boxed: bool) -> str:
    if boxed:
        items = "".join(f'<li><a href="/archives/{_eid(t)}">{w.esc(t)}</a></li>' for t in titles)
        return f'<div class="read-also-box"><span class="read-also-label">اقرأ أيضاً</span><ul>{items}</ul></div>'
    return f'<p><strong>اقرأ أيضاً: </strong><a href="/archives/{_eid(titles[0])}">{w.esc(titles[0])}</a></p>'


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = w.when(story)
    k = int(spec.name.rsplit("-", 1)[1])
    pid = 40000 + zlib.crc32(story.key.encode()) % 60000
    url = f"https://{SITE.domain}/archives/{pid}"
    section = story.section or "محليات"
    today = dt + timedelta(days=rng.randint(0, 2))
    seo = rng.choice(["yoast", "rankmath"])

    prefix, dateline, agency, source = _lead(story, rng)
    author = story.author
    by_text = author or rng.choice(DESKS)
    style = (k + rng.randrange(2)) % 4
    date_items, clock = _date_items(dt, w.has_clock(story), style, rng)
    info_below = rng.random() < 0.35
    pstyle = rng.randrange(3)

    related = list(spec.related)
    spots = w.plain_spots(story, rng, 3)
    boxes: dict[int, str] = {}
    inline_titles: list[str] = []
    if related and spots and rng.random() < 0.85:
        if len(related) >= 5 and rng.random() < 0.4:
            inline_titles = related[:2]
            boxes[spots.pop(0)] = _inline_links(inline_titles, True)
        else:
            inline_titles = related[: min(rng.choice([1, 2]), len(spots), len(related))]
            for t in inline_titles:
                boxes[spots.pop(0)] = _inline_links([t], False)
        related = related[len(inline_titles) :]
    after: list[str] = []
    tweet_text: str | None = None
    video_caption: str | None = None
    if rng.random() < 0.65:
        html, tweet_text = _tweet(rng, dt)
        if spots and rng.random() < 0.6:
            boxes[spots.pop()] = html
        else:
            after.append(html)
    if rng.random() < 0.5:
        html, video_caption = _video(rng, story)
        if spots:
            boxes[spots.pop()] = html
        else:
            after.append(html)
    if source:
        after.append(f"<p><strong>المصدر:</strong> {w.esc(source)}</p>")
    pasted = bool(spec.read_also) and rng.random() < 0.5
    telegram = rng.random() < 0.7
    n_most = min(len(related), rng.randint(2, 4)) if len(related) >= 4 else 0
    grid, most = related[: len(related) - n_most], related[len(related) - n_most :]
    tags = list(story.keywords) if story.keywords and rng.random() < 0.85 else []
    tag_sep = rng.choice([" ", "، "])

    # head
    h: list[str] = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{w.esc(story.title)} - {SITE.name}</title>",
        "<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />",
        f'<link rel="canonical" href="{url}" />',
        '<meta property="og:locale" content="ar_AR" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{w.attr(story.title)} - {SITE.name}" />',
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:site_name" content="{SITE.name}" />',
        f'<meta property="article:published_time" content="{dt:%Y-%m-%dT%H:%M:%S}+02:00" />',
    ]
    if seo == "yoast":
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "headline": story.title,
                    "datePublished": f"{dt:%Y-%m-%dT%H:%M:%S}+00:00",
                    "author": {"name": author or "admin"},
                    "articleSection": [section],
                    "keywords": story.keywords,
                    "inLanguage": "ar",
                },
                {"@type": "WebPage", "@id": url, "name": f"{story.title} - {SITE.name}"},
            ],
        }
        h.append(
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
        )
        h.append(
            f'<meta name="twitter:label1" content="كُتب بواسطة" /><meta name="twitter:data1" content="{w.attr(by_text)}" />'
        )
    else:
        h.append('<meta name="generator" content="Rank Math SEO" />')
        h.append(f'<meta name="twitter:title" content="{w.attr(story.title)}" />')
        h.append(
            f'<script type="application/ld+json" class="rank-math-schema-pro">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title, "datePublished": f"{dt:%Y-%m-%dT%H:%M:%S}+02:00"}, ensure_ascii=False)}</script>'
        )
    h += [
        "<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.21.4' media='all' />",
        "<link rel='stylesheet' id='elementor-pro-css' href='/wp-content/plugins/elementor-pro/assets/css/frontend-rtl.min.css?ver=3.21.2' media='all' />",
        f"<style id='elementor-post-{pid}-inline-css'>.elementor-{pid} .elementor-element.elementor-element-{_eid('x')}{{margin-top:10px}}</style>",
        '<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">',
        "</head>",
        f'<body class="rtl post-template-default single single-post postid-{pid} single-format-standard elementor-default elementor-template-full-width elementor-kit-7 elementor-page-{pid}">',
        '<a class="skip-link screen-reader-text" href="#content">انتقل إلى المحتوى</a>',
    ]

    # Elementor header
    h.append(
        '<div data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header" data-elementor-post-type="elementor_library">'
    )
    h.append(_section_open("top", "elementor-col-50"))
    h.append(
        _widget("text-editor", f"<p>{w.day_ar(today, w.MONTHS_LEV, weekday=True)}</p>", "today")
    )
    h.append(_widget("text-editor", f"<p>{WEATHER}</p>", "weather"))
    h.append(_column_break("top2", "elementor-col-50"))
    h.append(_widget("text-editor", f"<p>{RATES}</p>", "rates"))
    h.append(SECTION_CLOSE)
    h.append(_section_open("logo"))
    h.append(
        _widget(
            "theme-site-logo",
            f'<a href="https://{SITE.domain}"><img width="300" height="90" src="/wp-content/uploads/2023/05/logo.png" alt="{SITE.name}"></a>',
            "logo",
        )
    )
    menu_items = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{i}" class="elementor-item">{m}</a></li>'
        for i, m in enumerate(MENU)
    )
    h.append(
        _widget(
            "nav-menu",
            f'<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-{_eid("m1")}" class="elementor-nav-menu">{menu_items}</ul></nav>'
            '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="تبديل القائمة"></div>'
            f'<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-{_eid("m2")}" class="elementor-nav-menu">{menu_items}</ul></nav>',
            "nav",
        )
    )
    h.append(
        _widget(
            "search-form",
            '<form class="elementor-search-form" role="search" action="/" method="get"><input placeholder="بحث ..." class="elementor-search-form__input" type="search" name="s"></form>',
            "search",
        )
    )
    h.append(SECTION_CLOSE)
    breaking = rng.sample(BREAKING, 3)
    h.append(_section_open("breaking"))
    h.append(
        _widget(
            "news-ticker",
            '<div class="breaking-news"><span class="breaking-title">عاجل</span><ul class="ticker">'
            + "".join(f'<li><a href="/archives/{_eid(b)}">{b}</a></li>' for b in breaking)
            + "</ul></div>",
            "ticker",
        )
    )
    h.append(SECTION_CLOSE)
    h.append("</div>")

    # single post template
    h.append(
        f'<div data-elementor-type="single-post" data-elementor-id="77" class="elementor elementor-77 elementor-location-single post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{_eid(section)}" data-elementor-post-type="elementor_library">'
    )
    h.append(_section_open("single", "elementor-col-66"))
    crumb_title = story.title if rng.random() < 0.6 else " ".join(story.title.split()[:4]) + "..."
    h.append(
        _widget(
            "breadcrumbs",
            f'<p id="breadcrumbs"><span><span><a href="/">الرئيسية</a></span> » <span><a href="/category/{_eid(section)}">{w.esc(section)}</a></span> » <span class="breadcrumb_last" aria-current="page">{w.esc(crumb_title)}</span></span></p>',
            "crumbs",
        )
    )
    h.append(
        _widget(
            "theme-post-title",
            f'<h1 class="elementor-heading-title elementor-size-default">{w.esc(story.title)}</h1>',
            "title",
            " elementor-page-title elementor-widget-heading",
        )
    )
    info = [("author", by_text)] + [("date", x) for x in date_items[:1]]
    info += [("time" if ":" in x and "تحديث" not in x else "date", x) for x in date_items[1:]]
    info += [("comments", rng.choice(["لا توجد تعليقات", "0 تعليق"])), ("terms", section)]
    if not info_below:
        h.append(_post_info(info, "info"))
    caption = rng.choice(CAPTIONS) if rng.random() < 0.6 else None
    h.append(
        _widget(
            "theme-post-featured-image",
            f'<figure class="wp-caption"><img width="800" height="450" src="/wp-content/uploads/{dt:%Y/%m}/{pid}.jpg" class="attachment-large size-large wp-image-{pid + 1}" alt="">'
            + (
                f'<figcaption class="widget-image-caption wp-caption-text">{caption}</figcaption>'
                if caption
                else ""
            )
            + "</figure>",
            "image",
            " elementor-widget-image",
        )
    )
    share = "".join(
        f'<div class="elementor-share-btn elementor-share-btn_{i}" role="button" tabindex="0"><span class="elementor-share-btn__text"><span class="elementor-share-btn__title">{n}</span></span></div>'
        for i, n in enumerate(SHARE_NETS)
    )
    h.append(
        _widget(
            "share-buttons",
            f'<div class="share-label">{SHARE}</div><div class="elementor-grid">{share}</div>',
            "share",
        )
    )

    # the content
    articles: list[Truth] = []
    content_after = list(after)
    glued_truth: list[Truth] = []
    if pasted:
        for extra in spec.read_also:
            e_prefix, e_dateline, e_agency, _ = _lead(extra, rng)
            content_after.append(
                '<p><strong><span style="color: #ff0000;">اقرأ أيضاً:</span></strong></p>'
            )
            content_after.append(f"<h3><strong>{w.esc(extra.title)}</strong></h3>")
            content_after += _content(extra, e_prefix, {}, [], pstyle)
            glued_truth.append(
                article_truth(
                    "read_also",
                    extra,
                    title=extra.title,
                    body_first=extra.paragraphs[0],
                    body_last=extra.paragraphs[-1],
                    published=None,
                    dateline=e_dateline,
                    agency=e_agency,
                )
            )
    if telegram:
        content_after.append(
            f'<p><a href="https://t.me/SunbulaNews" target="_blank" rel="noopener"><strong>{TELEGRAM}</strong></a></p>'
        )
    body = _content(story, prefix, boxes, content_after, pstyle)
    h.append(_widget("theme-post-content", "\n".join(body), "content"))
    if info_below:
        h.append(_post_info(info, "info"))

    articles.append(
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.iso(dt, clock),
            author=author,
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=tag_sep.join(tags) if tags else None,
            section=section,
        )
    )
    articles += [headline_truth(t) for t in inline_titles]
    articles += glued_truth

    if tags:
        links = tag_sep.join(
            f'<a href="/tag/{_eid(t)}" class="tag-cloud-link" rel="tag">{w.esc(t)}</a>'
            for t in tags
        )
        h.append(
            _widget(
                "post-info",
                f'<div class="tags-list"><span class="tags-label">الوسوم:</span> {links}</div>',
                "tags",
            )
        )

    if grid:
        head = rng.choice(["أخبار ذات صلة", "قد يعجبك أيضاً"])
        h.append(
            _widget(
                "heading",
                f'<h2 class="elementor-heading-title elementor-size-default">{head}</h2>',
                "rel-head",
            )
        )
        cards = []
        for t in grid:
            d = dt - timedelta(days=rng.randint(0, 12), hours=rng.randint(0, 20))
            ex = w.excerpt(t, rng.randint(14, 22))
            cards.append(
                f'<article class="elementor-post elementor-grid-item post-{_eid(t)} post type-post status-publish">'
                f'<a class="elementor-post__thumbnail__link" href="/archives/{_eid(t)}" tabindex="-1"><div class="elementor-post__thumbnail"><img src="/wp-content/uploads/thumb-{_eid(t)}.jpg" alt=""></div></a>'
                f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/archives/{_eid(t)}">{w.esc(t)}</a></h3>'
                f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{d.day} {w.MONTHS_EG[d.month - 1]}، {d.year}</span></div>'
                + (f'<div class="elementor-post__excerpt"><p>{w.esc(ex)}…</p></div>' if ex else "")
                + f'<a class="elementor-post__read-more" href="/archives/{_eid(t)}" aria-label="اقرأ المزيد عن {w.attr(t)}" tabindex="-1">اقرأ المزيد »</a></div></article>'
            )
        h.append(
            _widget(
                "posts",
                f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">{"".join(cards)}</div>',
                "grid",
                " elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top",
            )
        )
        articles += [headline_truth(t) for t in grid]

    h.append(
        _widget(
            "heading",
            f'<h2 class="elementor-heading-title elementor-size-default">{COMMENTS_HEAD}</h2>',
            "fb-head",
        )
    )
    h.append(_widget("text-editor", f"<p>{COMMENTS_RULE}</p>", "fb-rule"))
    h.append(
        _widget(
            "facebook-comments",
            f'<div class="elementor-facebook-widget fb-comments" data-href="{url}" data-width="100%" data-numposts="10" data-order-by="social" style="min-height: 1px"></div>',
            "fb",
        )
    )

    # sidebar column
    h.append(_column_break("side", "elementor-col-33"))
    if most:
        h.append(
            _widget(
                "heading",
                '<h2 class="elementor-heading-title elementor-size-default">الأكثر قراءة</h2>',
                "most-head",
            )
        )
        items = "".join(
            f'<article class="elementor-post elementor-grid-item"><span class="post-number">{n}</span>'
            f'<h3 class="elementor-post__title"><a href="/archives/{_eid(t)}">{w.esc(t)}</a></h3></article>'
            for n, t in enumerate(most, start=1)
        )
        h.append(
            _widget(
                "posts",
                f'<div class="elementor-posts-container elementor-posts">{items}</div>',
                "most",
            )
        )
    h.append(
        _widget(
            "social-icons",
            "".join(
                f'<a class="elementor-social-icon"><span>{n}</span> <span>{c}</span></a> '
                for n, c in FOLLOWERS
            ),
            "followers",
        )
    )
    h.append(_widget("image", f'<div class="ad-slot">{AD}</div>', "ad"))
    h.append(SECTION_CLOSE)
    h.append("</div>")
    articles += [headline_truth(t) for t in most]

    # the next post, loaded below the template
    if spec.read_also and not pasted:
        for n, extra in enumerate(spec.read_also):
            edt = w.when(extra)
            e_prefix, e_dateline, e_agency, e_source = _lead(extra, rng)
            e_items, e_clock = _date_items(edt, w.has_clock(extra), rng.randrange(4), rng)
            e_by = extra.author or rng.choice(DESKS)
            h.append(
                f'<div class="auto-load-post" data-post-id="{pid + 17 + n}"><div class="auto-load-divider"><span>المقال التالي</span></div>'
            )
            h.append(
                f'<div data-elementor-type="single-post" data-elementor-id="77" class="elementor elementor-77 elementor-location-single post-{pid + 17 + n}">'
            )
            h.append(_section_open(f"next{n}"))
            h.append(
                _widget(
                    "theme-post-title",
                    f'<h2 class="elementor-heading-title elementor-size-default">{w.esc(extra.title)}</h2>',
                    f"ntitle{n}",
                )
            )
            e_info = [("author", e_by)] + [("date", x) for x in e_items[:1]]
            e_info += [
                ("time" if ":" in x and "تحديث" not in x else "date", x) for x in e_items[1:]
            ]
            h.append(_post_info(e_info, f"ninfo{n}"))
            e_after = [f"<p><strong>المصدر:</strong> {w.esc(e_source)}</p>"] if e_source else []
            h.append(
                _widget(
                    "theme-post-content",
                    "\n".join(_content(extra, e_prefix, {}, e_after, pstyle)),
                    f"ncontent{n}",
                )
            )
            h.append(SECTION_CLOSE)
            h.append("</div></div>")
            articles.append(
                article_truth(
                    "read_also",
                    extra,
                    title=extra.title,
                    body_first=extra.paragraphs[0],
                    body_last=extra.paragraphs[-1],
                    published=w.iso(edt, e_clock),
                    author=extra.author,
                    source=e_source,
                    dateline=e_dateline,
                    agency=e_agency,
                )
            )

    # footer and popup
    h.append(
        '<div data-elementor-type="footer" data-elementor-id="52" class="elementor elementor-52 elementor-location-footer">'
    )
    h.append(_section_open("footer"))
    h.append(_widget("text-editor", f"<p>{ABOUT}</p>", "about"))
    h.append(
        _widget(
            "nav-menu",
            '<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">'
            + "".join(f'<li><a href="/page/{i}">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS))
            + "</ul></nav>",
            "fmenu",
        )
    )
    h.append(_widget("text-editor", f"<p>{COPYRIGHT}</p><p>{DESIGN}</p>", "copy"))
    h.append(SECTION_CLOSE)
    h.append("</div>")
    h.append(
        '<div data-elementor-type="popup" data-elementor-id="311" class="elementor elementor-311 elementor-location-popup" '
        'data-elementor-settings="{&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;},&quot;timing&quot;:[]}">'
        + _section_open("popup")
        + _widget("text-editor", f"<p>{POPUP}</p><p><a>السماح</a> <a>لا شكراً</a></p>", "popup-text")
        + SECTION_CLOSE
        + "</div>"
    )
    h.append(
        f"<script id='elementor-frontend-js-before'>var elementorFrontendConfig = {json.dumps({'environmentMode': {'edit': False}, 'is_rtl': True, 'post': {'id': pid, 'title': story.title}}, ensure_ascii=False)};</script>"
    )
    h.append("</body>\n</html>\n")

    furniture = [
        RATES,
        WEATHER,
        *breaking[:2],
        SHARE + " " + " ".join(SHARE_NETS[:3]),
        COMMENTS_HEAD,
        COMMENTS_RULE,
        ABOUT,
        COPYRIGHT,
        DESIGN,
        POPUP,
        " ".join(" ".join(x) for x in FOLLOWERS),
    ]
    if telegram:
        furniture.append(TELEGRAM)
    if tweet_text:
        furniture.append(tweet_text)
    if video_caption:
        furniture.append(video_caption)
    return w.finish(spec, "\n".join(h), articles, furniture, url)


TEMPLATE = Template(id="h35", kind="html", site=SITE, render=render)
