"""h17: a Lebanese TV channel's news site: a live-stream bar, a "عاجل" ticker, the headline over a
video player (duration, "شاهد التقرير"), Levantine month names and 24-hour clocks, "كتب" or
"بقلم" bylines, "(أ ف ب) -" agency prefixes with an "المصدر:" line, an inline "إقرأ أيضاً" link,
a live-blog box of timed updates, "اقرأ المزيد" cards with time-ago labels and an infinite-scroll
"المقال التالي" that prints the next full articles below."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="قناة الأرز", domain="arz-tv.example", name_latin="Arz TV")

MENU = ["الرئيسية", "لبنان", "إقليمي", "دولي", "اقتصاد", "رياضة", "برامج", "فيديو", "البث المباشر"]
LIVE_BAR = "شاهد البث المباشر لقناة الأرز الآن"
TICKER_ITEMS = [
    "زحمة سير خانقة على أوتوستراد الضبية باتجاه بيروت",
    "الدفاع المدني يعمل على إخماد حريق في أحراج عكار",
    "ارتفاع سعر صفيحة البنزين 98 أوكتان عشرين ألف ليرة",
    "وزير التربية يعلن مواعيد الامتحانات الرسمية الأسبوع المقبل",
    "الأرصاد: منخفض جوي يضرب لبنان ابتداء من مساء الغد",
    "اجتماع لجنة المال والموازنة يرجأ إلى الخميس",
]
LIVE_UPDATES = [
    "مراسلنا: حركة ناشطة عند نقطة المصنع الحدودية",
    "عودة التيار الكهربائي تدريجياً إلى أحياء في طرابلس",
    "انطلاق جلسة مجلس الوزراء في السراي الحكومي",
    "إقفال طريق صيدا القديمة بسبب أعمال صيانة",
    "الصليب الأحمر ينقل مصابين من حادث سير على طريق المطار",
]
VIDEO_LABEL = "شاهد التقرير الكامل في نشرة الأخبار المسائية"
APP = "حمّلوا تطبيق قناة الأرز لمتابعة الأخبار لحظة بلحظة"
DISCLAIMER = "الآراء الواردة في التعليقات تعبر عن أصحابها فقط"
FOOTER = "جميع الحقوق محفوظة لقناة الأرز 2025"
FOOTER_LINKS = ["من نحن", "برامجنا", "ترددات القناة", "أعلن معنا", "اتصل بنا"]
AGO = ["منذ 12 دقيقة", "منذ ساعة", "منذ ساعتين", "منذ 3 ساعات", "منذ 5 ساعات", "منذ يوم"]
CARD_CATS = ["لبنان", "إقليمي", "دولي", "اقتصاد", "رياضة"]


def _date(dt: datetime, clock: bool, style: int) -> str:
    if style == 0:
        text = f"{hp.day_lev(dt)}"
        return f"{text} | {dt.strftime('%H:%M')}" if clock else text
    if style == 1:
        text = f"{hp.WEEKDAYS[dt.weekday()]}، {hp.day_lev(dt)}"
        return f"{text} - {dt.strftime('%H:%M')}" if clock else text
    text = dt.strftime("%d-%m-%Y")
    return f"{text} {dt.strftime('%H:%M')}" if clock else text


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None, str | None]:
    """The printed prefix, truth dateline, agency and the "المصدر" value."""
    rng = spec.rng
    if story.agency:
        form = hp.agency_form(story.agency, rng)
        agency = hp.agency_key(story.agency)
        source = form if rng.random() < 0.6 else None
        if story.place and rng.random() < 0.6:
            dateline = f"{story.place} ({form})"
            return f"{dateline} - ", dateline, agency, source
        return f"({form}) - ", None, agency, source
    if story.place and rng.random() < 0.7:
        return f"{story.place} - ", story.place, None, None
    return "", None, None, None


def _body(story: Story, prefix: str, inline_at: int | None, inline: str) -> list[str]:
    out = ['<div class="article-text" itemprop="articleBody">']
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if i == inline_at:
            out.append(
                f'<p class="read-too"><b>إقرأ أيضاً:</b> <a href="/news/{hp.article_slug(story)}1">{hp.esc(inline)}</a></p>'
            )
        if sub:
            out.append(f"<h3>{hp.esc(text)}</h3>")
        elif i == 0 and prefix:
            out.append(f"<p>{hp.esc(prefix)}{hp.esc(text)}</p>")
        else:
            out.append(f"<p>{hp.esc(text)}</p>")
    out.append("</div>")
    return out


def _next(stories: list[Story], spec: PageSpec, style: int) -> tuple[list[str], list[Truth]]:
    out: list[str] = []
    truths: list[Truth] = []
    for s in stories:
        dt = hp.when(s)
        clock = hp.has_clock(s)
        prefix, dateline, agency, source = _prefix(s, spec)
        author = s.author if s.author and spec.rng.random() < 0.7 else None
        out.append('<div class="infinite-divider">المقال التالي</div>')
        out.append(f'<article class="post next-post" data-id="{hp.article_slug(s)}">')
        out.append(f'<h2 class="post-title">{hp.esc(s.title)}</h2>')
        meta = f'<div class="post-meta"><time>{_date(dt, clock, style)}</time>'
        if author:
            meta += f' <span class="by">كتب {hp.esc(author)}</span>'
        out.append(meta + "</div>")
        out.extend(_body(s, prefix, None, ""))
        if source:
            out.append(f'<div class="src">المصدر: {hp.esc(source)}</div>')
        out.append("</article>")
        truths.append(
            article_truth(
                "read_also",
                s,
                title=s.title,
                body_first=s.paragraphs[0],
                body_last=s.paragraphs[-1],
                published=hp.iso(dt, clock),
                author=author,
                source=source,
                dateline=dateline,
                agency=agency,
            )
        )
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    style = rng.randrange(3)
    prefix, dateline, agency, source = _prefix(story, spec)
    related = list(spec.related)
    inline_at = hp.inline_spot(story, rng) if related and rng.random() < 0.6 else None
    inline = related.pop(0) if inline_at is not None else ""
    ticker = rng.sample(TICKER_ITEMS, 4)
    live = rng.sample(LIVE_UPDATES, rng.randint(2, 4))
    live_first = rng.random() < 0.4
    with_video = rng.random() < 0.75
    by_word = rng.choice(["كتب", "بقلم"]) if story.author else ""
    show_tags = bool(story.keywords) and rng.random() < 0.7
    url = f"https://www.{SITE.domain}/news/{story.section or 'lebanon'}/{hp.article_slug(story)}"

    live_box = [
        '<div class="live-blog"><div class="live-head"><span class="dot"></span> مباشر | آخر التطورات</div><ul>'
    ]
    t = hp.masthead_day(dt, rng)
    for item in live:
        t = t - timedelta(minutes=rng.randint(4, 40))
        live_box.append(f'<li><span class="lt">{t.strftime("%H:%M")}</span> {item}</li>')
    live_box.append("</ul></div>")

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} - {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        '<meta property="og:type" content="video.other">',
        '<script src="/static/js/player.bundle.js"></script>',
        "</head>",
        '<body class="single-news">',
        f'<div class="livebar"><a href="/live">{LIVE_BAR}</a></div>',
        f'<header><a class="brand" href="/">{SITE.name}</a><nav><ul>',
        *[f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(MENU)],
        "</ul></nav></header>",
        '<div class="breaking-ticker"><span class="label">عاجل</span><ul>',
        *[f"<li>{x}</li>" for x in ticker],
        "</ul></div>",
        '<main class="content"><article class="post main-post">',
        f'<a class="post-cat" href="/c/1">{hp.esc(story.section or "لبنان")}</a>',
        f'<h1 class="post-title">{hp.esc(story.title)}</h1>',
    ]
    if with_video:
        dur = f"{rng.randint(1, 4):02d}:{rng.randint(0, 59):02d}"
        h.append(
            f'<div class="video-wrap"><video controls poster="/media/poster_{hp.article_slug(story)}.jpg">'
            f'<source src="/media/{hp.article_slug(story)}.mp4" type="video/mp4"></video>'
            f'<div class="video-label">{VIDEO_LABEL}</div><span class="duration">{dur}</span></div>'
        )
    meta = f'<div class="post-meta"><time datetime="{story.published}">{_date(dt, clock, style)}</time>'
    if story.author:
        meta += f' <span class="by">{by_word} {hp.esc(story.author)}</span>'
    h.append(meta + "</div>")
    if live_first:
        h.extend(live_box)
    h.extend(_body(story, prefix, inline_at, inline))
    if source:
        h.append(f'<div class="src">المصدر: {hp.esc(source)}</div>')
    kw_raw = None
    if show_tags:
        kw_raw = " ".join(f"#{k}" for k in story.keywords)
        h.append('<div class="hashtags">')
        h.extend(f'<a href="/tag/{i}">#{hp.esc(k)}</a>' for i, k in enumerate(story.keywords))
        h.append("</div>")
    h.append(f'<div class="app-promo">{APP}</div>')
    h.append("</article>")
    if not live_first:
        h.extend(live_box)
    if related:
        h.append('<section class="more-cards"><h3>اقرأ المزيد</h3><div class="cards">')
        for n, title in enumerate(related):
            h.append(
                f'<a class="card" href="/news/{n}"><img src="/thumb/{n}.jpg" alt=""><span class="cat">{rng.choice(CARD_CATS)}</span>'
                f'<h4>{hp.esc(title)}</h4><span class="ago">{rng.choice(AGO)}</span></a>'
            )
        h.append("</div></section>")
    glued, glued_truth = _next(spec.read_also, spec, style)
    h.extend(glued)
    h.append(f'</main><div class="comments-note">{DISCLAIMER}</div>')
    h.append("<footer><ul>")
    h.extend(f'<li><a href="/p/{i}">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS))
    h.append(f"</ul><p>{FOOTER}</p></footer>")
    h.append("</body>\n</html>\n")

    main = article_truth(
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
        keywords_raw=kw_raw,
    )
    articles = [main]
    if inline_at is not None:
        articles.append({"role": "headline", "title": inline})
    articles.extend(hp.headlines(related))
    articles.extend(glued_truth)
    boiler = [LIVE_BAR, APP, DISCLAIMER, FOOTER, ticker[0], live[0], "من نحن برامجنا ترددات القناة"]
    if with_video:
        boiler.append(VIDEO_LABEL)
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h17", kind="html", site=SITE, render=render)
