"""h20: a WordPress news site on a Jannah/Newspaper-style theme: a top bar with the day's date and
"تابعنا على" icons, a "أخبار عاجلة" slider, breadcrumbs ending in the headline, a post-meta row
with the author's avatar ("بقلم", "كتب:", "إعداد:" or the bare name), views and reading time,
dates with or without a relative "منذ" label, a body in td-post-content or entry-content with a
"اقرأ أيضاً" shortcode box, read-also stories pasted by the editor under the body, an "المصدر:"
line, "الوسوم", an author box, "مقالات ذات صلة" thumbnails, a "شاهد أيضاً" slide-in box, a
tabbed sidebar ("الأحدث / الأكثر مشاهدة") and an ad-blocker notice."""

from __future__ import annotations

from datetime import datetime

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="بوابة الضفتين", domain="aldiffatain.example", name_latin="Al Diffatain")

MENU = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "تقنية", "صحة", "منوعات"]
BREAKING = [
    "افتتاح معرض الكتاب الدولي بمشاركة أكثر من 600 دار نشر",
    "ارتفاع أسعار الخضار في الأسواق المركزية مع بداية الموسم",
    "الجامعة تعلن مواعيد التسجيل للفصل الدراسي الثاني",
    "إغلاق مؤقت لجسر المدينة الشمالي لأعمال الصيانة الليلية",
    "وزارة الصحة تطلق حملة تطعيم موسمية في المدارس",
    "منتخب الناشئين يتأهل إلى نهائيات البطولة القارية",
]
FOLLOW = "تابعنا على"
SOCIAL = ["فيسبوك", "إكس", "يوتيوب", "إنستغرام", "تيليجرام"]
SEARCH = "اكتب كلمة البحث ثم اضغط زر الإدخال"
SHARE = "شاركها عبر فيسبوك إكس واتساب تيليجرام"
GOOGLE_NEWS = "تابعوا آخر أخبار بوابة الضفتين عبر خدمة أخبار جوجل"
AUTHOR_BIO = "محرر في قسم الأخبار ببوابة الضفتين، يتابع الشأن المحلي والملفات الخدمية."
COMMENT_HEAD = "اترك تعليقاً"
COMMENT_NOTE = "بريدك الإلكتروني لن يظهر للعموم، والحقول المطلوبة معلّمة بنجمة"
ADBLOCK = "يبدو أنك تستخدم أداة لحجب الإعلانات، نرجو دعمنا بتعطيلها لهذا الموقع"
BACK_TOP = "العودة إلى أعلى الصفحة"
COPYRIGHT = "© حقوق النشر 2025، جميع الحقوق محفوظة لبوابة الضفتين"
FOOTER_LINKS = ["من نحن", "هيئة التحرير", "سياسة الخصوصية", "أعلن معنا", "اتصل بنا"]
AGO = ["منذ 40 دقيقة", "منذ ساعتين", "منذ 3 ساعات", "منذ 6 ساعات", "منذ يوم واحد"]
CARD_AGO = ["منذ يومين", "منذ 3 أيام", "منذ أسبوع", "منذ 5 ساعات", "منذ 4 أيام"]
CAPTIONS = ["صورة تعبيرية", "من موقع الحدث - أرشيف", "الصورة من المكتب الإعلامي"]


def _date(dt: datetime, clock: bool, style: int, ago: str) -> tuple[str, bool]:
    """The printed date and whether a clock time is in it."""
    if style == 0:
        return f"{dt.day} {hp.MONTHS_EG[dt.month - 1]}، {dt.year}", False
    if style == 1:
        text = hp.indic(f"{dt.day} {hp.MONTHS_EG[dt.month - 1]} {dt.year}")
        return (f"{text} - {hp.indic(hp.clock12(dt))}", True) if clock else (text, False)
    if style == 2:
        text = dt.strftime("%Y/%m/%d")
        return (f"{text} الساعة {dt.strftime('%H:%M')}", True) if clock else (text, False)
    return f"{ago} | {dt.day} {hp.MONTHS_EG[dt.month - 1]} {dt.year}", False


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None, str | None]:
    """The body's printed prefix, truth dateline, agency and the "المصدر" value."""
    rng = spec.rng
    if story.agency:
        form = hp.agency_form(story.agency, rng)
        source = hp.agency_form(story.agency, rng) if rng.random() < 0.5 else None
        if story.place and rng.random() < 0.6:
            return f"{story.place} ({form}) - ", story.place, story.agency, source
        return f"{form} - ", None, story.agency, source
    if story.place and rng.random() < 0.75:
        sep = rng.choice([" - ", ": "])
        return f"{story.place}{sep}", story.place, None, None
    return "", None, None, None


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    theme = rng.choice(["jannah", "newspaper"])
    body_cls = (
        "entry-content entry clearfix" if theme == "jannah" else "td-post-content tagdiv-type"
    )
    ago = rng.choice(AGO)
    date_text, clock = _date(dt, hp.has_clock(story), rng.randrange(4), ago)
    prefix, dateline, agency, source = _prefix(story, spec)
    author = story.author if story.author and rng.random() < 0.9 else None
    by_label = rng.choice(["بقلم", "كتب:", "إعداد:", ""])
    section = story.section or "أخبار"
    related = list(spec.related)
    inline_at = hp.inline_spot(story, rng) if related and rng.random() < 0.55 else None
    inline = related.pop(0) if inline_at is not None else ""
    check_also = related.pop() if len(related) >= 3 and rng.random() < 0.7 else None
    boxed, side = hp.split_related(related, 2, rng)
    breaking = rng.sample(BREAKING, 3)
    caption = rng.choice(CAPTIONS)
    show_tags = bool(story.keywords) and rng.random() < 0.8
    today = hp.masthead_day(dt, rng)
    pid = hp.article_slug(story)
    url = f"https://{SITE.domain}/{dt:%Y/%m/%d}/{pid}/"

    h: list[str] = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">',
        f"<title>{hp.esc(story.title)} - {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        '<meta property="og:type" content="article">',
        f'<link rel="canonical" href="{url}">',
        f"<link rel='stylesheet' id='{theme}-styles-css' href='/wp-content/themes/{theme}/assets/css/style.min.css' type='text/css' media='all' />",
        "</head>",
        f'<body id="tie-body" class="rtl post-template-default single single-post postid-{pid} single-format-standard wrapper-has-shadow">',
        '<div class="background-overlay"><div id="tie-container" class="site tie-container">',
        '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark">',
        '<nav id="top-nav" class="top-nav header-nav"><div class="container">',
        f'<div class="topbar-today-date">{hp.day_eg(today)}</div>',
        f'<ul class="components"><li class="social-icons-item"><span class="follow-label">{FOLLOW}</span></li>',
        *[
            f'<li class="social-icons-item"><a href="#" title="{s}"><span class="screen-reader-text">{s}</span></a></li>'
            for s in SOCIAL
        ],
        '<li class="popup-login-icon"><a href="#">تسجيل الدخول</a></li></ul>',
        "</div></nav>",
        f'<div class="header-container"><div class="logo-container"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt="{SITE.name}"></a></div></div>',
        '<nav id="main-nav" class="main-nav"><ul id="menu-main" class="menu">',
        *[
            f'<li class="menu-item"><a href="/category/{i}/">{m}</a></li>'
            for i, m in enumerate(MENU)
        ],
        "</ul></nav>",
        '<div class="breaking controls-is-active"><span class="breaking-title"><span class="breaking-title-text">أخبار عاجلة</span></span><ul id="breaking-news-in-header" class="breaking-news">',
        *[
            f'<li class="news-item"><a href="/news/{k}/">{x}</a></li>'
            for k, x in enumerate(breaking)
        ],
        "</ul></div>",
        f'<div id="tie-popup-search-desktop" class="tie-popup tie-popup-search-wrap"><form><input type="search" placeholder="بحث عن"></form><p class="search-hint">{SEARCH}</p></div>',
        "</header>",
        '<div id="content" class="site-content container"><div class="tie-row main-content-row">',
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">',
        f'<article id="the-post" class="container-wrapper post-content tie-standard {theme}-post">',
        '<header class="entry-header-outer">',
        f'<nav id="breadcrumb"><a href="/">الرئيسية</a><em class="delimiter">/</em><a href="/category/{section}/">{hp.esc(section)}</a><em class="delimiter">/</em><span class="current">{hp.esc(story.title)}</span></nav>',
        '<div class="entry-header">',
        f'<span class="post-cat-wrap"><a class="post-cat tie-cat-2" href="/category/{section}/">{hp.esc(section)}</a></span>',
        f'<h1 class="post-title entry-title">{hp.esc(story.title)}</h1>',
        '<div id="single-post-meta" class="post-meta clearfix">',
    ]
    if author:
        label = f"{by_label} " if by_label else ""
        h.append(
            f'<span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper">'
            f'<span class="meta-author-avatar"><img alt="صورة {hp.attr(author)}" src="/wp-content/uploads/avatars/{pid}.jpg" class="avatar avatar-140 photo" height="140" width="140"></span>'
            f'<span class="meta-author">{label}<a href="/author/{pid}/" class="author-name tie-icon" title="{hp.attr(author)}">{hp.esc(author)}</a></span></span></span>'
        )
    h.append(f'<span class="date meta-item tie-icon">{date_text}</span>')
    h.append(
        f'<div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire"></span> {rng.randint(120, 9800):,} </span>'
        f'<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark"></span> {rng.randint(2, 6)} دقائق للقراءة</span></div>'
    )
    h.append("</div></div></header>")
    h.append(
        f'<div class="featured-area"><figure class="single-featured-image"><img src="/wp-content/uploads/2025/{pid}.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="">'
        f'<figcaption class="single-caption-text">{caption}</figcaption></figure></div>'
    )
    h.append(
        f'<div class="share-links share-centered icons-only share-rounded">{SHARE}</div>'
        if rng.random() < 0.5
        else ""
    )
    h.append(f'<div class="{body_cls}">')
    subs = set(story.subheadings)
    for k, para in enumerate(story.paragraphs):
        if k == inline_at:
            h.append(
                f'<div class="tie-related-inline"><span class="ri-label">اقرأ أيضاً</span> '
                f'<a href="/{dt:%Y/%m}/{pid}1/">{hp.esc(inline)}</a></div>'
            )
        if para in subs:
            h.append(f"<h3>{hp.esc(para)}</h3>")
        else:
            lead = hp.esc(prefix) if k == 0 and prefix else ""
            if lead and rng.random() < 0.5:
                lead = f"<strong>{lead}</strong>"
            h.append(f"<p>{lead}{hp.esc(para)}</p>")
    if source:
        h.append(f'<p class="post-source"><strong>المصدر:</strong> {hp.esc(source)}</p>')
    glued_truth: list[Truth] = []
    for extra in spec.read_also:
        h.append('<hr class="wp-block-separator">')
        h.append(
            f'<h3 class="wp-block-heading"><span style="color:#cf2e2e">اقرأ أيضاً:</span> {hp.esc(extra.title)}</h3>'
        )
        for para in extra.paragraphs:
            tag = "h4" if para in set(extra.subheadings) else "p"
            h.append(f"<{tag}>{hp.esc(para)}</{tag}>")
        glued_truth.append(hp.read_also_truth(extra))
    h.append(f'<div class="google-news-follow"><a href="#" rel="nofollow">{GOOGLE_NEWS}</a></div>')
    h.append("</div>")
    kw_raw = None
    if show_tags:
        kw_raw = " ".join(story.keywords)
        h.append(
            '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> الوسوم</div><span class="tagcloud">'
        )
        h.extend(
            f'<a href="/tag/{i}/" rel="tag">{hp.esc(t)}</a>' for i, t in enumerate(story.keywords)
        )
        h.append("</span></div>")
    h.append(f'<div id="share-buttons-bottom" class="share-links">{SHARE}</div>')
    h.append("</article>")
    if author:
        h.append(
            f'<div class="about-author container-wrapper about-author-{pid}"><div class="author-avatar"><img src="/wp-content/uploads/avatars/{pid}.jpg" alt=""></div>'
            f'<div class="author-info"><h3 class="author-name"><a href="/author/{pid}/">{hp.esc(author)}</a></h3>'
            f'<div class="author-bio">{AUTHOR_BIO}</div><ul class="social-icons"><li><a href="#">إكس</a></li></ul></div></div>'
        )
    if boxed:
        h.append(
            '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">'
        )
        for n, title in enumerate(boxed):
            h.append(
                f'<div class="related-item tie-standard"><a href="/news/{n + 300}/" class="post-thumb"><img src="/wp-content/uploads/thumb-{n}.jpg" alt=""></a>'
                f'<h3 class="post-title"><a href="/news/{n + 300}/">{hp.esc(title)}</a></h3>'
                f'<div class="post-meta clearfix"><span class="date meta-item tie-icon">{rng.choice(CARD_AGO)}</span></div></div>'
            )
        h.append("</div></div>")
    h.append(
        f'<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{COMMENT_HEAD}</h3>'
        f'<form class="comment-form"><p class="comment-notes">{COMMENT_NOTE}</p><textarea name="comment"></textarea><input type="submit" value="إرسال التعليق"></form></div></div>'
    )
    h.append("</div>")
    h.append(
        '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side" aria-label="القائمة الجانبية الرئيسية">'
    )
    h.append(
        f'<div id="social-statistics" class="container-wrapper widget social-statistics-widget"><div class="widget-title the-global-title"><h4>{FOLLOW}</h4></div><ul>'
    )
    h.extend(
        f'<li class="social-icons-item"><a href="#"><span class="followers-num">{rng.randint(2, 900)} ألف</span> <span class="followers-name">{s}</span></a></li>'
        for s in SOCIAL[:4]
    )
    h.append("</ul></div>")
    if side:
        h.append(
            '<div class="container-wrapper tabs-container-wrapper tabs-container-3"><div class="widget tabs-widget"><ul class="tabs"><li><a href="#widget_tabs-1-recent">الأحدث</a></li><li><a href="#widget_tabs-1-popular">الأكثر مشاهدة</a></li><li><a href="#widget_tabs-1-comments">التعليقات</a></li></ul>'
            '<div id="widget_tabs-1-popular" class="tab-content"><ul class="tab-content-elements">'
        )
        h.extend(
            f'<li class="widget-single-post-item"><div class="post-widget-body"><a class="post-title" href="/news/{n + 500}/">{hp.esc(t)}</a></div></li>'
            for n, t in enumerate(side)
        )
        h.append("</ul></div></div></div>")
    h.append("</aside></div></div>")
    if check_also:
        h.append(
            f'<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title"><h4>شاهد أيضاً</h4><a href="#" id="check-also-close" class="remove">إغلاق</a></div>'
            f'<div class="widget"><ul><li class="widget-single-post-item"><a href="/news/900/" class="post-title">{hp.esc(check_also)}</a></li></ul></div></div>'
        )
    h.append(
        '<footer id="footer" class="site-footer dark-skin"><div id="site-info"><ul id="menu-footer" class="menu">'
    )
    h.extend(
        f'<li class="menu-item"><a href="/p/{i}/">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS)
    )
    h.append(f'</ul><div class="copyright-text">{COPYRIGHT}</div></div></footer>')
    h.append(
        f'<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="screen-reader-text">{BACK_TOP}</span></a>'
    )
    h.append(
        f'<div id="tie-popup-adblock" class="tie-popup is-fixed-popup"><div class="tie-popup-container"><div class="container-wrapper"><h2>تم رصد مانع إعلانات</h2><div class="adblock-message">{ADBLOCK}</div></div></div></div>'
    )
    h.append("</div></div>\n</body>\n</html>\n")

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
    articles.extend(glued_truth)
    articles.extend(hp.headlines(boxed))
    articles.extend(hp.headlines(side))
    if check_also:
        articles.append({"role": "headline", "title": check_also})
    boiler = [
        breaking[0],
        breaking[1],
        SEARCH,
        GOOGLE_NEWS,
        COMMENT_NOTE,
        ADBLOCK,
        COPYRIGHT,
        BACK_TOP,
    ]
    boiler += ["من نحن هيئة التحرير سياسة الخصوصية", caption] if len(caption.split()) >= 3 else []
    if author:
        boiler.append(AUTHOR_BIO)
    return hp.finish(spec, "\n".join(x for x in h if x), articles, _phrases(boiler), url)


def _phrases(items: list[str]) -> list[str]:
    """Boilerplate entries cut to at most ten words, unique, in page order."""
    out = [" ".join(x.split()[:10]) for x in items]
    return list(dict.fromkeys(x for x in out if len(x.split()) >= 3))[:15]


TEMPLATE = Template(id="h20", kind="html", site=SITE, render=render)
