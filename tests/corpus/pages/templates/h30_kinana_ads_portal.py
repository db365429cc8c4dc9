"""h30: a high-traffic Egyptian news portal that lives on advertising: a push-notification prompt
and a leaderboard slot labelled "إعلان" before the masthead, a gold-and-currency price strip, the
breadcrumb, the <h1>, then "كتب NAME" / "كتب: NAME" / "كتب - AGENCY" above the date or the date
first (plus an "المصدر:" line when a signed story used wire copy), in one of three formats
("الأحد، 02 مارس 2025 04:30 م", "04:30 م الأحد 02 مارس 2025", "الأحد 02-03-2025 | 16:30"), a photo
whose caption repeats the title, a body of <p>s with red bold subheadings, a "CITY - " lead on
some stories, in-read ad slots, a native "محتوى مدعوم" card and an "اقرأ أيضًا" box (a list or a
single "اقرأ أيضًا.." line) between the paragraphs, a Google News prompt pasted as the last line of
the body, "تاجات" links, an SMS-service box, "أخبار متعلقة" cards with relative times, a
sponsored-links feed (ads, not headlines), readers' comments with "منذ" times and a form, the next
articles appended by the infinite scroll with no heading (each with its own byline, date and
ads), a "الأكثر قراءة" column, a sticky video and the footer."""

from __future__ import annotations

import json
import random
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
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="بوابة الكنانة", domain="bawabat-alkinana.example", name_latin="Bawabat Al Kinana")

DAYS_EG = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
MENU = [
    "الرئيسية", "أخبار مصر", "حوادث", "رياضة", "فن", "اقتصاد وبورصة", "محافظات",
    "عرب وعالم", "المرأة والمنوعات", "فيديو", "بث مباشر",
]  # fmt: skip
PUSH = "هل تريد تلقي إشعارات بأهم الأخبار العاجلة من بوابة الكنانة؟"
PUSH_BTNS = ("سماح", "ليس الآن")
AD = "إعلان"
PRICES = "أسعار اليوم"
GOOGLE_NEWS = "تابع أحدث الأخبار عبر تطبيق جوجل نيوز"
SMS = "لمتابعة أهم الأخبار على هاتفك المحمول أرسل كلمة كنانة إلى 95050"
SMS_NOTE = "قيمة الرسالة 50 قرشاً، الخدمة متاحة لعملاء جميع الشبكات"
SPONSORED_HEAD = "روابط دعائية"
SPONSORED_BY = "Sponsored Links by Tabula"
SPONSORED = [
    ("خصومات تصل إلى 40% على أجهزة التكييف حتى نهاية الشهر", "متجر البيت الحديث"),
    ("طريقة جديدة لتعلم الإنجليزية في 15 دقيقة يومياً تثير الاهتمام", "Lingo Plus"),
    ("شقق بالتقسيط على 10 سنوات بدون مقدم في العاصمة الجديدة", "مجموعة الواحة للتطوير"),
    ("أطباء يكشفون عادة صباحية بسيطة تحمي القلب", "صحتك أولاً"),
    ("احجز عمرة رمضان الآن بأسعار تبدأ من 45 ألف جنيه", "رحلات النور"),
    ("هاتف بكاميرا احترافية بسعر لم تتوقعه هذا الأسبوع", "تك ستور"),
]
NATIVE = "محتوى مدعوم"
COMMENTS_RULE = "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر عن رأي بوابة الكنانة"
COMMENT_FORM = ["الاسم", "البريد الإلكتروني", "عنوان التعليق", "التعليق"]
MOST_READ = "الأكثر قراءة"
RELATED = "أخبار متعلقة"
STICKY_VIDEO = [
    "فيديو: لحظة وصول القطار الكهربائي إلى المحطة الجديدة",
    "فيديو: جولة في سوق العتبة قبل موسم المدارس",
    "فيديو: رأي الشارع في أسعار الخضراوات هذا الأسبوع",
]
CAPTION_TAIL = ["- أرشيفية", "- صورة أرشيفية", "", "- تصوير: بوابة الكنانة"]
BOARD = "رئيس مجلس الإدارة ورئيس التحرير: حسام الدين المنياوي"
COPYRIGHT = "جميع الحقوق محفوظة © 2025 بوابة الكنانة"
FOOTER_LINKS = ["من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "خريطة الموقع"]
DEV = "تصميم وتطوير شركة النيل للحلول الرقمية"
COMMENT_AGO = ["منذ 12 دقيقة", "منذ ساعة", "منذ ساعتين", "منذ 5 ساعات", "منذ يوم"]
CARD_AGO = ["منذ 3 ساعات", "منذ 7 ساعات", "منذ يوم", "منذ يومين", "منذ 4 أيام"]


def _date(dt: datetime, style: int) -> str:
    """The printed date with its clock, in one of the portal's three formats."""
    day, month = DAYS_EG[dt.weekday()], hp.MONTHS_EG[dt.month - 1]
    if style == 0:
        return f"{day}، {dt.day:02d} {month} {dt.year} {hp.clock12(dt)}"
    if style == 1:
        return f"{hp.clock12(dt)} {day} {dt.day:02d} {month} {dt.year}"
    return f"{day} {dt:%d-%m-%Y} | {dt:%H:%M}"


def _byline(
    story: Story, rng: random.Random
) -> tuple[str | None, str | None, str | None, str | None]:
    """The byline text printed, the truth author, agency and "المصدر" value."""
    if story.author:
        sep = rng.choice(["كتب ", "كتب: ", "كتب - "])
        source = hp.agency_form(story.agency, rng) if story.agency else None
        return f"{sep}{story.author}", story.author, hp.agency_key(story.agency), source
    if story.agency:
        form = hp.agency_form(story.agency, rng)
        by = f"{rng.choice(['كتب: ', 'كتب - ', ''])}{form}"
        return by, None, hp.agency_key(story.agency), None
    return None, None, None, None


def _ad(slot: str, size: str) -> str:
    return (
        f'<div class="ads ads-{size}"><span class="ads-title">{AD}</span>'
        f'<div id="div-gpt-ad-{slot}"><script>googletag.cmd.push(function(){{googletag.display("div-gpt-ad-{slot}");}});</script></div></div>'
    )


def _native(rng: random.Random, ad: tuple[str, str]) -> str:
    title, brand = ad
    return (
        f'<div class="native-card"><span class="native-label">{NATIVE}</span>'
        f'<a href="https://ads.tabula.example/c?id={rng.randint(1000, 9999)}" rel="sponsored nofollow">'
        f'<img src="/ads/native{rng.randint(1, 9)}.jpg" alt=""><h4>{hp.esc(title)}</h4></a>'
        f'<span class="native-brand">{hp.esc(brand)}</span></div>'
    )


def _read_also_box(titles: list[str], pid: int, single: bool) -> str:
    if single:
        return (
            f'<p class="read-more"><strong>اقرأ أيضًا.. </strong>'
            f'<a href="/News/{pid - 7}">{hp.esc(titles[0])}</a></p>'
        )
    items = "".join(
        f'<li><a href="/News/{pid - 7 - i}">{hp.esc(t)}</a></li>' for i, t in enumerate(titles)
    )
    return f'<div class="read-also-box"><h3>اقرأ أيضًا</h3><ul>{items}</ul></div>'


def _body(
    story: Story,
    rng: random.Random,
    pid: int,
    *,
    prefix: str,
    inline: list[str],
    native: tuple[str, str] | None,
    google_news: bool,
) -> list[str]:
    """The body's blocks: paragraphs with ads, a native card and the read-also box between them."""
    n = len(story.paragraphs)
    plain = [
        i
        for i in range(1, n)
        if story.paragraphs[i] not in story.subheadings
        and story.paragraphs[i - 1] not in story.subheadings
    ]
    inline_at = rng.choice(plain) if inline and plain else None
    native_at = rng.choice(plain) if native and plain else None
    out = ['<div id="articleBody" class="article-text">']
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if i == 1 or (i == n - 1 and n >= 6):
            out.append(_ad(f"inread-{pid % 97}-{i}", "inread"))
        if i == inline_at:
            out.append(_read_also_box(inline, pid, single=len(inline) == 1))
        if native and i == native_at and native_at != inline_at:
            out.append(_native(rng, native))
        if sub:
            out.append(
                f'<p><span style="color:#c0392b;"><strong>{hp.esc(text)}</strong></span></p>'
            )
        else:
            lead = hp.esc(prefix) if i == 0 else ""
            out.append(f"<p>{lead}{hp.esc(text)}</p>")
    if google_news:
        out.append(
            f'<p><a href="https://news.google.example/publications/kinana" target="_blank"><strong>{GOOGLE_NEWS}</strong></a></p>'
        )
    out.append("</div>")
    return out


def _prefix(story: Story, rng: random.Random) -> tuple[str, str | None]:
    """A "CITY - " lead on some stories: the printed prefix and the truth's dateline."""
    if story.place and rng.random() < (0.6 if story.agency else 0.3):
        return f"{story.place} - ", story.place
    return "", None


def _meta_line(byline: str | None, source: str | None, date: str, rng: random.Random) -> str:
    parts = []
    if byline:
        parts.append(f'<div class="writer"><i class="icon-pen"></i> {hp.esc(byline)}</div>')
    parts.append(f'<div class="newsDate"><i class="icon-clock"></i> {date}</div>')
    if byline and rng.random() < 0.35:
        parts.reverse()
    if source:
        parts.append(f'<div class="news-source">المصدر: {hp.esc(source)}</div>')
    return '<div class="article-meta">' + "".join(parts) + "</div>"


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    pid = int(hp.article_slug(story))
    style = rng.randrange(3)
    date_text = _date(dt, style) if clock else hp.day_eg(dt)
    byline, author, agency, source = _byline(story, rng)
    prefix, dateline = _prefix(story, rng)
    section = story.section or "أخبار مصر"
    url = f"https://www.{SITE.domain}/News/{dt:%Y/%m/%d}/{pid}"
    tags = list(story.keywords) if story.keywords and rng.random() < 0.85 else []
    related = list(spec.related)
    n_inline = 0
    if len(related) >= 3 and len(story.paragraphs) >= 3:
        n_inline = rng.choice([1, 1, 2, 3])
    inline, related = related[:n_inline], related[n_inline:]
    cut = (len(related) + 1) // 2 if len(related) >= 3 else len(related)
    near, most = related[:cut], related[cut:]
    today = dt + timedelta(days=rng.randint(0, 2))
    video = rng.choice(STICKY_VIDEO)
    sponsored = rng.sample(SPONSORED, 4)
    desc = " ".join(story.paragraphs[0].split()[:22]) + "..."

    ld: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "description": desc,
        "datePublished": dt.strftime("%Y-%m-%dT%H:%M:%S+02:00"),
        "articleSection": section,
        "publisher": {"@type": "Organization", "name": SITE.name},
        "author": {"@type": "Person", "name": story.author}
        if story.author
        else {"@type": "Organization", "name": SITE.name},
    }
    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} - {SITE.name}</title>",
        f'<meta name="description" content="{hp.attr(desc)}">',
        f'<meta name="keywords" content="{hp.attr(",".join(story.keywords))}">',
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="og:description" content="{hp.attr(desc)}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="article:published_time" content="{dt:%Y-%m-%dT%H:%M:%S}+02:00">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>',
        "<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){"
        'googletag.defineSlot("/2150/kinana/article/top",[728,90],"div-gpt-ad-top").addService(googletag.pubads());'
        'googletag.defineSlot("/2150/kinana/article/mpu",[300,250],"div-gpt-ad-mpu").addService(googletag.pubads());'
        "googletag.pubads().enableLazyLoad();googletag.enableServices();});</script>",
        '<script>window._tabula=window._tabula||[];_tabula.push({article:"auto"});</script>',
        '</head>\n<body class="news-details">',
        '<noscript><img height="1" width="1" src="https://px.social.example/tr?id=88123&amp;ev=PageView"></noscript>',
        f'<div id="push-prompt" class="onesignal-slidedown"><p>{PUSH}</p>'
        f"<button>{PUSH_BTNS[0]}</button><button>{PUSH_BTNS[1]}</button></div>",
        _ad("top", "728"),
        f'<header class="header"><a class="logo" href="/"><img src="/img/logo.png" alt="{SITE.name}"></a>'
        f'<span class="today">{DAYS_EG[today.weekday()]}، {today.day} {hp.MONTHS_EG[today.month - 1]} {today.year}</span>'
        '<ul class="main-menu">'
        + "".join(f'<li><a href="/Section/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + "</ul></header>",
        f'<div class="prices-bar"><span class="bar-title">{PRICES}</span><ul>'
        f"<li>الدولار: {rng.uniform(48.2, 51.9):.2f} جنيه</li>"
        f"<li>اليورو: {rng.uniform(52.0, 58.5):.2f} جنيه</li>"
        f"<li>الذهب عيار 21: {rng.randint(3650, 4890)} جنيه</li>"
        f"<li>الريال السعودي: {rng.uniform(12.8, 13.8):.2f} جنيه</li></ul></div>",
        '<div class="container"><div class="row"><div class="col-main">',
        f'<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/Section/1">{hp.esc(section)}</a></li></ol>',
        '<div class="article-header">',
        f'<h1 class="article-title">{hp.esc(story.title)}</h1>',
        _meta_line(byline, source, date_text, rng),
        "</div>",
        '<div class="share-bar"><span>شارك</span> <a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a> <a>تليجرام</a> <a>نسخ الرابط</a></div>',
        f'<figure class="main-img"><img src="/Upload/News/{pid}.jpg" alt="{hp.attr(story.title)}">'
        f"<figcaption>{hp.esc(story.title)} {rng.choice(CAPTION_TAIL)}</figcaption></figure>",
    ]
    google_news = rng.random() < 0.75
    native = rng.choice(SPONSORED) if rng.random() < 0.7 else None
    h += _body(
        story,
        rng,
        pid,
        prefix=prefix,
        inline=inline,
        native=native,
        google_news=google_news,
    )
    kw_raw = None
    if tags:
        links = "، ".join(f'<a href="/Tags/{hp.attr(t)}">{hp.esc(t)}</a>' for t in tags)
        h.append(f'<div class="tags"><span class="tags-title">تاجات:</span> {links}</div>')
        kw_raw = "، ".join(tags)
    h.append(f'<div class="sms-box"><p>{SMS}</p><small>{SMS_NOTE}</small></div>')
    h.append(_ad("mpu", "300"))
    articles: list[Truth] = [
        article_truth(
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
        ),
        *[headline_truth(t) for t in inline],
    ]
    if near:
        h.append(f'<section class="related-news"><h2 class="section-title">{RELATED}</h2>')
        h += [
            f'<div class="news-card"><a href="/News/{pid + 11 + i}"><img src="/Upload/News/s{pid + 11 + i}.jpg" alt="">'
            f'<h3>{hp.esc(t)}</h3></a><span class="time">{rng.choice(CARD_AGO)}</span></div>'
            for i, t in enumerate(near)
        ]
        h.append("</section>")
        articles += [headline_truth(t) for t in near]
    h.append(
        f'<section class="tabula-feed"><div class="feed-head"><span>{SPONSORED_HEAD}</span>'
        f"<small>{SPONSORED_BY}</small></div>"
    )
    h += [
        f'<a class="feed-item" href="https://ads.tabula.example/c?i={k}" rel="sponsored"><img src="/ads/f{k}.jpg" alt="">'
        f'<span class="feed-title">{hp.esc(t)}</span><span class="feed-brand">{hp.esc(b)}</span></a>'
        for k, (t, b) in enumerate(sponsored)
    ]
    h.append("</section>")
    picked = rng.sample(hp_comments(), rng.randint(1, 3))
    h.append(f'<section class="comments"><h2 class="section-title">التعليقات ({len(picked)})</h2>')
    for name, head, text in picked:
        h.append(
            f'<div class="comment"><div class="c-head"><b>{hp.esc(name)}</b> <span class="c-time">{rng.choice(COMMENT_AGO)}</span></div>'
            f'<div class="c-title">{hp.esc(head)}</div><p>{hp.esc(text)}</p></div>'
        )
    h.append(
        '<form class="comment-form"><h3>أضف تعليق</h3>'
        + "".join(f'<label>{f}</label><input name="f{i}">' for i, f in enumerate(COMMENT_FORM))
        + f'<button>إرسال</button><p class="note">{COMMENTS_RULE}</p></form></section>'
    )
    h.append("</div>")  # col-main
    for n, extra in enumerate(spec.read_also):
        edt = hp.when(extra)
        e_clock = hp.has_clock(extra)
        e_date = _date(edt, rng.randrange(3)) if e_clock else hp.day_eg(edt)
        e_byline, e_author, e_agency, e_source = _byline(extra, rng)
        epid = int(hp.article_slug(extra))
        h.append(
            f'<div class="infinite-item" data-url="/News/{edt:%Y/%m/%d}/{epid}" data-index="{n + 1}">'
        )
        h.append(_ad(f"top-{n + 1}", "728"))
        h.append(f'<h2 class="article-title">{hp.esc(extra.title)}</h2>')
        h.append(_meta_line(e_byline, e_source, e_date, rng))
        h += _body(
            extra,
            rng,
            epid,
            prefix="",
            inline=[],
            native=rng.choice(SPONSORED) if rng.random() < 0.4 else None,
            google_news=rng.random() < 0.5,
        )
        h.append("</div>")
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=hp.iso(edt, e_clock),
                author=e_author,
                source=e_source,
                agency=e_agency,
            )
        )
    h.append('<aside class="col-side">')
    h.append(_ad("side-1", "300"))
    if most:
        h.append(f'<div class="most-read"><h2 class="section-title">{MOST_READ}</h2><ol>')
        h += [
            f'<li><span class="num">{i + 1}</span><a href="/News/{pid - 40 - i}">{hp.esc(t)}</a></li>'
            for i, t in enumerate(most)
        ]
        h.append("</ol></div>")
        articles += [headline_truth(t) for t in most]
    h.append(_ad("side-2", "300"))
    h.append("</aside></div></div>")
    h.append(
        f'<div class="sticky-video"><span class="close">×</span><div class="player" data-vid="{pid % 5000}"></div>'
        f'<p class="v-title">{hp.esc(video)}</p></div>'
    )
    h.append(
        f'<footer class="footer"><p class="board">{BOARD}</p><ul>'
        + "".join(f'<li><a href="/page/{i}">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS))
        + f'</ul><p class="copy">{COPYRIGHT}</p><p class="dev">{DEV}</p></footer>'
    )
    h.append(_ad("sticky-bottom", "320"))
    h.append("</body>\n</html>\n")

    boiler = [
        PUSH,
        *([GOOGLE_NEWS] if google_news else []),
        SMS,
        SMS_NOTE,
        COMMENTS_RULE,
        BOARD,
        COPYRIGHT,
        DEV,
        f"{SPONSORED_HEAD} {SPONSORED_BY}",
        sponsored[0][0],
        sponsored[1][0],
        "شارك فيسبوك تويتر واتساب تليجرام نسخ الرابط",
        "الاسم البريد الإلكتروني عنوان التعليق التعليق إرسال",
    ]
    boiler = [" ".join(b.split()[:8]) for b in boiler]
    content = "\n".join(h)
    if native and (phrase := " ".join(native[0].split()[:8])) in hp.visible(content):
        boiler.append(phrase)
    boiler = list(dict.fromkeys(boiler))
    return hp.finish(spec, content, articles, boiler, url)


def hp_comments() -> list[tuple[str, str, str]]:
    """Readers' comments as the portal prints them (name, comment title, text)."""
    return [
        ("محمد عبد العزيز", "ربنا يستر", "الأخبار دي بتتكرر كتير والمواطن هو اللي بيدفع التمن."),
        ("أحمد سمير", "تغطية محترمة", "بس ياريت تنزلوا التفاصيل الكاملة بعد كده."),
        ("أم مريم", "يا رب", "الأسعار والظروف صعبة على الكل، ربنا يعدي الأيام دي على خير."),
        ("سامح", "سؤال", "فين المسؤولين من الكلام ده من الأول؟"),
        ("زائر", "الأرقام مختلفة", "الخبر ناقص، والجريدة التانية كاتبة أرقام مختلفة."),
        ("هاني المصري", "شكراً", "شكراً لبوابة الكنانة على المتابعة السريعة والمحترمة."),
    ]


TEMPLATE = Template(id="h30", kind="html", site=SITE, render=render)
