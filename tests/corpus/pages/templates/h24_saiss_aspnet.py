"""h24: a Moroccan regional news site on an ASP.NET WebForms page with a Bootstrap 3 theme: the
__VIEWSTATE form around everything, a top bar with today's date in Moroccan month names (which
is not the article's date), a Bootstrap breadcrumb ending in the (sometimes cut) title, a
label-danger section chip, ContentPlaceHolder spans for author, date and a later "آخر تحديث",
datelines such as "فاس – أ ف ب:" or "مكناس: ", an inline "اقرأ أيضا" link, "الكلمات المفتاحية"
labels, glued "اقرأ أيضا" panels, "مقالات ذات الصلة" thumbnails, a Facebook comments plugin
box, a sidebar of prayer times and a newsletter form, and the press licence in the footer."""

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
    DAYS,
    MONTHS_MAG,
    agency_form,
    esc,
    finish,
    page_id,
    when,
)

SITE = Site(name="مرآة سايس", domain="mirat-sais.example", name_latin="Mirat Sais")

NAV = ["الرئيسية", "جهوي", "وطني", "مجتمع", "اقتصاد", "رياضة", "فن وثقافة", "كتاب وآراء", "فيديو"]
SHARE = "شارك هذا المقال مع أصدقائك على مواقع التواصل"
FB_HEAD = "أضف تعليقك عبر حسابك على فيسبوك"
FB_RULE = "المرجو الالتزام بآداب الحوار وتجنب التعليقات المسيئة أو الخارجة عن الموضوع"
NEWSLETTER = "اشترك في النشرة البريدية لتصلك آخر أخبار جهة فاس مكناس"
FOLLOW = "تابعوا مرآة سايس على فيسبوك ويوتيوب وإنستغرام"
PRAYER_HEAD = "مواقيت الصلاة حسب توقيت مدينة فاس"
LICENCE = "صحيفة إلكترونية حاصلة على وصل الملاءمة رقم 17/2019 ص.ج"
COPYRIGHT = "جميع الحقوق محفوظة لموقع مرآة سايس © 2025"
COOKIE = "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربة التصفح"
FOOTER_LINKS = ["من نحن", "هيئة التحرير", "اتصل بنا", "شروط الاستخدام", "سياسة الخصوصية"]
PRAYERS = [("الفجر", "05:58"), ("الشروق", "07:24"), ("الظهر", "13:41"), ("العصر", "16:49"),
           ("المغرب", "19:13"), ("العشاء", "20:31")]  # fmt: skip


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None]:
    """The first paragraph's printed prefix, its truth dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng, arabic_only=rng.random() < 0.7)
        if story.place and rng.random() < 0.7:
            dateline = f"{story.place} – {form}"
            return f"{dateline}: ", dateline, story.agency
        return f"{form} – ", None, story.agency
    if story.place and rng.random() < 0.8:
        if rng.random() < 0.5:
            return f"{story.place}: ", story.place, None
        dateline = f"{story.place} – {SITE.name}"
        return f"{dateline}: ", dateline, None
    return "", None, None


def _date(dt: datetime, clock: bool, style: int) -> tuple[str, bool]:
    """The date as the site prints it, and whether a clock time is printed."""
    month = MONTHS_MAG[dt.month - 1]
    if style == 0:
        text = f"{DAYS[dt.weekday()]} {dt.day} {month} {dt.year}"
        return (text + f" - {dt:%H:%M}", True) if clock else (text, False)
    if style == 1:
        text = f"{dt:%d/%m/%Y}"
        return (text + f" على الساعة {dt:%H:%M}", True) if clock else (text, False)
    return f"{dt.day} {month} {dt.year}", False


def _paragraphs(story: Story, prefix: str, inline: str | None, at: int) -> list[str]:
    out: list[str] = []
    for k, para in enumerate(story.paragraphs):
        if inline is not None and k == at:
            out.append(
                '<p class="read-also-inline"><strong>اقرأ أيضا:</strong> '
                f'<a href="/Article.aspx?id={page_id(story) + 7}">{esc(inline)}</a></p>'
            )
        if para in story.subheadings:
            out.append(f"<h3>{esc(para)}</h3>")
        elif k == 0 and prefix:
            out.append(f'<p dir="rtl"><strong>{esc(prefix)}</strong>{esc(para)}</p>')
        else:
            out.append(f'<p dir="rtl">{esc(para)}</p>')
    return out


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "جهوي"
    prefix, dateline, agency = _prefix(story, rng)
    style = rng.randrange(3)
    date_text, clock = _date(w.dt, w.has_time, style)
    today = w.dt + timedelta(days=rng.randint(0, 3))
    views = rng.randint(120, 9800)
    related = list(spec.related)
    inline: str | None = None
    at = 0
    if len(related) >= 4 and len(story.paragraphs) >= 4 and rng.random() < 0.7:
        inline = related.pop(0)
        at = rng.randint(2, len(story.paragraphs) - 1)
    crumb = story.title if rng.random() < 0.5 else " ".join(story.title.split()[:5]) + "..."
    tags = story.keywords if rng.random() < 0.85 else []
    url = f"https://www.{SITE.domain}/Article.aspx?id={pid}"
    viewstate = f"/wEPDwUKMTI{pid}NjY0MjkxNTAPZBYCZg9kFgICAw9kFgQCAQ8WAh4EVGV4dAUh"

    h = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f"<title>{esc(story.title)} | {SITE.name}</title>",
        f'<meta property="og:title" content="{esc(story.title)}" />',
        f'<meta property="og:site_name" content="{SITE.name}" />',
        '<link href="/Content/bootstrap.min.css" rel="stylesheet" />',
        '<link href="/Content/bootstrap-rtl.min.css" rel="stylesheet" />',
        '<link href="/Content/Site.css?v=3.2" rel="stylesheet" />\n</head>\n<body>',
        f'<form method="post" action="./Article.aspx?id={pid}" id="form1">',
        '<div class="aspNetHidden">',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />',
        '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAPq3" />',
        "</div>",
        '<div class="top-bar"><div class="container">'
        f'<span class="today">{DAYS[today.weekday()]} {today.day} {MONTHS_MAG[today.month - 1]} {today.year}</span>'
        '<ul class="list-inline social pull-left"><li><a href="#">فيسبوك</a></li><li><a href="#">يوتيوب</a></li></ul>'
        "</div></div>",
        '<nav class="navbar navbar-default"><div class="container"><div class="navbar-header">'
        f'<a class="navbar-brand" href="/"><img src="/Images/logo.png" alt="{SITE.name}" /></a></div>'
        '<ul class="nav navbar-nav">'
        + "".join(f'<li><a href="/Section.aspx?s={i}">{m}</a></li>' for i, m in enumerate(NAV))
        + "</ul></div></nav>",
        '<div class="container"><ol class="breadcrumb">'
        f'<li><a href="/">الرئيسية</a></li><li><a href="/Section.aspx?s=1">{esc(section)}</a></li>'
        f'<li class="active">{esc(crumb)}</li></ol>',
        '<div class="row"><div class="col-md-8 col-sm-12">',
        '<div class="article-page">',
        f'<span class="label label-danger">{esc(section)}</span>',
        f'<h1 class="article-title"><span id="ContentPlaceHolder1_lblTitle">{esc(story.title)}</span></h1>',
        '<div class="article-meta text-muted">',
    ]
    author = story.author
    if author:
        lead = rng.choice(["بقلم: ", "", "كتب: "])
        h.append(
            f'<span class="author"><i class="glyphicon glyphicon-user"></i> '
            f'<span id="ContentPlaceHolder1_lblAuthor">{lead}{esc(author)}</span></span> '
        )
    h.append(
        f'<span class="date"><i class="glyphicon glyphicon-time"></i> '
        f'<span id="ContentPlaceHolder1_lblDate">{date_text}</span></span>'
    )
    if clock and rng.random() < 0.5:
        later = w.dt + timedelta(hours=rng.randint(1, 6), minutes=rng.randint(0, 59))
        h.append(f' <span class="updated">آخر تحديث: {later:%H:%M}</span>')
    h.append(
        f' <span class="views"><i class="glyphicon glyphicon-eye-open"></i> {views}</span></div>'
    )
    h.append(
        f'<div class="article-image"><img class="img-responsive" src="/Uploads/News/{pid}.jpg" alt="{esc(story.title)}" />'
        '<p class="caption">صورة: أرشيف</p></div>'
    )
    h.append('<div id="ContentPlaceHolder1_divBody" class="article-content">')
    h.extend(_paragraphs(story, prefix, inline, at))
    h.append("</div>")
    if tags:
        h.append(
            '<div class="article-tags"><span class="tags-title">الكلمات المفتاحية:</span> '
            + " ".join(
                f'<a class="label label-default" href="/Tag.aspx?t={esc(t)}">{esc(t)}</a>'
                for t in tags
            )
            + "</div>"
        )
    h.append(
        f'<div class="share-box"><p>{SHARE}</p>'
        '<a class="btn btn-primary btn-sm" href="#">فيسبوك</a> <a class="btn btn-info btn-sm" href="#">تويتر</a> '
        '<a class="btn btn-success btn-sm" href="#">واتساب</a></div></div>'
    )
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(clock),
            author=author,
            dateline=dateline,
            agency=agency,
            keywords_raw=" ".join(tags) if tags else None,
            section=section,
        )
    ]
    if inline is not None:
        articles.append(headline_truth(inline))
    for n, extra in enumerate(spec.read_also):
        ew = when(extra)
        e_text, e_clock = _date(ew.dt, ew.has_time, rng.randrange(3))
        h.append(
            '<div class="panel panel-default read-more"><div class="panel-heading">'
            '<h3 class="panel-title">اقرأ أيضا</h3></div><div class="panel-body">'
            f'<h2 class="read-more-title"><a href="/Article.aspx?id={pid + 11 + n}">{esc(extra.title)}</a></h2>'
            f'<p class="text-muted small">{e_text}</p>'
        )
        h.extend(_paragraphs(extra, "", None, 0))
        h.append("</div></div>")
        articles.append(
            article_truth(
                "read_also",
                extra,
                title=extra.title,
                body_first=extra.paragraphs[0],
                body_last=extra.paragraphs[-1],
                published=ew.truth(e_clock),
            )
        )
    if related:
        h.append(
            '<div class="related-articles"><h3 class="section-title">مقالات ذات الصلة</h3><div class="row">'
        )
        for i, title in enumerate(related):
            h.append(
                '<div class="col-sm-4"><div class="thumbnail">'
                f'<img src="/Uploads/News/thumb_{pid - 3 - i}.jpg" alt="" />'
                f'<div class="caption"><h4><a href="/Article.aspx?id={pid - 3 - i}">{esc(title)}</a></h4></div>'
                "</div></div>"
            )
        h.append("</div></div>")
        articles += [headline_truth(t) for t in related]
    h.append(
        f'<div class="fb-comments-box"><h4 class="section-title">{FB_HEAD}</h4>'
        f'<p class="comments-note">{FB_RULE}</p>'
        f'<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></div>'
    )
    h.append("</div>")
    h.append(
        '<div class="col-md-4 col-sm-12 sidebar">'
        f'<div class="widget prayer"><h4 class="widget-title">{PRAYER_HEAD}</h4><table class="table table-condensed">'
        + "".join(f"<tr><td>{p}</td><td>{t}</td></tr>" for p, t in PRAYERS)
        + "</table></div>"
        f'<div class="widget newsletter"><h4 class="widget-title">النشرة البريدية</h4><p>{NEWSLETTER}</p>'
        '<input type="email" class="form-control" placeholder="بريدك الإلكتروني" />'
        '<input type="submit" class="btn btn-danger" value="اشترك" /></div>'
        f'<div class="widget follow"><p>{FOLLOW}</p>'
        '<div class="fb-page" data-href="https://www.facebook.com/miratsais"></div></div></div>'
    )
    h.append("</div></div>")
    h.append(
        '<footer class="footer"><div class="container"><ul class="list-inline">'
        + "".join(
            f'<li><a href="/Page.aspx?p={i}">{x}</a></li>' for i, x in enumerate(FOOTER_LINKS)
        )
        + f'</ul><p class="licence">{LICENCE}</p><p class="copyright">{COPYRIGHT}</p></div></footer>'
    )
    h.append(
        f'<div id="cookieBar" class="alert alert-info">{COOKIE} <a class="btn btn-xs btn-default">موافق</a></div>'
    )
    h.append(
        '</form>\n<script src="/Scripts/jquery-1.10.2.min.js"></script>\n'
        '<script src="/Scripts/bootstrap.min.js"></script>\n'
        '<div id="fb-root"></div><script async defer src="https://connect.facebook.net/ar_AR/sdk.js#xfbml=1&version=v3.2"></script>\n'
        "</body>\n</html>\n"
    )
    furniture = [
        SHARE,
        FB_HEAD,
        FB_RULE,
        PRAYER_HEAD,
        NEWSLETTER,
        FOLLOW,
        LICENCE,
        COPYRIGHT,
        COOKIE,
    ]
    return finish(spec, "\n".join(h), articles, furniture, url)


TEMPLATE = Template(id="h24", kind="html", site=SITE, render=render)
