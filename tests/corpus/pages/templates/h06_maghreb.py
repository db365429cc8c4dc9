"""h06: a Moroccan news site with French furniture. A French date of the day, a byline "SITE -
name" above the body, datelines "الرباط في 12 غشت/وام/", the publication date BELOW the body,
"الكلمات المفتاحية" joined by dashes, "قد يهمك", glued read-also stories, numbered comments with
like counts and French moderation rules, and a French cookie banner at the end of the page."""

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
    MONTHS_EG,
    MONTHS_MAG,
    agency_form,
    blocks,
    esc,
    finish,
    page_id,
    pick,
    when,
)

SITE = Site(name="أصداء المغرب", domain="assdae-maghreb.example", name_latin="Assdae Maghreb")

MENU = [
    "الرئيسية",
    "سياسة",
    "اقتصاد",
    "مجتمع",
    "جهات",
    "رياضة",
    "فن وثقافة",
    "مغاربة العالم",
    "Français",
]
FR_DAYS = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
COOKIES = (
    "Ce site utilise des cookies pour améliorer votre expérience de navigation. "
    "En poursuivant votre visite, vous acceptez leur utilisation."
)
NEWSLETTER = "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité"
RULES_FR = "Les commentaires sont modérés avant leur publication sur le site."
RULES_AR = "يرجى الالتزام بقواعد النشر واحترام آراء الآخرين"
SHARE = "Partager : Facebook Twitter WhatsApp"
FOOTER_LINKS = "من نحن - هيئة التحرير - اتصل بنا - الإعلان - شروط الاستخدام"
COPYRIGHT = "Tous droits réservés © 2025 Assdae Maghreb"


def _prefix(story: Story, rng: Random) -> tuple[str, str | None, str | None]:
    """ "الرباط في 12 غشت/وام/ ": the prefix, the truth's dateline and the agency."""
    form = agency_form(story.agency, rng, arabic_only=True) if story.agency else None
    w = when(story)
    months = MONTHS_MAG if rng.random() < 0.5 else MONTHS_EG
    if story.place and form:
        head = f"{story.place} في {w.dt.day} {months[w.dt.month - 1]}/{form}/"
        return head + " ", head, story.agency
    if story.place:
        return f"{story.place} - ", story.place, None
    if form:
        return f"{form} - ", None, story.agency
    return "", None, None


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    w = when(story)
    pid = page_id(story)
    section = story.section or "مجتمع"
    today = w.dt + timedelta(days=rng.randint(0, 1))
    today_fr = f"{FR_DAYS[today.weekday()]} {today.day} {FR_MONTHS[today.month - 1]} {today.year}"
    prefix, dateline, agency = _prefix(story, rng)
    with_time = w.has_time
    pub = f"{w.day} {w.dt.day} {MONTHS_MAG[w.dt.month - 1]} {w.dt.year}"
    if with_time:
        pub += f" - {w.clock24()}"
    tags = story.keywords
    picked = [COMMENTS[i] for i in pick(rng, COMMENTS, rng.randint(2, 4))]
    url = f"https://www.{SITE.domain}/{pid}-{w.dt:%Y%m%d}.html"

    out = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">',
        f"<title>{esc(story.title)} | {SITE.name} - {SITE.name_latin}</title>",
        f'<meta property="og:title" content="{esc(story.title)}">',
        '<meta property="og:locale" content="ar_MA">',
        "</head>\n<body>",
        f'<div class="topbar"><span class="date-fr">{today_fr}</span>'
        '<a class="lang" href="/fr">Version française</a></div>',
        f'<header class="header"><a class="logo" href="/">{SITE.name}</a>',
        '<div class="main-nav">'
        + "".join(
            f'<div class="nav-item"><a href="/c/{i}">{m}</a></div>' for i, m in enumerate(MENU)
        )
        + "</div>",
        "</header>",
        '<div class="container"><div class="col-main"><div class="post">',
        f'<div class="post-header"><a class="kicker" href="/c/1">{esc(section)}</a>',
        f'<h1 class="post-title">{esc(story.title)}</h1></div>',
    ]
    if story.author:
        out.append(
            f'<div class="post-author"><img class="avatar" src="/a/{pid % 9}.png"> {SITE.name} - {esc(story.author)}</div>'
        )
    out.append(f'<div class="post-thumb"><img src="/uploads/{w.dt:%Y/%m}/{pid}.jpg"></div>')
    out.append('<div class="post-content">')
    out += blocks(story, prefix=esc(prefix), h_tag="h4")
    out.append("</div>")
    out.append(f'<div class="post-date"><span>نشر في:</span> {pub}</div>')
    if tags:
        out.append(
            '<div class="post-tags">الكلمات المفتاحية: '
            + " - ".join(f'<a href="/tag/{i}">{esc(t)}</a>' for i, t in enumerate(tags))
            + "</div>"
        )
    out.append(f'<div class="share-fr">{SHARE}</div>')
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.truth(with_time),
            author=story.author,
            dateline=dateline,
            agency=agency,
            keywords_raw=" - ".join(tags) if tags else None,
            section=section,
        )
    ]
    if spec.related:
        out.append('<div class="may-interest"><h3>قد يهمك</h3>')
        out += [
            f'<div class="card"><a href="/{pid - 9 - i}.html"><img src="/t/{i}.jpg"><h5>{esc(t)}</h5></a></div>'
            for i, t in enumerate(spec.related)
        ]
        out.append("</div>")
        articles += [headline_truth(t) for t in spec.related]
    for extra in spec.read_also:
        out.append(
            f'<div class="read-also"><h3 class="label">إقرأ أيضا</h3><h2 class="post-title">{esc(extra.title)}</h2><div class="post-content">'
        )
        out += blocks(extra, h_tag="h4")
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
    out.append(f'<div class="comments"><h3>التعليقات ({len(picked)}) - Commentaires</h3>')
    out.append(f'<p class="rules">{RULES_FR} {RULES_AR}</p><ol>')
    for i, (name, text) in enumerate(picked):
        cw = w.dt + timedelta(hours=1 + 2 * i, minutes=7 * i)
        out.append(
            f'<li class="comment"><span class="num">{i + 1}</span> <span class="who">{esc(name)}</span>'
            f' <span class="when">{cw.day} {MONTHS_MAG[cw.month - 1]} {cw.year} - {cw:%H:%M}</span>'
            f'<p>{esc(text)}</p><span class="votes">أعجبني {rng.randint(0, 40)} | لم يعجبني {rng.randint(0, 12)}</span></li>'
        )
    out.append(
        '</ol><form class="comment-form"><input placeholder="الاسم / Nom"><textarea placeholder="التعليق"></textarea>'
        "<button>إرسال</button></form></div>"
    )
    out.append("</div></div>")
    out.append(
        f'<div class="col-side"><div class="newsletter"><p>{NEWSLETTER}</p><input type="email" placeholder="Votre e-mail">'
        "<button>S'inscrire</button></div></div></div>"
    )
    out.append(
        f'<footer><p class="links">{FOOTER_LINKS}</p><p class="copy">{COPYRIGHT}</p></footer>'
        f'<div id="cookie-banner"><p>{COOKIES}</p><button>Accepter</button> <button>En savoir plus</button></div>'
        "\n</body>\n</html>\n"
    )
    furniture = [
        today_fr,
        SHARE,
        RULES_FR,
        RULES_AR,
        *[text for _, text in picked[:2]],
        NEWSLETTER,
        FOOTER_LINKS,
        COPYRIGHT,
        COOKIES,
    ]
    return finish(spec, "\n".join(out), articles, furniture, url)


TEMPLATE = Template(id="h06", kind="html", site=SITE, render=render)
