"""t08: screen copy of a news-wire service page, mostly without a URL: a terse header, a
"عاجل | section" slug, an ISO-like time stamp (Arabic-Indic digits on some pages), agency-led
bodies ("ا ف ب: ...", "رويترز - ...", "مدينة (AGENCY) - ...") or English datelines
("DUBAI: ...", "DUBAI (Reuters) - ..."), editors' initials after the body, an "أخبار متعلقة"
list and read-also wire items that carry their own datelines."""

from __future__ import annotations

import random

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
    LATIN_CITIES,
    Sheet,
    agency_form,
    finish,
    indic,
    iso,
    moment,
    read_also_truth,
)

SITE = Site(name="شبكة البرق للأنباء", domain="albarq-wire.example", name_latin="AlBarq Wire")

INITIALS = ["م.ع", "س.ح", "ر.ك", "ن.ب", "ع.ط", "هـ.س"]


def _lead(story: Story, rng: random.Random) -> tuple[str, str | None, str | None]:
    """The wire lead before the first word: prefix, truth dateline, truth agency."""
    latin = LATIN_CITIES.get(story.place or "")
    if latin and rng.random() < 0.4:
        if story.agency and rng.random() < 0.5:
            dateline = f"{latin} ({agency_form(story.agency, rng, latin=True)})"
            return dateline + " - ", dateline, story.agency
        return f"{latin}: ", latin, None
    if story.agency:
        form = agency_form(story.agency, rng)
        style = rng.randint(0, 2)
        if style == 0 or not story.place:
            return f"{form}{rng.choice([':', ' -'])} ", None, story.agency
        if story.agency == "CNN":
            dateline = f"{story.place} (CNN)"
            return dateline + " -- ", dateline, story.agency
        dateline = f"{story.place} ({form})"
        return dateline + " - ", dateline, story.agency
    if story.place:
        return f"{story.place}: ", story.place, None
    return "", None, None


def render(spec: PageSpec) -> Page:
    rng, story = spec.rng, spec.main
    when = moment(story)
    digits = rng.random() < 0.34
    sheet = Sheet()
    sheet.add(f"{SITE.name} | {SITE.name_latin}")
    sheet.add("الأخبار العاجلة", "سياسة", "اقتصاد", "العالم", "English")
    sheet.junk("Subscribe to our newsletter for breaking alerts")
    sheet.blank()
    sheet.add(f"عاجل | {story.section or 'العالم'}")
    sheet.add(story.title)
    with_time = rng.random() < 0.75
    stamp = f"{when:%Y-%m-%d}" + (f" {when:%H:%M}" if with_time else "")
    sheet.add(indic(stamp) if digits else stamp)
    sheet.blank()

    prefix, dateline, agency = _lead(story, rng)
    for i, paragraph in enumerate(story.paragraphs):
        sheet.add((prefix if i == 0 else "") + paragraph)
    sheet.junk(f"({rng.choice(INITIALS)}/{rng.choice(INITIALS)}) - خدمة البرق الإخبارية")
    sheet.blank()

    articles: list[Truth] = [
        article_truth(
            "main",
            story,
            title=story.title,
            body_first=story.paragraphs[0],
            body_last=story.paragraphs[-1],
            published=iso(when, with_time),
            dateline=dateline,
            agency=agency,
        )
    ]
    sheet.add("أخبار متعلقة")
    for title in spec.related:
        sheet.add(title)
        articles.append(headline_truth(title))
    sheet.blank()

    for other in spec.read_also:
        other_prefix, other_dateline, other_agency = _lead(other, rng)
        sheet.add("اقرأ أيضاً")
        sheet.add(other.title)
        sheet.add(other_prefix + other.paragraphs[0], *other.paragraphs[1:])
        sheet.blank()
        articles.append(read_also_truth(other, dateline=other_dateline, agency=other_agency))

    sheet.junk("Download the AlBarq app for instant alerts")
    sheet.junk(f"© {when.year} {SITE.name}. يحظر النسخ أو إعادة التوزيع دون ترخيص")
    sheet.junk("All rights reserved. Terms of Use | Privacy Policy | Contact")
    sheet.junk("المواد المنشورة مصدرها وكالات الأنباء والمراسلون")

    url = None
    if rng.random() < 0.25:
        url = f"https://{SITE.domain}/wire/{when:%Y%m%d}-{rng.randint(1000, 9999)}"
    return finish(spec, sheet, articles, url)


TEMPLATE = Template(id="t08", kind="text", site=SITE, render=render)
