"""EntityRuler patterns from the gazetteers: countries with short forms, frequent train mentions, clitic variants.

Patterns are written in matching form and matched on NORM, which `khabar_arabic_features` sets to the
matching form, so hamza, yeh and teh-marbuta spellings all hit the same pattern.
"""

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import TypedDict

from shared.arabic import matching_form
from shared.clitics import split_article_clitics


class Pattern(TypedDict):
    """One EntityRuler phrase pattern."""

    label: str
    pattern: str


MIN_MENTIONS = 2
_TRAIN_FILES = {"PER": "PERS", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_ORG_CODES = {"UN", "EU"}  # organisations listed among the territories
# Common short forms that CLDR's official names lack.
SHORT_COUNTRY_FORMS = (
    "السعودية",
    "الإمارات",
    "أمريكا",
    "أميركا",
    "بريطانيا",
    "الكويت",
    "قطر",
    "البحرين",
    "عمان",
    "كوريا الشمالية",
    "كوريا الجنوبية",
    "روسيا",
    "سوريا",
    "سورية",
    "ليبيا",
    "فلسطين",
    "إيران",
    "هولندا",
    "التشيك",
    "الكونغو",
    "الصومال",
    "الولايات المتحدة",
)


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def clitic_variants(name: str) -> list[str]:
    """The name with the proclitics news text glues to it: والعراق، بالعراق، للعراق، وروسيا، لروسيا."""
    if split_article_clitics("و" + name)[0]:  # starts with the article
        rest = name[2:]
        return [
            name,
            *(c + name for c in ("و", "ب", "ف", "ك", "وب", "وك")),
            "لل" + rest,
            "ولل" + rest,
        ]
    return [name, *(c + name for c in ("و", "ب", "ل", "ف", "وب", "ول"))]


FRAGMENT_CLASS = 10  # half-Zipf class from which a word is common Arabic (الولايات f11)


def _fragment(text: str, name: str, openers: Collection[str]) -> bool:
    """A one-word mention that opens longer names and is a common word ("الولايات" of "الولايات
    المتحدة"): the annotators' slip, which as a pattern would tag the common word everywhere."""
    return " " not in name and name in openers and frequency_rank(text) >= FRAGMENT_CLASS


def frequency_rank(text: str) -> int:
    """The word's half-Zipf frequency class (components.frequency_class) as a number."""
    from services.enricher.components import frequency_class  # spaCy parts, only when asked

    return int(frequency_class(text)[1:])


def load_patterns(
    gazetteer_dir: Path,
    mentions: Mapping[tuple[str, str], int] | None = None,
    risky: Collection[str] = (),
) -> list[Pattern]:
    """Patterns for every country and every train mention seen at least MIN_MENTIONS times.

    `mentions` ((text, label) → count) replaces the anercorp_train_* files, which count the whole
    train file, so a dev split can be kept out. `risky` names (matching form) are left out: words
    the corpus mostly leaves untagged, where a pattern would fire on ordinary uses.
    """
    names: dict[str, str] = {}
    for row in _read_tsv(gazetteer_dir / "countries_ar.tsv"):
        names[matching_form(row[1])] = "ORG" if row[0] in _ORG_CODES else "LOC"
    for short in SHORT_COUNTRY_FORMS:
        names[matching_form(short)] = "LOC"
    if mentions is None:
        mentions = {
            (row[0], label): int(row[1])
            for label, suffix in _TRAIN_FILES.items()
            for row in _read_tsv(gazetteer_dir / f"anercorp_train_{suffix}.tsv")
            if len(row) == 2
        }
    openers = {matching_form(t).split()[0] for t, _ in mentions if len(t.split()) > 1}
    for (text, label), count in sorted(mentions.items(), key=lambda item: -item[1]):
        name = matching_form(text)
        if count >= MIN_MENTIONS and name not in risky and not _fragment(text, name, openers):
            names.setdefault(name, label)
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for name, label in names.items():
        for variant in clitic_variants(name):
            if variant not in seen:
                seen.add(variant)
                patterns.append({"label": label, "pattern": variant})
    return patterns
