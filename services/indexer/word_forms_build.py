"""Build infra/word-forms.txt: ES `stemmer_override` rules joining word forms the light stemmer
keeps apart (broken plurals and their singulars: حريق/حرائق, زلزال/زلازل, ثلج/ثلوج).

Offline and reproducible (`make word-forms`): every Arabic word of wordfreq's list down to
MIN_ZIPF is normalized and light-stemmed exactly as the index's `arabic_forms` analyzer does
(a port of Lucene's ArabicNormalizer and ArabicStemmer, checked against the node by a test), then
given a root by NLTK's ISRI root stemmer (Apache-2.0) with a few quadriliteral and plural patterns
it misses. Light stems sharing a root become one rule `stem, stem => root_`; place names, their
adjectives are kept out (روسيا/الروسي never join رؤساء), and two given names never share a group
(حسن and حسين are two people).

Precision: a root may only drop letters a broken plural or singular pattern adds, never a
derivational prefix: a م/ت noun groups under prefix + root (مكتبة/مكاتب/مكتب under مكتب), verb
forms (ي/ن/است) join nothing; so كتب joins كتاب/كاتب but not مكتبة. The field is boosted below the exact and light-stemmed ones (services/search.py).
"""

import argparse
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from nltk.stem.isri import ISRIStemmer  # type: ignore[import-untyped]
from wordfreq import get_frequency_dict

from shared.index_template import WORD_FORMS_PATH
from shared.places import load_places

log = logging.getLogger("khabar.word_forms")
MIN_ZIPF = 2.5
MIN_ROOT_LETTERS = 3
GIVEN_NAMES = Path(__file__).resolve().parents[1] / "splitter" / "data" / "given_names.txt"
GROUP_MARK = "_"
# A noun of place, tool or action keeps its prefix in its group: مدرسة and مدارس join each other
# (مفعلة/مفاعل), not درس/دراسة; other prefixes (verb forms, است) join nothing.
NOUN_PREFIXES = frozenset("مت")
HEADER = (
    "# Word forms for the index's arabic_forms analyzer (ES stemmer_override rules).\n"
    "# Built by `make word-forms` (services/indexer/word_forms_build.py) from wordfreq's Arabic\n"
    "# list (words only) and NLTK's ISRI stemmer; see infra/NOTICE-word-forms.md. Do not edit.\n"
)

# The index's char filters (arabic_marks, arabic_letters, hamza_seats) and arabic_normalization.
_MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u061c\u200b-\u200f\u202a-\u202e"
    "\u2066-\u2069\ufeff]"
)
_LETTERS = str.maketrans(
    {
        "\u06cc": "\u064a",
        "\u06d0": "\u064a",
        "\u06a9": "\u0643",
        "\u06aa": "\u0643",
        "\u06d5": "\u0647",
        "\u0671": "\u0627",
        "ؤ": "و",
        "ئ": "ي",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ى": "ي",
        "ة": "ه",
    }
)
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")
# Lucene's ArabicStemmer, in its order.
_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def normalize(word: str) -> str:
    """The word as the index's analyzers see it before stemming."""
    return _MARKS.sub("", word).translate(_LETTERS)


def light_stem(word: str) -> str:
    """Lucene's ArabicStemmer: one prefix off, then every listed suffix that fits, in order."""
    for prefix in _PREFIXES:
        if len(prefix) == 1 and len(word) < 4:
            continue
        if len(word) >= len(prefix) + 2 and word.startswith(prefix):
            word = word[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


_ISRI = ISRIStemmer()


@cache
def root(word: str) -> str | None:
    """The root of a word as written (ISRI reads hamza seats), with patterns ISRI misses, in the
    index's letters; None when no root is found that keeps the light stem's front."""
    found = normalize(_ISRI.stem(_MARKS.sub("", word)))
    if len(found) == 5 and found[3] == "ا" and found[4] == "ء":
        found = found[:3]  # فعلاء: رؤساء → روس
    elif len(found) == 5 and found[3] == "ا":  # فعلال: زلزال → زلزل
        found = found[:3] + found[4]
    elif len(found) == 6 and found[1] == "و" and found[2] == "ا" and found[4] == "ي":
        found = found[0] + found[3] + found[5]  # فواعيل: صواريخ → صرخ
    elif len(found) == 5 and found[1] == "و" and found[2] == "ا":
        found = found[0] + found[3:]  # فواعل
    stem = light_stem(normalize(word))
    if len(found) < MIN_ROOT_LETTERS or not _ARABIC_WORD.fullmatch(found):
        return None
    if stem[:1] == found[:1] or (stem[:1] == "ا" and stem[1:2] == found[:1]):
        return found  # the root starts the stem, or follows the ا of an أفعال/أفعلة plural
    if stem[:1] in NOUN_PREFIXES and stem[1:2] == found[:1]:
        return stem[0] + found  # مدرسة/مدارس share مدرس, apart from درس
    return None


def build_rules(
    words: Iterable[str], keep: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> list[str]:
    """`stem, stem => root_` lines for every root that joins two or more light stems.

    Words come most frequent first; a light stem takes the root of its most frequent word. Stems
    in `keep` (place names and their adjectives) join nothing; stems in `names` (given names)
    leave a group that holds two of them (حسن and حسين are two people). The root is emitted with
    GROUP_MARK, so a group never meets a word outside the file whose light stem is that root.
    """
    roots: dict[str, str | None] = {}
    for word in words:
        form = normalize(word)
        if _ARABIC_WORD.fullmatch(form) and "اا" not in form:
            stem = light_stem(form)
            roots.setdefault(stem, None if stem in keep else root(word))
    groups: dict[str, list[str]] = defaultdict(list)
    for stem, found in sorted(roots.items()):
        if found is not None:
            groups[found].append(stem)
    for found, members in groups.items():
        if len(names.intersection(members)) > 1:
            groups[found] = [stem for stem in members if stem not in names]
    return [
        f"{', '.join(members)} => {found}{GROUP_MARK}"
        for found, members in sorted(groups.items())
        if len(members) > 1
    ]


def place_stems() -> frozenset[str]:
    """Light stems of the gazetteer's one-word place names and of its countries' adjectives
    (روسيا, روسي, الروسية); multi-word names are left out, their words are common (المملكة)."""
    stems: set[str] = set()
    for place in load_places():
        for word in (normalize(s) for s in place.spellings if " " not in s.strip()):
            bare = word.removeprefix("ال")
            adjectives = (bare + "ي", bare[:-1] + "ي", bare[:-1]) if place.kind == "country" else ()
            stems.update(light_stem(form) for form in (word, *adjectives))
    return frozenset(stems)


def given_name_stems(path: Path = GIVEN_NAMES) -> frozenset[str]:
    """Light stems of the given names the splitter reads bylines with (Wikidata, CC0)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(light_stem(normalize(n)) for n in lines if n and not n.startswith("#"))


def vocabulary(min_zipf: float = MIN_ZIPF) -> list[str]:
    """wordfreq's Arabic words down to `min_zipf`, most frequent first."""
    floor = 10 ** (min_zipf - 9)
    words = []
    for word, frequency in get_frequency_dict("ar", wordlist="best").items():
        if frequency < floor:
            break
        words.append(word)
    return words


def main() -> None:
    """Write the rules file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--min-zipf", type=float, default=MIN_ZIPF)
    parser.add_argument("--out", type=Path, default=WORD_FORMS_PATH)
    args = parser.parse_args()
    rules = build_rules(vocabulary(args.min_zipf), place_stems(), given_name_stems())
    args.out.write_text(HEADER + "\n".join(rules) + "\n", encoding="utf-8")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    log.info("%d rules, %d bytes → %s", len(rules), args.out.stat().st_size, args.out)


if __name__ == "__main__":
    main()
