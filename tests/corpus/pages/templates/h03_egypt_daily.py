"""h03: an Egyptian daily. A masthead (date of the day in Gregorian and Hijri, chairman and
editor-in-chief), a menu of bare links in a <div class="menu">, a "شريط الأخبار" ticker, a
"كتب - name" byline line above the date ("الثلاثاء، 04 مارس 2025 - 02:30 م"), subheadings as bold
paragraphs, a WhatsApp prompt, "كلمات دلالية", "أخبار متعلقة" and a poll BEFORE the glued
read-also stories."""

from __future__ import annotations

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
    esc,
    finish,
    hijri,
    page_id,
    pick,
    when,
)

SITE = Site(name="الميدان اليوم", domain="almidan-alyoum.example", name_latin="Al Midan Al Youm")

MENU = ["الرئيسية", "أخبار مصر", "محافظات", "حوادث", "اقتصاد", "رياضة", "فن", "عرب وعالم", "المرأة"]
MASTHEAD = "رئيس مجلس الإدارة: حسام الدين عبد المجيد - رئيس التحرير: عمرو فتحي البنا"
WHATSAPP = "تابع قناة الميدان اليوم على واتساب لتصلك الأخبار أولاً بأول"
GOOGLE = "تابعونا على جوجل نيوز"
POLL = "هل تتوقع تراجع الأسعار خلال الشهر المقبل؟"
CAPTION = "صورة أرشيفية - الميدان اليوم"
FOOTER_LINKS = "من نحن | اتصل بنا | سياسة الخصوصية | شروط الاستخدام | أعلن معنا"
COPYRIGHT = "جميع الحقوق محفوظة لـ الميدان اليوم © 2025"


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "أخبار مصر"
    today = w.dt + timedelta(days=rng.randint(0, 1))
    h_day, h_month, h_year = hijri(today)
    today_text = (
        f"{DAYS[today.weekday()]} {today.day} {MONTHS_EG[today.month - 1]} {today.year} م"
        f" - {h_day} {h_month} {h_year} هـ"
    )
    pub = f"{w.day}، {w.dt.day:02d} {MONTHS_EG[w.dt.month - 1]} {w.dt.year}"
    if w.has_time:
        pub += f" - {w.clock12()}"

    author, agency, writer = story.author, None, None
    if story.author:
        writer = story.author
    elif story.agency:
        writer = agency_form(story.agency, rng, arabic_only=True)
        agency = story.agency
    ticker = [TICKER[i] for i in pick(rng, TICKER, 4)]
    with_photo = rng.random() < 0.7
    url = f"https://www.{SITE.domain}/News/{pid}"

    out = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{esc(story.title)} - أخبار مصر - {SITE.name}</title>",
        f'<meta property="og:title" content="{esc(story.title)}">',
        f'<meta name="description" content="{esc(story.paragraphs[0][:120])}">',
        "</head>\n<body>",
        '<div class="top-header">',
        f'<div class="today">{today_text}</div>',
        f'<div class="logo"><a href="/"><img src="/images/logo.png" alt="{SITE.name}"></a></div>',
        f'<div class="masthead">{MASTHEAD}</div>',
        "</div>",
        '<div class="menu">'
        + " ".join(f'<a href="/Section/{i}">{m}</a>' for i, m in enumerate(MENU))
        + "</div>",
        '<div class="news-bar"><span class="bar-title">شريط الأخبار</span><marquee direction="right">'
        + " ".join(f'<a href="/News/{pid - 7 - i}">{esc(t)}</a> ●' for i, t in enumerate(ticker))
        + "</marquee></div>",
        '<div class="container"><div class="right-col">',
        f'<div class="path"><a href="/">الرئيسية</a> &gt; <a href="/Section/1">أخبار مصر</a> &gt; <span>{esc(section)}</span></div>',
        f'<h1 class="news-title">{esc(story.title)}</h1>',
    ]
    if writer:
        colon = ":" if rng.random() < 0.5 else ""
        out.append(f'<div class="writer">كتب - {esc(writer)}{colon}</div>')
    out.append(f'<div class="news-date">{pub}</div>')
    if with_photo:
        out.append(
            f'<div class="news-img"><img src="/UploadCache/libfiles/{pid}.jpg"><span class="img-caption">{CAPTION}</span></div>'
        )
    out.append('<div id="NewsStory" class="article-text">')
    for para in story.paragraphs:
        if para in story.subheadings:
            out.append(f"<p><strong>{esc(para)}</strong></p>")
        else:
            out.append(f"<p>{esc(para)}</p>")
    out.append("</div>")
    out.append(
        f'<div class="follow-us"><a class="whatsapp-channel">{WHATSAPP}</a> <a class="gnews">{GOOGLE}</a></div>'
    )
    tags = story.keywords if rng.random() < 0.85 else []
    if tags:
        out.append(
            '<div class="tags"><span>كلمات دلالية</span> '
            + " ".join(f'<a href="/Tags/{i}">{esc(t)}</a>' for i, t in enumerate(tags))
            + "</div>"
        )
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(True),
            author=author,
            agency=agency,
            keywords_raw=" ".join(tags) if tags else None,
        )
    ]
    if spec.related:
        out.append('<div class="related-news"><h3>أخبار متعلقة</h3>')
        out += [
            f'<div class="item"><a href="/News/{pid + 3 + i}"><img src="/t/{i}.jpg"> {esc(t)}</a></div>'
            for i, t in enumerate(spec.related)
        ]
        out.append("</div>")
        articles += [headline_truth(t) for t in spec.related]
    out.append(
        f'<div class="poll"><h4>استطلاع الرأي</h4><p>{POLL}</p>'
        '<label><input type="radio"> نعم</label> <label><input type="radio"> لا</label>'
        ' <label><input type="radio"> لا أعرف</label> <button>تصويت</button> <a>النتائج</a></div>'
    )
    for extra in spec.read_also:
        out.append('<div class="read-more-box"><div class="box-title">اقرأ أيضاً</div>')
        out.append(f'<h2 class="news-title">{esc(extra.title)}</h2><div class="article-text">')
        for para in extra.paragraphs:
            tag = f"<strong>{esc(para)}</strong>" if para in extra.subheadings else esc(para)
            out.append(f"<p>{tag}</p>")
        out.append("</div></div>")
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
    out.append("</div>")
    out.append(
        '<div class="left-col"><div class="ad-box">إعلان</div></div></div>'
        f'<div class="footer"><div class="footer-masthead">{MASTHEAD}</div>'
        f'<div class="footer-links">{FOOTER_LINKS}</div><div class="copyright">{COPYRIGHT}</div></div>'
        "\n</body>\n</html>\n"
    )
    furniture = [
        MASTHEAD,
        today_text,
        *ticker[:3],
        WHATSAPP,
        POLL,
        FOOTER_LINKS,
        COPYRIGHT,
        *([CAPTION] if with_photo else []),
    ]
    return finish(spec, "\n".join(out), articles, furniture, url)


TEMPLATE = Template(id="h03", kind="html", site=SITE, render=render)
