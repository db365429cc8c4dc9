"""h07: a Levantine news site. Levantine month names ("4 آذار 2025"), the date BEFORE the byline,
datelines "بيروت ـ «SITE»:" or "دمشق ـ سانا:", one or two inline "إقرأ أيضاً:" link boxes between
the body's paragraphs (the body runs on after them), an "المصدر:" line followed by "الوسوم:",
readers' comments BEFORE "روابط ذات صلة", and glued read-also stories at the very end."""

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
    COMMENTS,
    MONTHS_LEV,
    agency_form,
    blocks,
    esc,
    finish,
    indic,
    page_id,
    pick,
    when,
)

SITE = Site(name="شرفة الشام", domain="shurfat-alsham.example", name_latin="Shurfat Al Sham")

MENU = ["لبنان", "سوريا", "فلسطين", "الأردن", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "مقالات"]
FOLLOW = "تابعونا على: فيسبوك | إكس | إنستغرام | يوتيوب"
WHATSAPP = "انضموا إلى قناة شرفة الشام على واتساب"
RULES = "نرحب بتعليقاتكم شرط الابتعاد عن الشتائم والتجريح والإساءة"
FOOTER_LINKS = "عن الموقع | فريق العمل | راسلونا | سياسة الخصوصية"
COPYRIGHT = "© 2025 شرفة الشام. جميع الحقوق محفوظة"


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None, str | None]:
    """The prefix, the truth's dateline and agency, and the agency form printed."""
    form = agency_form(story.agency, rng, arabic_only=True) if story.agency else None
    if story.place and form:
        return f"{story.place} ـ {form}: ", f"{story.place} ـ {form}", story.agency, form
    if story.place:
        head = f"{story.place} ـ «{SITE.name}»"
        return head + ": ", head, None, None
    if form:
        return f"{form}: ", None, story.agency, form
    return "", None, None, None


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "لبنان"
    prefix, dateline, agency, form = _prefix(story, rng)
    date_text = f"{w.dt.day} {MONTHS_LEV[w.dt.month - 1]} {w.dt.year}"
    if w.has_time:
        date_text += f" | {w.clock24()}"
    if rng.random() < 0.4:
        date_text = indic(date_text)
    source = form or SITE.name
    tags = story.keywords if rng.random() < 0.8 else []
    related = list(spec.related)
    n_inline = 2 if len(related) >= 5 and len(story.paragraphs) >= 5 else 1
    inline, related = related[:n_inline], related[n_inline:]
    picked = [COMMENTS[i] for i in pick(rng, COMMENTS, rng.randint(2, 3))]
    url = f"https://{SITE.domain}/article/{pid}/{w.dt:%Y-%m-%d}"

    body = blocks(story, prefix=esc(prefix))
    slots = [k for k in range(1, len(body) - 1) if body[k].startswith("<p")] or [0]
    spots = sorted(rng.sample(slots, min(n_inline, len(slots))), reverse=True)
    inline = inline[: len(spots)]
    for spot, title in zip(spots, reversed(inline), strict=True):
        body.insert(
            spot + 1,
            f'<div class="inline-related"><span class="ir-label">إقرأ أيضاً:</span> '
            f'<a href="/article/{pid - 3 - spot}">{esc(title)}</a></div>',
        )

    out = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{esc(story.title)} - {SITE.name}</title>",
        f'<meta property="og:title" content="{esc(story.title)} - {SITE.name}">',
        "</head>\n<body>",
        f'<div class="header-top"><span class="follow">{FOLLOW}</span></div>',
        f'<header><a class="logo" href="/">{SITE.name}</a><ul class="nav-menu">'
        + "".join(f'<li><a href="/category/{i}">{m}</a></li>' for i, m in enumerate(MENU))
        + "</ul></header>",
        f'<div class="crumbs"><a href="/">الرئيسية</a> / <a href="/category/0">{esc(section)}</a></div>',
        '<div class="article">',
        f'<h1 class="article-title">{esc(story.title)}</h1>',
        f'<div class="article-meta"><span class="date">{date_text}</span>'
        + (f' <span class="author">{esc(story.author)}</span>' if story.author else "")
        + "</div>",
        '<div class="article-body">',
        *body,
        "</div>",
        f'<div class="article-source">المصدر: {esc(source)}</div>',
    ]
    if tags:
        out.append(
            '<div class="article-tags">الوسوم: '
            + " ".join(f'<a href="/tag/{i}">#{esc(t)}</a>' for i, t in enumerate(tags))
            + "</div>"
        )
    out.append(f'<div class="wa-channel">{WHATSAPP}</div>')
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(True),
            author=story.author,
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=" ".join(f"#{t}" for t in tags) if tags else None,
        ),
        *[headline_truth(t) for t in inline],
    ]
    out.append(f'<div class="comments"><h3>التعليقات</h3><p class="rules">{RULES}</p>')
    for i, (name, text) in enumerate(picked):
        out.append(
            f'<div class="comment"><b>{esc(name)}</b> <small>{w.dt.day} {MONTHS_LEV[w.dt.month - 1]}، {(w.dt.hour + i + 1) % 24:02d}:{(w.dt.minute * 7 + i) % 60:02d}</small>'
            f"<p>{esc(text)}</p></div>"
        )
    out.append("<h4>أضف تعليقك</h4><textarea></textarea><button>نشر</button></div>")
    if related:
        out.append('<div class="related-links"><h3>روابط ذات صلة</h3><ul>')
        out += [
            f'<li><a href="/article/{pid + 20 + i}">{esc(t)}</a></li>'
            for i, t in enumerate(related)
        ]
        out.append("</ul></div>")
        articles += [headline_truth(t) for t in related]
    for extra in spec.read_also:
        out.append(
            f'<div class="next-article"><span class="na-label">اقرأ أيضاً</span><h2>{esc(extra.title)}</h2><div class="article-body">'
        )
        out += blocks(extra)
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
    out.append(f"<footer><p>{FOOTER_LINKS}</p><p>{COPYRIGHT}</p></footer>\n</body>\n</html>\n")
    furniture = [FOLLOW, WHATSAPP, RULES, *[text for _, text in picked], FOOTER_LINKS, COPYRIGHT]
    return finish(spec, "\n".join(out), articles, furniture, url)


TEMPLATE = Template(id="h07", kind="html", site=SITE, render=render)
