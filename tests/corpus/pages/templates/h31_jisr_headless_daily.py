"""h31: a London-based pan-Arab daily on a headless CMS (an Arc-style "Fusion" front end): the
head carries og/article meta tags with a UTC time, a JSON-LD @graph whose NewsArticle holds the
whole articleBody, and a Fusion.globalContent blob with the story as content_elements (text,
header, interstitial_link, custom_embed); the page shows edition links, a masthead date of the
day (Hijri and Gregorian, not the article's), a kicker over the <h1>, a byline block written
"CITY: NAME", "CITY: «SITE»" or "CITY - AGENCY", "نُشر: HH:MM-D MONTH YYYY م ـ D HIJRI YYYY هـ" (or
only the day for print-edition pieces, with the issue number), a hero photo credited to a wire
agency that need not be the story's, a body with a "ذات صلة" aside of dated titles, an embedded
post (Arabic text, English date) and a newsletter embed between the paragraphs, a "ساهمت في
التغطية" credit under wire-assisted stories, space-separated "كلمات مفتاحية" chips, glued "في
سياق متصل" articles with their own bylines and dates, "ذات صلة" cards, an "آراء" column list of
writers and their column titles, a "الأكثر قراءة" list numbered in Arabic-Indic digits, a
bilingual footer and a consent banner at the very end."""

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
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="الجسر", domain="aljisr-daily.example", name_latin="Al Jisr")

EDITIONS = [("English", "en"), ("فارسی", "fa"), ("Français", "fr")]
MENU = [
    "أخبار", "العالم العربي", "الخليج", "دولي", "اقتصاد", "آراء", "ثقافة وفنون",
    "رياضة", "علوم وصحة", "يوميات الجسر", "بودكاست",
]  # fmt: skip
SLOGAN = "الجسر: صحيفة العرب الدولية، تصدر من لندن"
SUBSCRIBE = "اشترك في النسخة الرقمية"
LOGIN = "تسجيل الدخول"
SHARE = "شارك الخبر واتساب إكس فيسبوك لينكدإن نسخ الرابط"
NEWSLETTER_HEAD = "نشرة الجسر الصباحية"
NEWSLETTER = "أبرز قصص اليوم تصلك إلى بريدك قبل الثامنة صباحاً بتوقيت مكة"
NEWSLETTER_NOTE = "بالتسجيل أنت توافق على شروط الاستخدام وسياسة الخصوصية"
POST_BY = [
    ("مركز الإعلام الإقليمي", "RegionalMediaHub"),
    ("مرصد الأخبار العاجلة", "NewsWatchDesk"),
    ("هيئة الإعلام المستقلة", "IndMediaAuth"),
]
POSTS = [
    "نتابع التطورات الميدانية أولاً بأول، وسننشر التفاصيل الكاملة فور تأكيدها من مصادرها.",
    "بيان مرتقب خلال الساعات المقبلة يوضح الخطوات التالية، تابعونا للمزيد.",
    "فرقنا في الموقع منذ الصباح الباكر، والصورة ستتضح أكثر مع نهاية اليوم.",
]
CAPTIONS = ["صورة أرشيفية", "من موقع الحدث", "مشهد عام من المكان", "لقطة من المناسبة"]
PHOTO_CREDITS = ["أ.ف.ب", "رويترز", "إ.ب.أ", "أ.ب", "الجسر"]
COLUMNS = [
    ("سليمان الخالدي", "حين تصبح الوساطة سياسة دائمة"),
    ("منى الراشد", "المدن التي لا تنام ولا تستيقظ"),
    ("فؤاد عبد النور", "اقتصاد ما بعد الطفرة: أسئلة مؤجلة"),
    ("هالة سركيس", "في مديح البطء"),
    ("عبد الرحمن القاسمي", "ماذا يبقى من الصحافة الورقية؟"),
]
OPINION = "آراء"
MOST_READ = "الأكثر قراءة"
RELATED = "ذات صلة"
CONTEXT = "في سياق متصل"
APP = "حمّل تطبيق الجسر واقرأ الصحيفة كاملة على هاتفك"
FOOTER_ABOUT = "صحيفة يومية عربية دولية تأسست في لندن وتطبع في عدة عواصم"
FOOTER_LINKS = ["من نحن", "اتصل بنا", "أعلن معنا", "Privacy Policy", "Terms of Use"]
COPYRIGHT = "© 2025 الجسر. جميع الحقوق محفوظة - All rights reserved"
CONSENT = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات وعرض إعلانات تناسبك"
CONSENT_BTNS = ("قبول الكل", "رفض", "Cookie Settings")
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _slug(title: str) -> str:
    """A story URL of the CMS for a listed title."""
    return f"{1000000 + zlib.crc32(title.encode()) % 9000000}"


def _stamp(dt: datetime, clock: bool) -> str:
    """ "14:30-4 مارس 2025 م ـ 4 رمضان 1446 هـ" (the clock only when there is one)."""
    day = f"{dt.day} {hp.MONTHS_EG[dt.month - 1]} {dt.year} م ـ {hp.day_hijri(dt)}"
    return f"{dt:%H:%M}-{day}" if clock else day


def _utc(dt: datetime) -> str:
    """The CMS's UTC timestamp (the pages print local time, three hours ahead)."""
    return (dt - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _byline(
    story: Story, rng: random.Random
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """The byline printed, the truth author, dateline and agency, and a coverage credit."""
    agency = hp.agency_key(story.agency)
    form = hp.agency_form(story.agency, rng) if story.agency else None
    if story.author:
        credit = f"ساهمت في التغطية: {form}" if form else None
        if story.place:
            return f"{story.place}: {story.author}", story.author, story.place, agency, credit
        return story.author, story.author, None, agency, credit
    if form:
        if story.place:
            line = f"{story.place} - {form}"
            return line, None, line, agency, None
        return form, None, None, agency, None
    if story.place:
        line = f"{story.place}: «{SITE.name}»"
        return line, None, line, None, None
    return None, None, None, None, None


def _post(rng: random.Random, dt: datetime, text: str) -> str:
    """An embedded social post as the platform's blockquote markup leaves it without its script."""
    name, handle = rng.choice(POST_BY)
    day = dt - timedelta(hours=rng.randint(1, 6))
    return (
        '<figure class="embed embed--social"><blockquote class="social-post" data-lang="ar">'
        f'<p lang="ar" dir="rtl">{text}</p>&mdash; {name} (@{handle}) '
        f'<a href="https://social.example/{handle}/status/{rng.randint(10**17, 10**18)}">'
        f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}</a></blockquote></figure>"
    )


def _newsletter() -> str:
    return (
        f'<div class="embed custom-embed newsletter-signup"><h4>{NEWSLETTER_HEAD}</h4>'
        f'<p>{NEWSLETTER}</p><input type="email" placeholder="البريد الإلكتروني">'
        f"<button>اشترك</button><small>{NEWSLETTER_NOTE}</small></div>"
    )


def _aside(titles: list[str], dates: list[datetime]) -> str:
    items = "".join(
        f'<li><a href="/{_slug(t)}">{hp.esc(t)}</a>'
        f'<span class="date">{d.day} {hp.MONTHS_EG[d.month - 1]} {d.year}</span></li>'
        for t, d in zip(titles, dates, strict=True)
    )
    return f'<aside class="interstitial related-box"><h4>{RELATED}</h4><ul>{items}</ul></aside>'


def _body(
    story: Story,
    rng: random.Random,
    dt: datetime,
    *,
    aside: str | None,
    post: str | None,
    newsletter: bool,
    credit: str | None,
) -> list[str]:
    """The article-body: paragraphs, subheads and the embeds the editors dropped in between."""
    n = len(story.paragraphs)
    spots = [
        i
        for i in range(1, n)
        if story.paragraphs[i] not in story.subheadings
        and story.paragraphs[i - 1] not in story.subheadings
    ]
    rng.shuffle(spots)
    aside_at = spots.pop() if aside and spots else None
    post_at = spots.pop() if post and spots else None
    news_at: int | None = None
    if newsletter:
        news_at = spots.pop() if spots and rng.random() < 0.5 else n
    out = ['<div class="article-body" data-testid="article-body">']
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if i == aside_at and aside:
            out.append(aside)
        if i == post_at:
            out.append(_post(rng, dt, post or ""))
        if i == news_at:
            out.append(_newsletter())
        if sub:
            out.append(f'<h3 class="c-subheading">{hp.esc(text)}</h3>')
        else:
            out.append(f'<p class="c-paragraph">{hp.esc(text)}</p>')
    if news_at == n:
        out.append(_newsletter())
    out.append("</div>")
    if credit:
        out.append(f'<p class="c-credit"><em>{hp.esc(credit)}</em></p>')
    return out


def _head_block(
    story: Story,
    byline: str | None,
    dt: datetime,
    clock: bool,
    issue: int | None,
    rng: random.Random,
) -> list[str]:
    """Kicker, title, byline and dates of one article."""
    out = [
        f'<div class="c-overline"><a href="/{hp.attr(story.section or "أخبار")}">{hp.esc(story.section or "أخبار")}</a></div>'
    ]
    if byline:
        out.append(f'<div class="c-byline"><span class="ts-byline">{hp.esc(byline)}</span></div>')
    stamp = _stamp(dt, clock)
    out.append(
        f'<div class="c-date"><span class="label">نُشر: </span><time datetime="{_utc(dt)}">{stamp}</time></div>'
    )
    if issue is not None:
        out.append(f'<div class="c-issue">الطبعة الورقية - العدد [{issue}]</div>')
    elif clock and rng.random() < 0.4:
        upd = dt + timedelta(minutes=rng.randint(25, 300))
        out.append(f'<div class="c-date c-date--updated">آخر تحديث: {_stamp(upd, True)}</div>')
    return out


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    print_ed = rng.random() < 0.3
    clock = hp.has_clock(story) and not print_ed
    issue = 16800 + (dt.toordinal() - 738900) if print_ed else None
    byline, author, dateline, agency, credit = _byline(story, rng)
    slug = hp.article_slug(story)
    section = story.section or "أخبار"
    url = f"https://{SITE.domain}/{section}/{slug}"
    tags = list(story.keywords) if story.keywords and rng.random() < 0.85 else []
    related = list(spec.related)
    n_aside = rng.choice([1, 2]) if len(related) >= 4 and len(story.paragraphs) >= 3 else 0
    aside_titles, related = related[:n_aside], related[n_aside:]
    aside_dates = [dt - timedelta(days=rng.randint(1, 40)) for _ in aside_titles]
    cut = (len(related) + 1) // 2
    cards, most = related[:cut], related[cut:]
    columns = rng.sample(COLUMNS, 3)
    today = dt + timedelta(days=rng.randint(0, 3))
    credit_photo = rng.choice(PHOTO_CREDITS)

    post = rng.choice(POSTS) if rng.random() < 0.55 else None
    newsletter = rng.random() < 0.5
    content_elements: list[dict[str, object]] = []
    for para in story.paragraphs:
        if para in story.subheadings:
            content_elements.append({"type": "header", "level": 3, "content": para})
        else:
            content_elements.append({"type": "text", "content": para})
    for t in aside_titles:
        content_elements.insert(2, {"type": "interstitial_link", "content": t, "url": "/"})
    if newsletter:
        content_elements.append({"type": "custom_embed", "subtype": "newsletter_signup"})
    fusion = {
        "_id": f"JSR{slug}",
        "type": "story",
        "headlines": {"basic": story.title},
        "display_date": _utc(dt),
        "credits": {"by": [{"name": story.author}] if story.author else []},
        "taxonomy": {"primary_section": {"name": section}, "tags": [{"text": t} for t in tags]},
        "content_elements": content_elements,
        "related_content": {"basic": [{"headlines": {"basic": t}} for t in spec.related]},
    }
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": story.title,
                "articleBody": " ".join(story.paragraphs),
                "datePublished": _utc(dt),
                "dateModified": _utc(dt + timedelta(minutes=30)),
                "articleSection": section,
                "keywords": story.keywords,
                "author": [{"@type": "Person", "name": story.author}]
                if story.author
                else [{"@type": "Organization", "name": SITE.name}],
                "publisher": {"@type": "NewsMediaOrganization", "name": SITE.name},
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "الرئيسية"},
                    {"@type": "ListItem", "position": 2, "name": section},
                    {"@type": "ListItem", "position": 3, "name": story.title},
                ],
            },
        ],
    }

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} | {SITE.name}</title>",
        f'<meta name="description" content="{hp.attr(SLOGAN)}">',
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{_utc(dt)}">',
        f'<meta property="article:section" content="{hp.attr(section)}">',
        *[f'<meta property="article:tag" content="{hp.attr(t)}">' for t in story.keywords],
        f'<link rel="canonical" href="{url}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        '<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};'
        'Fusion.arcSite="aljisr";Fusion.deployment="1432";'
        f"Fusion.globalContent={json.dumps(fusion, ensure_ascii=False)};"
        'Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"'
        + url
        + '"}};</script>',
        '</head>\n<body>\n<div id="fusion-app" class="layout-article">',
        '<div class="top-bar"><ul class="editions">'
        + "".join(f'<li><a href="https://{c}.{SITE.domain}/">{e}</a></li>' for e, c in EDITIONS)
        + f'</ul><a class="btn-subscribe" href="/subscribe">{SUBSCRIBE}</a> <a class="login" href="/login">{LOGIN}</a></div>',
        f'<header class="masthead"><a class="logo" href="/"><img src="/pf/resources/logo.svg" alt="{SITE.name}"></a>'
        f'<p class="tagline">{SLOGAN}</p>'
        f'<div class="masthead-date">{hp.WEEKDAYS[today.weekday()]} - {hp.day_hijri(today)} - '
        f"{today.day:02d} {hp.MONTHS_EG[today.month - 1]} {today.year} م</div></header>",
        '<nav class="main-nav"><ul>'
        + "".join(f'<li><a href="/{m}">{m}</a></li>' for m in MENU)
        + "</ul></nav>",
        '<main class="main-content"><div class="col-article"><article class="b-article">',
    ]
    head = _head_block(story, byline, dt, clock, issue, rng)
    h.append(head[0])
    h.append(f'<h1 class="c-heading">{hp.esc(story.title)}</h1>')
    h += head[1:]
    h.append(f'<div class="share-tools"><span>{SHARE}</span></div>')
    h.append(
        f'<figure class="lead-art"><img src="/resizer/{slug}.jpg" alt="">'
        f"<figcaption>{rng.choice(CAPTIONS)} ({credit_photo})</figcaption></figure>"
    )
    h += _body(
        story,
        rng,
        dt,
        aside=_aside(aside_titles, aside_dates) if aside_titles else None,
        post=post,
        newsletter=newsletter,
        credit=credit,
    )
    kw_raw = None
    if tags:
        h.append(
            '<div class="c-tags"><h4>كلمات مفتاحية</h4>'
            + "".join(f'<a class="tag" href="/tags/{hp.attr(t)}">{hp.esc(t)}</a> ' for t in tags)
            + "</div>"
        )
        kw_raw = " ".join(tags)
    h.append("</article>")
    articles: list[Truth] = [
        article_truth(
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
        ),
        *[headline_truth(t) for t in aside_titles],
    ]
    if spec.read_also:
        h.append(f'<section class="story-package"><h2 class="block-title">{CONTEXT}</h2>')
        for extra in spec.read_also:
            edt = hp.when(extra)
            e_clock = hp.has_clock(extra)
            e_by, e_author, e_dateline, e_agency, e_credit = _byline(extra, rng)
            e_head = _head_block(extra, e_by, edt, e_clock, None, rng)
            h.append('<article class="b-article b-article--package">')
            h.append(e_head[0])
            h.append(f'<h2 class="c-heading">{hp.esc(extra.title)}</h2>')
            h += e_head[1:]
            h += _body(extra, rng, edt, aside=None, post=None, newsletter=False, credit=e_credit)
            h.append("</article>")
            articles.append(
                article_truth(
                    "read_also",
                    extra,
                    title=extra.title,
                    body_first=extra.paragraphs[0],
                    body_last=extra.paragraphs[-1],
                    published=hp.iso(edt, e_clock),
                    author=e_author,
                    dateline=e_dateline,
                    agency=e_agency,
                )
            )
        h.append("</section>")
    if cards:
        h.append(f'<section class="related-cards"><h2 class="block-title">{RELATED}</h2>')
        for t in cards:
            d = dt - timedelta(days=rng.randint(0, 20), hours=rng.randint(0, 12))
            h.append(
                f'<div class="card"><a href="/{_slug(t)}"><img src="/resizer/c.jpg" alt="">'
                f'<h3 class="card-title">{hp.esc(t)}</h3></a>'
                f'<span class="card-date">{d.day:02d} {hp.MONTHS_EG[d.month - 1]} {d.year}</span></div>'
            )
        h.append("</section>")
        articles += [headline_truth(t) for t in cards]
    h.append(f'<div class="app-promo">{APP}</div>')
    h.append('</div><aside class="col-rail">')
    h.append(f'<div class="widget opinion"><h2 class="widget-title">{OPINION}</h2>')
    for name, col in columns:
        h.append(
            f'<div class="op-item"><img src="/writers/{zlib.crc32(name.encode()) % 50}.png" alt="">'
            f'<span class="op-writer">{name}</span><a class="op-title" href="/opinion/">{col}</a></div>'
        )
    h.append("</div>")
    articles += [headline_truth(col) for _, col in columns]
    if most:
        h.append(f'<div class="widget most-read"><h2 class="widget-title">{MOST_READ}</h2><ol>')
        h += [
            f'<li><span class="rank">{str(i + 1).translate(INDIC)}</span><a href="/{_slug(t)}">{hp.esc(t)}</a></li>'
            for i, t in enumerate(most)
        ]
        h.append("</ol></div>")
        articles += [headline_truth(t) for t in most]
    h.append("</aside></main>")
    h.append(
        f'<footer class="site-footer"><p class="about">{FOOTER_ABOUT}</p><ul>'
        + "".join(f'<li><a href="/p/{i}">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS))
        + f'</ul><p class="copy">{COPYRIGHT}</p></footer>'
    )
    h.append("</div>")
    h.append(
        f'<div id="consent-sdk" role="dialog"><p>{CONSENT}</p>'
        + "".join(f"<button>{b}</button>" for b in CONSENT_BTNS)
        + "</div>"
    )
    h.append("</body>\n</html>\n")

    boiler = [
        SLOGAN,
        f"{SUBSCRIBE} {LOGIN}",
        SHARE,
        APP,
        FOOTER_ABOUT,
        COPYRIGHT,
        CONSENT,
        "قبول الكل رفض Cookie Settings",
    ]
    if newsletter:
        boiler += [NEWSLETTER, NEWSLETTER_NOTE]
    boiler = [" ".join(b.split()[:9]) for b in boiler]
    content = "\n".join(h)
    if post and (phrase := " ".join(post.split()[:9])) in hp.visible(content):
        boiler.append(phrase)
    boiler = list(dict.fromkeys(boiler))
    return hp.finish(spec, content, articles, boiler, url)


TEMPLATE = Template(id="h31", kind="html", site=SITE, render=render)
