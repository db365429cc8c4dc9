"""t18: `lynx -dump` of a Tunisian regional radio's news site (French furniture): every line
wrapped at 76 columns and indented by three spaces, links numbered "[12]text" (on most pages;
one capture has no numbers and no list), "[IMG]" and image file names, a French date of the day
and the frequency strip on top, the menu as "*" bullets, the section and the date ABOVE the
title or the byline and the date under it (Tunisian months "جانفي، أفريل، جوان"، "على الساعة",
"Publié le 04/03/2025 à 14h30", or a day with no clock), the player's words ("استمع إلى الخبر",
"00:00 / 02:41"), TAP-style leads "صفاقس 4 مارس (أ ف ب)- " or "CITY – ", an inline "[57]اقرأ
أيضا :" link between paragraphs, a "Source :" line, "Tags :" as links, a share row, the Facebook
comments plugin's words, "Articles similaires" bullets and a numbered "Les plus lus", the next
articles under "À lire aussi", a French footer, and the References list of URLs (with "Hidden
links")."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

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
from tests.corpus.pages.templates._text_parts_g import (
    Sheet,
    agency_form,
    article_id,
    finish,
    iso,
    moment,
    weekday,
)
from tests.corpus.pages.templates._text_parts_t18_t19_t20 import (
    MONTHS_TN,
    Lynx,
    fr_day,
)

SITE = Site(name="موجات الساحل", domain="mawjat-essahel.example", name_latin="Mawjat Essahel FM")

MENU = [
    ("الرئيسية", ""),
    ("وطنية", "ar/category/national"),
    ("جهوية", "ar/category/regions"),
    ("اقتصاد", "ar/category/economie"),
    ("رياضة", "ar/category/sport"),
    ("عالمية", "ar/category/monde"),
    ("برامجنا", "ar/emissions"),
    ("بودكاست", "ar/podcasts"),
]
SECTION_SLUG = {
    "سياسة": "national",
    "اقتصاد": "economie",
    "رياضة": "sport",
    "حوادث": "faits-divers",
    "طقس": "meteo",
    "منوعات": "societe",
}
IMAGES = ["[IMG]", "[photo-une.jpg]", "[IMG] صورة من الأرشيف", "[thumb_article-1.jpg]"]


def _date_line(when: datetime, rng: random.Random) -> tuple[str, bool]:
    """The article's date as the theme prints it, and whether a clock time is shown."""
    day = f"{when.day} {MONTHS_TN[when.month - 1]} {when.year}"
    style = rng.randrange(4)
    if style == 0:
        return f"نشر في {day} على الساعة {when:%H:%M}", True
    if style == 1:
        return f"Publié le {when:%d/%m/%Y} à {when:%H}h{when:%M}", True
    if style == 2:
        return f"{weekday(when)} {when:%d-%m-%Y} | {when:%H:%M}", True
    return day, False


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    when = moment(story)
    if story.agency:
        form = agency_form(story.agency, rng)
        if story.place and rng.random() < 0.6:
            dateline = f"{story.place} {when.day} {MONTHS_TN[when.month - 1]} ({form})"
            return dateline + rng.choice(["- ", " - "]), dateline, story.agency
        if story.place:
            dateline = f"{story.place} ({form})"
            return dateline + " – ", dateline, story.agency
        return f"({form}) – ", None, story.agency
    if story.place and rng.random() < 0.6:
        return f"{story.place} – ", story.place, None
    return "", None, None


def _body(lx: Lynx, story: Story, prefix: str, inline: str | None, rng: random.Random) -> None:
    paragraphs = list(story.paragraphs)
    at = rng.randint(1, len(paragraphs) - 2) if inline and len(paragraphs) >= 3 else -1
    for i, paragraph in enumerate(paragraphs):
        lx.para((prefix if i == 0 else "") + paragraph)
        if i == at and inline:
            label = rng.choice(["اقرأ أيضا :", "Lire aussi :", "إقرأ أيضا:"])
            lx.para(f"{label} " + lx.link(inline, f"ar/{article_id(rng)}"))


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    lx = Lynx(sheet, SITE.domain, numbered=not spec.name.endswith("-1") or rng.random() < 0.3)

    # header: skip link, logo, today's date in French, frequencies, language links
    lx.line(lx.link("Aller au contenu", "#content"))
    lx.hide("")
    sheet.add("", f"   [logo-{SITE.name_latin.split()[0].lower()}.png]")
    today = when + timedelta(days=rng.randint(0, 2))
    lx.line(f"{fr_day(today)}   Sousse 19°C")
    lx.line("Fréquences : Sousse 101.5 | Sfax 98.2 | Mahdia 95.7 | Monastir 104.1", junk=True)
    lx.line(f"{lx.link('Français', 'fr/')} {lx.link('عربي', 'ar/')} {lx.link('EN DIRECT', 'live')}")
    sheet.add("")
    for name, path in MENU:
        lx.bullet(lx.link(name, path))
    lx.bullet("Rechercher : ____________________ (BUTTON) OK")
    sheet.add("")
    lx.para(lx.link("البث المباشر", "live") + " استمعوا إلينا مباشرة على موقعنا", junk=True)

    # the article header: section and date above the title, or byline and date under it
    section = story.section or "وطنية"
    slug = SECTION_SLUG.get(section, "national")
    date_line, timed = _date_line(when, rng)
    date_first = not spec.name.endswith("-0")
    author = story.author
    if date_first:
        lx.line(f"{lx.link(section, f'ar/category/{slug}')}  |  {date_line}")
        lx.heading(story.title)
        if author:
            byline = lx.link(author, f"ar/author/{article_id(rng)}")
            lx.para(rng.choice([f"بقلم: {byline}", f"Par {byline}", byline]))
    else:
        lx.line(lx.link(section, f"ar/category/{slug}"))
        lx.heading(story.title)
        if author:
            byline = lx.link(author, f"ar/author/{article_id(rng)}")
            lx.line(rng.choice([f"بقلم: {byline}", f"Par {byline}"]))
        lx.para(date_line)
    lx.line(rng.choice(IMAGES))
    sheet.add("")
    if rng.random() < 0.7:
        lx.line("استمع إلى الخبر", junk=False)
        lx.line(f"00:00 / 0{rng.randint(1, 4)}:{rng.randint(10, 59)}")
        lx.para("استخدم مفاتيح الأسهم لرفع الصوت أو خفضه", junk=True)

    related = list(spec.related)
    roomy = len(story.paragraphs) >= 3
    inline = related.pop(0) if related and roomy and rng.random() < 0.6 else None
    prefix, dateline, agency = _lead(story, rng)
    _body(lx, story, prefix, inline, rng)

    source = None
    if story.agency and rng.random() < 0.5:
        source = agency_form(story.agency, rng)
        lx.para(f"Source : {source}")
    keywords = None
    if story.keywords and rng.random() < 0.8:
        tags = [lx.link(k, f"ar/tag/{article_id(rng)}") for k in story.keywords]
        lx.para("Tags : " + " ".join(tags))
        keywords = " ".join(story.keywords)
    lx.line("Partager : " + " ".join(lx.link(s, "share") for s in ["Facebook", "X", "WhatsApp"]))
    lx.hide("print")
    lx.para(lx.link("طباعة", "print") + " " + lx.link("Envoyer par e-mail", "mailto"))

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, timed),
            author=author,
            source=source,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]
    if inline:
        articles.append(headline_truth(inline))

    # Facebook comments plugin
    plugin = f"https://www.facebook.com/plugins/comments.php?href=https://www.{SITE.domain}/"
    if lx.numbered:
        lx.para("IFRAME: " + lx.link(plugin, plugin))
    lx.line(f"{rng.randint(0, 6)} تعليقات")
    lx.line("Trier par   Les plus anciens")
    sheet.add("   [IMG]")
    lx.line("Ajouter un commentaire...", junk=False)
    lx.para("Plug-in Commentaires Facebook", junk=True)

    cut = rng.randint(1, len(related)) if related else 0
    if related[:cut]:
        lx.heading(rng.choice(["Articles similaires", "مقالات ذات صلة"]))
        for title in related[:cut]:
            lx.bullet(lx.link(title, f"ar/{article_id(rng)}"))
            articles.append(headline_truth(title))
        sheet.add("")

    for other in spec.read_also:
        lx.heading(rng.choice(["À lire aussi", "اقرأ أيضا"]))
        other_when = moment(other)
        other_line, other_timed = _date_line(other_when, rng)
        lx.line(lx.link(other.section or "وطنية", "ar/category/national"))
        lx.heading(lx.link(other.title, f"ar/{article_id(rng)}"))
        lx.para(other_line)
        other_prefix, other_dateline, other_agency = _lead(other, rng)
        _body(lx, other, other_prefix, None, rng)
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, other_timed),
                author=None,
                dateline=other_dateline,
                agency=other_agency,
            )
        )

    if related[cut:]:
        lx.heading(rng.choice(["Les plus lus", "الأكثر قراءة"]))
        for n, title in enumerate(related[cut:], start=1):
            lx.bullet(lx.link(title, f"ar/{article_id(rng)}"), mark=f"{n}.")
            articles.append(headline_truth(title))
        sheet.add("")

    # footer, after a rule as lynx draws <hr>
    sheet.blank()
    sheet.add("   " + "_" * 70, "")
    lx.heading("Newsletter")
    lx.line("Recevez chaque matin l'essentiel de l'actualité régionale", junk=True)
    lx.para("Votre adresse e-mail ____________________ (BUTTON) S'inscrire")
    lx.line(" ".join(lx.link(x, "page") for x in ["Qui sommes-nous ?", "Contact", "Publicité"]))
    lx.line(lx.link("Mentions légales", "mentions-legales") + " " + lx.link("Grille", "grille"))
    lx.line(f"© {when.year} {SITE.name_latin} - Tous droits réservés", junk=True)
    lx.para("إذاعة جهوية خاصة تبث من سوسة منذ 2012", junk=True)
    lx.references()

    url = None
    if rng.random() < 0.6:
        url = f"https://www.{SITE.domain}/ar/{slug}/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t18", kind="text", site=SITE, render=render)
