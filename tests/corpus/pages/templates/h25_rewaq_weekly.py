"""h25: a pan-Arab weekly magazine's long-form feature page: an issue strip with the issue number
and the week's date range (not the article's date), a kicker over the <h1>, a byline block with
reading time and a Levantine or Egyptian-style date, a hero figure with a photographer credit,
pull quotes (an excerpt of a later paragraph in «») and captioned figures inside the body, a
bold city before an em dash, an optional "ذو صلة" card inside the body, an "المصدر:" line for
agency copy, an author bio box, a subscription box, glued "من ملف هذا الأسبوع" features, an
"اقرأ في العدد" list next to the cover and a footer naming the editor-in-chief."""

from __future__ import annotations

from datetime import datetime, timedelta
from random import Random

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
    MONTHS_EG,
    MONTHS_LEV,
    agency_form,
    esc,
    finish,
    page_id,
    when,
)

SITE = Site(name="الرواق", domain="arrewaq-weekly.example", name_latin="Ar-Rewaq Weekly")

NAV = ["ملف العدد", "سياسة", "اقتصاد", "مجتمع", "ثقافة", "حوارات", "رأي", "الأعداد السابقة"]
KICKERS = ["ملف العدد", "تحقيق", "قصة الغلاف", "تقرير خاص"]
CAPTIONS = [
    "صورة أرشيفية التقطها مصور الرواق خلال جولة ميدانية",
    "لقطة من الأرشيف المصور لمجلة الرواق",
    "من جولة فريق الرواق في المكان، الشهر الماضي",
    "الصورة خاصة بمجلة الرواق ولا يجوز إعادة نشرها",
]
BIOS = [
    "صحفي وكاتب يتابع الشؤون الإقليمية، ويكتب للرواق منذ عام 2016.",
    "محررة في قسم التحقيقات، تهتم بالاقتصاد الاجتماعي وقضايا المدن.",
    "مراسل الرواق، عمل في عدد من الصحف العربية قبل انضمامه إلى المجلة.",
]
SUBSCRIBE = "اشترك في الرواق واحصل على العدد الرقمي صباح كل خميس"
SUBSCRIBE_SUB = "اشتراك سنوي بخمسين عدداً مع الوصول الكامل إلى الأرشيف"
ABOUT = "مجلة عربية أسبوعية مستقلة تصدر كل خميس عن دار الرواق للنشر"
EDITOR = "رئيس التحرير: سليم عبد الهادي"
COPYRIGHT = "جميع حقوق النشر محفوظة لمجلة الرواق 2025"
REPRINT = "لا يجوز إعادة نشر المواد دون إذن خطي مسبق من إدارة المجلة"
READING = "وقت القراءة"
SHARE = "شارك القصة أو احفظها لقراءتها لاحقاً"


def _date(dt: datetime, clock: bool, rng: Random) -> tuple[str, bool]:
    """The feature's date as the magazine prints it, and whether a clock time is printed."""
    if rng.random() < 0.5:
        text = f"{dt.day} {MONTHS_LEV[dt.month - 1]} ({MONTHS_EG[dt.month - 1]}) {dt.year}"
    else:
        text = f"{dt.day} {MONTHS_EG[dt.month - 1]} {dt.year}"
    if clock and rng.random() < 0.6:
        return f"{text}، الساعة {dt:%H:%M}", True
    return text, False


def _quote(story: Story, rng: Random) -> tuple[int, str] | None:
    """Where a pull quote goes and its text: an excerpt of a later plain paragraph."""
    subs = set(story.subheadings)
    spots = [k for k in range(2, len(story.paragraphs) - 1) if story.paragraphs[k] not in subs]
    if not spots:
        return None
    k = rng.choice(spots)
    words = story.paragraphs[k].split()
    return k, " ".join(words[: rng.randint(7, 12)]).rstrip("،,.") + "…"


def _body(
    story: Story, prefix: str, rng: Random, card: str | None, pid: int
) -> tuple[list[str], list[str]]:
    """The feature body with its pull quote, one captioned figure and an optional card; and the
    captions it printed."""
    out: list[str] = []
    captions: list[str] = []
    quote = _quote(story, rng) if len(story.paragraphs) >= 4 else None
    fig_at = 2 if len(story.paragraphs) >= 3 else -1
    card_at = len(story.paragraphs) - 1 if card is not None else -1
    for k, para in enumerate(story.paragraphs):
        if k == fig_at:
            caption = rng.choice(CAPTIONS)
            captions.append(caption)
            out.append(
                f'<figure class="wp-block-image inline-figure"><img src="/media/{pid}-{k}.jpg" alt="" />'
                f"<figcaption>{esc(caption)}</figcaption></figure>"
            )
        if k == card_at:
            out.append(
                '<aside class="related-card"><span class="related-card__label">ذو صلة</span>'
                f'<a href="/features/{pid - 9}">{esc(card or "")}</a></aside>'
            )
        if para in story.subheadings:
            out.append(f'<h2 class="feature-subhead">{esc(para)}</h2>')
        elif k == 0 and prefix:
            out.append(f'<p class="lead-para"><b>{esc(prefix)}</b> — {esc(para)}</p>')
        else:
            out.append(f"<p>{esc(para)}</p>")
        if quote is not None and k == quote[0] - 1:
            out.append(f'<blockquote class="pull-quote"><p>«{esc(quote[1])}»</p></blockquote>')
    return out, captions


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    issue = 1700 + pid % 400
    start = w.dt - timedelta(days=(w.dt.weekday() - 3) % 7)
    end = start + timedelta(days=6)
    kicker = rng.choice(KICKERS)
    date_text, clock = _date(w.dt, w.has_time, rng)
    minutes = max(3, sum(len(p.split()) for p in story.paragraphs) // 40 + rng.randint(1, 4))
    related = list(spec.related)
    card = related.pop() if len(related) >= 3 and rng.random() < 0.5 else None
    dateline = story.place if story.place and rng.random() < 0.7 else None
    source = agency_form(story.agency, rng) if story.agency else None
    url = f"https://{SITE.domain}/issue/{issue}/features/{pid}"

    h = [
        '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{esc(story.title)} — مجلة {SITE.name}</title>",
        f'<meta property="og:title" content="{esc(story.title)}">',
        '<meta property="og:type" content="article">',
        '<link rel="stylesheet" href="/assets/css/magazine.css">\n</head>',
        '<body class="single single-feature">',
        '<header class="mag-header"><div class="issue-strip">'
        f'<span class="issue-no">العدد {issue}</span> | '
        f'<span class="issue-week">{start.day} {MONTHS_EG[start.month - 1]} - {end.day} {MONTHS_EG[end.month - 1]} {end.year}</span>'
        '<a class="btn-subscribe" href="/subscribe">اشترك</a></div>'
        f'<a class="logo" href="/"><img src="/assets/img/rewaq-logo.svg" alt="مجلة {SITE.name}"></a>'
        '<nav class="mag-nav"><ul>'
        + "".join(f'<li><a href="/c/{i}">{m}</a></li>' for i, m in enumerate(NAV))
        + "</ul></nav></header>",
        '<main class="feature"><article class="feature-article">',
        f'<header class="feature-head"><p class="kicker">{kicker}</p>',
        f'<h1 class="feature-title">{esc(story.title)}</h1>',
        '<div class="byline">',
    ]
    if story.author:
        lead = rng.choice(["بقلم", "كتب", ""])
        h.append(
            f'<img class="byline__avatar" src="/media/authors/{pid % 17}.jpg" alt="">'
            f'<span class="byline__name">{lead} <a href="/writers/{pid % 17}">{esc(story.author)}</a></span>'
        )
    h.append(
        f'<time class="byline__date">{date_text}</time>'
        f'<span class="byline__read">{READING}: {minutes} دقائق</span></div></header>'
    )
    hero_credit = rng.choice(["عدسة: فريق الرواق", "تصوير: أرشيف الرواق", "الصورة: خاص الرواق"])
    h.append(
        f'<figure class="feature-hero"><img src="/media/{pid}.jpg" alt="">'
        f'<figcaption><span class="credit">{hero_credit}</span></figcaption></figure>'
    )
    h.append('<div class="feature-body">')
    body, captions = _body(story, dateline or "", rng, card, pid)
    h.extend(body)
    if source:
        h.append(f'<p class="source-line">المصدر: {esc(source)}</p>')
    h.append("</div>")
    h.append(
        f'<div class="share-tools"><span>{SHARE}</span><a>فيسبوك</a><a>إكس</a><a>واتساب</a></div>'
    )
    if story.author:
        h.append(
            '<section class="author-bio"><h3>عن الكاتب</h3>'
            f'<img src="/media/authors/{pid % 17}.jpg" alt=""><p class="author-bio__name">{esc(story.author)}</p>'
            f'<p class="author-bio__text">{esc(rng.choice(BIOS))}</p></section>'
        )
    h.append(
        f'<section class="subscribe-box"><h3>{SUBSCRIBE}</h3><p>{SUBSCRIBE_SUB}</p>'
        '<a class="btn" href="/subscribe">اشترك الآن</a></section>'
    )
    h.append("</article>")
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(clock),
            author=story.author,
            source=source,
            dateline=dateline,
            agency=story.agency,
        )
    ]
    if card is not None:
        articles.append(headline_truth(card))
    if spec.read_also:
        h.append(
            '<section class="more-features"><h2 class="more-features__label">من ملف هذا الأسبوع</h2>'
        )
        for n, extra in enumerate(spec.read_also):
            ew = when(extra)
            dated = rng.random() < 0.6
            e_text, e_clock = _date(ew.dt, ew.has_time, rng)
            h.append(
                f'<article class="more-feature"><p class="kicker">{rng.choice(KICKERS)}</p>'
                f'<h2><a href="/issue/{issue}/features/{pid + 5 + n}">{esc(extra.title)}</a></h2>'
            )
            if dated:
                h.append(f'<time class="byline__date">{e_text}</time>')
            e_body, e_caps = _body(extra, "", rng, None, pid + 5 + n)
            captions += e_caps
            h.extend(e_body)
            h.append("</article>")
            articles.append(
                article_truth(
                    "read_also",
                    extra,
                    title=extra.title,
                    body_first=extra.paragraphs[0],
                    body_last=extra.paragraphs[-1],
                    published=ew.truth(e_clock) if dated else None,
                )
            )
        h.append("</section>")
    if related:
        h.append(
            '<section class="in-issue"><div class="in-issue__cover">'
            f'<img src="/covers/{issue}.jpg" alt="غلاف العدد {issue}"></div>'
            f'<h3 class="in-issue__title">اقرأ في العدد {issue}</h3><ul>'
            + "".join(
                f'<li><a href="/issue/{issue}/features/{pid - 20 - i}">{esc(t)}</a></li>'
                for i, t in enumerate(related)
            )
            + "</ul></section>"
        )
        articles += [headline_truth(t) for t in related]
    h.append("</main>")
    h.append(
        f'<footer class="mag-footer"><p class="about">{ABOUT}</p><p class="editor">{EDITOR}</p>'
        f'<p class="reprint">{REPRINT}</p><p class="copy">{COPYRIGHT}</p>'
        '<ul><li><a href="/about">عن المجلة</a></li><li><a href="/ads">للإعلان</a></li>'
        '<li><a href="/contact">راسلونا</a></li></ul></footer>'
    )
    h.append("</body>\n</html>\n")
    furniture = [
        SHARE,
        SUBSCRIBE,
        SUBSCRIBE_SUB,
        ABOUT,
        EDITOR,
        REPRINT,
        COPYRIGHT,
        *captions,
    ]
    return finish(spec, "\n".join(h), articles, furniture, url)


TEMPLATE = Template(id="h25", kind="html", site=SITE, render=render)
