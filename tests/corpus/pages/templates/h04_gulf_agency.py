"""h04: a Gulf news-agency site. The date (Hijri "الموافق" Gregorian, sometimes in Arabic-Indic
digits) ABOVE the title, "CITY - (AGENCY) -" datelines (the site's own name in brackets when a story has neither), an agency end mark "(النهاية)" as the
last line of the body block, "أخبار ذات صلة" BEFORE the glued read-also stories, which print
their own date and dateline, and English/French language switches."""

from __future__ import annotations

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
    agency_form,
    esc,
    finish,
    hijri,
    indic,
    page_id,
    when,
)

SITE = Site(name="أنباء الخليج", domain="gulf-anbaa.example", name_latin="Gulf Anbaa")

MENU = ["الرئيسية", "محليات", "الخليج", "العالم العربي", "دولي", "اقتصاد", "رياضة", "ألبوم الصور"]
END_MARKS = ["(النهاية) ر ع / م ح", "(النهاية) س ص / ع ف", "(النهاية) ه ن / ب ك"]
NEWSLETTER = "Subscribe to our newsletter - اشترك في النشرة الإخبارية اليومية"
VIEWS = "عدد المشاهدات"
FOOTER_LINKS = "الشروط والأحكام | سياسة الخصوصية | خريطة الموقع | اتصل بنا"
COPYRIGHT = "جميع الحقوق محفوظة لأنباء الخليج © 2025"
TOOLS = "طباعة إرسال بالبريد تكبير الخط تصغير الخط"
CAPTIONS = ["من المصدر", "صورة وزعتها الجهة المنظمة للحدث", "أرشيفية"]


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None]:
    """ "نيروبي - (د ب أ) - ": the prefix, the truth's dateline and the agency."""
    form = agency_form(story.agency, rng) if story.agency else None
    if story.place and form:
        return f"{story.place} - ({form}) - ", f"{story.place} - ({form})", story.agency
    if story.place:
        return f"{story.place} - ", story.place, None
    if form:
        return f"({form}) - ", None, story.agency
    return f"({SITE.name}) - ", None, None


def _date(story: Story, digits: bool) -> tuple[str, str]:
    """ "الثلاثاء 4 رمضان 1446 هـ الموافق 4 مارس 2025 م الساعة 14:30" and the truth."""
    w = when(story)
    h_day, h_month, h_year = hijri(w.dt)
    text = (
        f"{w.day} {h_day} {h_month} {h_year} هـ الموافق {w.dt.day} {MONTHS_EG[w.dt.month - 1]}"
        f" {w.dt.year} م"
    )
    if w.has_time:
        text += f" الساعة {w.clock24()}"
    return (indic(text) if digits else text), w.truth(True)


def _body(story: Story, prefix: str, end: str | None) -> list[str]:
    out = []
    for k, para in enumerate(story.paragraphs):
        if para in story.subheadings:
            out.append(f'<p class="sub-title"><b>{esc(para)}</b></p>')
        else:
            out.append(f"<p>{esc(prefix) if k == 0 else ''}{esc(para)}</p>")
    if end:
        out.append(f'<p class="end-mark">{end}</p>')
    return out


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    pid = page_id(story)
    digits = rng.random() < 0.5
    date_text, published = _date(story, digits)
    prefix, dateline, agency = _prefix(story, rng)
    end = rng.choice(END_MARKS)
    caption = rng.choice(CAPTIONS)
    views = rng.randint(120, 9000)
    url = f"https://www.{SITE.domain}/ar/news/{pid}"

    out = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{SITE.name} | {esc(story.title)}</title>",
        f'<meta property="og:title" content="{esc(story.title)}">',
        f'<meta property="og:url" content="{url}">',
        "</head>\n<body>",
        '<div class="lang-switch"><a href="/en">English</a> | <a href="/fr">Français</a></div>',
        f'<header><div class="brand"><img src="/assets/logo.svg" alt="{SITE.name}"> {SITE.name}</div>',
        '<nav class="navbar"><ul class="nav">'
        + "".join(
            f'<li class="nav-item"><a class="nav-link" href="/ar/{i}">{m}</a></li>'
            for i, m in enumerate(MENU)
        )
        + "</ul></nav></header>",
        '<section class="news-details">',
        f'<div class="news-date"><i class="icon-clock"></i> {date_text}</div>',
        f'<h1 class="news-title">{esc(story.title)}</h1>',
        f'<div class="news-tools">{TOOLS.replace(" إرسال", " | إرسال")} | {VIEWS}: {views}</div>',
        f'<div class="news-image"><img src="/media/{pid}.jpg"><p class="caption">{caption}</p></div>',
        '<div class="news-body">',
        *_body(story, prefix, end),
        "</div>",
        '<div class="share"><span>مشاركة</span> <a>X</a> <a>Facebook</a> <a>LinkedIn</a> <a>WhatsApp</a></div>',
    ]
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=published,
            dateline=dateline,
            agency=agency,
        )
    ]
    if spec.related:
        out.append('<div class="related"><h4 class="section-title">أخبار ذات صلة</h4><ul>')
        out += [
            f'<li><a href="/ar/news/{pid - 40 - i}">{esc(t)}</a></li>'
            for i, t in enumerate(spec.related)
        ]
        out.append("</ul></div>")
        articles += [headline_truth(t) for t in spec.related]
    for extra in spec.read_also:
        e_date, e_published = _date(extra, digits)
        e_prefix, e_dateline, e_agency = _prefix(extra, rng)
        out.append(
            '<div class="read-also"><span class="read-also-label">اقرأ أيضاً</span>'
            f'<div class="news-date">{e_date}</div><h2 class="news-title">{esc(extra.title)}</h2>'
            '<div class="news-body">'
        )
        out += _body(extra, e_prefix, rng.choice(END_MARKS))
        out.append("</div></div>")
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=e_published,
                dateline=e_dateline,
                agency=e_agency,
            )
        )
    out.append("</section>")
    out.append(
        f'<div class="newsletter-box"><p>{NEWSLETTER}</p><input type="email" placeholder="Email">'
        "<button>Subscribe</button></div>"
    )
    out.append(
        f'<footer><div class="footer-links">{FOOTER_LINKS}</div><div class="copy">{COPYRIGHT}</div>'
        "</footer>\n</body>\n</html>\n"
    )
    furniture = [
        end,
        NEWSLETTER,
        FOOTER_LINKS,
        COPYRIGHT,
        TOOLS.replace(" إرسال", " | إرسال"),
        f"{VIEWS}: {views}",
    ]
    if len(caption.split()) >= 3:
        furniture.append(caption)
    furniture.append("مشاركة X Facebook LinkedIn WhatsApp")
    return finish(spec, "\n".join(out), articles, furniture, url)


TEMPLATE = Template(id="h04", kind="html", site=SITE, render=render)
