"""t03: screen copy of a Moroccan site with French furniture: a cookie banner longer than any
paragraph at the very top, a language bar, Moroccan month names (ماي، يوليوز، غشت), a byline
written as "name - " at the start of the body on some pages, a French photo caption,
"Mots-clés :" tags, "Lire aussi" read-also articles and a French footer."""

from __future__ import annotations

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
    MONTHS_MA,
    Sheet,
    agency_form,
    day_month_year,
    finish,
    iso,
    moment,
    read_also_truth,
    weekday,
)

SITE = Site(name="أطلس بريس", domain="atlas-presse.example", name_latin="Atlas Presse")

COOKIES = (
    "Ce site utilise des cookies et des technologies similaires pour assurer son bon "
    "fonctionnement, mesurer l'audience, personnaliser les contenus et vous proposer des "
    "publicités adaptées à vos centres d'intérêt. Certains cookies sont déposés par nos "
    "partenaires, qui peuvent croiser ces informations avec d'autres données que vous leur avez "
    "fournies. En cliquant sur « Accepter », vous consentez à l'utilisation de l'ensemble de ces "
    "cookies ; vous pouvez aussi refuser les cookies non essentiels ou choisir vos préférences "
    "finalité par finalité. Vous pouvez modifier vos choix à tout moment depuis le lien "
    "« Gérer les cookies » en bas de chaque page. Pour en savoir plus, consultez notre "
    "politique de confidentialité."
)
MENU = ["سياسة", "مجتمع", "اقتصاد", "جهات", "رياضة", "فن وثقافة", "Vidéos", "Français"]
CAPTIONS = [
    "Photo : archives Atlas Presse",
    "Photo d'illustration - DR",
    "صورة من الأرشيف - Atlas Presse",
]


def _stamp(story: Story) -> str:
    when = moment(story)
    return f"{weekday(when)} {day_month_year(when, MONTHS_MA)} - {when:%H:%M}"


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    sheet = Sheet()
    sheet.add(COOKIES)
    sheet.remember("Ce site utilise des cookies et des technologies similaires")
    sheet.remember("vous pouvez aussi refuser les cookies non essentiels")
    sheet.add("Accepter", "Refuser", "Personnaliser")
    sheet.blank()
    sheet.add("FR | ع | ⵜⴰⵎⴰⵣⵉⵖⵜ")
    sheet.add(SITE.name_latin, SITE.name)
    sheet.add(*MENU)
    sheet.blank()
    sheet.add(story.section or "مجتمع")
    sheet.add(story.title)

    author: str | None = story.author
    dash_byline = bool(author) and rng.random() < 0.6
    if author and not dash_byline:
        sheet.add(author)
    sheet.add(_stamp(story))
    if rng.random() < 0.7:
        sheet.junk(rng.choice(CAPTIONS))
    sheet.blank()

    prefix, dateline, agency = "", None, None
    if dash_byline and author:
        prefix = f"{author} - "
    elif story.agency and story.place:
        dateline = f"{story.place} - {agency_form(story.agency, rng)}"
        prefix, agency = dateline + ": ", story.agency
    elif story.agency:
        prefix, agency = f"{agency_form(story.agency, rng)}: ", story.agency
    elif story.place and rng.random() < 0.5:
        prefix, dateline = f"{story.place} - ", story.place
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
    sheet.blank()

    keywords = None
    if story.keywords:
        keywords = " - ".join(story.keywords)
        sheet.add(f"Mots-clés : {keywords}")
    sheet.add("Partager", "Facebook", "X", "WhatsApp", "E-mail")
    sheet.blank()
    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, True),
            author=author,
            dateline=dateline,
            agency=agency,
            keywords_raw=keywords,
        )
    ]
    sheet.add("مقالات ذات صلة")
    for title in spec.related:
        sheet.add(title)
        articles.append(headline_truth(title))
    sheet.blank()
    for other in spec.read_also:
        sheet.add("Lire aussi | اقرأ أيضا")
        sheet.add(other.title)
        sheet.add(_stamp(other))
        for paragraph in other.paragraphs:
            sheet.add(paragraph)
        sheet.blank()
        articles.append(read_also_truth(other, iso(moment(other), True)))

    sheet.add("Newsletter")
    sheet.junk("Inscrivez-vous à notre newsletter et recevez l'essentiel de l'actualité")
    sheet.add("Votre adresse e-mail", "S'inscrire")
    sheet.junk("Suivez-nous sur Facebook, Instagram et YouTube")
    sheet.blank()
    sheet.junk("Qui sommes-nous | Contact | Mentions légales | Publicité | Gérer les cookies")
    sheet.junk(f"© {when.year} Atlas Presse - Tous droits réservés")
    sheet.junk("جميع الحقوق محفوظة لأطلس بريس")

    url = None
    if rng.random() < 0.5:
        url = f"https://{SITE.domain}/ar/{when:%Y/%m}/{rng.randint(10000, 99999)}.html"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t03", kind="text", site=SITE, render=render)
