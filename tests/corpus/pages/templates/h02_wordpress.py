"""h02: a WordPress news theme. entry-title / entry-meta / entry-content, a syndication line
"The post … appeared first on …" as the last paragraph of entry-content (it repeats the title),
Jetpack-style related posts with their dates and categories, a glued read-also post, a
comments area whose heading repeats the title, and widget sidebars of categories and archives."""

from __future__ import annotations

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
from tests.corpus.pages.templates._html_parts_e import (
    COMMENTS,
    MONTHS_EG,
    When,
    agency_form,
    blocks,
    esc,
    finish,
    page_id,
    pick,
    when,
)

SITE = Site(name="نبض المدينة", domain="nabd-almadina.example", name_latin="Nabd Al Madina")

MENU = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "مجتمع", "آراء", "اتصل بنا"]
TAGLINE = "أخبار المدينة كما تحدث، ساعة بساعة"
RULES = "لن ننشر بريدك الإلكتروني، والحقول المطلوبة عليها علامة *"
REMEMBER = "تذكّر اسمي وبريدي في هذا المتصفح عند التعليق مرة أخرى"
COPYRIGHT = "جميع الحقوق محفوظة © 2025 نبض المدينة"
POWERED = "Powered by WordPress | Theme: NewsLine by ThemeWorks"
CATEGORIES = ["أخبار محلية", "اقتصاد", "رياضة", "صحة", "منوعات"]
ARCHIVES = ["أغسطس 2025", "يوليو 2025", "يونيو 2025", "مايو 2025"]


def _date(w: When, with_time: bool) -> str:
    text = f"{w.dt.day} {MONTHS_EG[w.dt.month - 1]}، {w.dt.year}"
    if with_time:
        hour = w.dt.hour % 12 or 12
        text += f" في {hour}:{w.dt.minute:02d} {'م' if w.dt.hour >= 12 else 'ص'}"
    return text


def _prefix(story: Story, dash: str, rng_form: str | None) -> tuple[str, str | None]:
    """The dateline prefix and the dateline the truth keeps."""
    if story.place and rng_form:
        return f"{story.place} ({rng_form}) {dash} ", f"{story.place} ({rng_form})"
    if story.place:
        return f"{story.place} {dash} ", story.place
    if rng_form:
        return f"({rng_form}) {dash} ", None
    return "", None


def _syndication(title: str, slug: str) -> str:
    return (
        f'<p>The post <a href="https://{SITE.domain}/{slug}/">{esc(title)}</a> appeared first on '
        f'<a href="https://{SITE.domain}">{SITE.name}</a>.</p>'
    )


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "أخبار محلية"
    with_time = w.has_time and rng.random() < 0.5
    syndicated = rng.random() < 0.7
    form = agency_form(story.agency, rng) if story.agency else None
    prefix, dateline = _prefix(story, rng.choice(["-", "–"]), form)
    author = story.author
    slug = f"{w.dt:%Y/%m/%d}/news-{pid}"
    url = f"https://{SITE.domain}/{slug}/"

    out = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">',
        f"<title>{esc(story.title)} - {SITE.name}</title>",
        f'<meta property="og:title" content="{esc(story.title)} - {SITE.name}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{w.dt:%Y-%m-%dT%H:%M:00+00:00}">',
        "<link rel='stylesheet' id='newsline-style-css' href='/wp-content/themes/newsline/style.css' media='all' />",
        f'</head>\n<body class="post-template-default single single-post postid-{pid} single-format-standard">',
        '<div id="page" class="site">',
        '<a class="skip-link screen-reader-text" href="#primary">تخطي إلى المحتوى</a>',
        '<header id="masthead" class="site-header"><div class="site-branding">',
        f'<p class="site-title"><a href="/" rel="home">{SITE.name}</a></p>',
        f'<p class="site-description">{TAGLINE}</p></div>',
        '<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">القائمة</button>',
        '<div class="menu-main-container"><ul id="primary-menu" class="menu">'
        + "".join(
            f'<li class="menu-item"><a href="/c/{i}/">{m}</a></li>' for i, m in enumerate(MENU)
        )
        + "</ul></div></nav></header>",
        '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">',
        f'<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry">',
        '<header class="entry-header">',
        f'<span class="cat-links"><a href="/c/0/" rel="category tag">{esc(section)}</a></span>',
        f'<h1 class="entry-title">{esc(story.title)}</h1>',
        '<div class="entry-meta"><span class="posted-on">نُشر في <a href="#" rel="bookmark">'
        f'<time class="entry-date published" datetime="{w.dt:%Y-%m-%dT%H:%M:00+00:00}">{_date(w, with_time)}</time></a></span>'
        + (
            f' <span class="byline"> بواسطة <span class="author vcard"><a class="url fn n" href="/author/{pid % 17}/">{esc(author)}</a></span></span>'
            if author
            else ""
        )
        + "</div></header>",
        f'<div class="post-thumbnail"><img width="800" height="450" src="/wp-content/uploads/{w.dt:%Y/%m}/img-{pid}.jpg" class="attachment-post-thumbnail wp-post-image" alt=""></div>',
        '<div class="entry-content">',
        *blocks(story, prefix=f"<strong>{esc(prefix)}</strong>" if prefix else "", h_tag="h3"),
    ]
    if syndicated:
        out.append(_syndication(story.title, slug))
    out.append("</div>")
    tags = story.keywords
    if tags:
        out.append(
            '<footer class="entry-footer"><span class="tags-links">الوسوم: '
            + "، ".join(f'<a href="/tag/{i}/" rel="tag">{esc(t)}</a>' for i, t in enumerate(tags))
            + "</span></footer>"
        )
    out.append(
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">شارك هذا:</h3><ul>'
        "<li>فيسبوك</li><li>X</li><li>واتساب</li><li>البريد الإلكتروني</li></ul></div>"
    )
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(with_time),
            author=author,
            dateline=dateline,
            agency=story.agency if form else None,
            keywords_raw="، ".join(tags) if tags else None,
        )
    ]
    related = spec.related[:3]
    if related:
        out.append(
            '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
            '<em>مقالات ذات صلة</em></h3><div class="jp-relatedposts-items">'
        )
        for i, title in enumerate(related):
            cat = CATEGORIES[(pid + i) % len(CATEGORIES)]
            out.append(
                f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
                f'<a href="/{i + 1}/">{esc(title)}</a></h4><p class="jp-relatedposts-post-date">'
                f"{_date(w, False)}</p>"
                f'<p class="jp-relatedposts-post-context">في "{cat}"</p></div>'
            )
        out.append("</div></div>")
        articles += [headline_truth(t) for t in related]
    out.append("</article>")
    for extra in spec.read_also:
        ew = when(extra)
        out.append(
            '<div class="read-also-post"><span class="read-also-label">اقرأ أيضا</span>'
            f'<article class="post type-post"><h2 class="entry-title">{esc(extra.title)}</h2>'
            '<div class="entry-content">'
        )
        out += blocks(extra, h_tag="h3")
        if syndicated:
            out.append(_syndication(extra.title, f"{ew.dt:%Y/%m/%d}/news-{page_id(extra)}"))
        out.append("</div></article></div>")
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=None,
            )
        )

    picked = [COMMENTS[i] for i in pick(rng, COMMENTS, rng.randint(2, 4))]
    out.append(
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(picked)} تعليقات على “{esc(story.title)}”</h2>'
        '<ol class="comment-list">'
    )
    for i, (name, text) in enumerate(picked):
        cw = When(w.dt.replace(hour=(w.dt.hour + 2 + 3 * i) % 24), True)
        out.append(
            f'<li id="comment-{pid + i}" class="comment"><article class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><b class="fn">{esc(name)}</b> <span class="says">قال:</span></div>'
            f'<div class="comment-metadata"><a href="#comment-{pid + i}"><time>{_date(cw, True)}</time></a></div></footer>'
            f'<div class="comment-content"><p>{esc(text)}</p></div><div class="reply"><a class="comment-reply-link">رد</a></div>'
            "</article></li>"
        )
    out.append(
        '</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>'
        f'<form class="comment-form"><p class="comment-notes">{RULES}</p>'
        '<p class="comment-form-comment"><label>التعليق</label><textarea></textarea></p>'
        "<p><label>الاسم *</label><input></p><p><label>البريد الإلكتروني *</label><input></p>"
        f'<p class="comment-form-cookies-consent"><input type="checkbox"><label>{REMEMBER}</label></p>'
        '<p class="form-submit"><input type="submit" value="إرسال التعليق"></p></form></div></div>'
    )
    out.append("</main></div>")
    out.append(
        '<aside id="secondary" class="widget-area"><section class="widget widget_search"><form>'
        '<input type="search" placeholder="بحث …"><button>بحث</button></form></section>'
        '<section class="widget widget_categories"><h2 class="widget-title">التصنيفات</h2><ul>'
        + "".join(f'<li class="cat-item"><a>{c}</a></li>' for c in CATEGORIES)
        + '</ul></section><section class="widget widget_archive"><h2 class="widget-title">الأرشيف</h2><ul>'
        + "".join(f"<li><a>{a}</a></li>" for a in ARCHIVES)
        + "</ul></section></aside></div>"
    )
    out.append(
        f'<footer id="colophon" class="site-footer"><div class="site-info">{COPYRIGHT}'
        f'<span class="sep"> | </span>{POWERED}</div></footer></div>\n</body>\n</html>\n'
    )
    furniture = [
        TAGLINE,
        f"appeared first on {SITE.name}" if syndicated else "شارك هذا: فيسبوك X واتساب",
        *[text for _, text in picked[:2]],
        RULES,
        REMEMBER,
        COPYRIGHT,
        POWERED,
    ]
    return finish(spec, "\n".join(out), articles, furniture, url)


TEMPLATE = Template(id="h02", kind="html", site=SITE, render=render)
