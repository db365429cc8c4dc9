"""Who and where an article is from, as its first words print it: dateline, agency, byline.

Arabic outlets open a report with some mix of a place, an agency and a writer before the first
real word: "نيروبي - (د ب أ) -", "دمشق، سوريا (CNN) --", "الرباط في 12 أغسطس/وام/",
"ا ف ب:", "رويترز -", "عمّان -", "DUBAI:", "بيروت ـ «الفجر»:", "محمد السيد -". The prefix is
what stands before the first separator (dash, colon, a slash-framed agency) within the first
MAX_PREFIX_WORDS words, when the rest reads as running text. What the prefix holds decides the
fields: an agency form (AGENCIES) anywhere in it gives `agency`; a place (a word or two, "X، Y",
"X في DATE") gives `dateline`; two to four name-like words and nothing else give `author`.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from services.splitter.markers import fold
from shared.places import load_places

MAX_PREFIX_WORDS = 9
_MIN_REST_WORDS = 6
# Printed forms of the agencies Arabic outlets cite; the key is the name given in `agency`.
AGENCIES: dict[str, tuple[str, ...]] = {
    "فرانس برس": ("أ ف ب", "ا ف ب", "أ.ف.ب", "ا.ف.ب", "أف ب", "فرانس برس", "فرانس بريس", "AFP"),
    "رويترز": ("رويترز", "Reuters"),
    "د ب أ": ("د ب أ", "د.ب.أ", "د ب ا", "الوكالة الألمانية", "DPA"),
    "أسوشيتد برس": ("أ ب", "ا ب", "أسوشيتد برس", "أسوشيتدبرس", "اسوشيتد برس", "AP"),
    "وام": ("وام", "WAM"),
    "واس": ("واس", "SPA"),
    "قنا": ("قنا", "QNA"),
    "كونا": ("كونا", "KUNA"),
    "بترا": ("بترا", "Petra"),
    "سانا": ("سانا", "SANA"),
    "وفا": ("وفا", "WAFA"),
    "بنا": ("بنا", "BNA"),
    "العمانية": ("العمانية", "ONA"),
    "واع": ("واع", "INA"),
    "الأناضول": ("الأناضول", "الاناضول", "Anadolu"),
    "شينخوا": ("شينخوا", "Xinhua"),
    "أ ش أ": ("أ ش أ", "أ.ش.أ", "ا ش ا", "MENA"),
    "سبوتنيك": ("سبوتنيك", "Sputnik"),
    "تاس": ("تاس", "TASS"),
    "إرنا": ("إرنا", "ارنا", "IRNA"),
    "CNN": ("CNN",),
    "بي بي سي": ("بي بي سي", "BBC"),
}
_AGENCY_PREFIX = re.compile(r"^(?:وكالة|وكاله|وكالة أنباء|وكاله انباء)\s+")
_GENERIC_AGENCIES = frozenset({"وكالات", "الوكالات", "وكالات الانباء", "agencies"})
# Separators that end a dateline: dashes (with the Arabic tatweel), a colon, "--".
# A dash between digits belongs to a date ("13-2-2025"), not to the dateline's end.
_SEPARATOR = re.compile(r"\s*(?:--|(?<!\d)[-–—ـ]+|[-–—ـ]+(?!\d)|:(?!\d))\s*|/\s*(?=\S)")
_FRAMED = re.compile(r"[(«\[]([^()«»\[\]]{1,30})[)»\]]|/([^/]{1,20})/")
_DATE_TAIL = re.compile(
    r"\s+(?:في\s+)?(?:\d{1,2}\s+\S+(?:\s+\S+)?(?:\s+\d{4})?|\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?)$"
)
_NUMERIC_DATE = re.compile(r"[\d\s/.\-]*")
_SENTENCE_PUNCT = re.compile(r"[.!?؟؛\"“”]")
_KICKERS = frozenset(
    (
        "عاجل",
        "خاص",
        "حصري",
        "حصريا",
        "فيديو",
        "صور",
        "بالصور",
        "بالفيديو",
        "تقرير",
        "متابعه",
        "شاهد",
    )
)
# Words that open a sentence, never a place or a name: "وقال: ..." is a quote, not a dateline.
_NAME_STOP = frozenset(
    fold(w)
    for base in ("قال", "أضاف", "أكد", "أوضح", "تابع", "أشار", "أعلن", "ذكر", "كشف", "لكن", "ثم")
    for w in (base, "و" + base, "ف" + base)
) | frozenset(("في", "من", "على", "الى", "عن", "مع", "ان", "هذا", "هذه"))


@dataclass(frozen=True, slots=True)
class Credits:
    """What a body's opening says about its origin; `rest` is the body from its first word."""

    rest: str
    dateline: str | None = None
    agency: str | None = None
    author: str | None = None


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Every spelling of every gazetteer place, folded as split_credits compares them."""
    return frozenset(fold(s) for place in load_places() for s in place.spellings)


@lru_cache(maxsize=1)
def _agency_forms() -> dict[str, str]:
    forms = {}
    for name, printed in AGENCIES.items():
        for form in (name, *printed):
            forms[_key(form)] = name
    return forms


def _key(text: str) -> str:
    """Matching form of an agency or prefix: folded, no dots or spaces."""
    return re.sub(r"[\s.]+", "", fold(text))


def agency_of(text: str) -> str | None:
    """The canonical agency a printed form names ("ا ف ب" -> "فرانس برس"), None otherwise."""
    key = _key(_AGENCY_PREFIX.sub("", fold(text.strip(" ()«»[]/-–—:"))))
    return _agency_forms().get(key)


def split_credits(paragraph: str, places: frozenset[str] = frozenset()) -> Credits:
    """The first paragraph without its dateline/agency/byline prefix, and what the prefix said.

    `places` (folded names) tells a two-word place ("ابو ظبي") from a two-word name.
    """
    head = paragraph[:300]
    pieces: list[tuple[str, str]] = []  # (text, kind) of each credit piece, in order
    pos, best, words, after_slash = 0, None, 0, False
    for m in _SEPARATOR.finditer(head):
        piece = head[pos : m.start()].strip()
        if not piece:
            pos, after_slash = m.end(), after_slash or m.group().strip() == "/"
            continue
        words += len(piece.split())
        if words > MAX_PREFIX_WORDS or (
            _SENTENCE_PUNCT.search(_FRAMED.sub("", piece)) and agency_of(piece) is None
        ):
            break
        kind = _piece_kind(
            piece, places, first=not pieces, after_slash=after_slash, colon=m.group().strip() == ":"
        )
        if kind is None:
            break
        pieces.append((piece, kind))
        pos, after_slash = m.end(), m.group().strip() == "/"
        if len(paragraph[pos:].split()) >= _MIN_REST_WORDS:
            best = (pos, list(pieces))
    if best is None:
        return _bare_abbreviation(paragraph) or Credits(paragraph)
    end, chosen = best
    agency = next((a for text, _ in chosen if (a := agency_in(text)) is not None), None)
    first_kind = chosen[0][1]
    rest = paragraph[end:].lstrip(" -–—ـ:")
    if agency is None and (initials := _bare_abbreviation(rest)) is not None:
        # "بوزنيقة - أ ف ب استأنف ...": the initials close the dateline.
        rest, agency = initials.rest, initials.agency
        end = len(paragraph) - len(rest)
    if first_kind == "name":
        return Credits(rest, None, agency, chosen[0][0])
    if first_kind == "place":
        return Credits(rest, paragraph[:end].strip().rstrip(" -–—ـ:"), agency)
    return Credits(rest, None, agency)


# An agency's initials opening the text with no separator, as bold type lost its dash:
# "أ ف ب استأنف ...", "د.ب.أ حذرت ...", "(أ ش أ) استقبل ...". Initials only: no word of
# running text is spelled so.
_INITIALS = re.compile(r"^\s*[(«\[]?((?:[\u0621-\u064a]\.?\s?){2,3})[)»\]]?\s+(?=\S)")


def _bare_abbreviation(paragraph: str) -> Credits | None:
    m = _INITIALS.match(paragraph)
    if m is None or (" " not in m.group(1).strip() and "." not in m.group(1)):
        return None
    agency = agency_of(m.group(1))
    rest = paragraph[m.end() :]
    if agency is None or len(rest.split()) < _MIN_REST_WORDS:
        return None
    return Credits(rest, None, agency)


def agency_in(piece: str) -> str | None:
    """The agency a credit piece names, bare, framed ("(د ب أ)", "/وام/") or closing it
    ("القدس 13-11-2025 وفا")."""
    if (a := agency_of(piece)) is not None:
        return a
    words = piece.split()
    if len(words) >= 2 and _NUMERIC_DATE.fullmatch(words[-2]) and (a := agency_of(words[-1])):
        return a
    for framed in _FRAMED.finditer(piece):
        if (a := agency_of(framed.group(1) or framed.group(2) or "")) is not None:
            return a
    return None


def _piece_kind(
    piece: str, places: frozenset[str], *, first: bool, after_slash: bool, colon: bool = False
) -> str | None:
    """What one credit piece is: agency, framed (an outlet or agency in brackets), place, name."""
    if agency_of(piece) is not None or fold(piece) in _GENERIC_AGENCIES:
        return "agency"
    if _FRAMED.fullmatch(piece):
        return "framed"
    bare = _FRAMED.sub(" ", piece).strip()
    if not first:
        if _NUMERIC_DATE.fullmatch(bare):
            return "framed"  # a date's figures after the place ("بيروت - 22 - 1 (د ب أ) --")
        # After a place only a short outlet label follows, framed by slashes ("السعودية/ نبأ-")
        # or closed by a colon ("إربد – مرآة سايس:").
        words = piece.split()
        if after_slash and len(words) <= 2:
            return "framed"
        outlet = colon and len(words) <= 3 and not any(fold(w) in _NAME_STOP for w in words)
        return "framed" if outlet and not _SENTENCE_PUNCT.search(piece) else None
    if agency_in(bare) is not None:
        return "place"  # "القدس 13-11-2025 وفا": place, date and agency, WAFA's way
    place = " ".join(_DATE_TAIL.sub("", bare).split()).strip(" ،,")
    words = place.split()
    folded = [fold(w) for w in words]
    if not words or any(w in _KICKERS or w in _NAME_STOP for w in folded):
        return None
    if "،" in place or "," in place or len(words) == 1 or fold(place) in places:
        return "place"
    if bare != piece and len(words) <= 3:
        return "place"  # "موسكو الروسية (وكالات)": a framed credit follows a place
    if 2 <= len(words) <= 4:
        return "name"
    return None
