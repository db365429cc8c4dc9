"""A lexicon of names for the NER features: is this word a known given name, surname, listed name
or place word, and is this run of words a known full name?

The model learns from ANERcorp alone, which names about 1,700 people; the lexicon (built by
`services.enricher.names_build` from Wikidata labels and two name lists, shipped in `lexicon/`)
holds some 31,000 words and 60,000 full names, so a name the training text never showed can
still look like one. A model trained with it (the default of `make train-ner`, and the shipped
model) reads it at run time. Words are keyed by their matching form (shared.arabic).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from shared.arabic import matching_form
from shared.clitics import strip_leading_clitic

LEXICON_DIR = Path(__file__).parent / "lexicon"
WORDS_FILE = "name_words.tsv"
FULL_NAMES_FILE = "full_names.txt"
GIVEN, SURNAME, NAME, PLACE = "g", "s", "n", "p"
_LONGEST = 4  # words in the longest full name looked up


@dataclass(frozen=True, eq=False)  # hashed by identity: feature caches key on it
class NameLexicon:
    """Name words with their kinds ("gs": seen as a given name and as a surname) and full names."""

    kinds: dict[str, str]
    full_names: frozenset[str]  # matching forms, words joined by one space
    first_words: frozenset[str]  # first words of the full names, to skip most positions quickly

    def word_kinds(self, norm: str) -> str:
        """Kinds of a word in matching form; one glued و/ف/ب/ل/ك is tried off: "وعباس" → "gs"."""
        kinds = self.kinds.get(norm)
        if kinds is None:
            kinds = self.kinds.get(strip_leading_clitic(norm))
        return kinds or ""

    def in_full_name(self, norms: Sequence[str]) -> list[bool]:
        """For each word, whether it is part of a known full name of two to four words."""
        inside = [False] * len(norms)
        for i, first in enumerate(norms):
            starts = _start_forms(self, first)
            if not starts:
                continue
            for size in range(min(_LONGEST, len(norms) - i), 1, -1):
                rest = norms[i + 1 : i + size]
                if any(" ".join([start, *rest]) in self.full_names for start in starts):
                    inside[i : i + size] = [True] * size
                    break
        return inside


@lru_cache(maxsize=200_000)
def _start_forms(lexicon: NameLexicon, norm: str) -> tuple[str, ...]:
    """The forms of a word (as written, one clitic off) that begin a known full name."""
    forms = dict.fromkeys((norm, strip_leading_clitic(norm)))
    return tuple(form for form in forms if form in lexicon.first_words)


def parse_words(lines: Sequence[str]) -> dict[str, str]:
    """Rows of `word<TAB>kinds`; lines starting with # are comments."""
    kinds = {}
    for line in lines:
        if line and not line.startswith("#"):
            word, found = line.split("\t")
            kinds[word] = found
    return kinds


def lexicon_from(words: dict[str, str], full_names: Sequence[str]) -> NameLexicon:
    """A lexicon from name words and full names in any spelling; all keys become matching forms."""
    kinds = {matching_form(word): found for word, found in words.items()}
    names = frozenset(" ".join(matching_form(name).split()) for name in full_names)
    return NameLexicon(kinds, names, frozenset(name.split(" ", 1)[0] for name in names))


@lru_cache(maxsize=1)
def shipped_lexicon(directory: Path = LEXICON_DIR) -> NameLexicon:
    """The lexicon shipped with the model, read once per process."""
    words = parse_words((directory / WORDS_FILE).read_text(encoding="utf-8").splitlines())
    full = [
        line
        for line in (directory / FULL_NAMES_FILE).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return lexicon_from(words, full)
