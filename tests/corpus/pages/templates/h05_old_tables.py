"""h05: an old table-based newspaper site. No og:title or JSON-LD; the title is a bold <font>,
not a heading; the body is one <font> block whose paragraphs are split by <br> (single or
double), with Word leftovers (<o:p>, <span style>) and bold subheadings; a byline written as a
name before a dash at the start of the body; an UNLABELLED list of headlines under the body;
readers' comments with a rules sentence; visitor counter, weather and prayer-time boxes."""

from __future__ import annotations

from datetime import timedelta
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
    COMMENTS,
    agency_form,
    esc,
    finish,
    page_id,
    pick,
    when,
)

SITE = Site(name="الرأي الحر", domain="alrai-alhorr.example", name_latin="Alrai Alhorr")

MENU = ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "كتاب وآراء", "الأرشيف", "اتصل بنا"]
TOOLS = "أرسل لصديق | نسخة للطباعة | حفظ الموضوع"
RULES = "التعليقات المنشورة تعبر عن آراء كاتبيها ولا تمثل بالضرورة رأي الجريدة"
COUNTER = "عدد زوار الموقع منذ التأسيس"
PRAYER = "مواقيت الصلاة: الفجر 4:21 الظهر 12:34 العصر 3:58 المغرب 6:49 العشاء 8:05"
WEATHER = "حالة الطقس اليوم: غائم جزئياً مع ارتفاع طفيف على درجات الحرارة"
COPYRIGHT = "جميع الحقوق محفوظة © 2025 جريدة الرأي الحر"
DESIGN = "تصميم وتطوير شركة المدار للحلول البرمجية"
BEST_VIEW = "أفضل مشاهدة للموقع بدقة 1024×768"
FONT = '<font face="Simplified Arabic" size="4" color="#000000">'


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None, str | None]:
    """The body's opening prefix, and the author, dateline and agency it gives."""
    if story.author:
        return f"{story.author} - ", story.author, None, None
    form = agency_form(story.agency, rng, arabic_only=True) if story.agency else None
    if story.place and form:
        return f"{story.place} - {form}: ", None, f"{story.place} - {form}", story.agency
    if story.place:
        return f"{story.place} - ", None, story.place, None
    if form:
        return f"{form}: ", None, None, story.agency
    return "", None, None, None


def _body(story: Story, prefix: str, rng: Random) -> str:
    """Paragraphs split by <br>, with the leftovers of a word processor."""
    parts: list[str] = []
    for k, para in enumerate(story.paragraphs):
        if para in story.subheadings:
            parts.append(f'<b><font color="#003366">{esc(para)}</font></b><br>')
            continue
        text = (esc(prefix) if k == 0 else "") + esc(para)
        style = rng.random()
        if style < 0.35:
            text = f'<span style="font-size:14.0pt;line-height:115%;font-family:&quot;Simplified Arabic&quot;">{text}</span><o:p></o:p>'
        elif style < 0.5:
            text = f'<span lang="AR-SA">{text}</span>'
        sep = "<br><br>" if rng.random() < 0.75 else "<br>"
        parts.append(text + sep)
    return "\n".join(parts)


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    prefix, author, dateline, agency = _prefix(story, rng)
    style = rng.randrange(3)
    d = w.dt
    date_text = [f"{d.day}/{d.month}/{d.year}", f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}"][style]
    reads = rng.randint(40, 2500)
    visitors = rng.randint(1_000_000, 9_000_000)
    picked = [COMMENTS[i] for i in pick(rng, COMMENTS, rng.randint(2, 3))]
    url = f"http://www.{SITE.domain}/index.php?page=article&id={pid}"

    out = [
        '<html dir="rtl">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>جريدة {SITE.name} :: {esc(story.title)}</title>",
        '<link href="style.css" rel="stylesheet" type="text/css">\n</head>',
        '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">',
        '<table width="780" border="0" cellpadding="0" cellspacing="0" align="center">',
        f'<tr><td colspan="2"><img src="images/top_banner.gif" width="780" height="120" alt="جريدة {SITE.name}"></td></tr>',
        '<tr><td colspan="2" bgcolor="#003366" height="24"><font color="#FFFFFF" size="2" face="Tahoma"> | '
        + " | ".join(
            f'<a href="index.php?sec={i}"><font color="#FFFFFF">{m}</font></a>'
            for i, m in enumerate(MENU)
        )
        + " | </font></td></tr>",
        "<tr>",
        '<td width="600" valign="top" bgcolor="#FFFFFF">',
        f'<font face="Tahoma" size="1" color="#666666">التاريخ: {date_text} &nbsp; عدد القراءات: {reads}</font><br><br>',
        f'<font face="Simplified Arabic" size="5" color="#990000"><b>{esc(story.title)}</b></font><br><br>',
        f'<img src="images/news/{pid}.jpg" width="300" align="left" hspace="6">',
        f"{FONT}{_body(story, prefix, rng)}</font>",
        f'<br><font size="2" face="Tahoma"><a href="send.php?id={pid}">{TOOLS}</a></font><br><br>',
    ]
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(False),
            author=author,
            dateline=dateline,
            agency=agency,
        )
    ]
    if spec.related:
        out.append('<table width="100%" border="0" cellpadding="2">')
        out += [
            f'<tr><td width="12"><img src="images/arrow.gif"></td><td><font size="2" face="Tahoma">'
            f'<a href="index.php?page=article&amp;id={pid - 5 - i}">{esc(t)}</a></font></td></tr>'
            for i, t in enumerate(spec.related)
        ]
        out.append("</table><br>")
        articles += [headline_truth(t) for t in spec.related]
    for extra in spec.read_also:
        out.append(
            '<hr size="1" color="#CCCCCC"><font face="Tahoma" size="3" color="#990000"><b>إقرأ أيضاً:</b></font><br>'
            f'<font face="Simplified Arabic" size="4" color="#003366"><b>{esc(extra.title)}</b></font><br>'
            f"{FONT}{_body(extra, '', rng)}</font>"
        )
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
    out.append(
        '<table width="100%" bgcolor="#F2F2F2" cellpadding="4"><tr><td><font face="Tahoma" size="2"><b>تعليقات القراء</b></font></td></tr>'
        f'<tr><td><font size="1" color="#990000">{RULES}</font></td></tr>'
    )
    for i, (name, text) in enumerate(picked):
        out.append(
            f'<tr><td><font face="Tahoma" size="2"><b>{esc(name)}</b> - {(d + timedelta(days=i % 2)):%d/%m/%Y}'
            f"<br>{esc(text)}</font></td></tr>"
        )
    out.append(
        '<tr><td><font face="Tahoma" size="2"><b>أضف تعليقك</b><br>الاسم: <input name="name"><br>'
        'البريد الإلكتروني: <input name="email"><br>التعليق: <textarea name="body"></textarea><br>'
        '<input type="submit" value="إرسال"></font></td></tr></table>'
    )
    out.append("</td>")
    out.append(
        '<td width="180" valign="top" bgcolor="#EFEFEF"><font face="Tahoma" size="2">'
        '<b>بحث في الأرشيف</b><br><input name="q"> <input type="submit" value="بحث"><br><br>'
        f"{PRAYER}<br><br>{WEATHER}<br><br>{COUNTER}: {visitors}</font></td>"
    )
    out.append("</tr>")
    out.append(
        '<tr><td colspan="2" align="center" bgcolor="#003366"><font color="#FFFFFF" size="1" face="Tahoma">'
        f"{COPYRIGHT}<br>{DESIGN}<br>{BEST_VIEW}</font></td></tr>\n</table>\n</body>\n</html>\n"
    )
    furniture = [
        TOOLS,
        RULES,
        *[text for _, text in picked],
        PRAYER,
        WEATHER,
        COUNTER,
        COPYRIGHT,
        DESIGN,
        BEST_VIEW,
    ]
    return finish(spec, "\n".join(out), articles, furniture, url)


TEMPLATE = Template(id="h05", kind="html", site=SITE, render=render)
