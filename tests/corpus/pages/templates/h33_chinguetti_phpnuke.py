"""h33: a Mauritanian news site still running an Arabized PHP-Nuke (modules.php?name=News): all
tables and <font> tags, a GENERATOR meta with the PHP-Nuke notice and site-wide META KEYWORDS that
are not the article's; a banner row, a date bar of the day (Hijri "الموافق" Gregorian, with the
Mauritanian month spellings ابريل، أغشت، دجمبر) and a "Version française" link; the left column of
blocks printed BEFORE the story in the HTML ("القائمة الرئيسية", an "آخر الأخبار" list of titles,
a reader poll with its vote count, "المتواجدون الآن", exchange rates in ouguiya and Nouakchott
prayer times); the story table: the title as a bold <font class="title">, the "أرسلت في ... بواسطة
admin" line (the poster, never the writer) in one of three date forms ("الثلاثاء 04 مارس 2025 @
14:30:00", Hijri "الموافق" Gregorian with or without a clock, "2025-03-04 14:30") printed above
the text or, as "تاريخ الإضافة", under it; a topic icon; the body in one <font class="content">
split by <br><br> (or justified <p>s) with bold subheadings; the writer as a bold "بقلم:" line on
top or a bare signature under a tatweel rule; datelines glued to the agency in the local ways
("نواكشوط(أ ف ب)ـ", "(رويترز) انواذيبو:", "روصو/الأناضول/", "أطار ـ واس ــ", "(أ ف ب)ـ ", "أنباء
شنقيط (كيفة) ــ", "كيهيدي ـ «أنباء شنقيط» ـ") or only the site's name ("أنباء شنقيط- "); the
PHP-Nuke boxes "روابط ذات صلة" (with "أكثر خبر قراءة في SECTION:" and one title), article rating
and "خيارات" (print, send to a friend); a dated "أخبار ذات صلة" list; glued "وفي نفس السياق"
stories in their own story tables (before or after the comments); the comments area with threshold
controls, the "owned by the poster" notice and many visitor comments whose subjects are often "Re:
TITLE"; the comment form; the footer with the PHP-Nuke copyright and page time."""

from __future__ import annotations

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
    headline_truth,
)
from tests.corpus.pages.templates import _parts_w1 as w

SITE = Site(name="أنباء شنقيط", domain="anbaa-chinguetti.example", name_latin="Anbaa Chinguetti")

SLOGAN = "الخبر الموريتاني من مصدره، بلا تهويل ولا تهوين"
SITE_KEYWORDS = "موريتانيا, نواكشوط, أخبار موريتانيا, انواذيبو, الشأن الموريتاني, الساحل"
GENERATOR = (
    "PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may "
    "redistribute it under the GPL (http://phpnuke.org/files/gpl.txt)."
)
MODULES = [
    "الرئيسية",
    "الأخبار",
    "مقالات وآراء",
    "حوارات",
    "تقارير",
    "الأرشيف",
    "أرسل خبرا",
    "اتصل بنا",
]
POSTERS = ["admin", "webmaster", "chinguetti"]
POLLS = [
    ("ما رأيك في مستوى الخدمات الصحية في ولايتك؟", ["جيد", "مقبول", "ضعيف", "لا رأي لي"]),
    ("هل تؤيد تمديد العطلة الصيفية للمدارس؟", ["نعم", "لا", "بدون رأي"]),
    ("كيف تقيم أداء البلديات في تنظيف الأحياء؟", ["ممتاز", "متوسط", "سيئ"]),
]
ONLINE = "أنت زائر مجهول. يمكنك التسجيل مجانا بالضغط هنا"
RULES = "التعليقات مملوكة لأصحابها. نحن غير مسؤولين عن محتواها بأي شكل من الأشكال."
VOTE_PROMPT = "الرجاء أخذ ثانية من وقتك للتصويت لهذا المقال"
FRIEND = "أرسل هذا المقال لصديق"
PRINT = "صفحة جاهزة للطباعة"
DISCLAIMER = "جميع المواد المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع"
NUKE_FOOTER = (
    "Web site engine's code is Copyright © 2006 by PHP-Nuke. All Rights Reserved. "
    "PHP-Nuke is Free Software released under the GNU/GPL license."
)
COMMENT_NOTE = "لن يتم نشر التعليقات المسيئة أو الخارجة عن موضوع الخبر"
COMMENTERS = [
    "ولد محمد", "سيدي أحمد", "مريم بنت الشيخ", "أبو عبد الله", "مواطن من انواذيبو",
    "الحسن ولد أحمدو", "فاطمة", "زائر", "محمد الأمين", "ابن كيفة", "متابع من روصو",
    "عبد الرحمن ولد سيدي", "أم كلثوم", "الشيخ ولد باب",
]  # fmt: skip
COMMENTS = [
    "شكرا لأنباء شنقيط على السبق، أنتم دائما في الموعد.",
    "هذا الكلام سمعناه من قبل، ننتظر التطبيق على أرض الواقع.",
    "الله يحفظ البلاد والعباد، والمهم أن يصل الخير إلى الداخل وليس العاصمة وحدها.",
    "أين الرقابة يا ناس؟ كل مرة نفس القصة.",
    "خبر طيب إن شاء الله، لكن التفاصيل ناقصة.",
    "نطلب من الموقع متابعة الموضوع ونشر ما يستجد.",
    "المواطن البسيط هو الضحية في كل الأحوال.",
    "أتمنى أن تهتم الجهات المعنية بالولايات الشرقية أيضا.",
    "تعليق الأخ فوقي في محله تماما.",
    "لماذا لا ينشر الموقع مصدر هذه الأرقام؟",
    "بارك الله فيكم على التغطية، واصلوا.",
    "سؤال بسيط: من المسؤول عن التأخير كل هذه السنوات؟",
    "الحمد لله، خطوة في الطريق الصحيح ولو جاءت متأخرة.",
    "أرجو عدم حذف تعليقي هذه المرة، فهو لا يسيء لأحد.",
]
SUBJECTS = ["ملاحظة", "رأي", "سؤال", "شكرا", "تعقيب", "إلى المحرر"]
RATINGS = ["ممتاز", "جيد جدا", "جيد", "عادي", "سيء"]
PRAYERS = ["الفجر", "الظهر", "العصر", "المغرب", "العشاء"]


def _poster_line(dt: datetime, clock: bool, style: int, poster: str) -> str:
    """The story's date as the CMS prints it, with the poster's account."""
    if style == 0:
        stamp = f"{w.day_month(dt, w.MONTHS_MR, pad=True, weekday=True)}"
        if clock:
            stamp += f" @ {dt:%H:%M:%S}"
    elif style == 1:
        stamp = f"{w.WEEKDAYS[dt.weekday()]} {w.hijri_text(dt)} الموافق {w.day_month(dt, w.MONTHS_MR)} م"
        if clock:
            stamp += f" - الساعة {dt:%H:%M}"
    else:
        stamp = f"{dt:%Y-%m-%d}" + (f" {dt:%H:%M}" if clock else "")
    return (
        f'أرسلت في {stamp} بواسطة <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;'
        f'username={poster}">{poster}</a>'
    )


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The glued lead of the first paragraph, the truth's dateline and agency."""
    agency = w.canonical(story.agency)
    if story.agency:
        form = rng.choice(w.agency_forms(story.agency, latin=False))
        if story.place:
            kind = rng.randrange(4)
            if kind == 0:
                dateline = f"{story.place}({form})"
                return f"{dateline}ـ ", dateline, agency
            if kind == 1:
                dateline = f"({form}) {story.place}"
                return f"{dateline}: ", dateline, agency
            if kind == 2:
                dateline = f"{story.place}/{form}/"
                return f"{dateline} ", dateline, agency
            dateline = f"{story.place} ـ {form}"
            return f"{dateline} ــ ", dateline, agency
        return f"({form})ـ ", None, agency
    if story.place:
        kind = rng.randrange(3)
        if kind == 0:
            dateline = f"{SITE.name} ({story.place})"
            return f"{dateline} ــ ", dateline, None
        if kind == 1:
            dateline = f"{story.place} ـ «{SITE.name}»"
            return f"{dateline} ـ ", dateline, None
        return f"{SITE.name}- ", None, None
    if rng.random() < 0.5:
        return f"{SITE.name}- ", None, None
    return "", None, None


def _body(
    story: Story, prefix: str, rng: random.Random, byline: str | None, sign: str | None
) -> str:
    """One <font class="content"> of paragraphs split by <br><br>, or justified <p>s."""
    subs = set(story.subheadings)
    as_p = rng.random() < 0.35
    parts: list[str] = []
    if byline:
        parts.append(f"<b>{w.esc(byline)}</b>")
    for i, para in enumerate(story.paragraphs):
        text = w.esc(para)
        if para in subs:
            text = f'<b><font color="#8B0000">{text}</font></b>'
        elif i == 0 and prefix:
            text = f"<b>{w.esc(prefix)}</b>{text}" if rng.random() < 0.5 else w.esc(prefix) + text
        parts.append(text)
    if sign:
        parts.append("ـــــــــــــــــــ")
        parts.append(f"<b>{w.esc(sign)}</b>")
    if as_p:
        inner = "".join(f'<p align="justify">{x}</p>' for x in parts)
    else:
        joiner = rng.choice(["<br><br>", "<br>\n<br>", "<br /><br />"])
        inner = joiner.join(parts)
    return f'<font class="content">{inner}</font>'


def _story_table(
    story: Story,
    rng: random.Random,
    role: str,
    section: str,
) -> tuple[list[str], Truth, str]:
    """A story table: title, poster line, topic icon and text; its truth and poster."""
    dt = w.when(story)
    style = rng.randrange(3)
    clock = w.has_clock(story) and (style != 1 or rng.random() < 0.6)
    poster = rng.choice(POSTERS)
    prefix, dateline, agency = _lead(story, rng)
    byline: str | None = None
    sign: str | None = None
    author: str | None = None
    if story.author:
        roll = rng.random()
        if roll < 0.45:
            byline, author = f"بقلم: {story.author}", story.author
        elif roll < 0.8:
            sign, author = story.author, story.author
    below = rng.random() < 0.3
    line = _poster_line(dt, clock, style, poster)
    out = [
        '<table width="100%" border="0" cellspacing="0" cellpadding="3" class="storytable">',
        f'<tr><td bgcolor="#E8E8D8"><font class="title"><b>{w.esc(story.title)}</b></font></td></tr>',
    ]
    if not below:
        out.append(f'<tr><td><font class="tiny">{line}</font></td></tr>')
    out.append(
        f'<tr><td><a href="modules.php?name=News&amp;new_topic={zlib.crc32(section.encode()) % 40}">'
        f'<img src="images/topics/topic{len(section)}.gif" border="0" align="right" alt="{w.attr(section)}"></a>'
        + _body(story, prefix, rng, byline, sign)
        + "</td></tr>"
    )
    if below:
        added = line.replace("أرسلت في", "تاريخ الإضافة:", 1)
        out.append(f'<tr><td align="left"><font class="tiny">{added}</font></td></tr>')
    out.append(f'<tr><td><font class="tiny">الموضوع: {w.esc(section)}</font></td></tr>')
    out.append("</table>")
    truth = w.story_truth(
        "main" if role == "main" else "read_also",
        story,
        published=w.iso(dt, clock),
        author=author,
        dateline=dateline,
        agency=agency,
    )
    return out, truth, poster


def _block(title: str, inner: str) -> str:
    return (
        '<table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#C9C9A8">'
        f'<tr><td bgcolor="#0B5E2E"><font color="#FFFFFF"><b>{title}</b></font></td></tr>'
        f'<tr><td bgcolor="#FFFFFF"><font class="content">{inner}</font></td></tr></table><br>'
    )


def _comments(story: Story, rng: random.Random) -> tuple[list[str], list[str]]:
    """The comments area and the furniture it prints."""
    n = rng.randint(5, 11)
    names = rng.sample(COMMENTERS, n)
    texts = rng.sample(COMMENTS, n)
    re_title = rng.random() < 0.6
    out = [
        '<a name="comments"></a><table width="99%" border="0" cellspacing="1" cellpadding="4" bgcolor="#C9C9A8">',
        '<tr><td bgcolor="#F3F3E9" align="center"><font class="content">'
        '<select name="thold"><option>العتبة: 0</option></select> '
        "<select><option>متداخل</option><option>بدون تداخل</option></select> "
        "<select><option>الأقدم أولا</option></select> "
        '<input type="submit" value="تحديث"></font></td></tr>',
        f'<tr><td bgcolor="#FFFFFF" align="center"><font class="tiny">{RULES}</font></td></tr>',
        f'<tr><td><font class="option"><b>تعليقات الزوار ({n})</b></font></td></tr>',
    ]
    t = w.when(story) + timedelta(minutes=rng.randint(5, 50))
    for k, (name, text) in enumerate(zip(names, texts, strict=True)):
        t += timedelta(minutes=rng.randint(7, 95))
        if re_title and rng.random() < 0.6:
            subject = f"Re: {w.esc(story.title)}"
        else:
            subject = rng.choice(SUBJECTS)
        out.append(
            f'<tr><td bgcolor="{"#FFFFFF" if k % 2 else "#F7F7EE"}"><a name="{1000 + k}"></a>'
            f"<b>{subject}</b> (التقييم: {rng.randint(0, 5)})<br>"
            f'<font class="tiny">بواسطة {w.esc(name)} في {t:%Y-%m-%d %H:%M:%S}</font><br>'
            f'<font class="content">{w.esc(text)}</font></td></tr>'
        )
    out.append("</table><br>")
    out.append(
        _block(
            "أضف تعليقك",
            f'الاسم: <input name="n"><br>عنوان التعليق: <input name="s"><br>'
            f'<textarea name="c" rows="6" cols="50"></textarea><br><small>{COMMENT_NOTE}</small><br>'
            '<input type="submit" value="أرسل">',
        )
    )
    return out, [RULES, COMMENT_NOTE, *texts[:4]]


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = w.when(story)
    capture = dt + timedelta(hours=rng.randint(5, 40))
    section = story.section or "أخبار وطنية"
    sid = 20000 + zlib.crc32(story.key.encode()) % 50000
    url = f"http://www.{SITE.domain}/modules.php?name=News&file=article&sid={sid}"
    related = list(spec.related)
    n_left = min(len(related), rng.choice([0, 2, 3]))
    n_top = 1 if len(related) > n_left and rng.random() < 0.6 else 0
    left, top, listed = w.deal(related, [n_left, n_top])
    question, options = rng.choice(POLLS)
    online = rng.randint(18, 140)
    euro = f"{rng.randint(42, 44)}.{rng.randint(10, 99)}"
    dollar = f"{rng.randint(38, 40)}.{rng.randint(10, 99)}"
    glued_before_comments = rng.random() < 0.5
    hday = f"{w.WEEKDAYS[capture.weekday()]} {w.hijri_text(capture)} الموافق {w.day_month(capture, w.MONTHS_MR, pad=True)} م"

    h = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        '<html dir="rtl">\n<head>',
        f"<title>{SITE.name} :: {w.esc(section)} :: {w.esc(story.title)}</title>",
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        '<META HTTP-EQUIV="EXPIRES" CONTENT="0">',
        f'<META NAME="KEYWORDS" CONTENT="{SITE_KEYWORDS}">',
        f'<META NAME="DESCRIPTION" CONTENT="{SITE.name}: موقع إخباري موريتاني مستقل">',
        '<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">',
        f'<META NAME="GENERATOR" CONTENT="{GENERATOR}">',
        '<link rel="StyleSheet" href="themes/Chinguetti/style/style.css" type="text/css">',
        '<script type="text/javascript" src="includes/javascript.js"></script>',
        "</head>",
        '<body bgcolor="#FFFFFF" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">',
        '<table width="100%" border="0" cellpadding="0" cellspacing="0">',
        f'<tr><td bgcolor="#0B5E2E" width="300"><a href="index.php"><img src="themes/Chinguetti/images/logo.gif" border="0" alt="{SITE.name}"></a></td>'
        '<td bgcolor="#0B5E2E" align="left"><a href="banners.php?op=click&amp;bid=3" target="_blank"><img src="banners/mauritel468.gif" border="0" width="468" height="60" alt=""></a></td></tr>',
        f'<tr><td colspan="2" bgcolor="#E8C547"><font class="tiny">اليوم: {hday}</font> &nbsp;|&nbsp; '
        f'<font class="tiny">{SLOGAN}</font> &nbsp;|&nbsp; <a href="http://fr.{SITE.domain}/">Version française</a></td></tr>',
        '<tr><td colspan="2" bgcolor="#F3F3E9"><font class="content">'
        + " | ".join(f'<a href="modules.php?name={i}">{m}</a>' for i, m in enumerate(MODULES))
        + "</font></td></tr></table>",
        '<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr valign="top">',
        '<td width="175" bgcolor="#F3F3E9" valign="top">',
    ]
    articles: list[Truth] = []
    h.append(
        _block(
            "القائمة الرئيسية",
            "<br>".join(
                f'<strong><big>·</big></strong> <a href="modules.php?name={i}">{m}</a>'
                for i, m in enumerate(MODULES)
            ),
        )
    )
    if left:
        h.append(
            _block(
                "آخر الأخبار",
                "<br>".join(
                    f'» <a href="modules.php?name=News&amp;file=article&amp;sid={sid - 3 - i}">{w.esc(t)}</a>'
                    for i, t in enumerate(left)
                ),
            )
        )
        articles += [headline_truth(t) for t in left]
    total_votes = rng.randint(300, 4200)
    h.append(
        _block(
            "استطلاع الرأي",
            f'<center><b>{question}</b></center><form action="modules.php?name=Surveys" method="post">'
            + "<br>".join(
                f'<input type="radio" name="voteID" value="{i}"> {o}' for i, o in enumerate(options)
            )
            + f'<br><center><input type="submit" value="تصويت"></center></form><center>[ <a href="#">النتائج</a> | '
            f'<a href="#">استطلاعات سابقة</a> ]<br>الأصوات: <b>{total_votes}</b></center>',
        )
    )
    h.append(
        _block(
            "المتواجدون الآن",
            f"يوجد حاليا {online} ضيف و 0 عضو متصل بالموقع<br><br>{ONLINE}",
        )
    )
    h.append(
        _block(
            "أسعار الصرف (أوقية جديدة)",
            f"اليورو: {euro}<br>الدولار الأمريكي: {dollar}<br>الدرهم المغربي: {rng.randint(3, 4)}.{rng.randint(10, 99)}",
        )
    )
    if rng.random() < 0.6:
        times = [
            "06:" + f"{rng.randint(5, 50):02d}",
            "13:" + f"{rng.randint(30, 59):02d}",
            "16:" + f"{rng.randint(40, 59):02d}",
            "19:" + f"{rng.randint(5, 40):02d}",
            "20:" + f"{rng.randint(15, 55):02d}",
        ]
        h.append(
            _block(
                "مواقيت الصلاة - نواكشوط",
                "<br>".join(f"{p}: {x}" for p, x in zip(PRAYERS, times, strict=True)),
            )
        )
    h.append("</td>")
    h.append('<td width="100%" valign="top">')

    table, main_truth, poster = _story_table(story, rng, "main", section)
    main_truth["section"] = section
    h += table
    articles.append(main_truth)

    # PHP-Nuke's boxes under the story
    rating = f"{rng.randint(2, 4)}.{rng.randint(0, 9)}"
    votes = rng.randint(3, 60)
    related_box = [
        f'» <a href="modules.php?name=News&amp;new_topic=1">المزيد حول {w.esc(section)}</a>',
        f'» <a href="modules.php?name=News&amp;author={poster}">الأخبار بواسطة {poster}</a>',
    ]
    if top:
        related_box.append(
            f"<br><center>أكثر خبر قراءة في {w.esc(section)}:<br>"
            f'<a href="modules.php?name=News&amp;file=article&amp;sid={sid - 40}"><b>{w.esc(top[0])}</b></a></center>'
        )
        articles.append(headline_truth(top[0]))
    h.append('<br><table width="100%" border="0"><tr valign="top"><td width="50%">')
    h.append(_block("روابط ذات صلة", "<br>".join(related_box)))
    h.append("</td><td>")
    h.append(
        _block(
            "تقييم المقال",
            f"<center>متوسط التقييم: <b>{rating}</b><br>الأصوات: <b>{votes}</b><br><br>{VOTE_PROMPT}<br>"
            + "<br>".join(
                f'<input type="radio" name="score" value="{5 - i}"> {r}'
                for i, r in enumerate(RATINGS)
            )
            + '<br><input type="submit" value="تصويت!"></center>',
        )
    )
    h.append(
        _block(
            "خيارات",
            f'<img src="images/print.gif" border="0"> <a href="modules.php?name=News&amp;file=print&amp;sid={sid}">{PRINT}</a><br>'
            f'<img src="images/friend.gif" border="0"> <a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={sid}">{FRIEND}</a>',
        )
    )
    h.append("</td></tr></table>")
    furniture = [SLOGAN, question, ONLINE, VOTE_PROMPT, FRIEND, PRINT, DISCLAIMER]
    furniture.append(f"يوجد حاليا {online} ضيف و 0 عضو متصل بالموقع")

    if listed:
        labelled = rng.random() < 0.6
        items = []
        for i, t in enumerate(listed):
            d = dt - timedelta(days=rng.randint(1, 30))
            items.append(
                f'<img src="images/arrow.gif"> <a href="modules.php?name=News&amp;file=article&amp;sid={sid - 60 - i}">'
                f'{w.esc(t)}</a> <font class="tiny">({d:%Y-%m-%d})</font>'
            )
        inner = "<br>".join(items)
        if labelled:
            h.append(_block("أخبار ذات صلة", inner))
        else:
            h.append(f'<font class="content">{inner}</font><br><br>')
        articles += [headline_truth(t) for t in listed]

    glued: list[str] = []
    glued_truth: list[Truth] = []
    if spec.read_also:
        glued.append(
            f'<br><font class="title"><b>{rng.choice(["وفي نفس السياق", "اقرأ أيضا"])}</b></font><hr noshade size="1">'
        )
        for extra in spec.read_also:
            e_table, e_truth, _ = _story_table(extra, rng, "read_also", extra.section or section)
            glued += e_table
            glued.append("<br>")
            glued_truth.append(e_truth)
    comments, comment_furniture = _comments(story, rng)
    furniture += comment_furniture
    if glued_before_comments:
        h += glued + comments
        articles += glued_truth
    else:
        h += comments + glued
        articles += glued_truth
    h.append("</td></tr></table>")
    h.append(
        '<table width="100%" border="0" cellpadding="6" bgcolor="#0B5E2E"><tr><td align="center">'
        f'<font class="footmsg" color="#FFFFFF">{DISCLAIMER}<br>'
        f"جميع الحقوق محفوظة © {SITE.name} {capture.year}<br>{NUKE_FOOTER}<br>"
        f"تم إنشاء الصفحة في: 0.{rng.randint(100, 900)} ثانية</font></td></tr></table>"
    )
    h.append("</body>\n</html>\n")
    furniture.append(f"جميع الحقوق محفوظة © {SITE.name} {capture.year}")
    furniture.append("PHP-Nuke is Free Software released under the GNU/GPL license.")
    return w.finish(spec, "\n".join(h), articles, furniture, url, "text/html")


TEMPLATE = Template(id="h33", kind="html", site=SITE, render=render)
