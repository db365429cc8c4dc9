"""Places and event types found in text: the gazetteer and the event vocabulary, matched as phrases.

Places come from shared/places.py (name, country, kind, spellings) and are matched whole, never
stemmed, after clitics ("وبملطية") and the article are taken off; a country's adjective
("التركية", "اليمني") names that country. Event types come from services/dedup/data/
event_types.tsv (type, group, forms joined by "|"; broken plurals are listed as forms) and are
matched on light stems, so "الزلازل" and "زلزالا" both find `quake`.
"""

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from services.dedup.terms import light_stem, place_keys, tokens
from shared.places import Place, load_places

EVENT_TYPES_FILE = Path(__file__).parent / "data" / "event_types.tsv"
MAX_PHRASE = 5
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FoundPlace:
    """A place named in a text: its gazetteer name, country and kind (country, province, city)."""

    name: str
    country: str
    kind: str


def _bare(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 4 else token


def _nisbas(country: str) -> list[str]:
    """The adjective of a country, both genders: تركيا -> تركي, تركيه."""
    key = _bare(tokens(country)[0]) if tokens(country) else ""
    if len(tokens(country)) != 1 or len(key) < 3:
        return []
    if key.endswith("يا"):
        base = key[:-2] + "ي"
    elif key.endswith("ه"):
        base = key[:-1]
    else:
        base = key + "ي"
    return [base, base + "ه"]


class Vocabulary:
    """Phrase indexes of places and event types, built once per process."""

    def __init__(self, places: tuple[Place, ...], event_rows: list[tuple[str, str, list[str]]]):
        self._places: dict[tuple[str, ...], FoundPlace] = {}
        for place in places:
            found = FoundPlace(place.name, place.country, place.kind)
            for spelling in place.spellings:
                key = tuple(_bare(t) for t in tokens(spelling))
                # The first row wins: the file lists countries before their cities.
                if key and len(key) <= MAX_PHRASE:
                    self._places.setdefault(key, found)
            if place.kind == "country":
                for nisba in _nisbas(place.name):
                    self._places.setdefault((nisba,), found)
        self._types: dict[tuple[str, ...], str] = {}
        self.groups: dict[str, str] = {}
        for kind, group, forms in event_rows:
            self.groups[kind] = group
            for form in forms:
                key = tuple(light_stem(t) for t in tokens(form))
                if key and len(key) <= MAX_PHRASE:
                    self._types.setdefault(key, kind)
        self._place_prefixes = _prefixes(self._places)
        self._type_prefixes = _prefixes(self._types)
        # Most words start no phrase: what a word may start is worked out once per word.
        self._place_firsts = lru_cache(maxsize=65_536)(self._firsts_of_place)

    def places(self, text: str) -> list[FoundPlace]:
        """Places named in a text, in order, longest spelling first at each word."""
        return self.places_in(tokens(text))

    def places_in(self, words: list[str]) -> list[FoundPlace]:
        """places() of a text already cut into tokens()."""
        return list(_longest(words, self._places, self._place_prefixes, self._place_firsts, _bare))

    def event_types(self, text: str) -> list[str]:
        """Event types named in a text, in order."""
        return self.event_types_in([light_stem(t) for t in tokens(text)])

    def event_types_in(self, stems: list[str]) -> list[str]:
        """event_types() of a text given as the light stems of its tokens()."""
        prefixes = self._type_prefixes
        return list(
            _longest(stems, self._types, prefixes, lambda w: (w,) if (w,) in prefixes else (), str)
        )

    def _firsts_of_place(self, word: str) -> tuple[str, ...]:
        return tuple(k for k in place_keys(word) if (k,) in self._place_prefixes)


def _prefixes(index: dict[tuple[str, ...], T]) -> frozenset[tuple[str, ...]]:
    """Every start of a phrase of the index, the whole phrases included."""
    return frozenset(key[:n] for key in index for n in range(1, len(key) + 1))


def _longest(
    words: list[str],
    index: dict[tuple[str, ...], T],
    prefixes: frozenset[tuple[str, ...]],
    firsts_of: Callable[[str], tuple[str, ...]],
    rest_key: Callable[[str], str],
) -> Iterator[T]:
    """The index's values for the longest phrases found, left to right, none overlapping.

    `firsts_of(word)`: the first words of phrases the word may be, in order of preference (the
    first wins a tie). A phrase grows word by word while it starts some phrase of the index.
    """
    i, end = 0, len(words)
    while i < end:
        length, hit = 0, None
        for first in firsts_of(words[i]):
            phrase: tuple[str, ...] = (first,)
            j = i + 1
            while True:
                if len(phrase) > length and phrase in index:
                    length, hit = len(phrase), index[phrase]
                if j == end:
                    break
                phrase = (*phrase, rest_key(words[j]))
                if phrase not in prefixes:
                    break
                j += 1
        if hit is None:
            i += 1
        else:
            yield hit
            i += length


def read_event_types(path: Path = EVENT_TYPES_FILE) -> list[tuple[str, str, list[str]]]:
    """(type, group, forms) rows of the event vocabulary; empty when the file is missing."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    if rows and rows[0][0].strip().lower() == "type":
        rows = rows[1:]
    return [
        (r[0].strip(), r[1].strip(), [f.strip() for f in r[2].split("|") if f.strip()])
        for r in rows
        if len(r) >= 3
    ]


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The gazetteer and event vocabulary shipped with the project."""
    return Vocabulary(load_places(), read_event_types())
