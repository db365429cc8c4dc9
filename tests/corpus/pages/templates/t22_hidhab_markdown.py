"""t22: an Algerian regional daily (Sétif) in Arabic with French furniture, as a reader-mode
crawler saved it in Markdown: on most pages a "Title: / URL Source: / Published Time: / Markdown
Content:" header (the title line is the <title>, "TITLE - SITE | Echo des Hauts-Plateaux"), a
French cookie notice at the very top or the very bottom, "[Aller au contenu](...)", logo and
empty social links ("[](https://...)"), today's date in French and Arabic, "[Français] |
[العربية]", the menu as "*   [Accueil](...)" bullets, a numbered breadcrumb, the title as a
setext heading (underlined with "=") or an atx "# " heading, the date in Arabic (Algerian month
names: جانفي، فيفري، أفريل ...) and French ("Publié le 4 mars 2025 à 13h30") under the title, or
after the text; images as "![Image 2: ...](...)" with an italic caption, a dateline in French
("SÉTIF –", "ALGER (AFP) –") on some pages and in Arabic ("سطيف: ", "الجزائر - أ ف ب: ") on
others, inline "**Lire aussi :** [TITLE](...)" or "**اقرأ أيضا:**" links between paragraphs,
the writer's name as a SIGNATURE after the last paragraph (bold, plain or after a dash; wire
copy signed with the agency in brackets, other unsigned pieces with the desk: "La Rédaction",
"القسم المحلي"), "Partager :" links, "Mots-clés :" as links or a plain
"الكلمات المفتاحية:" line, "Articles similaires" bullets with French dates or an unlabelled list
of links, glued "À lire aussi" articles ("### [TITLE](...)" with their own date and signature),
WordPress comments in French ("dit :", "Répondre", "Laisser un commentaire"), a numbered "Les
plus lus" list printed before the article or after the comments, a newsletter box and the
French footer."""

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
    article_truth,
    headline_truth,
)
from tests.corpus.pages.templates import _parts_w2 as w
from tests.corpus.pages.templates._text_parts_g import COMMENTS, READERS, Sheet

SITE = Site(name="صدى الهضاب", domain="sada-hidhab.example", name_latin="Echo des Hauts-Plateaux")
BASE = f"https://www.{SITE.domain}"

MENU = [
    ("Accueil", "ar/"), ("Actualité", "ar/actualite/"), ("Régions", "ar/regions/"),
    ("Économie", "ar/economie/"), ("Sport", "ar/sport/"), ("Culture", "ar/culture/"),
    ("Monde", "ar/monde/"), ("Contact", "contact/"),
]  # fmt: skip
SECTION_SLUG = {
    "سياسة": "actualite", "اقتصاد": "economie", "رياضة": "sport", "حوادث": "faits-divers",
    "طقس": "meteo", "منوعات": "societe", "ثقافة": "culture",
}  # fmt: skip
SECTION_FR = {
    "actualite": "Actualité", "economie": "Économie", "sport": "Sport",
    "faits-divers": "Faits divers", "meteo": "Météo", "societe": "Société", "culture": "Culture",
    "regions": "Régions",
}  # fmt: skip
COOKIE = (
    "Ce site utilise des cookies pour améliorer votre expérience de navigation et mesurer "
    "l'audience. En poursuivant votre visite, vous acceptez leur utilisation."
)
COOKIE_LINKS = "[Accepter](#) [Refuser](#) [En savoir plus](" + BASE + "/politique-cookies/)"
TAGLINE = "Quotidien régional d'information – Sétif | يومية جهوية إخبارية"
# Unsigned pieces are signed by the desk (not a writer's name).
DESK_SIGNATURES = [
    "**La Rédaction**",
    "**القسم المحلي**",
    "— صدى الهضاب",
    "**Rédaction régionale**",
]
CAPTIONS = ["_Photo d'archives_", "_صورة أرشيفية_", "_Photo : DR_", "_صورة من المكان_"]
IMAGE_ALTS = ["صورة أرشيفية", "photo-une", "illustration"]
SHARE = "Partager : [Facebook](https://www.facebook.com/sharer/sharer.php) [X](https://x.com/intent/tweet) [WhatsApp](https://wa.me/) [Imprimer](javascript:window.print())"
NO_COMMENT = "Soyez le premier à réagir à cet article"
FORM_NOTE = "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"
NEWSLETTER = (
    "Inscrivez-vous pour recevoir chaque matin l'essentiel de l'actualité des Hauts-Plateaux"
)
COPYRIGHT = "© 2025 Echo des Hauts-Plateaux. Tous droits réservés."
REPRO = "Toute reproduction, même partielle, des articles est interdite sans autorisation"
FOOTER = "[Qui sommes-nous ?](/qui-sommes-nous/) [Contact](/contact/) [Publicité](/publicite/) [Mentions légales](/mentions-legales/)"


def _url(title: str) -> str:
    return f"{BASE}/ar/{100000 + zlib.crc32(title.encode()) % 800000}/"


def _date_lines(dt: datetime, clock: bool, style: int) -> tuple[list[str], bool]:
    """The date lines in Arabic and French month names, and whether a clock time is printed."""
    ar = w.day_ar(dt, w.MONTHS_DZ, weekday=True)
    if style == 0 and clock:
        return [f"{ar} - {dt:%H:%M} | Publié le {w.day_fr(dt)} à {dt:%H}h{dt:%M}"], True
    if style == 1:
        return [f"Publié le {dt:%d/%m/%Y}", f"نشر في {w.day_ar(dt, w.MONTHS_DZ)}"], False
    if clock:
        return [f"{w.day_ar(dt, w.MONTHS_DZ)} | {w.day_fr(dt)}, {dt:%H:%M}"], True
    return [f"{w.day_ar(dt, w.MONTHS_DZ)} | {w.day_fr(dt)}"], False


def _lead(story: Story, rng: random.Random, french: bool) -> tuple[str, str | None, str | None]:
    """The first paragraph's prefix, the truth's dateline and agency."""
    agency = w.agency_key(story.agency)
    city_fr = w.CITIES_FR.get(story.place or "")
    if french and city_fr:
        if agency:
            form = w.agency_latin(agency) or w.agency_arabic(agency, rng)
            line = f"{city_fr} ({form})"
            return f"{line} – ", line, agency
        return f"{city_fr} – ", city_fr, None
    if agency:
        form = w.agency_arabic(agency, rng)
        if story.place:
            line = f"{story.place} - {form}"
            return f"{line}: ", line, agency
        return f"({form}) - ", None, agency
    if story.place and rng.random() < 0.7:
        return f"{story.place}: ", story.place, None
    return "", None, None


def _signature(story: Story, rng: random.Random, agency: str | None) -> str | None:
    """The writer's name after the text, or the wire in brackets."""
    if story.author:
        return rng.choice([f"**{story.author}**", story.author, f"— {story.author}"])
    if agency and rng.random() < 0.7:
        return f"({w.agency_arabic(agency, rng)})"
    if not agency and rng.random() < 0.6:
        return rng.choice(DESK_SIGNATURES)
    return None


def _heading(sheet: Sheet, text: str, level: int, setext: bool) -> None:
    sheet.blank()
    if setext and level <= 2:
        sheet.add(text, ("=" if level == 1 else "-") * max(8, min(len(text), 60)))
    else:
        sheet.add("#" * level + " " + text)
    sheet.add("")


def _body(
    sheet: Sheet, story: Story, prefix: str, inline: dict[int, str], rng: random.Random
) -> None:
    for i, para in enumerate(story.paragraphs):
        if i in inline:
            label = rng.choice(["**Lire aussi :**", "**اقرأ أيضا:**", "**À lire aussi :**"])
            sheet.add(f"{label} [{inline[i]}]({_url(inline[i])})", "")
        if para in story.subheadings:
            sheet.add(f"**{para}**", "")
        else:
            sheet.add((prefix if i == 0 else "") + para, "")


def _most_read(sheet: Sheet, titles: list[str], setext: bool) -> list[Truth]:
    _heading(sheet, "Les plus lus", 2, setext)
    for n, t in enumerate(titles, start=1):
        sheet.add(f"{n}.   [{t}]({_url(t)})")
    sheet.add("")
    return [headline_truth(t) for t in titles]


def render(spec: PageSpec) -> Page:
    rng = spec.rng
    story = spec.main
    dt = w.when(story)
    k = int(spec.name.rsplit("-", 1)[1])
    sheet = Sheet()
    furniture: list[str] = []

    section = story.section or "محليات"
    slug = SECTION_SLUG.get(section, "regions")
    url = f"{BASE}/ar/{slug}/{100000 + zlib.crc32(story.key.encode()) % 800000}/"
    jina = k != 1 or rng.random() < 0.3
    setext = jina and rng.random() < 0.75
    style = (k + rng.randrange(2)) % 3
    date_lines, clock = _date_lines(dt, w.has_clock(story), style)
    date_after = style == 2 and rng.random() < 0.7
    french = rng.random() < 0.5
    prefix, dateline, agency = _lead(story, rng, french)
    signature = _signature(story, rng, agency)
    cookie_top = rng.random() < 0.5
    today = dt + timedelta(days=rng.randint(0, 2))

    related = list(spec.related)
    spots = w.plain_spots(story, rng, 2)
    n_inline = min(len(spots), len(related), rng.choice([0, 1, 1, 2]))
    inline = {spots[i]: related[i] for i in range(n_inline)}
    related = related[n_inline:]
    n_most = min(len(related), rng.randint(2, 4)) if len(related) >= 4 else 0
    similar, most = related[: len(related) - n_most], related[len(related) - n_most :]
    most_first = bool(most) and rng.random() < 0.35
    similar_labelled = rng.random() < 0.7

    # the crawler's header
    if jina:
        sheet.add(f"Title: {story.title} - {SITE.name} | {SITE.name_latin}")
        sheet.add(f"URL Source: {url}")
        if clock:
            sheet.add(f"Published Time: {dt:%Y-%m-%dT%H:%M:%S}+01:00")
        sheet.add("", "Markdown Content:")
    if cookie_top:
        sheet.add(COOKIE, "", COOKIE_LINKS, "")
        furniture.append(COOKIE)
    sheet.add(f"[Aller au contenu]({url}#content)", "")
    sheet.add(
        f"![Image 1: {SITE.name_latin}]({BASE}/wp-content/uploads/2024/01/logo-hidhab.png)", ""
    )
    sheet.add(
        f"[]({'https://www.facebook.com/sadahidhab'})[](https://x.com/sadahidhab)[](https://www.youtube.com/@sadahidhab)",
        "",
    )
    sheet.add(f"{w.day_fr(today, weekday=True)} | {w.day_ar(today, w.MONTHS_DZ, weekday=True)}", "")
    sheet.add(f"[Français]({BASE}/fr/) | [العربية]({BASE}/ar/)", "")
    furniture.append(TAGLINE)
    sheet.add(TAGLINE, "")
    for name, path in MENU:
        sheet.add(f"*   [{name}]({BASE}/{path})")
    sheet.add("")

    articles: list[Truth] = []
    if most_first:
        articles += _most_read(sheet, most, setext)

    sheet.add(
        f"1.   [Accueil]({BASE}/ar/)",
        f"2.   [{SECTION_FR[slug]}]({BASE}/ar/{slug}/)",
        f"3.   {section}",
    )
    _heading(sheet, story.title, 1, setext)
    if not date_after:
        sheet.add(*date_lines)
        sheet.add("")
    if rng.random() < 0.8:
        alt = rng.choice(IMAGE_ALTS)
        sheet.add(f"![Image 2: {alt}]({BASE}/wp-content/uploads/{dt:%Y/%m}/{alt}-{k}.jpg)", "")
        sheet.add(rng.choice(CAPTIONS), "")
    _body(sheet, story, prefix, inline, rng)
    if signature:
        sheet.add(signature, "")
    if date_after:
        sheet.add(*date_lines)
        sheet.add("")

    sheet.add(SHARE, "")
    keywords_raw = None
    if story.keywords and rng.random() < 0.85:
        if rng.random() < 0.5:
            links = " ".join(
                f"[{t}]({BASE}/tag/{zlib.crc32(t.encode()) % 9999}/)" for t in story.keywords
            )
            sheet.add(f"Mots-clés : {links}", "")
            keywords_raw = " ".join(story.keywords)
        else:
            keywords_raw = "، ".join(story.keywords)
            sheet.add(f"الكلمات المفتاحية: {keywords_raw}", "")

    articles.append(
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=w.iso(dt, clock),
            author=story.author,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords_raw,
        )
    )
    articles += [headline_truth(inline[i]) for i in sorted(inline)]

    if similar:
        if similar_labelled:
            _heading(
                sheet,
                rng.choice(["Articles similaires", "Articles similaires | مقالات ذات صلة"]),
                2,
                setext,
            )
            for t in similar:
                d = dt - timedelta(days=rng.randint(0, 15))
                sheet.add(f"*   [{t}]({_url(t)})", f"    {w.day_fr(d)}")
        else:
            for t in similar:
                sheet.add(f"*   [{t}]({_url(t)})")
        sheet.add("")
        articles += [headline_truth(t) for t in similar]

    for other in spec.read_also:
        _heading(sheet, rng.choice(["À lire aussi", "À lire aussi | اقرأ أيضا"]), 2, setext)
        sheet.add(f"### [{other.title}]({_url(other.title)})", "")
        odt = w.when(other)
        o_lines, o_clock = _date_lines(odt, w.has_clock(other), rng.randrange(3))
        sheet.add(*o_lines)
        sheet.add("")
        o_prefix, o_dateline, o_agency = _lead(other, rng, rng.random() < 0.5)
        _body(sheet, other, o_prefix, {}, rng)
        o_sig = _signature(other, rng, o_agency)
        if o_sig:
            sheet.add(o_sig, "")
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=w.iso(odt, o_clock),
                author=other.author,
                dateline=o_dateline,
                agency=o_agency,
            )
        )

    # comments
    count = rng.randint(0, 3)
    if count:
        _heading(sheet, f"{count} commentaire{'s' if count > 1 else ''}", 2, setext)
        stamp = dt
        for name, text in zip(rng.sample(READERS, count), rng.sample(COMMENTS, count), strict=True):
            stamp += timedelta(minutes=rng.randint(30, 500))
            cid = rng.randint(1000, 99999)
            sheet.add(f"**{name}** dit :", "")
            sheet.add(f"[{w.day_fr(stamp)} à {stamp:%H}h{stamp:%M}]({url}#comment-{cid})", "")
            sheet.add(text, "")
            sheet.add(f"[Répondre]({url}?replytocom={cid}#respond)", "")
    else:
        sheet.add(NO_COMMENT, "")
        furniture.append(NO_COMMENT)
    _heading(sheet, "Laisser un commentaire", 3, setext)
    sheet.add(
        FORM_NOTE,
        "",
        "Commentaire *",
        "",
        "Nom *",
        "",
        "E-mail *",
        "",
        "Laisser un commentaire",
        "",
    )
    furniture.append(FORM_NOTE)

    if most and not most_first:
        articles += _most_read(sheet, most, setext)

    _heading(sheet, "Newsletter", 2, setext)
    sheet.add(NEWSLETTER, "", "S'inscrire", "")
    furniture.append(NEWSLETTER)
    sheet.add(FOOTER, "")
    sheet.add(COPYRIGHT, REPRO, "")
    furniture += [COPYRIGHT, REPRO]
    if not cookie_top:
        sheet.add(COOKIE, "", COOKIE_LINKS)
        furniture.append(COOKIE)

    return w.finish(spec, sheet.text(), articles, furniture, url, "text/plain")


TEMPLATE = Template(id="t22", kind="text", site=SITE, render=render)
