"""t13: screen copy of an Algerian bilingual portal: today's date in French and Arabic on top,
"Version française | النسخة العربية", the French menu one word a line, a "Flash info" ticker,
the section as "Actualité | وطني", "Par name" or "بقلم name" bylines, the Arabic date with
Algerian month names beside "Publié le 11/02/2025 à 10h15" (and sometimes "Mis à jour le"),
"الجزائر (أ ف ب) -" style leads, inline "Lire aussi :" links between paragraphs, "Mots-clés :",
a "Partager" row, "Articles similaires", readers' comments each with "Répondre", the next
article under "À lire aussi", and a French footer."""

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
    COMMENTS,
    READERS,
    Sheet,
    agency_form,
    article_id,
    finish,
    iso,
    moment,
    pick,
    weekday,
)

SITE = Site(name="آفاق الجزائر", domain="afak-dz.example", name_latin="Afak Djazair")

MONTHS_DZ = [
    "جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان",
    "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
]  # fmt: skip
MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
DAYS_FR = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
MENU_FR = ["Accueil", "Actualité", "Politique", "Économie", "Régions", "Sport", "Culture", "Monde"]
SECTIONS_FR = {
    "سياسة": "Politique",
    "اقتصاد": "Économie",
    "رياضة": "Sport",
    "حوادث": "Faits divers",
    "طقس": "Météo",
    "منوعات": "Société",
}
FLASH = [
    "نشرية خاصة: أمطار رعدية غزيرة على عدة ولايات شرقية ابتداء من مساء اليوم",
    "Coupure d'eau programmée demain dans plusieurs communes de la capitale",
    "وزارة التربية تعلن رزنامة الامتحانات الاستدراكية للفصل الثاني",
    "Le trafic ferroviaire perturbé sur la ligne de banlieue Est",
]


def _fr_date(when: datetime) -> str:
    return f"{when.day} {MONTHS_FR[when.month - 1]} {when.year}"


def _stamp(when: datetime, rng: random.Random) -> tuple[list[str], bool]:
    """The date lines under the title and whether a clock time is printed."""
    arabic = f"{weekday(when)} {when.day} {MONTHS_DZ[when.month - 1]} {when.year}"
    style = rng.randrange(3)
    if style == 0:
        return [f"{arabic} | Publié le {when:%d/%m/%Y} à {when:%H}h{when:%M}"], True
    if style == 1:
        lines = [f"Publié le {_fr_date(when)} - {arabic}"]
        if rng.random() < 0.6:
            later = when + timedelta(hours=rng.randint(1, 5), minutes=rng.randint(0, 50))
            lines.append(f"Mis à jour le {later:%d/%m/%Y} à {later:%H:%M}")
        return lines, False
    return [arabic, f"Publié le {when:%d.%m.%Y} {when:%H:%M}"], True


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The printed prefix of the first paragraph, the truth's dateline and agency."""
    if story.agency and story.place:
        form = agency_form(story.agency, rng, latin=rng.random() < 0.3)
        dateline = f"{story.place} ({form})"
        return dateline + " - ", dateline, story.agency
    if story.agency:
        return f"({agency_form(story.agency, rng)}) - ", None, story.agency
    if story.place and rng.random() < 0.5:
        return f"{story.place} - ", story.place, None
    return "", None, None


def _byline(story: Story, rng: random.Random) -> str | None:
    if not story.author:
        return None
    return rng.choice([f"Par {story.author}", f"بقلم {story.author}", f"Par : {story.author}"])


def _comments(sheet: Sheet, rng: random.Random, when: datetime) -> None:
    count = rng.randint(0, 3)
    if count == 0:
        sheet.junk("Soyez le premier à commenter cet article")
    else:
        sheet.add(f"{count} commentaire{'s' if count > 1 else ''}")
        stamp = when
        for name, text in zip(pick(rng, READERS, count), pick(rng, COMMENTS, count), strict=True):
            stamp = stamp + timedelta(minutes=rng.randint(20, 400))
            sheet.add(name, f"le {stamp:%d/%m/%Y} à {stamp:%H:%M}", text, "Répondre")
    sheet.blank()
    sheet.junk("Laisser un commentaire", "أضف تعليقك")
    sheet.junk("Votre adresse e-mail ne sera pas publiée.")
    sheet.add("Nom *", "Email *", "Commentaire", "Envoyer")
    sheet.blank()


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()

    sheet.add(f"{DAYS_FR[when.weekday()]} {_fr_date(when)}")
    sheet.add(f"{weekday(when)} {when.day} {MONTHS_DZ[when.month - 1]} {when.year}")
    sheet.add("Version française | النسخة العربية")
    sheet.add(SITE.name_latin, SITE.name)
    sheet.junk("Quotidien national d'information")
    sheet.add(*MENU_FR)
    if rng.random() < 0.5:
        sheet.add("Vidéos", "Contact")
    sheet.add(f"Flash info : {rng.choice(FLASH)}")
    sheet.blank()

    section = story.section or "وطني"
    sheet.add(f"{SECTIONS_FR.get(section, 'Actualité')} | {section}")
    sheet.add(story.title)
    byline = _byline(story, rng)
    if byline:
        sheet.add(byline)
    stamp_lines, with_time = _stamp(when, rng)
    sheet.add(*stamp_lines)
    sheet.blank()

    # inline links take the first related titles, the rest go to the list below
    related = list(spec.related)
    inline: list[str] = []
    if len(story.paragraphs) >= 3 and related and rng.random() < 0.75:
        inline = related[: rng.randint(1, min(2, len(related)))]
        related = related[len(inline) :]
    slots = sorted(rng.sample(range(1, len(story.paragraphs)), len(inline))) if inline else []

    articles: list[Truth] = []
    inline_truth: list[Truth] = []
    prefix, dateline, agency = _lead(story, rng)
    for i, paragraph in enumerate(story.paragraphs):
        if i in slots:
            title = inline[slots.index(i)]
            sheet.add(f"{rng.choice(['Lire aussi :', 'Lire aussi:', 'اقرأ أيضا:'])} {title}")
            inline_truth.append(headline_truth(title))
        sheet.add((prefix if i == 0 else "") + paragraph)
    sheet.blank()
    keywords_raw = None
    if story.keywords:
        keywords_raw = ", ".join(story.keywords)
        sheet.add(f"Mots-clés : {keywords_raw}")
    sheet.add("Partager :", "Facebook", "X", "WhatsApp", "Email", "Imprimer")
    sheet.blank()
    articles.append(
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, with_time),
            author=story.author,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords_raw,
        )
    )
    articles.extend(inline_truth)

    if related:
        sheet.add(rng.choice(["Articles similaires", "Articles similaires | مقالات ذات صلة"]))
        for title in related:
            sheet.add(title)
            articles.append(headline_truth(title))
        sheet.blank()

    _comments(sheet, rng, when)

    for other in spec.read_also:
        sheet.add("À lire aussi")
        sheet.add(other.title)
        other_when = moment(other)
        other_byline = _byline(other, rng)
        if other_byline:
            sheet.add(other_byline)
        other_lines, other_time = _stamp(other_when, rng)
        sheet.add(*other_lines)
        sheet.blank()
        other_prefix, other_dateline, other_agency = _lead(other, rng)
        for i, paragraph in enumerate(other.paragraphs):
            sheet.add((other_prefix if i == 0 else "") + paragraph)
        sheet.blank()
        articles.append(
            article_truth(
                "read_also",
                other,
                title=other.title,
                body_first=other.paragraphs[0],
                body_last=other.paragraphs[-1],
                published=iso(other_when, other_time),
                author=other.author,
                dateline=other_dateline,
                agency=other_agency,
            )
        )

    sheet.junk("Abonnez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité")
    sheet.add("Qui sommes-nous ? | Publicité | Mentions légales | Contact")
    sheet.junk(f"© {when.year} {SITE.name_latin} - Tous droits réservés")
    sheet.junk("La reproduction totale ou partielle des articles est interdite")

    url = None
    if rng.random() < 0.65:
        slug = rng.choice(["actualite", "ar/watani", "ar/akhbar"])
        url = f"https://www.{SITE.domain}/{slug}/{article_id(rng)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t13", kind="text", site=SITE, render=render)
