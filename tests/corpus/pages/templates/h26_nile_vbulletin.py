"""h26: a Sudanese/Libyan news forum on a vBulletin 3-era portal, all tables: a login box and a
guest notice above the thread, the title in bold at the end of the navbar trail, post #1 by a
forum member (not the writer) with his user info cell, the post title repeated inside the
message, paragraphs split by <br /><br />, a "كتب:" line or a city/agency prefix, an
"المصدر:" line or "منقول", a related story pasted under a tatweel rule as "خبر ذو صلة", a
signature under an underscore rule, readers' replies with their own signatures, a "الكلمات
الدلالية (Tags)" box, a "مواضيع مشابهة" table with writer, forum and reply counts, and the
posting rules and board clock at the bottom."""

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
    COMMENTS,
    agency_form,
    esc,
    finish,
    page_id,
    pick,
    when,
)

SITE = Site(
    name="منتديات النيل الأزرق", domain="bluenile-forum.example", name_latin="Blue Nile Forums"
)

LINKS = ["التسجيل", "التعليمات", "قائمة الأعضاء", "التقويم", "البحث", "مشاركات اليوم"]
FORUMS = ["أخبار السودان", "أخبار ليبيا", "الأخبار العربية والعالمية", "المنبر الاقتصادي"]
POSTERS = [
    ("ود_الجزيرة", "مشرف القسم الإخباري", "الخرطوم", "Mar 2011"),
    ("بنت_النيلين", "عضو ذهبي", "أم درمان", "Sep 2013"),
    ("ابن_برقة", "مراقب عام", "بنغازي", "Jan 2012"),
    ("أبو_عمر_الطرابلسي", "عضو مميز", "طرابلس", "Jul 2014"),
]
REPLIERS = ["حفيد_تهراقا", "سوداني_في_الغربة", "زول_طيب", "نسمة_الجبل", "ابن_مصراتة", "كسلاوي"]
SIGNATURES = [
    "سيبقى النيل يجري مهما طال الليل ويبقى الأمل في أهل هذا البلد",
    "ليبيا ستنهض من جديد بسواعد أبنائها المخلصين",
    "ما ضاع حق وراءه مطالب، ولن يضيع وطن أهله أوفياء",
    "اللهم احفظ بلادنا وأهلها من كل سوء ومكروه",
]
GUEST = "مرحباً بك في منتديات النيل الأزرق، إن كانت هذه زيارتك الأولى فننصحك بمراجعة صفحة التعليمات"
GUEST2 = "يلزمك التسجيل في المنتدى قبل أن تتمكن من المشاركة في المواضيع"
TOOLS = "أدوات الموضوع"
VIEW = "انواع عرض الموضوع"
QUOTE = "رد مع اقتباس"
WATCHING = "الأعضاء الذين يشاهدون هذا الموضوع الآن"
RULES = [
    "لا تستطيع إضافة مواضيع جديدة",
    "لا تستطيع الرد على المواضيع",
    "لا تستطيع إرفاق ملفات",
    "لا تستطيع تعديل مشاركاتك",
]
DISCLAIMER = "المواضيع المنشورة تعبر عن وجهة نظر كاتبيها ولا تعبر بالضرورة عن رأي إدارة المنتدى"
CLOCK = "جميع الأوقات بتوقيت GMT +2. الساعة الآن"
POWERED = "Powered by vBulletin® Version 3.8.11"
SEP = "ـــــــــــــــــــــــــــــــــــــــــــــ"


def _stamp(dt: datetime, style: int) -> str:
    """A vBulletin post date."""
    hour = dt.hour % 12 or 12
    if style == 0:
        return f"{dt:%d-%m-%Y}, {hour:02d}:{dt.minute:02d} {'PM' if dt.hour >= 12 else 'AM'}"
    if style == 1:
        return f"{dt:%d-%m-%Y}, {hour:02d}:{dt.minute:02d} {'م' if dt.hour >= 12 else 'ص'}"
    return f"{dt:%d/%m/%Y} - {dt:%H:%M}"


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None]:
    """The first paragraph's prefix, its truth dateline and agency."""
    if story.agency:
        form = agency_form(story.agency, rng, arabic_only=True)
        if story.place and rng.random() < 0.6:
            dateline = f"{story.place} ({form})"
            return f"{dateline} - ", dateline, story.agency
        return f"{form}: ", None, story.agency
    if story.place and rng.random() < 0.75:
        return f"{story.place}{rng.choice([': ', ' - '])}", story.place, None
    return "", None, None


def _message(story: Story, prefix: str) -> str:
    parts: list[str] = []
    for k, para in enumerate(story.paragraphs):
        if para in story.subheadings:
            parts.append(f'<b><font color="#8B0000">{esc(para)}</font></b>')
        else:
            parts.append((esc(prefix) if k == 0 else "") + esc(para))
    return "<br />\n<br />\n".join(parts)


def _post(
    n: int, no: int, stamp: str, user: tuple[str, str, str, str], posts: int, inner: str
) -> str:
    name, title, city, joined = user
    return (
        f'<table class="tborder" id="post{n}" cellpadding="6" cellspacing="0" border="0" width="100%" align="center">'
        f'<tr><td class="thead" style="font-weight:normal"><a name="post{n}"><img class="inlineimg" src="images/statusicon/post_old.gif" alt="قديم" border="0" /></a> '
        f'{stamp}</td><td class="thead" style="font-weight:normal" align="left">#<a href="showpost.php?p={n}" target="new"><strong>{no}</strong></a></td></tr>'
        '<tr valign="top"><td class="alt2" width="175" style="border-right:1px solid #D1D1E1">'
        f'<div id="postmenu_{n}"><a class="bigusername" href="member.php?u={len(name)}">{esc(name)}</a></div>'
        f'<div class="smallfont">{esc(title)}</div><div class="smallfont">&nbsp;<br />'
        f"<div>تاريخ التسجيل: {joined}</div><div>الإقامة: {esc(city)}</div><div>المشاركات: {posts:,}</div></div></td>"
        f'<td class="alt1" id="td_post_{n}">{inner}</td></tr>'
        f'<tr><td class="alt2"><img class="inlineimg" src="images/statusicon/user_offline.gif" alt="غير متواجد حالياً" /></td>'
        f'<td class="alt1" align="left"><a href="newreply.php?do=newreply&amp;p={n}">{QUOTE}</a></td></tr></table>'
    )


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    tid = pid // 7
    dt = w.dt if w.has_time else w.dt.replace(hour=rng.randint(8, 22), minute=rng.randint(0, 59))
    style = rng.randrange(3)
    stamp = _stamp(dt, style)
    published = dt.strftime("%Y-%m-%dT%H:%M")
    forum = rng.choice(FORUMS)
    poster = rng.choice(POSTERS)
    prefix, dateline, agency = _prefix(story, rng)
    source = agency_form(story.agency, rng) if story.agency and rng.random() < 0.6 else None
    tags = story.keywords if rng.random() < 0.75 else []
    signature = rng.choice(SIGNATURES)
    picked = [COMMENTS[i] for i in pick(rng, COMMENTS, rng.randint(1, 3))]
    now = dt + timedelta(days=rng.randint(0, 2), hours=rng.randint(2, 9))
    url = f"http://www.{SITE.domain}/vb/showthread.php?t={tid}"

    h = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">\n<head>',
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
        '<meta name="generator" content="vBulletin 3.8.11" />',
        f'<meta name="keywords" content="{esc(", ".join(story.keywords))}" />',
        f"<title>{esc(story.title)} - {SITE.name}</title>",
        '<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style-00012.css" />',
        "</head>\n<body>",
        '<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center"><tr>'
        f'<td align="right"><a href="index.php"><img src="images/misc/bluenile_logo.gif" border="0" alt="{SITE.name}" /></a></td>'
        '<td align="left"><img src="images/ads/banner_468.gif" width="468" height="60" alt="" /></td></tr></table>',
        '<div class="page" style="width:100%; text-align:right"><div style="padding:0px 10px 0px 10px">',
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr>'
        '<td class="alt1" width="100%"><table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom">'
        f'<td><span class="navbar"><a href="index.php" accesskey="1">{SITE.name}</a></span> '
        '<span class="navbar">&gt; <a href="forumdisplay.php?f=3">المنتدى الإخباري</a></span> '
        f'<span class="navbar">&gt; <a href="forumdisplay.php?f=12">{forum}</a></span></td></tr>'
        f'<tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3"><strong>{esc(story.title)}</strong></td></tr></table></td>'
        '<td class="alt2" nowrap="nowrap" style="padding:0px"><form action="login.php?do=login" method="post">'
        '<table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont">اسم العضو</td>'
        '<td><input type="text" class="bginput" name="vb_login_username" size="10" /></td>'
        '<td class="smallfont"><label><input type="checkbox" name="cookieuser" value="1" />حفظ البيانات؟</label></td></tr>'
        '<tr><td class="smallfont">كلمة المرور</td><td><input type="password" class="bginput" name="vb_login_password" size="10" /></td>'
        '<td><input type="submit" class="button" value="تسجيل الدخول" /></td></tr></table></form></td></tr></table>',
        '<div class="vbmenu_control"><table cellpadding="6" cellspacing="0" border="0" width="100%"><tr align="center">'
        + "".join(f'<td class="vbmenu_control"><a href="#">{x}</a></td>' for x in LINKS)
        + "</tr></table></div>",
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center">'
        f'<tr><td class="tcat">{GUEST}</td></tr><tr><td class="alt1">{GUEST2}</td></tr></table><br />',
        '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><tr>'
        f'<td class="vbmenu_control">{TOOLS}</td><td class="vbmenu_control">{VIEW}</td></tr></table>',
    ]
    lines = [
        f'<div class="smallfont"><img class="inlineimg" src="images/icons/icon1.gif" alt="" /> <strong>{esc(story.title)}</strong></div>',
        '<hr size="1" style="color:#D1D1E1" />',
        f'<div id="post_message_{pid}">',
    ]
    if rng.random() < 0.5:
        lines.append(
            f'<div align="center"><font size="5"><font color="DarkRed"><b>{esc(story.title)}</b></font></font></div><br />'
        )
    author = story.author
    if author:
        lines.append(f"<b>{rng.choice(['كتب: ', 'بقلم: ', ''])}{esc(author)}</b><br />\n<br />")
    lines.append(_message(story, prefix))
    if source:
        lines.append(f'<br />\n<br />\n<font color="Gray">المصدر: {esc(source)}</font>')
    elif rng.random() < 0.4:
        lines.append('<br />\n<br />\n<font color="Gray">منقول</font>')
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=published,
            author=author,
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=", ".join(tags) if tags else None,
        )
    ]
    for extra in spec.read_also:
        lines.append(
            f"<br />\n<br />\n{SEP}<br />\n<br />\n"
            f'<b><u>خبر ذو صلة:</u></b><br />\n<b><font color="Navy" size="4">{esc(extra.title)}</font></b><br />\n<br />\n'
            + _message(extra, "")
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
    lines.append(f"</div><div>__________________<br />{esc(signature)}</div>")
    h.append(_post(pid, 1, stamp, poster, rng.randint(2000, 30000), "\n".join(lines)))
    sigs = [signature]
    for i, (_, text) in enumerate(picked):
        name = REPLIERS[(pid + i) % len(REPLIERS)]
        later = dt + timedelta(minutes=rng.randint(20, 600) * (i + 1))
        inner = f'<div id="post_message_{pid + i + 1}">{esc(text)}</div>'
        if rng.random() < 0.5:
            sig = SIGNATURES[(i + 1 + SIGNATURES.index(signature)) % len(SIGNATURES)]
            sigs.append(sig)
            inner += f"<div>__________________<br />{esc(sig)}</div>"
        user = (name, "عضو نشيط", rng.choice(["الخرطوم", "الدوحة", "بنغازي", "الرياض"]), "Feb 2016")
        h.append(
            _post(pid + i + 1, i + 2, _stamp(later, style), user, rng.randint(30, 2500), inner)
        )
    if tags:
        h.append(
            '<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%">'
            '<tr><td class="thead">الكلمات الدلالية (Tags)</td></tr><tr><td class="alt1 smallfont">'
            + ", ".join(f'<a href="tags.php?tag={esc(t)}">{esc(t)}</a>' for t in tags)
            + "</td></tr></table>"
        )
    if spec.related:
        h.append(
            '<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%">'
            '<tr><td class="tcat" colspan="5">مواضيع مشابهة</td></tr>'
            '<tr class="thead" align="center"><td class="thead">الموضوع</td><td class="thead">كاتب الموضوع</td>'
            '<td class="thead">المنتدى</td><td class="thead">مشاركات</td><td class="thead">آخر مشاركة</td></tr>'
        )
        for i, title in enumerate(spec.related):
            old = dt - timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 900))
            h.append(
                f'<tr><td class="alt1"><a href="showthread.php?t={tid - 40 - i}">{esc(title)}</a></td>'
                f'<td class="alt2">{esc(REPLIERS[i % len(REPLIERS)])}</td>'
                f'<td class="alt1">{rng.choice(FORUMS)}</td><td class="alt2" align="center">{rng.randint(0, 40)}</td>'
                f'<td class="alt1">{_stamp(old, style)}</td></tr>'
            )
        h.append("</table>")
        articles += [headline_truth(t) for t in spec.related]
    guests = rng.randint(1, 9)
    h.append(
        '<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%">'
        f'<tr><td class="tcat">{WATCHING}: {guests} (0 من الأعضاء و {guests} زائر)</td></tr></table>'
    )
    h.append(
        '<br /><table class="tborder" cellpadding="6" cellspacing="1" border="0" width="210">'
        '<tr><td class="thead">قوانين المشاركة</td></tr><tr><td class="alt1 smallfont">'
        + "<br />".join(f"<strong>{r}</strong>" for r in RULES)
        + "</td></tr></table>"
    )
    h.append(
        f'<br /><div class="smallfont" align="center">{CLOCK} {now:%I:%M} {"PM" if now.hour >= 12 else "AM"}.</div>'
        f'<div class="smallfont" align="center">{DISCLAIMER}</div>'
        f'<div class="smallfont" align="center">{POWERED}<br />Copyright ©2000 - 2025, vBulletin Solutions, Inc.</div>'
        "</div></div>\n</body>\n</html>\n"
    )
    furniture = [
        GUEST,
        GUEST2,
        WATCHING,
        *RULES[:2],
        DISCLAIMER,
        CLOCK,
        POWERED,
        *sigs,
        *[text for _, text in picked],
    ]
    return finish(spec, "\n".join(h), articles, furniture, url)


TEMPLATE = Template(id="h26", kind="html", site=SITE, render=render)
