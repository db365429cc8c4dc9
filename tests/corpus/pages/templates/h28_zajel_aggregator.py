"""h28: a news AGGREGATOR that republishes other outlets' copy (a masress/"365"-style portal): an
unlabelled marquee of latest titles joined by wide spaces at the very top, today's date, a strip
of the outlets it follows, the source outlet's logo and name beside the headline with "نشر في
SOURCE يوم dd - mm - yyyy" (or a full date and clock), an auto-generated SEO intro sentence that
repeats the title INSIDE the text block, the copied body (a "كتب:" line, a "CITY (AGENCY) -" or
"CITY - SOURCE:" lead), AdSense slots labelled "إعلان" and an injected "» اقرأ أيضا" link between
paragraphs, an auto-generated closing sentence and an "automatically copied" disclaimer still
inside the text block, then "المصدر:" with a link to the original, "الكلمات الدلالية", "أخبار
ذات صلة" with each item's outlet and a relative time, glued "تابع أيضاً من ..." reprints from
another outlet, readers' comments with names and dates, a numbered "الأكثر قراءة" column, a push
notification prompt and a footer disclaimer."""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="زاجل 24", domain="zajel24.example", name_latin="Zajel 24")

OUTLETS = [
    "صحيفة الرصيف",
    "بوابة الساحل اليوم",
    "جريدة النخلة",
    "موقع الجسر الإخباري",
    "صحيفة الأفق الجديد",
    "بوابة المرفأ",
    "جريدة الميزان الأسبوعية",
]
MENU = ["الرئيسية", "عاجل", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "فن ومشاهير", "تقنية",
        "صحة", "منوعات"]  # fmt: skip
MARQUEE = [
    "انخفاض ملحوظ في درجات الحرارة بدءاً من مساء الغد",
    "افتتاح معرض الكتاب بمشاركة أكثر من خمسمئة دار نشر",
    "أسعار الذهب تعاود الارتفاع مع بداية تعاملات الأسبوع",
    "مجلس الوزراء يقر مشروع موازنة العام المقبل",
    "نقابة المعلمين تعلن نتائج انتخاباتها الداخلية",
    "توقف مؤقت لحركة القطارات على خط الشمال للصيانة",
    "الكشف عن موعد صرف رواتب المتقاعدين لهذا الشهر",
    "ارتفاع الطلب على تذاكر الطيران قبل العطلة الصيفية",
    "بلدية العاصمة تطلق حملة لزراعة ألف شجرة",
]
SOURCES_LABEL = "مصادر زاجل 24 اليوم"
INTROS = [
    "نستعرض لكم في زاجل 24 تفاصيل خبر «{title}» كما نشرته {src}، وإليكم نص الخبر كاملاً:",
    "يتابع فريق زاجل 24 معكم أبرز ما جاء في خبر {title}، نقلاً عن {src}:",
]
INTRO_PHRASES = ["نستعرض لكم في زاجل 24 تفاصيل خبر", "يتابع فريق زاجل 24 معكم أبرز ما جاء"]
OUTROS = [
    "كانت هذه تفاصيل خبر {title} لهذا اليوم، نتمنى أن نكون قد وفقنا في نقل الصورة كاملة لكم.",
    "وبهذا نكون قد عرضنا لكم خبر {title}، ويمكنكم متابعة آخر المستجدات أولاً بأول عبر زاجل 24.",
]
OUTRO_PHRASES = ["كانت هذه تفاصيل خبر", "وبهذا نكون قد عرضنا لكم خبر"]
DISCLAIMER = (
    "تنويه: نُشر هذا المحتوى أولاً على {src}، ونقله زاجل 24 آلياً كما ورد دون تدخل من فريق "
    "التحرير، والموقع غير مسؤول عن صحته."
)
DISCLAIMER_PHRASE = "آلياً كما ورد دون تدخل من فريق التحرير"
ORIGINAL_LINK = "اضغط هنا لقراءة الخبر من المصدر"
FOLLOW = "تابعوا زاجل 24 على تطبيق تيليجرام لتصلكم الأخبار لحظة بلحظة"
PUSH = "هل تود أن تصلك إشعارات فورية بآخر الأخبار العاجلة؟"
COMMENTS_HEAD = "تعليقات القراء"
COMMENTS_NOTE = "التعليقات المنشورة لا تعبر بالضرورة عن رأي الموقع أو المصدر"
COMMENT_FORM = "أضف تعليقك هنا، وسيظهر بعد موافقة المشرف"
FOOTER = (
    "زاجل 24 محرك بحث إخباري يرصد ما تنشره المواقع والصحف العربية، وجميع الأخبار تعبر عن "
    "رأي مصادرها فقط."
)
COPYRIGHT = "جميع الحقوق محفوظة لموقع زاجل 24 © 2025"
APPS = "Get it on Google Play · Download on the App Store"
COMMENTS: list[tuple[str, str]] = [
    ("ابو عمر", "الله يستر، كل يوم نسمع عن شيء جديد والمواطن هو اللي يدفع الثمن."),
    ("منى السيد", "ياريت تنشروا الرابط الرسمي بدل النقل من مواقع ثانية."),
    ("طارق", "الخبر ده اتنشر امبارح في أكتر من مكان، ليه التأخير؟"),
    ("حسام الدين", "متابعين معاكم، وربنا يكتب الخير للجميع."),
    ("أم سارة", "شكراً للتوضيح، كنت أبحث عن التفاصيل من الصبح."),
    ("ناصر", "العنوان شيء والتفاصيل شيء ثاني تماماً، انتبهوا للعناوين."),
    ("Youssef", "متى يتم تحديث الخبر؟ ننتظر الأرقام النهائية."),
]
AGO = ["منذ 12 دقيقة", "منذ ساعة", "منذ ساعتين", "منذ 3 ساعات", "منذ 6 ساعات", "منذ يوم"]
_NUMERIC = "%d - %m - %Y"


def _clock_words(dt: datetime) -> str:
    """ "05:30 مساءً" style clock."""
    hour = dt.hour % 12 or 12
    return f"{hour:02d}:{dt.minute:02d} {'مساءً' if dt.hour >= 12 else 'صباحاً'}"


def _date(dt: datetime, src: str, style: int) -> tuple[str, bool]:
    """The article's date line and whether it prints a clock time."""
    if style == 0:
        return f"نشر في {src} يوم {dt.strftime(_NUMERIC)}", False
    if style == 1:
        return f"{hp.day_eg(dt)} - {_clock_words(dt)}", True
    return hp.indic(f"{dt:%d/%m/%Y} - {dt:%H:%M}"), True


def _lead(story: Story, src: str, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The copied lead (as printed), the truth's dateline and agency."""
    if story.agency:
        form = hp.agency_form(story.agency, rng, arabic_only=rng.random() < 0.7)
        if story.place:
            dateline = f"{story.place} ({form})"
            return f"{dateline} - ", dateline, hp.agency_key(story.agency)
        return f"({form}) - ", None, hp.agency_key(story.agency)
    if story.place and rng.random() < 0.75:
        dateline = rng.choice([f"{story.place} - {src}", story.place])
        return f"{dateline}: ", dateline, None
    return "", None, None


def _copied(
    story: Story,
    src: str,
    rng: random.Random,
    *,
    seo: bool,
    inline: str | None,
    pid: int,
) -> tuple[list[str], list[str], str | None, str | None]:
    """A republished article's text block: SEO intro, byline line, body with ad slots and an
    injected link, SEO outro and disclaimer. Returns the HTML, the furniture phrases printed,
    the dateline and the agency."""
    lead, dateline, agency = _lead(story, src, rng)
    furniture: list[str] = []
    out = ['<div class="news-text" id="NewsBody">']
    if seo:
        k = rng.randrange(len(INTROS))
        out.append(
            f'<p class="auto-intro">{hp.esc(INTROS[k].format(title=story.title, src=src))}</p>'
        )
        furniture.append(INTRO_PHRASES[k])
    if story.author:
        word = rng.choice(["كتب:", "كتب -", "بقلم:"])
        out.append(f"<p><strong>{word} {hp.esc(story.author)}</strong></p>")
    paras = story.paragraphs
    subs = set(story.subheadings)
    spots = [i for i in range(1, len(paras)) if paras[i] not in subs and paras[i - 1] not in subs]
    ad_at = set(rng.sample(spots, min(len(spots), rng.randint(1, 2))))
    link_at = rng.choice(spots) if inline is not None and spots else None
    for i, para in enumerate(paras):
        if i in ad_at:
            out.append(
                '<div class="ads-inarticle"><span class="ad-label">إعلان</span>'
                '<ins class="adsbygoogle" data-ad-client="ca-pub-0000000000000000" '
                'data-ad-slot="4471920013" data-ad-format="auto"></ins>'
                "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
            )
        if i == link_at and inline is not None:
            out.append(
                f'<p class="inject-link"><strong>» اقرأ أيضا:</strong> '
                f'<a href="/news/{pid - 17}">{hp.esc(inline)}</a></p>'
            )
        if para in subs:
            out.append(f"<p><strong>{hp.esc(para)}</strong></p>")
        elif i == 0 and lead:
            out.append(f"<p>{hp.esc(lead)}{hp.esc(para)}</p>")
        else:
            out.append(f"<p>{hp.esc(para)}</p>")
    if seo:
        k = rng.randrange(len(OUTROS))
        out.append(
            f'<p class="auto-outro">{hp.esc(OUTROS[k].format(title=story.title, src=src))}</p>'
        )
        furniture.append(OUTRO_PHRASES[k])
    if seo or rng.random() < 0.5:
        out.append(f'<p class="disclaimer"><em>{hp.esc(DISCLAIMER.format(src=src))}</em></p>')
        furniture.append(DISCLAIMER_PHRASE)
    out.append("</div>")
    return out, furniture, dateline, agency


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    pid = int(hp.article_slug(story))
    src = rng.choice(OUTLETS)
    section = story.section or "أخبار"
    style = rng.randrange(3)
    date_text, date_clock = _date(dt, src, style)
    today = dt + timedelta(days=rng.randint(0, 2))
    marquee = rng.sample(MARQUEE, 6)
    related = list(spec.related)
    inline = related.pop(0) if len(related) >= 4 and rng.random() < 0.7 else None
    split = len(related) if len(related) <= 3 else rng.randint(3, len(related) - 1)
    near, most = related[:split], related[split:]
    tags = story.keywords if story.keywords and rng.random() < 0.85 else []
    url = f"https://www.{SITE.domain}/news/{pid}.html"
    imported = dt + timedelta(minutes=rng.randint(20, 95))
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": imported.strftime("%Y-%m-%dT%H:%M:%S+03:00"),
        "author": {"@type": "Organization", "name": src},
        "publisher": {"@type": "Organization", "name": SITE.name},
        "mainEntityOfPage": url,
    }

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} - {src} | {SITE.name}</title>",
        f'<meta name="description" content="{hp.attr(story.paragraphs[0][:140])}">',
        f'<meta property="og:title" content="{hp.attr(story.title)}">',
        f'<meta property="og:site_name" content="{SITE.name}">',
        f'<meta property="og:url" content="{url}">',
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>",
        '<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js"></script>',
        "</head>\n<body>",
        '<div id="last-news"><marquee direction="right" scrollamount="4">'
        + "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f'<a href="/news/{pid + 90 + i}">{hp.esc(t)}</a>' for i, t in enumerate(marquee)
        )
        + "</marquee></div>",
        f'<div class="topbar"><span class="today">{hp.day_eg(today)}</span>'
        '<a href="/login">دخول</a> | <a href="/register">تسجيل</a></div>',
        f'<header><a class="logo" href="/"><img src="/img/logo.png" alt="{SITE.name}"></a>'
        '<form class="search"><input name="q" placeholder="ابحث في آلاف الأخبار"><button>بحث</button></form></header>',
        '<ul class="menu">'
        + "".join(f'<li><a href="/cat/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + "</ul>",
        f'<div class="sources-strip"><b>{SOURCES_LABEL}</b> '
        + " ".join(f'<a href="/source/{i}">{o}</a>' for i, o in enumerate(OUTLETS))
        + "</div>",
        '<div class="wrap"><div class="content">',
        f'<div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/source/{OUTLETS.index(src)}">{src}</a>'
        f' » <a href="/cat/2">{hp.esc(section)}</a></div>',
        '<div class="news-box">',
        f'<h1 class="news-title">{hp.esc(story.title)}</h1>',
        '<div class="news-info">'
        f'<img class="src-logo" src="/img/sources/{OUTLETS.index(src)}.png" alt="{src}">'
        f'<span class="src-name"><a href="/source/{OUTLETS.index(src)}">{src}</a></span>',
    ]
    h.append(f'<span class="news-date">{date_text}</span>')
    h.append(f'<span class="views">عدد المشاهدات: {rng.randint(40, 9000)}</span></div>')
    h.append(
        '<div class="share">شارك: <a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a> <a>تيليجرام</a></div>'
    )
    if rng.random() < 0.6:
        h.append(
            f'<div class="news-img"><img src="/img/news/{pid}.jpg" alt="{hp.attr(story.title)}"></div>'
        )
    seo = rng.random() < 0.8
    block, furniture, dateline, agency = _copied(story, src, rng, seo=seo, inline=inline, pid=pid)
    h.extend(block)
    h.append(
        f'<div class="news-source">المصدر: <a rel="nofollow" href="https://{pid}.source.example/">{src}</a>'
        f' - <a rel="nofollow" class="orig" href="https://{pid}.source.example/">{ORIGINAL_LINK}</a></div>'
    )
    if tags:
        h.append(
            '<div class="tags"><b>الكلمات الدلالية:</b> '
            + " ".join(f'<a href="/tag/{hp.attr(t)}">{hp.esc(t)}</a>' for t in tags)
            + "</div>"
        )
    h.append(f'<div class="follow">{FOLLOW}</div>')
    h.append("</div>")
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=hp.iso(dt, clock and date_clock),
            author=story.author,
            source=src,
            dateline=dateline,
            agency=agency,
            keywords_raw=" ".join(tags) if tags else None,
            section=section,
        )
    ]
    if inline is not None:
        articles += hp.headlines([inline])
    if near:
        h.append('<div class="related"><h3>أخبار ذات صلة</h3><ul>')
        for i, title in enumerate(near):
            h.append(
                f'<li><a href="/news/{pid - 40 - i}">{hp.esc(title)}</a> '
                f'<span class="meta">{rng.choice(OUTLETS)} - {rng.choice(AGO)}</span></li>'
            )
        h.append("</ul></div>")
        articles += hp.headlines(near)
    others = [o for o in OUTLETS if o != src]
    for n, extra in enumerate(spec.read_also):
        esrc = rng.choice(others)
        edt = hp.when(extra)
        e_text, e_clock = _date(edt, esrc, rng.choice([0, 0, 1]))
        h.append(
            f'<div class="more-from"><h3 class="box-head">تابع أيضاً من {esrc}</h3>'
            f'<h2 class="news-title"><a href="/news/{pid + 5 + n}">{hp.esc(extra.title)}</a></h2>'
            f'<div class="news-info"><span class="news-date">{e_text}</span></div>'
        )
        e_block, e_furn, e_dateline, e_agency = _copied(
            extra, esrc, rng, seo=rng.random() < 0.5, inline=None, pid=pid
        )
        h.extend(e_block)
        h.append(f'<div class="news-source">المصدر: {esrc}</div></div>')
        furniture += e_furn
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=hp.iso(edt, hp.has_clock(extra) and e_clock),
                author=extra.author,
                source=esrc,
                dateline=e_dateline,
                agency=e_agency,
            )
        )
    picked = rng.sample(COMMENTS, rng.randint(2, 4))
    h.append(
        f'<div class="comments"><h3>{COMMENTS_HEAD} ({len(picked)})</h3><p class="note">{COMMENTS_NOTE}</p><ul>'
    )
    at = dt
    for name, text in picked:
        at = at + timedelta(minutes=rng.randint(25, 400))
        h.append(
            f'<li><span class="c-name">{hp.esc(name)}</span> '
            f'<span class="c-date">{at:%d/%m/%Y - %H:%M}</span><p>{hp.esc(text)}</p></li>'
        )
    h.append(
        f'</ul><form><textarea placeholder="{COMMENT_FORM}"></textarea>'
        f"<label>{COMMENT_FORM}</label><button>إرسال</button></form></div>"
    )
    h.append("</div>")
    h.append('<aside class="sidebar">')
    if most:
        h.append('<div class="widget"><h3>الأكثر قراءة</h3><ol>')
        h += [
            f'<li><span class="num">{i + 1}</span><a href="/news/{pid - 60 - i}">{hp.esc(t)}</a></li>'
            for i, t in enumerate(most)
        ]
        h.append("</ol></div>")
        articles += hp.headlines(most)
    h.append(
        '<div class="widget ad"><span class="ad-label">إعلان</span><ins class="adsbygoogle"></ins></div>'
    )
    h.append("</aside></div>")
    h.append(
        f'<div id="push-prompt"><p>{PUSH}</p><button>نعم، أريد ذلك</button> <button>لاحقاً</button></div>'
    )
    h.append(
        f'<footer><p class="about">{FOOTER}</p><ul><li><a href="/about">من نحن</a></li>'
        '<li><a href="/contact">اتصل بنا</a></li><li><a href="/privacy">سياسة الخصوصية</a></li>'
        f'<li><a href="/dmca">حقوق النشر</a></li></ul><p class="apps">{APPS}</p>'
        f"<p>{COPYRIGHT}</p></footer>\n</body>\n</html>\n"
    )
    furniture = [
        *marquee[:2],
        SOURCES_LABEL,
        *furniture,
        FOLLOW,
        COMMENTS_NOTE,
        PUSH,
        "محرك بحث إخباري يرصد ما تنشره المواقع والصحف العربية",
        COPYRIGHT,
    ]
    return hp.finish(spec, "\n".join(h), articles, list(dict.fromkeys(furniture)), url)


TEMPLATE = Template(id="h28", kind="html", site=SITE, render=render)
