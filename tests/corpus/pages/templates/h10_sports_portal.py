"""h10: a sports portal: live score boxes above the article, kicker over the headline, a
"كتب - name:" byline line before the dd/mm/yyyy date, a video box, tags, "أخبار ذات صلة",
glued "اقرأ أيضا" articles, a long comment thread with replies, then "الأكثر مشاهدة"."""

from __future__ import annotations

import json

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(name="ستاد العرب", domain="stad-alarab.example", name_latin="Stad Al Arab")

MENU = [
    "الرئيسية",
    "الدوري السعودي",
    "الدوري المصري",
    "الكرة المغربية",
    "الكرة العالمية",
    "انتقالات",
    "فيديو",
    "ترتيب الدوريات",
]
MATCHES = [
    ("الأهلي", "2", "1", "الزمالك", "انتهت"),
    ("النصر", "0", "0", "الشباب", "الشوط الأول"),
    ("الرجاء", "3", "2", "المغرب الفاسي", "انتهت"),
    ("الترجي", "1", "1", "النجم الساحلي", "الدقيقة 67"),
    ("الفيصلي", "0", "2", "الوحدات", "انتهت"),
    ("القوة الجوية", "1", "0", "الزوراء", "الدقيقة 81"),
]
COMMENTS = [
    ("أبو فهد", "أداء رائع من اللاعبين اليوم والمدرب يستحق الإشادة على قراءته للمباراة."),
    ("سالم الحربي", "ما زلت أرى أن خط الدفاع يحتاج إلى تدعيم قبل نهاية الموسم."),
    ("كريم", "الحكم ظلمنا في أكثر من لقطة ولا أحد يتكلم عن ذلك."),
    ("مشجع قديم", "هذا هو الفريق الذي نعرفه، روح قتالية حتى آخر دقيقة."),
    ("ياسين المراكشي", "المنافسة هذا الموسم أقوى من أي وقت مضى، والقادم أصعب."),
    ("نور", "أتمنى أن يحافظ الفريق على هذا المستوى في المباريات الخارجية."),
    ("حمزة", "صفقة ممتازة إن تمت فعلا، لكن السعر مبالغ فيه قليلا."),
]
REPLIES = [
    ("ماجد", "كلامك صحيح تماما يا أخي."),
    ("علي ر.", "لا أتفق معك، الدفاع كان أفضل خطوط الفريق اليوم."),
    ("أبو عمر", "دع الحكم جانبا، الفريق لم يستغل الفرص."),
    ("رامي", "ننتظر المباراة القادمة لنحكم."),
]
TIMES = ["منذ ساعة", "منذ ساعتين", "منذ 3 ساعات", "منذ 5 ساعات", "منذ يوم"]
RULES = "التعليقات تعبر عن آراء أصحابها ولا تعبر عن رأي الموقع"
APP = "حمّل تطبيق ستاد العرب لمتابعة النتائج لحظة بلحظة"
COPYRIGHT = "© 2025 ستاد العرب - جميع الحقوق محفوظة"


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    agency = hp.agency_key(story.agency)
    if story.place and story.agency:
        dateline = f"{story.place} - ({hp.agency_form(story.agency, spec.rng)})"
        return f"{dateline} - ", dateline, agency
    if story.place and spec.rng.random() < 0.7:
        return f"{story.place} - ", story.place, None
    if story.agency:
        return f"({hp.agency_form(story.agency, spec.rng)}) - ", None, agency
    return "", None, None


def _date(story: Story) -> str:
    dt = hp.when(story)
    return dt.strftime("%d/%m/%Y %H:%M") if hp.has_clock(story) else dt.strftime("%d/%m/%Y")


def _comments(spec: PageSpec) -> tuple[list[str], list[str]]:
    rng = spec.rng
    picked = rng.sample(COMMENTS, rng.randint(4, 6))
    out = [
        f'<section id="comments" class="comments-area"><h3 class="comments-title">التعليقات ({len(picked) + 3})</h3>'
    ]
    out.append(f'<p class="comment-rules">{RULES}</p><ol class="comment-list">')
    texts = []
    for name, text in picked:
        out.append(
            f'<li class="comment"><div class="comment-author"><b>{name}</b> <span class="comment-time">{rng.choice(TIMES)}</span></div><div class="comment-content">{text}</div>'
        )
        out.append('<a class="reply-link" href="#respond">رد</a> <span class="likes">أعجبني</span>')
        texts.append(text)
        if rng.random() < 0.6:
            out.append('<ol class="children">')
            for rname, rtext in rng.sample(REPLIES, rng.randint(1, 3)):
                out.append(
                    f'<li class="comment reply"><div class="comment-author"><b>{rname}</b> <span class="comment-time">{rng.choice(TIMES)}</span></div><div class="comment-content">{rtext}</div></li>'
                )
            out.append("</ol>")
        out.append("</li>")
    out.append(
        '</ol><div id="respond"><h3>أضف تعليقك</h3><p class="note">لن يتم نشر عنوان بريدك الإلكتروني</p><textarea></textarea><button>إرسال</button></div></section>'
    )
    return out, texts


def _glued(stories: list[Story]) -> tuple[list[str], list[Truth]]:
    out: list[str] = []
    truths = []
    for s in stories:
        out.append('<div class="read-also-full"><div class="ra-label">اقرأ أيضا</div>')
        out.append(
            f'<h2 class="ra-title"><a href="/news/{hp.article_slug(s)}">{hp.esc(s.title)}</a></h2><div class="ra-text">'
        )
        out.extend(
            f"<h3>{hp.esc(t)}</h3>" if sub else f"<p>{hp.esc(t)}</p>" for sub, t in hp.blocks(s)
        )
        out.append("</div></div>")
        truths.append(hp.read_also_truth(s))
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    prefix, dateline, agency = _prefix(story, spec)
    url = f"https://www.{SITE.domain}/news/{hp.article_slug(story)}"
    linked, most_viewed = hp.split_related(spec.related, 2, rng)
    matches = rng.sample(MATCHES, 4)
    views = rng.randint(800, 25000)
    video_caption = rng.choice(
        [
            "شاهد ملخص المباراة وأبرز اللقطات",
            "فيديو: تصريحات المدرب بعد اللقاء",
            "شاهد الأهداف كاملة بجودة عالية",
        ]
    )
    with_video = rng.random() < 0.7
    kw_raw = " ".join(story.keywords) if story.keywords else None

    h = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">',
        f"<title>{hp.esc(story.title)} - {SITE.name}</title>",
        f'<meta property="og:title" content="{hp.attr(story.title)} | {SITE.name}">',
        f'<meta property="og:url" content="{url}">',
    ]
    if rng.random() < 0.6:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": story.title,
            "datePublished": dt.strftime("%Y-%m-%dT%H:%M:00+03:00"),
            "publisher": {"@type": "Organization", "name": SITE.name},
        }
        if story.author:
            ld["author"] = {"@type": "Person", "name": story.author}
        h.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    h += [
        "</head>",
        '<body class="single single-post">',
        '<div class="top-header"><a class="logo" href="/">ستاد العرب</a>',
        '<div class="menu">'
        + "".join(f'<a href="/cat/{i}">{m}</a>' for i, m in enumerate(MENU))
        + "</div></div>",
        '<div class="live-scores"><span class="ls-title">مباريات اليوم</span>',
    ]
    for home, a, b, away, state in matches:
        h.append(
            f'<div class="score-box"><span class="team">{home}</span> <span class="score">{a} - {b}</span> <span class="team">{away}</span> <span class="state">{state}</span></div>'
        )
    h.append("</div>")
    h.append('<div class="container"><div class="post-wrap">')
    h.append(f'<a class="post-cat" href="/cat/sport">{hp.esc(story.section or "رياضة")}</a>')
    h.append(f'<h1 class="post-title">{hp.esc(story.title)}</h1>')
    if story.author:
        h.append(f'<div class="post-author">كتب - {hp.esc(story.author)}:</div>')
    h.append(
        f'<div class="post-meta"><span class="date">{_date(story)}</span> <span class="views">عدد المشاهدات: {views}</span></div>'
    )
    h.append('<figure class="post-thumb"><img src="/uploads/match.jpg" alt=""></figure>')
    h.append('<div class="article-text">')
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            h.append(f"<h3>{hp.esc(text)}</h3>")
        else:
            h.append(f"<p>{hp.esc(prefix) if i == 0 else ''}{hp.esc(text)}</p>")
    h.append("</div>")
    if with_video:
        h.append(
            f'<div class="video-box"><span class="vb-label">فيديو</span><iframe src="https://video.example/embed/1"></iframe><p class="vb-caption">{video_caption}</p></div>'
        )
    if kw_raw:
        h.append(
            '<div class="post-tags"><span>كلمات دلالية: </span>'
            + " ".join(f'<a href="/tag/{i}">{hp.esc(k)}</a>' for i, k in enumerate(story.keywords))
            + "</div>"
        )
    h.append('<div class="share-bar">شارك <a>فيسبوك</a> <a>تويتر</a> <a>تليجرام</a></div>')
    if linked:
        h.append(
            '<div class="related-posts"><h4>أخبار ذات صلة</h4><ul>'
            + "".join(f'<li><a href="/news/{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(linked))
            + "</ul></div>"
        )
    glued_html, glued_truth = _glued(spec.read_also)
    h.extend(glued_html)
    comments_html, comment_texts = _comments(spec)
    h.extend(comments_html)
    h.append("</div>")
    if most_viewed:
        h.append(
            '<aside class="sidebar"><div class="widget most-viewed"><h4 class="widget-title">الأكثر مشاهدة</h4><ul>'
            + "".join(
                f'<li><span class="num">{n + 1}</span><a href="/news/{n}">{hp.esc(t)}</a></li>'
                for n, t in enumerate(most_viewed)
            )
            + "</ul></div></aside>"
        )
    h.append(
        f'</div><footer class="site-footer"><div class="app-box">{APP} <a>App Store</a> <a>Google Play</a></div>'
    )
    h.append(
        '<div class="f-links"><a>من نحن</a> - <a>اتصل بنا</a> - <a>سياسة الخصوصية</a> - <a>أعلن معنا</a></div>'
    )
    h.append(f'<div class="copy">{COPYRIGHT}</div></footer>\n</body>\n</html>\n')

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
    articles = [main, *hp.headlines(linked), *glued_truth, *hp.headlines(most_viewed)]
    home, a, b, away, _ = matches[0]
    boiler = [
        RULES,
        APP,
        COPYRIGHT,
        "من نحن - اتصل بنا - سياسة الخصوصية",
        f"{home} {a} - {b} {away}",
        "لن يتم نشر عنوان بريدك الإلكتروني",
        *[" ".join(t.split()[:8]) for t in comment_texts[:4]],
    ]
    if with_video:
        boiler.append(video_caption)
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h10", kind="html", site=SITE, render=render)
