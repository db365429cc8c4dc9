"""h01: a big pan-Arab news portal. JSON-LD NewsArticle, a masthead date of the day, a breaking
ticker, the body under a captioned photo, tags, glued read-also stories, "أخبار ذات صلة", and a
heavy sidebar ("الأكثر قراءة", newsletter, app prompt, video) printed after the article. Agency
prefixes name no place ("رويترز - ", "ا ف ب: "); "آخر تحديث" prints a second, later time."""

from __future__ import annotations

import json
from datetime import timedelta

from tests.corpus.pages.model import (
    Page,
    PageSpec,
    Site,
    Template,
    Truth,
    article_truth,
    headline_truth,
)
from tests.corpus.pages.templates._html_parts_e import (
    DAYS,
    MONTHS_EG,
    TICKER,
    agency_form,
    blocks,
    esc,
    finish,
    page_id,
    pick,
    when,
)

SITE = Site(name="الأفق العربي", domain="alofoq-arabi.example", name_latin="Al Ofoq Al Arabi")

MENU = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "تكنولوجيا", "صحة", "ثقافة", "منوعات", "فيديو"]
COOKIES = (
    "يستخدم موقع الأفق العربي ملفات تعريف الارتباط لتحسين تجربة التصفح وتخصيص المحتوى "
    "والإعلانات وتحليل حركة الزوار. بعض هذه الملفات ضروري لعمل الموقع، وبعضها يساعدنا على فهم "
    "الطريقة التي تستخدم بها صفحاتنا، وبعضها يضعه شركاء الإعلان لعرض إعلانات تناسب اهتماماتك. "
    "بمتابعة التصفح فإنك توافق على استخدامنا لهذه الملفات وفق سياسة الخصوصية، ويمكنك تعديل "
    "تفضيلاتك في أي وقت من صفحة الإعدادات."
)
CAPTIONS = [
    "صورة أرشيفية من موقع الحدث",
    "جانب من الاجتماع الذي عقد صباح اليوم",
    "الصورة من الأرشيف وتستخدم للتوضيح فقط",
]
NEWSLETTER = "اشترك في النشرة اليومية لتصلك أهم الأخبار كل صباح"
APP = "حمّل تطبيق الأفق العربي على هاتفك وتابع الأخبار لحظة بلحظة"
VIDEO = "شاهد: جولة مصورة في أسواق المدينة قبيل العيد"
FOOTER_LINKS = "من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام | أعلن معنا"
COPYRIGHT = "جميع الحقوق محفوظة © 2025 الأفق العربي"


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    section = story.section or "أخبار"
    show_time = rng.random() < 0.8
    hm = w.clock24() if show_time and w.has_time else None
    pub = f"{w.dt.day:02d}/{w.dt.month:02d}/{w.dt.year}" + (f" {hm}" if hm else "")
    later = w.dt + timedelta(hours=rng.randint(1, 5), minutes=rng.randint(3, 50))
    updated = f"{later.day:02d}/{later.month:02d}/{later.year} {later.strftime('%H:%M')}"
    today = w.dt + timedelta(days=rng.randint(0, 2))
    today_text = f"{DAYS[today.weekday()]}، {today.day} {MONTHS_EG[today.month - 1]} {today.year}"

    prefix, dateline, agency = "", None, None
    if story.agency:
        form = agency_form(story.agency, rng)
        prefix = f"{form} - " if rng.random() < 0.5 else f"{form}: "
        agency = story.agency
    elif story.place:
        prefix = f"{story.place}: "
        dateline = story.place
    author = story.author if story.author and rng.random() < 0.85 else None

    ticker = [TICKER[i] for i in pick(rng, TICKER, 3)]
    caption = rng.choice(CAPTIONS)
    related = list(spec.related)
    n_side = min(3, max(0, len(related) - 2))
    side, related = related[len(related) - n_side :], related[: len(related) - n_side]
    tags = story.keywords if rng.random() < 0.75 else []
    keywords_raw = " ".join(tags) if tags else None

    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": w.dt.strftime("%Y-%m-%dT%H:%M:00+03:00" if hm else "%Y-%m-%d"),
        "dateModified": later.strftime("%Y-%m-%dT%H:%M:00+03:00"),
        "author": {"@type": "Person", "name": author}
        if author
        else {"@type": "Organization", "name": SITE.name},
        "publisher": {"@type": "Organization", "name": SITE.name},
    }
    aid = page_id(story)
    url = f"https://www.{SITE.domain}/{section_slug(section)}/{w.dt:%Y/%m/%d}/{aid}"

    out: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{esc(story.title)} | {SITE.name}</title>",
        f'<meta property="og:title" content="{esc(story.title)}">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        f'<link rel="canonical" href="{url}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        '</head>\n<body class="article-page">',
        '<a class="skip-link screen-reader-text" href="#content">تخطي إلى المحتوى</a>',
        '<header class="site-header">',
        f'<div class="top-bar"><span class="today-date">{today_text}</span>'
        ' <a href="/en">English</a> <a href="/login">تسجيل الدخول</a></div>',
        f'<div class="logo"><a href="/">{SITE.name}</a></div>',
        '<ul id="main-menu" class="menu">'
        + "".join(f'<li><a href="/{section_slug(m)}">{m}</a></li>' for m in MENU)
        + "</ul>",
        "</header>",
        '<div class="breaking-bar"><span class="breaking-label">عاجل</span><ul class="ticker">'
        + "".join(f"<li>{esc(t)}</li>" for t in ticker)
        + "</ul></div>",
        f'<div class="cookie-notice" role="dialog"><p>{COOKIES}</p>'
        "<button>موافق</button> <button>الإعدادات</button></div>",
        f'<nav class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/{section_slug(section)}">{esc(section)}</a></nav>',
        '<main id="content" class="layout">\n<article class="story">',
        f'<a class="story-section" href="/{section_slug(section)}">{esc(section)}</a>',
        f'<h1 class="story-title">{esc(story.title)}</h1>',
    ]
    meta = []
    if author:
        meta.append(f'<span class="story-author">{esc(author)}</span>')
    meta.append(f'<time class="published">نشر في: {pub}</time>')
    if rng.random() < 0.6:
        meta.append(f'<span class="updated">آخر تحديث: {updated}</span>')
    out.append('<div class="story-meta">' + " | ".join(meta) + "</div>")
    out.append(
        f'<figure class="story-image"><img src="/media/{aid}.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
    )
    out.append('<div class="story-body" itemprop="articleBody">')
    out += blocks(story, prefix=esc(prefix))
    out.append("</div>")
    out.append(
        '<div class="share-bar"><span>شارك الخبر:</span> <a>فيسبوك</a> <a>إكس</a> <a>واتساب</a>'
        " <a>تيليجرام</a> <a>نسخ الرابط</a></div>"
    )
    if tags:
        out.append(
            '<div class="story-tags"><span class="tags-label">الوسوم:</span> '
            + " ".join(f'<a href="/tag/{i}">{esc(t)}</a>' for i, t in enumerate(tags))
            + "</div>"
        )

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(hm is not None),
            author=author,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords_raw,
            section=section,
        )
    ]
    for extra in spec.read_also:
        out.append('<section class="read-also"><div class="read-also-label">إقرأ أيضاً</div>')
        out.append(f'<h2 class="read-also-title">{esc(extra.title)}</h2><div class="story-body">')
        out += blocks(extra, h_tag="h3")
        out.append("</div></section>")
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
    if related:
        out.append('<section class="related-news"><h3>أخبار ذات صلة</h3><ul>')
        out += [f'<li><a href="/news/{i + 11}">{esc(t)}</a></li>' for i, t in enumerate(related)]
        out.append("</ul></section>")
        articles += [headline_truth(t) for t in related]
    out.append("</article>")

    out.append('<aside class="sidebar">')
    if side:
        out.append('<div class="widget most-read"><h3 class="widget-title">الأكثر قراءة</h3><ol>')
        out += [f'<li><a href="/news/{i + 71}">{esc(t)}</a></li>' for i, t in enumerate(side)]
        out.append("</ol></div>")
        articles += [headline_truth(t) for t in side]
    out.append(
        f'<div class="widget newsletter"><p>{NEWSLETTER}</p>'
        '<input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>'
    )
    out.append(
        f'<div class="widget app-promo"><p>{APP}</p><a>App Store</a> <a>Google Play</a></div>'
    )
    out.append(
        f'<div class="widget video-box"><h3 class="widget-title">فيديو</h3>'
        f'<video src="/media/v{aid}.mp4"></video><p class="video-caption">{VIDEO}</p></div>'
    )
    out.append("</aside>\n</main>")
    out.append(
        '<footer class="site-footer"><ul class="footer-menu">'
        + "".join(f"<li><a>{m}</a></li>" for m in MENU[1:6])
        + f'</ul><p class="footer-links">{FOOTER_LINKS}</p><p class="copyright">{COPYRIGHT}</p>'
        "</footer>\n</body>\n</html>\n"
    )
    furniture = [
        *ticker,
        COOKIES.split(".")[0],
        caption,
        NEWSLETTER,
        APP,
        VIDEO,
        FOOTER_LINKS,
        COPYRIGHT,
    ]
    return finish(spec, "\n".join(out), articles, furniture, url)


def section_slug(section: str) -> str:
    """The URL segment of a section (an ASCII stand-in)."""
    return f"s{sum(map(ord, section)) % 97}"


TEMPLATE = Template(id="h01", kind="html", site=SITE, render=render)
