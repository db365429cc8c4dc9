"""h18: a North African (Algerian) daily with French and Arabic furniture: "Édition du jour"
strip, bilingual menu, Maghrebi month names (جانفي، فيفري ...) or numeric dates, a dateline
"CITY: " or "CITY - (AGENCY)" at the head of the text, the writer's name printed AFTER the last
paragraph, "الكلمات المفتاحية" tags, "مقالات ذات صلة / Articles similaires", glued "À lire
aussi | اقرأ أيضا" articles, readers' comments and a comment form."""

from __future__ import annotations

from datetime import datetime

from tests.corpus.pages.model import Page, PageSpec, Site, Story, Template, Truth, article_truth
from tests.corpus.pages.templates import _html_parts_f as hp

SITE = Site(
    name="الساحل اليومي", domain="essahel-quotidien.example", name_latin="Es-Sahel Quotidien"
)

MONTHS_DZ = [
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
    "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
TOP = "Édition du jour | النسخة الورقية PDF | Archives"
MENU = [
    ("الوطني", "National"),
    ("الجهوي", "Régions"),
    ("اقتصاد", "Économie"),
    ("دولي", "Monde"),
    ("رياضة", "Sports"),
    ("ثقافة", "Culture"),
    ("مساهمات", "Contributions"),
]
WEATHER = "الطقس في الجزائر العاصمة 18 درجة"
NEWSLETTER = "Inscrivez-vous à notre newsletter quotidienne"
COMMENT_RULES = "يرجى الالتزام بآداب الحوار وعدم الإساءة للأشخاص"
FORM_TITLE = "أضف تعليقك / Laisser un commentaire"
FORM_FIELDS = "الاسم البريد الإلكتروني لن يتم نشره"
SEND = "إرسال / Envoyer le commentaire"
COPYRIGHT = "© 2025 الساحل اليومي - Tous droits réservés"
FOOTER = ["Qui sommes-nous", "من نحن", "Publicité", "اتصل بنا", "Mentions légales"]
READERS = [
    ("مراد", "نتمنى أن تتحرك السلطات بسرعة هذه المرة"),
    ("أمينة من تيزي وزو", "شكرا على المتابعة، المقال واضح ويشرح الوضع كما هو"),
    ("Karim", "المشكل دائما في التنفيذ وليس في القرارات"),
    ("سليم", "نفس الكلام كل عام ولا شيء يتغير في الميدان"),
    ("نور الهدى", "ربي يستر، الله يحفظ الجميع"),
]
AGO = ["il y a 2 heures", "منذ 5 ساعات", "il y a 1 jour", "منذ يومين"]


def _date(dt: datetime, clock: bool, style: int) -> str:
    if style == 0:
        text = f"{dt.day} {MONTHS_DZ[dt.month - 1]} {dt.year}"
        return f"{text} على الساعة {dt.strftime('%H:%M')}" if clock else text
    if style == 1:
        text = dt.strftime("%d/%m/%Y")
        return f"{text} - {dt.strftime('%H:%M')}" if clock else text
    text = f"{hp.WEEKDAYS[dt.weekday()]} {dt.day} {MONTHS_DZ[dt.month - 1]} {dt.year}"
    return f"{text}، {dt.strftime('%Hh%M')}" if clock else text


def _prefix(story: Story, spec: PageSpec) -> tuple[str, str | None, str | None]:
    rng = spec.rng
    agency = hp.agency_key(story.agency)
    if story.agency:
        form = hp.agency_form(story.agency, rng)
        if story.place:
            dateline = f"{story.place} - ({form})"
            return f"{dateline} – ", dateline, agency
        return f"({form}) – ", None, agency
    if story.place:
        return f"{story.place}: ", story.place, None
    return "", None, None


def _text(story: Story, prefix: str) -> list[str]:
    out = []
    for i, (sub, text) in enumerate(hp.blocks(story)):
        if sub:
            out.append(f"<p><strong>{hp.esc(text)}</strong></p>")
        elif i == 0 and prefix:
            out.append(f"<p><b>{hp.esc(prefix)}</b>{hp.esc(text)}</p>")
        else:
            out.append(f"<p>{hp.esc(text)}</p>")
    return out


def _glued(stories: list[Story], spec: PageSpec, style: int) -> tuple[list[str], list[Truth]]:
    if not stories:
        return [], []
    out = ['<div class="a-lire"><div class="bloc-titre">À lire aussi | اقرأ أيضا</div>']
    truths = []
    for s in stories:
        dt = hp.when(s)
        clock = hp.has_clock(s) and spec.rng.random() < 0.5
        prefix, dateline, agency = _prefix(s, spec)
        out.append(
            f'<div class="entry"><h2><a href="/article/{hp.article_slug(s)}">{hp.esc(s.title)}</a></h2>'
        )
        out.append(f'<span class="date">{_date(dt, clock, style)}</span>')
        out.extend(_text(s, prefix))
        if s.author:
            out.append(f'<p class="signature">{hp.esc(s.author)}</p>')
        out.append("</div>")
        truths.append(
            article_truth(
                "read_also",
                s,
                title=s.title,
                body_first=s.paragraphs[0],
                body_last=s.paragraphs[-1],
                published=hp.iso(dt, clock),
                author=s.author,
                dateline=dateline,
                agency=agency,
            )
        )
    out.append("</div>")
    return out, truths


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = hp.when(story)
    clock = hp.has_clock(story)
    style = rng.randrange(3)
    prefix, dateline, agency = _prefix(story, spec)
    rubric = story.section or "الوطني"
    related = list(spec.related)
    sidebar_n = rng.randint(0, min(3, len(related)))
    sidebar = related[len(related) - sidebar_n :]
    similar = related[: len(related) - sidebar_n]
    signature_end = rng.random() < 0.7
    show_tags = bool(story.keywords) and rng.random() < 0.75
    comments = rng.sample(READERS, rng.randint(0, 3))
    issue_no = rng.randint(6100, 6900)
    url = f"https://www.{SITE.domain}/ar/article/{hp.article_slug(story)}"

    h: list[str] = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{hp.esc(story.title)} – {SITE.name_latin}</title>",
        f'<meta name="og:title" content="{hp.attr(story.title)}">',
        '<link rel="stylesheet" href="/themes/sahel/css/style.css?v=3.2">',
        "</head>",
        '<body class="article-page lang-ar">',
        f'<div class="topbar">{TOP}</div>',
        f'<div class="masthead"><a href="/">{SITE.name}</a> <span class="fr">{SITE.name_latin}</span>',
        f'<span class="num">العدد {issue_no}</span><span class="meteo">{WEATHER}</span></div>',
        '<nav class="menu"><ul>',
        *[f'<li><a href="/rubrique/{fr.lower()}">{ar} <i>{fr}</i></a></li>' for ar, fr in MENU],
        "</ul></nav>",
        '<div class="page"><div class="col-main">',
        f'<div class="rubrique">{hp.esc(rubric)}</div>',
        f'<h1 class="titre">{hp.esc(story.title)}</h1>',
        f'<div class="infos"><span class="publie">نُشر في: {_date(dt, clock, style)}</span>',
    ]
    if story.author and not signature_end:
        h.append(f'<span class="auteur">بقلم: {hp.esc(story.author)}</span>')
    h.append("</div>")
    if rng.random() < 0.6:
        h.append(
            '<div class="photo"><img src="/uploads/2025/article.jpg" alt=""><span>(Photo d\'archives)</span></div>'
        )
    h.append('<div class="texte">')
    h.extend(_text(story, prefix))
    if story.author and signature_end:
        h.append(f'<p class="signature"><strong>{hp.esc(story.author)}</strong></p>')
    h.append("</div>")
    kw_raw = None
    if show_tags:
        kw_raw = "، ".join(story.keywords)
        h.append('<div class="mots-cles"><span>الكلمات المفتاحية:</span> ')
        h.append(
            "، ".join(f'<a href="/tag/{i}">{hp.esc(k)}</a>' for i, k in enumerate(story.keywords))
        )
        h.append("</div>")
    h.append(
        '<div class="partage">Partager : <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>'
    )
    if similar:
        h.append('<div class="similaires"><h3>مقالات ذات صلة / Articles similaires</h3><ul>')
        h.extend(
            f'<li><a href="/ar/article/{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(similar)
        )
        h.append("</ul></div>")
    glued, glued_truth = _glued(spec.read_also, spec, style)
    h.extend(glued)
    h.append(f'<section id="comments"><h3>التعليقات ({len(comments)})</h3>')
    for name, text in comments:
        h.append(
            f'<div class="comment"><span class="who">{name}</span> <span class="when">{rng.choice(AGO)}</span><p>{text}</p></div>'
        )
    h.append(f'<form class="comment-form" method="post" action="/comment"><h4>{FORM_TITLE}</h4>')
    h.append(f'<p class="rules">{COMMENT_RULES}</p>')
    h.append(
        '<label>الاسم</label><input name="nom"> <label>البريد الإلكتروني</label><input name="email"> '
        '<small>لن يتم نشره</small><textarea name="msg"></textarea>'
    )
    h.append(f'<button type="submit">{SEND}</button></form></section>')
    h.append("</div>")
    h.append('<div class="col-side">')
    if sidebar:
        h.append('<div class="bloc"><h4>Les plus lus | الأكثر قراءة</h4><ol>')
        h.extend(
            f'<li><a href="/ar/article/x{n}">{hp.esc(t)}</a></li>' for n, t in enumerate(sidebar)
        )
        h.append("</ol></div>")
    h.append(f'<div class="bloc nl">{NEWSLETTER}<input type="email"></div></div></div>')
    h.append("<footer><ul>")
    h.extend(f'<li><a href="/p/{i}">{x}</a></li>' for i, x in enumerate(FOOTER))
    h.append(f"</ul><p>{COPYRIGHT}</p></footer>")
    h.append("</body>\n</html>\n")

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
    articles = [main, *hp.headlines(similar), *glued_truth, *hp.headlines(sidebar)]
    boiler = [TOP, WEATHER, NEWSLETTER, COMMENT_RULES, FORM_TITLE, FORM_FIELDS, SEND, COPYRIGHT]
    if comments:
        boiler.append(comments[0][1])
    return hp.finish(spec, "\n".join(h), articles, boiler, url)


TEMPLATE = Template(id="h18", kind="html", site=SITE, render=render)
