"""h09: a national daily on Drupal: skip link, masthead with the day's date, breadcrumbs ending
in the headline, field--name-body, inline "اقرأ أيضًا" box, tags, "أخبار متعلقة" view and a
"الأكثر قراءة" sidebar printed after the content region."""

from __future__ import annotations

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="صحيفة الميثاق", domain="almithaq-daily.example", name_latin="Al Mithaq Daily")

MASTHEAD = "رئيس مجلس الإدارة: خالد منصور رئيس التحرير: سامي عبد الرؤوف"
MENU = ["الرئيسية", "سياسة", "اقتصاد", "محافظات", "حوادث", "رياضة", "فن", "رأي", "فيديو"]
FOOTER_LINKS = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا"]
COPYRIGHT = "جميع الحقوق محفوظة © 2025 صحيفة الميثاق"
CAPTIONS = [
    "صورة أرشيفية من موقع الحدث",
    "جانب من الاجتماع الذي عقد صباح اليوم",
    "الصورة من المكتب الإعلامي للوزارة",
]
SHARE = "شارك الخبر عبر مواقع التواصل الاجتماعي"
FOLLOW = "تابعوا صحيفة الميثاق على قناتها في واتساب"


def _dateline(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    """The printed prefix, the truth dateline and the truth agency."""
    agency = hp.agency_key(story.agency)
    if story.place and story.agency:
        form = hp.agency_form(story.agency, spec.rng)
        dateline = f"{story.place} ({form})"
        return f"{dateline} - ", dateline, agency
    if story.place:
        return f"{story.place}: ", story.place, None
    if story.agency:
        return f"{hp.agency_form(story.agency, spec.rng)} - ", None, agency
    return "", None, None


def _body(story: Story, prefix: str, inline_at: int | None, inline_title: str) -> list[str]:
    out = [
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">'
    ]
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if i == inline_at:
            out.append(
                '<div class="embedded-entity read-also-inline"><span class="ra-label">اقرأ أيضًا:</span> '
                f'<a href="/node/{hp.article_slug(story)}7">{hp.esc(inline_title)}</a></div>'
            )
        if sub:
            out.append(f"<h2>{hp.esc(text)}</h2>")
        elif i == 0 and prefix:
            out.append(f"<p><strong>{hp.esc(prefix)}</strong>{hp.esc(text)}</p>")
        else:
            out.append(f"<p>{hp.esc(text)}</p>")
    out.append("</div>")
    return out


def _glued(stories: list[Story]) -> tuple[list[str], list[Truth]]:
    if not stories:
        return [], []
    out = [
        '<div class="views-element-container block-read-also"><h2 class="block-title">إقرأ أيضاً</h2>'
    ]
    truths = []
    for s in stories:
        day = hp.day_eg(hp.when(s), weekday=False)
        out.append('<div class="node node--type-article node--view-mode-full-teaser">')
        out.append(
            f'<h3 class="node__title"><a href="/node/{hp.article_slug(s)}">{hp.esc(s.title)}</a></h3>'
        )
        out.append(f'<div class="field--name-created">{day}</div>')
        out.append('<div class="field field--name-body">')
        for sub, text in hp.blocks(s):
            out.append(f"<h4>{hp.esc(text)}</h4>" if sub else f"<p>{hp.esc(text)}</p>")
        out.append("</div></div>")
        truths.append(hp.read_also_truth(s, published=hp.iso(hp.when(s), False)))
    out.append("</div>")
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    prefix, dateline, agency = _dateline(story, spec)
    inline_at = hp.inline_spot(story, rng) if spec.related and rng.random() < 0.7 else None
    related = list(spec.related)
    inline_title = related.pop(0) if inline_at is not None else ""
    linked, most_read = hp.split_related(related, 2, rng)
    caption = rng.choice(CAPTIONS)
    with_image = rng.random() < 0.7
    section = story.section or "أخبار"
    printed_date = hp.day_eg(dt) + (f" - {hp.clock12(dt)}" if clock else "")
    today = hp.day_eg(hp.masthead_day(dt, rng))
    show_tags = bool(story.keywords) and rng.random() < 0.8
    url = f"https://www.{SITE.domain}/node/{hp.article_slug(story)}"

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} | {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        f'<link rel="canonical" href="{url}">',
        '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">',
        "</head>",
        '<body class="path-node page-node-type-article">',
        '<a href="#main-content" class="visually-hidden focusable skip-link">تخطي إلى المحتوى الرئيسي</a>',
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container">',
        '<header role="banner"><div class="region region-header-top">',
        f'<div class="block-today-date">{today}</div>',
        f'<div class="block-masthead">{MASTHEAD}</div></div>',
        f'<div id="block-site-branding"><a href="/" rel="home">{SITE.name}</a></div>',
        '<div class="region region-primary-menu"><ul class="menu menu--main">',
        *[f'<li class="menu-item"><a href="/{i}">{m}</a></li>' for i, m in enumerate(MENU)],
        "</ul></div></header>",
        '<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol>',
        f'<li><a href="/">الرئيسية</a></li><li><a href="/section">{hp.esc(section)}</a></li>',
        f"<li>{hp.esc(story.title)}</li></ol></nav></div>",
        '<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">',
        '<article role="article" class="node node--type-article node--view-mode-full">',
        f'<h1 class="page-title"><span class="field field--name-title">{hp.esc(story.title)}</span></h1>',
        '<div class="node__meta">',
    ]
    if story.author:
        h.append(f'<div class="field field--name-field-writer">بقلم: {hp.esc(story.author)}</div>')
    h.append(f'<div class="field field--name-created">{printed_date}</div></div>')
    if with_image:
        h.append(
            '<div class="field field--name-field-image"><img src="/sites/default/files/styles/large/public/photo.jpg" alt="">'
            f'<div class="image-caption">{caption}</div></div>'
        )
    h.extend(_body(story, prefix, inline_at, inline_title))
    kw_raw = None
    if show_tags:
        kw_raw = " ".join(story.keywords)
        h.append(
            '<div class="field field--name-field-tags field--label-inline"><div class="field__label">الوسوم:</div><div class="field__items">'
        )
        h.extend(
            f'<div class="field__item"><a href="/taxonomy/term/{i}">{hp.esc(k)}</a></div>'
            for i, k in enumerate(story.keywords)
        )
        h.append("</div></div>")
    h.append(
        f'<div class="social-share"><span>{SHARE}</span> <a>فيسبوك</a> <a>إكس</a> <a>واتساب</a></div>'
    )
    h.append("</article>")
    glued_html, glued_truth = _glued(spec.read_also)
    h.extend(glued_html)
    if linked:
        h.append(
            '<div class="block-views-blockrelated-news"><h2 class="block-title">أخبار متعلقة</h2><div class="view-content">'
        )
        h.extend(
            f'<div class="views-row"><a href="/node/{n}">{hp.esc(t)}</a></div>'
            for n, t in enumerate(linked)
        )
        h.append("</div></div>")
    h.append("</div></main>")
    h.append('<aside class="layout-sidebar-second" role="complementary">')
    if most_read:
        h.append('<div class="block-most-read"><h2>الأكثر قراءة</h2><ol>')
        h.extend(f'<li><a href="/node/{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(most_read))
        h.append("</ol></div>")
    h.append(f'<div class="block-follow">{FOLLOW}</div></aside>')
    h.append('<footer role="contentinfo"><div class="footer-links">')
    h.append(" | ".join(f'<a href="/page/{i}">{x}</a>' for i, x in enumerate(FOOTER_LINKS)))
    h.append(f'</div><div class="copyright">{COPYRIGHT}</div></footer>')
    h.append("</div></div>\n</body>\n</html>\n")

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=story.author,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
    )
    articles = [main]
    if inline_at is not None:
        articles.extend(hp.headlines([inline_title]))
    articles.extend(glued_truth)
    articles.extend(hp.headlines(linked + most_read))
    boiler = [
        MASTHEAD,
        COPYRIGHT,
        "من نحن | اتصل بنا | سياسة الخصوصية",
        SHARE,
        FOLLOW,
        "تخطي إلى المحتوى الرئيسي",
    ]
    if with_image:
        boiler.append(caption)
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h09", kind="html", site=SITE, render=render)
