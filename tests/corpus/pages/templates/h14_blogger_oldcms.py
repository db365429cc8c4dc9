"""h14: a news blog on Blogger's classic layout: the only <h1> is the blog's name, the headline is
an <h3 class="post-title"> under a date header, the body is one <div> of text split by <br> with
<font>, <o:p> and styled <span>s pasted from a word processor and a captioned photo inside it, the
clock time sits in the post footer after the body with "التسميات:", then glued "إقرأ أيضاً"
posts, comments, a pager, a "Follow by Email" box, popular posts and "Powered by Blogger"."""

from __future__ import annotations

import random

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="أخبار الساحل", domain="akhbar-sahel.example", name_latin="Akhbar Al Sahel")

PAGES = ["الصفحة الرئيسية", "أخبار محلية", "عربي ودولي", "مقالات الرأي", "من نحن", "راسلنا"]
COMMENTS = [
    ("غير معرف", "خبر مهم، شكرا للمدونة على المتابعة."),
    ("أبو ياسر", "نتمنى نشر المزيد من التفاصيل حول هذا الموضوع في الأيام القادمة."),
    ("سعاد", "متابعة دائمة لمدونتكم المتميزة، بالتوفيق."),
    ("م. خالد", "المعلومة الواردة في الفقرة الثانية تحتاج إلى تدقيق."),
]
NEWSLETTER = "اشترك في نشرتنا البريدية ليصلك جديد المدونة"
POWERED = "Powered by Blogger."
ATOM = "الاشتراك في: تعليقات الرسالة (Atom)"
PAGER = "رسالة أحدث رسالة أقدم الصفحة الرئيسية"


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    agency = hp.agency_key(story.agency)
    if story.place and story.agency:
        dateline = f"{story.place} ({hp.agency_form(story.agency, spec.rng)})"
        return f"{dateline} - ", dateline, agency
    if story.place:
        dateline = f"{story.place} ـ «{SITE.name}»"
        return f"{dateline}: ", dateline, None
    if story.agency:
        return f"({hp.agency_form(story.agency, spec.rng)}) ", None, agency
    return "", None, None


def _messy(text: str, rng: random.Random) -> str:
    """One paragraph as a word processor pasted it into the blog editor."""
    style = rng.randrange(4)
    if style == 0:
        return f'<span style="font-family: &quot;Traditional Arabic&quot;, serif; font-size: 14pt;">{text}</span><br /><br />'
    if style == 1:
        return f'<font face="Arial" size="4">{text}</font><o:p></o:p><br /><br />'
    if style == 2:
        return f'<div style="text-align: justify;"><span style="font-size: large;">{text}</span></div><div><br /></div>'
    return f"{text}<br /><br />"


def _post_body(story: Story, prefix: str, caption: str | None, rng: random.Random) -> list[str]:
    out = [
        f'<div class="post-body entry-content" id="post-body-{hp.article_slug(story)}" dir="rtl">'
    ]
    if caption:
        out.append(
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container"><tbody>'
            '<tr><td><a href="#"><img border="0" height="360" src="https://blogger.example/img/s640/photo.jpg" width="640" /></a></td></tr>'
            f'<tr><td class="tr-caption">{caption}</td></tr></tbody></table>'
        )
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            out.append(f'<b><span style="color: #0b5394;">{hp.esc(text)}</span></b><br />')
        else:
            out.append(_messy(hp.esc(prefix) + hp.esc(text) if i == 0 else hp.esc(text), rng))
    out.append('<div style="clear: both;"></div></div>')
    return out


def _glued(stories: list[Story], rng: random.Random) -> tuple[list[str], list[Truth]]:
    if not stories:
        return [], []
    out = ['<div class="related-full"><h2 class="sidebar-title">إقرأ أيضاً</h2>']
    truths = []
    for s in stories:
        out.append(
            f'<div class="post"><h3 class="post-title entry-title"><a href="/{hp.article_slug(s)}.html">{hp.esc(s.title)}</a></h3>'
        )
        out.extend(_post_body(s, "", None, rng))
        out.append("</div>")
        truths.append(hp.read_also_truth(s))
    out.append("</div>")
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story) and rng.random() < 0.7
    prefix, dateline, agency = _prefix(story, spec)
    url = f"https://{SITE.domain}/{dt:%Y/%m}/blog-post_{dt.day:02d}.html"
    caption = (
        rng.choice(["صورة من الأرشيف", "الصورة منقولة من صفحة البلدية"])
        if rng.random() < 0.6
        else None
    )
    comments = rng.sample(COMMENTS, rng.randint(1, 3))
    labels = story.keywords[:4]
    related, popular = hp.split_related(spec.related, 2, rng)
    stamp = hp.clock12(dt).lstrip("0")

    h = [
        "<!DOCTYPE html>\n<html dir='rtl' xmlns='http://www.w3.org/1999/xhtml'>\n<head>",
        "<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>",
        "<meta content='blogger' name='generator'/>",
        f"<title>{SITE.name}: {hp.esc(story.title)}</title>",
        "</head>\n<body>",
        '<div class="navbar section" id="navbar"></div>',
        '<div id="outer-wrapper"><div id="header-wrapper"><div class="header section" id="header">',
        f'<h1 class="title"><a href="/">{SITE.name}</a></h1>',
        '<p class="description"><span>مدونة إخبارية مستقلة تتابع شؤون المنطقة</span></p></div></div>',
        '<div id="crosscol-wrapper"><div class="widget PageList"><ul>'
        + "".join(f"<li><a href='/p/{i}.html'>{p}</a></li>" for i, p in enumerate(PAGES))
        + "</ul></div></div>",
        '<div id="main-wrapper"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">',
        f'<h2 class="date-header"><span>{hp.WEEKDAYS[dt.weekday()]}، {hp.day_eg(dt, weekday=False)}</span></h2>',
        '<div class="post-outer"><div class="post hentry">',
        f"<a name='{hp.article_slug(story)}'></a>",
        f'<h3 class="post-title entry-title">{hp.esc(story.title)}</h3>',
        '<div class="post-header"><div class="post-header-line-1"></div></div>',
    ]
    h.extend(_post_body(story, prefix, caption, rng))
    h.append('<div class="post-footer"><div class="post-footer-line post-footer-line-1">')
    if story.author:
        h.append(
            f'<span class="post-author vcard">نشر بواسطة <span class="fn">{hp.esc(story.author)}</span></span>'
        )
    if clock:
        h.append(
            f'<span class="post-timestamp">في <a class="timestamp-link" href="{url}"><abbr class="published" title="{dt:%Y-%m-%dT%H:%M:00}+03:00">{stamp}</abbr></a></span>'
        )
    h.append(
        f'<span class="post-comment-link"><a class="comment-link" href="#comments">{len(comments)} تعليقات</a></span></div>'
    )
    h.append(
        '<div class="post-share-buttons">مشاركة هذه المشاركة عبر البريد الإلكتروني كتابة مدونة حول هذه المشاركة المشاركة في X المشاركة في Facebook</div>'
    )
    kw_raw = None
    if labels:
        kw_raw = ", ".join(labels)
        h.append(
            '<div class="post-footer-line post-footer-line-2"><span class="post-labels">التسميات: '
            + ", ".join(
                f"<a href='/search/label/{i}' rel='tag'>{hp.esc(k)}</a>"
                for i, k in enumerate(labels)
            )
            + "</span></div>"
        )
    h.append("</div></div></div>")
    glued_html, glued_truth = _glued(spec.read_also, rng)
    h.extend(glued_html)
    if related:
        h.append(
            '<div class="related-posts"><h4>مواضيع ذات صلة:</h4><ul>'
            + "".join(
                f"<li><a href='/{n}.html'>{hp.esc(t)}</a></li>" for n, t in enumerate(related)
            )
            + "</ul></div>"
        )
    h.append(
        f'<div class="comments" id="comments"><h4>{len(comments)} تعليقات:</h4><dl id="comments-block">'
    )
    for name, text in comments:
        when = hp.masthead_day(dt, rng)
        h.append(
            f'<dt class="comment-author">{name} يقول...</dt><dd class="comment-body"><p>{text}</p></dd><dd class="comment-footer"><span class="comment-timestamp">{hp.day_eg(when, weekday=False)} في {hp.clock12(when)}</span></dd>'
        )
    h.append('</dl><p class="comment-footer"><a href="#">إرسال تعليق</a></p></div>')
    h.append(
        '<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link">رسالة أحدث</a> <a class="blog-pager-older-link">رسالة أقدم</a> <a class="home-link">الصفحة الرئيسية</a></div>'
    )
    h.append(f'<div class="post-feeds">{ATOM}</div></div></div></div></div>')
    h.append('<div id="sidebar-wrapper"><div class="sidebar section" id="sidebar">')
    h.append(
        f'<div class="widget FollowByEmail"><h2 class="title">Follow by Email</h2><p>{NEWSLETTER}</p><input placeholder="Email address..." type="text"/><input type="submit" value="Submit"/></div>'
    )
    if popular:
        h.append(
            '<div class="widget PopularPosts"><h2>المشاركات الشائعة</h2><ul>'
            + "".join(
                f"<li><div class='item-title'><a href='/p{n}.html'>{hp.esc(t)}</a></div></li>"
                for n, t in enumerate(popular)
            )
            + "</ul></div>"
        )
    h.append(
        f'<div class="widget BlogArchive"><h2>أرشيف المدونة</h2><ul><li>► {dt.year} ({rng.randint(40, 300)})</li><li>► {dt.year - 1} ({rng.randint(200, 600)})</li></ul></div>'
    )
    h.append("</div></div>")
    h.append(
        f'<div id="footer-wrapper"><div class="widget Attribution">قالب بسيط. {POWERED}</div></div></div>\n</body>\n</html>\n'
    )

    main = article_truth(
        "main",
        story,
        title=story.title,
        body_first=story.paragraphs[0],
        body_last=story.paragraphs[-1],
        published=hp.iso(dt, clock),
        author=story.author,
        dateline=dateline,
        agency=agency,
        keywords_raw=kw_raw,
    )
    articles = [main, *glued_truth, *hp.headlines(related + popular)]
    boiler = [
        "مدونة إخبارية مستقلة تتابع شؤون المنطقة",
        "مشاركة هذه المشاركة عبر البريد الإلكتروني",
        NEWSLETTER,
        ATOM,
        PAGER,
        "قالب بسيط. Powered by Blogger.",
        " ".join(comments[0][1].split()[:8]),
    ]
    if caption:
        boiler.append(caption)
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h14", kind="html", site=SITE, render=render)
