"""Build infra/word-forms.txt: ES `stemmer_override` rules joining word forms the light stemmer
keeps apart (broken plurals and their singulars: حريق/حرائق, زلزال/زلازل, مدينة/مدن; the nouns of
one derived verb: مظاهرة/تظاهرة/متظاهرين; a noun with a pronoun or tanween: منازلهم, منزلا).

Offline and reproducible (`make word-forms`): every Arabic word of wordfreq's list down to
MIN_ZIPF is normalized and light-stemmed exactly as the index's `arabic_forms` analyzer does
(a port of Lucene's ArabicNormalizer and ArabicStemmer, checked against the node by a test). Its
prefix, a pronoun or tanween off (when what is left is a word of the list), it is read against the
classical patterns (word_patterns.py): a light stem takes the patterns of the words that stem to
it, weighted by their rank. Stems whose patterns pair up over one root (a singular and its broken
plural, two nouns of one verb form) join; each group becomes one rule `stem, stem => stem_`.

Precision: only listed pattern pairs join, so the plain verb, its active participle and a noun
of place keep apart (كتاب/كتب join; كاتب and مكتبة/مكاتب stay out: فاعل takes no فعال plural, كتاب
is a book first); a plural joins its most frequent singular only, not every singular of its root;
a stem keeps only the readings most of its words support (مد, the stem of مدة, is no plural of
مدن); place names and their adjectives are kept out (روسيا/الروسي never join رؤساء); two given
names never join (حسن/حسان are two people). The field is boosted below the exact and
light-stemmed ones. Lucene's stems are short and shared (سجين and سجون stem to سج), so a group
can hold words a reader keeps apart; what joins is measured by the search suite.
"""

import argparse
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from wordfreq import get_frequency_dict, zipf_frequency

from services.indexer.word_patterns import (
    Shape,
    cut_at,
    cut_to,
    family_pairs,
    of_family,
    pattern_form,
    plural_pairs,
    readings,
)
from shared.index_template import WORD_FORMS_PATH
from shared.places import load_places

log = logging.getLogger("khabar.word_forms")
MIN_ZIPF = 2.5
# A stem's words vote, by rank, for their readings: the nouns of a verb form (مظاهر as in
# مظاهرة/مظاهرات) or singulars and plurals (مظاهر as the plural of مظهر); the heavier kind wins,
# and its readings backed by at least SHAPE_SHARE of the stem's words stay (سج: سجون and سجين).
SHAPE_SHARE = 0.25
# A given name this common is read as the word it also is (مدينة), not as a name (حسن, حسان).
NAME_WORD_ZIPF = 5.5
GIVEN_NAMES = Path(__file__).resolve().parents[1] / "splitter" / "data" / "given_names.txt"
GROUP_MARK = "_"
HEADER = (
    "# Word forms for the index's arabic_forms analyzer (ES stemmer_override rules).\n"
    "# Built by `make word-forms` (services/indexer/word_forms_build.py) from wordfreq's Arabic\n"
    "# list (words only) and classical noun patterns; see infra/NOTICE-word-forms.md. Do not edit.\n"
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
    return _suffixes_off(_prefix_off(word))


def _prefix_off(word: str) -> str:
    for prefix in _PREFIXES:
        if len(prefix) == 1 and len(word) < 4:
            continue
        if len(word) >= len(prefix) + 2 and word.startswith(prefix):
            return word[len(prefix) :]
    return word


def _suffixes_off(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def build_rules(
    words: Iterable[str], keep: frozenset[str] = frozenset(), names: frozenset[str] = frozenset()
) -> list[str]:
    """`stem, stem => stem_` lines for every group of two or more light stems (module docstring).

    Words come most frequent first; a stem stands for the most frequent word that gives it (its
    head). A stem whose head is in `keep` (places and their adjectives, prefix-free index forms)
    joins nothing; two stems whose heads are given names in `names` (index forms) under
    NAME_WORD_ZIPF never join by their patterns (حسن, حسان). The group is named after its most
    frequent stem with GROUP_MARK, so it never meets a word outside the file.
    """
    read = []  # (word, index form, pattern form, where the prefix ends) of every usable word
    for word in dict.fromkeys(words):
        form, spelled = normalize(word), pattern_form(word)
        if _ARABIC_WORD.fullmatch(form) and "اا" not in form and len(form) == len(spelled):
            read.append((word, form, spelled, len(form) - len(_prefix_off(form))))
    known = frozenset(spelled[start:] for _, _, spelled, start in read)
    heads: dict[str, str] = {}
    links: list[tuple[str, str]] = []
    weights: dict[str, dict[Shape | bool, float]] = defaultdict(lambda: defaultdict(float))
    totals: dict[str, float] = defaultdict(float)
    for rank, (word, form, spelled, start) in enumerate(read):
        at = cut_at(spelled[start:], known)
        stem, canonical = light_stem(form), _suffixes_off(cut_to(form[start:], at, "ه"))
        heads.setdefault(stem, word)
        heads.setdefault(canonical, word)
        links.append((stem, canonical))
        found = set(readings(cut_to(spelled[start:], at, "ة"), known))
        # A word votes once for each kind of reading it has (True: a verb form's nouns).
        for vote in {of_family(shape) for shape in found} | found:
            weights[canonical][vote] += 1.0 / (rank + 1)
        totals[canonical] += 1.0 / (rank + 1)
    bare = {stem: _prefix_off(normalize(word)) for stem, word in heads.items()}
    kept = {stem for stem, head in bare.items() if head in keep}
    named = {
        stem
        for stem, head in bare.items()
        if head in names and zipf_frequency(heads[stem], "ar") < NAME_WORD_ZIPF
    }
    groups = _Groups(list(heads))
    for stem, canonical in links:
        if stem not in kept and canonical not in kept:
            groups.join(stem, canonical)
    _join_pairs(groups, _best_shapes(weights, totals, kept), named)
    return groups.rules()


def _best_shapes(
    weights: dict[str, dict[Shape | bool, float]], totals: dict[str, float], kept: set[str]
) -> dict[Shape, list[str]]:
    """Stems by their readings of the kind their words vote for most, each reading weighing
    at least SHAPE_SHARE of all the stem's words (مد, mostly مدة and مدى, is no plural of مدن
    for the rarer مدون)."""
    by_shape: dict[Shape, list[str]] = defaultdict(list)
    for stem, counted in weights.items():
        kinds = [vote for vote in counted if isinstance(vote, bool)]
        if stem in kept or not kinds:
            continue
        kind = max(kinds, key=lambda vote: (counted[vote], vote))
        for shape, weight in counted.items():
            backed = weight >= SHAPE_SHARE * totals[stem]
            if isinstance(shape, Shape) and of_family(shape) == kind and backed:
                by_shape[shape].append(stem)
    return by_shape


def _join_pairs(groups: "_Groups", by_shape: dict[Shape, list[str]], named: set[str]) -> None:
    """Join stems whose readings pair over one root, never two given names: a plural joins
    its most frequent singular only (حكام joins حكم, not حكيم too), the nouns of a verb form
    join each other."""
    singular_of: dict[str, str] = {}
    for singular, plural in plural_pairs():
        for shape, plurals in by_shape.items():
            if shape.pattern != plural:
                continue
            for b in plurals:
                for a in by_shape.get(Shape(singular, shape.root), []):
                    if a == b or (a in named and b in named):
                        continue
                    if b not in singular_of or groups.rank(a) < groups.rank(singular_of[b]):
                        singular_of[b] = a
    for b, a in singular_of.items():
        groups.join(a, b)
    for first, second in family_pairs():
        for shape, stems in by_shape.items():
            if shape.pattern == first:
                for b in by_shape.get(Shape(second, shape.root), []):
                    for a in stems:
                        groups.join(a, b)


class _Groups:
    """Union-find over light stems, listed most frequent first."""

    def __init__(self, stems: list[str]) -> None:
        self._parent = {stem: stem for stem in stems}
        self._rank = {stem: rank for rank, stem in enumerate(stems)}

    def rank(self, stem: str) -> int:
        return self._rank[stem]

    def find(self, stem: str) -> str:
        while self._parent[stem] != stem:
            self._parent[stem] = self._parent[self._parent[stem]]
            stem = self._parent[stem]
        return stem

    def join(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            first, second = sorted((root_a, root_b), key=lambda s: self._rank[s])
            self._parent[second] = first

    def rules(self) -> list[str]:
        members: dict[str, list[str]] = defaultdict(list)
        for stem in self._parent:
            members[self.find(stem)].append(stem)
        lines = []
        for stems in members.values():
            if len(stems) > 1:
                head = min(stems, key=lambda s: self._rank[s])
                lines.append(f"{', '.join(sorted(stems))} => {head}{GROUP_MARK}")
        return sorted(lines)


def place_words() -> frozenset[str]:
    """The gazetteer's one-word place names and its countries' adjectives, prefix-free index
    forms (روسيا, روسي, روسيه); multi-word names are left out, their words are common (المملكة)."""
    found: set[str] = set()
    for place in load_places():
        for word in (normalize(s) for s in place.spellings if " " not in s.strip()):
            bare = _prefix_off(word)
            found.add(bare)
            if place.kind == "country":  # مصري, مصرية; روسي, روسية (روسيا); صيني (الصين)
                for adjective in (bare + "ي", bare[:-1] + "ي", bare[:-1]):
                    found.update((adjective, adjective + "ه"))
    return frozenset(found)


def given_names(path: Path = GIVEN_NAMES) -> frozenset[str]:
    """The given names the splitter reads bylines with (Wikidata, CC0), in index form."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize(n) for n in lines if n and not n.startswith("#"))


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
    rules = build_rules(vocabulary(args.min_zipf), place_words(), given_names())
    args.out.write_text(HEADER + "\n".join(rules) + "\n", encoding="utf-8")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    log.info("%d rules, %d bytes → %s", len(rules), args.out.stat().st_size, args.out)


if __name__ == "__main__":
    main()
