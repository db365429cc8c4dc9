"""h21: a provincial news site on Joomla 3 (com_content, view=article): module positions around
the component, a "أنت هنا:" breadcrumb, the headline as <h2 itemprop="headline"> under a logo with
no <h1>, an article-info <dl> ("التفاصيل", "كتب بواسطة", "التصنيف", "أضيف بتاريخ", "الزيارات")
printed above or below the text, dates with double month names ("آذار/مارس"), Arabic-Indic or
numeric forms, a byline paragraph ("إعداد:" / "كتب:") pasted by the editor above the body, TinyMCE
spans, print/email icons, "« السابق / التالي »" pager, Joomla tags, a "تابع أيضاً" newsflash
module printing whole stories, "مواضيع ذات علاقة" and "الأكثر قراءة" modules and JComments."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="صدى المحافظات", domain="sada-almuhafazat.example", name_latin="Sada Al Muhafazat")

MENU = ["الرئيسية", "أخبار المحافظات", "سياسة", "اقتصاد", "مجتمع", "رياضة", "مقالات", "اتصل بنا"]
YOU_ARE_HERE = "أنت هنا:"
SEARCH = "ابحث في موقع صدى المحافظات"
POLL = "ما رأيك في مستوى الخدمات البلدية في منطقتك؟"
POLL_OPTIONS = ["ممتاز", "مقبول", "ضعيف"]
JCOMMENTS_HEAD = "أضف تعليقاً على هذا الموضوع"
JCOMMENTS_NOTE = "التعليقات تخضع للمراجعة قبل نشرها ولا تعبر عن رأي الموقع"
WEATHER = "حالة الطقس اليوم: غائم جزئياً والعظمى 24 درجة"
COPYRIGHT = "جميع الحقوق محفوظة © 2025 صدى المحافظات"
POWERED = "تصميم وتطوير قسم الأنظمة في صدى المحافظات"
NO_COMMENTS = "لا توجد تعليقات حتى الآن، كن أول من يعلق"
READ_MORE = "اقرأ المزيد..."
SPANS = [
    '<span style="font-size: 12pt;">',
    '<span style="font-family: arial, helvetica, sans-serif; font-size: 12pt;">',
    '<span style="color: #000000;">',
]


def _month(dt: datetime) -> str:
    """Joomla's Arabic language pack prints both month names: "آذار/مارس"."""
    return f"{hp.MONTHS_LEV[dt.month - 1]}/{hp.MONTHS_EG[dt.month - 1]}"


def _date(dt: datetime, clock: bool, style: int) -> tuple[str, bool]:
    """The "أضيف بتاريخ" value and whether it carries a clock time."""
    day = hp.WEEKDAYS[dt.weekday()]
    if style == 0:
        text = f"{day}, {dt.day:02d} {_month(dt)} {dt.year}"
        return (f"{text} {dt.strftime('%H:%M')}", True) if clock else (text, False)
    if style == 1:
        text = hp.indic(f"{dt.day} {hp.MONTHS_LEV[dt.month - 1]} {dt.year}")
        return (f"{text} - {hp.indic(dt.strftime('%H:%M'))}", True) if clock else (text, False)
    if style == 2:
        return dt.strftime("%d-%m-%Y"), False
    text = f"{day} {hp.day_hijri(dt)} الموافق {hp.day_eg(dt, weekday=False)}"
    return (f"{text} - {hp.clock12(dt)}", True) if clock else (text, False)


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    """The first paragraph's printed lead, truth dateline and agency."""
    rng = spec.rng
    if story.agency:
        form = hp.agency_form(story.agency, rng)
        if story.place and rng.random() < 0.65:
            return f"{story.place} – ({form}) – ", story.place, story.agency
        return f"({form}) – ", None, story.agency
    if story.place and rng.random() < 0.7:
        return f"{story.place} – ", story.place, None
    return "", None, None


def _info(items: list[str], cls: str) -> str:
    return (
        f'<dl class="article-info muted {cls}"><dt class="article-info-term">التفاصيل</dt>'
        + "".join(items)
        + "</dl>"
    )


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    date_text, clock = _date(dt, hp.has_clock(story), rng.randrange(4))
    prefix, dateline, agency = _prefix(story, spec)
    section = story.section or "أخبار المحافظات"
    byline_mode = rng.choice(["info", "para", "para", "none"]) if story.author else "none"
    by_word = rng.choice(["إعداد:", "كتب:"])
    author = story.author if byline_mode != "none" else None
    info_below = rng.random() < 0.35
    hits = rng.randint(40, 6000)
    modified = dt + timedelta(hours=rng.randint(2, 30), minutes=rng.randint(0, 59))
    show_mod = rng.random() < 0.4
    span = rng.choice(SPANS)
    related = list(spec.related)
    rel_mod, most_read = hp.split_related(related, 2, rng)
    show_tags = bool(story.keywords) and rng.random() < 0.7
    item_id = hp.article_slug(story)
    cat_id = 8 + sum(map(ord, section)) % 30
    url = f"https://www.{SITE.domain}/index.php/{cat_id}-news/{item_id}-article"

    info = []
    if byline_mode == "info" and author:
        info.append(
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">كتب بواسطة: <span itemprop="name">{hp.esc(author)}</span></dd>'
        )
    info.append(
        f'<dd class="category-name">التصنيف: <a href="/index.php/{cat_id}-news" itemprop="genre">{hp.esc(section)}</a></dd>'
    )
    info.append(
        f'<dd class="create"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{story.published}" itemprop="dateCreated">أضيف بتاريخ: {date_text}</time></dd>'
    )
    if show_mod:
        info.append(
            f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> آخر تحديث: {modified.strftime("%d-%m-%Y %H:%M")}</dd>'
        )
    info.append(
        f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{hits}">الزيارات: {hits}</dd>'
    )

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar-aa" dir="rtl">\n<head>',
        f'<base href="https://www.{SITE.domain}/index.php/{cat_id}-news/{item_id}-article">',
        '<meta http-equiv="content-type" content="text/html; charset=utf-8">',
        f'<meta name="author" content="{hp.attr(story.author or "Super User")}">',
        '<meta name="generator" content="Joomla! - Open Source Content Management">',
        f"<title>{hp.esc(story.title)}</title>",
        '<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">',
        '<script src="/media/jui/js/jquery.min.js?2c8e1b"></script>',
        "</head>",
        f'<body class="site com_content view-article no-layout no-task itemid-{cat_id + 100} rtl">',
        '<div class="body" id="top"><div class="container">',
        '<header class="header" role="banner"><div class="header-inner clearfix">',
        f'<a class="brand pull-left" href="/"><img src="/images/logo.png" alt="{SITE.name}"><div class="site-description">صوت الناس في كل محافظة</div></a>',
        f'<div class="header-search pull-right"><div class="search"><form><label for="mod-search-searchword" class="search-label">{SEARCH}</label><input id="mod-search-searchword" name="searchword" class="inputbox search-query" type="search" placeholder="{SEARCH}"></form></div></div>',
        "</div></header>",
        '<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list">',
        *[
            f'<li class="item-{101 + i}{" current active" if m == section else ""}"><a href="/index.php/{i}">{m}</a></li>'
            for i, m in enumerate(MENU)
        ],
        "</ul></nav>",
        f'<div class="moduletable"><div class="custom weather"><p>{WEATHER}</p></div></div>',
        '<div class="row-fluid"><main id="content" role="main" class="span9">',
        '<div aria-label="breadcrumbs" role="navigation"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">',
        f'<li class="active"><span class="divider icon-location"></span>{YOU_ARE_HERE}</li>',
        '<li itemprop="itemListElement"><a href="/" class="pathway">الرئيسية</a><span class="divider"> » </span></li>',
        f'<li itemprop="itemListElement"><a href="/index.php/{cat_id}-news" class="pathway">{hp.esc(section)}</a></li>',
        "</ul></div>",
        '<div id="system-message-container"></div>',
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">',
        '<meta itemprop="inLanguage" content="ar-AA">',
        '<div class="page-header">',
        f'<h2 itemprop="headline">{hp.esc(story.title)}</h2>',
        "</div>",
        '<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span><span class="caret"></span></a>'
        '<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow"><span class="icon-print"></span> طباعة</a></li>'
        '<li class="email-icon"><a href="#" rel="nofollow"><span class="icon-envelope"></span> البريد الإلكتروني</a></li></ul></div></div>',
    ]
    if not info_below:
        h.append(_info(info, "above"))
    if rng.random() < 0.6:
        h.append(
            f'<div class="pull-none item-image"><img src="/images/news/{dt:%Y}/{item_id}.jpg" alt="" itemprop="image"></div>'
        )
    h.append('<div itemprop="articleBody">')
    if byline_mode == "para" and author:
        h.append(f'<p style="text-align: right;"><strong>{by_word} {hp.esc(author)}</strong></p>')
    subs = set(story.subheadings)
    for k, para in enumerate(story.paragraphs):
        if para in subs:
            h.append(f'<p style="text-align: justify;"><strong>{hp.esc(para)}</strong></p>')
            continue
        lead = hp.esc(prefix) if k == 0 else ""
        if lead and rng.random() < 0.5:
            lead = f"<strong>{lead}</strong>"
        wrap = span if rng.random() < 0.5 else ""
        close = "</span>" if wrap else ""
        h.append(f'<p style="text-align: justify;">{wrap}{lead}{hp.esc(para)}{close}</p>')
    if rng.random() < 0.5:
        h.append("<p>&nbsp;</p>")
    h.append("</div>")
    if info_below:
        h.append(_info(info, "below"))
    kw_raw = None
    if show_tags:
        kw_raw = " ".join(story.keywords)
        h.append('<ul class="tags inline">')
        h.extend(
            f'<li class="tag-{i + 3} tag-list{i}" itemprop="keywords"><a href="/index.php/component/tags/tag/{i + 3}" class="label label-info">{hp.esc(t)}</a></li>'
            for i, t in enumerate(story.keywords)
        )
        h.append("</ul>")
    h.append(
        '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="#" rel="prev"><span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">السابق</span></a></li>'
        '<li class="next"><a class="hasTooltip" href="#" rel="next"><span aria-hidden="true">التالي</span> <span class="icon-chevron-left" aria-hidden="true"></span></a></li></ul>'
    )
    h.append("</div>")

    glued_truth: list[Truth] = []
    if spec.read_also:
        h.append('<div class="moduletable follow-also"><h3>تابع أيضاً</h3><div class="newsflash">')
        for extra in spec.read_also:
            h.append(
                f'<h4 class="newsflash-title"><a href="/index.php/{cat_id}-news/{hp.article_slug(extra)}-article">{hp.esc(extra.title)}</a></h4>'
            )
            extra_subs = set(extra.subheadings)
            for para in extra.paragraphs:
                if para in extra_subs:
                    h.append(f"<p><strong>{hp.esc(para)}</strong></p>")
                else:
                    h.append(f"<p>{hp.esc(para)}</p>")
            h.append(
                f'<a class="readmore" href="/index.php/{cat_id}-news/{hp.article_slug(extra)}-article">{READ_MORE}</a>'
            )
            glued_truth.append(hp.read_also_truth(extra))
        h.append("</div></div>")
    if rel_mod:
        h.append(
            '<div class="moduletable"><h3>مواضيع ذات علاقة</h3><ul class="relateditems mod-list">'
        )
        h.extend(
            f'<li><a href="/index.php/{cat_id}-news/{n + 2000}-article">{hp.esc(t)}</a></li>'
            for n, t in enumerate(rel_mod)
        )
        h.append("</ul></div>")
    h.append(
        f'<div id="jc"><h4>التعليقات (0)</h4><div class="jcomments-links">{NO_COMMENTS}</div>'
        f'<h4>{JCOMMENTS_HEAD}</h4><form id="comments-form"><p class="jc-note">{JCOMMENTS_NOTE}</p>'
        '<input name="name" placeholder="الاسم (مطلوب)"><textarea name="comment"></textarea><button>إرسال</button></form></div>'
    )
    h.append("</main>")
    h.append('<div id="aside" class="span3"><div class="well">')
    if most_read:
        h.append('<h3 class="page-header">الأكثر قراءة</h3><ul class="mostread mod-list">')
        h.extend(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="/index.php/{n + 40}-news" itemprop="url"><span itemprop="name">{hp.esc(t)}</span></a></li>'
            for n, t in enumerate(most_read)
        )
        h.append("</ul>")
    h.append(
        f'</div><div class="well poll"><h3 class="page-header">استطلاع رأي</h3><p>{POLL}</p>'
        + "".join(f'<label><input type="radio" name="poll"> {o}</label>' for o in POLL_OPTIONS)
        + '<button class="btn">صوّت</button></div>'
    )
    h.append(
        '<div class="well login"><h3 class="page-header">دخول الأعضاء</h3><form>'
        '<label>اسم المستخدم</label> <input name="username"> <label>كلمة المرور</label> <input type="password"> '
        "<label>تذكرني</label> <button>دخول</button></form></div>"
    )
    h.append("</div></div></div></div>")
    h.append(
        f'<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-left"><a href="#top" id="back-top">العودة لأعلى</a></p>'
        f"<p>{COPYRIGHT}</p><p>{POWERED}</p></div></footer>\n</body>\n</html>\n"
    )

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
    articles: list[Truth] = [main, *glued_truth, *hp.headlines(rel_mod), *hp.headlines(most_read)]
    boiler = [
        SEARCH,
        WEATHER,
        NO_COMMENTS,
        JCOMMENTS_HEAD,
        JCOMMENTS_NOTE,
        POLL,
        COPYRIGHT,
        POWERED,
        "صوت الناس في كل محافظة",
        "طباعة البريد الإلكتروني",
    ]
    return hp.finish(spec, "\n".join(h), articles, [b for b in boiler if len(b.split()) >= 3], url)


TEMPLATE = Template(id="h21", kind="html", site=SITE, render=render)
