"""Name-like words and their phonetic keys: the index's `name_keys`/`name_forms` and the query's.

The rule (NOTES "Search: names and word forms"): a word, clitics and article off, is name-like when
it has at least three letters and is a word of an entity the enricher found in the article, a place
word of the gazetteer (country names, uncommon place words), or not common in Arabic: it and its ال
form are below NAME_ZIPF in wordfreq's list. Common words never get a key, so the key cannot join
كتاب to كاتب; rare words that do get one only meet other rare words or names with the same key.
"""

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from wordfreq import get_frequency_dict

from shared.arabic import matching_form
from shared.clitics import split_article_clitics, strip_leading_clitic
from shared.phonetic import phonetic_key
from shared.places import load_places

# ترمب 3.3, لافروف 3.2, سيرغي 3.4, بيونغ 3.3 stay under it; حريق 4.3, الزلازل 3.7 are over it.
NAME_ZIPF = 3.5
MIN_LETTERS = 3
# Keeps a bare ب/ل/ك/و/ف off only when this many letters remain (as the index's clitic filter).
MIN_STRIPPED_LETTERS = 4
FORM_SEPARATOR = "|"
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")


def bare_word(word: str) -> str:
    """The matching form of a word with و/ف + ب/ك/ل + ال off: "وبالزلازل" → "زلازل"."""
    _, rest = split_article_clitics(matching_form(word))
    if rest.startswith("ال") and len(rest) > 4:
        rest = rest[2:]
    return rest


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Bare matching forms of every word at or above NAME_ZIPF in wordfreq's Arabic list."""
    floor = 10 ** (NAME_ZIPF - 9)
    words = set()
    for word, frequency in get_frequency_dict("ar", wordlist="best").items():
        if frequency < floor:
            break  # the list is sorted by frequency
        if _ARABIC_WORD.fullmatch(word):
            words.add(bare_word(word))
    return frozenset(words)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Bare words of the gazetteer's places (shared/places.py) that are names whatever their
    frequency: country names (روسيا, بنغلاديش) and every place word not common in Arabic; a
    common word of a city or a longer name (الباب, المملكة) stays a word."""
    common = common_words()
    found: set[str] = set()
    for place in load_places():
        for spelling in place.spellings:
            words = [bare_word(word) for word in _ARABIC_WORD.findall(spelling)]
            country = place.kind == "country" and len(words) == 1
            found.update(word for word in words if country or word not in common)
    return frozenset(found)


def is_common(word: str) -> bool:
    """True when the word (bare) is common Arabic by wordfreq; a word absent there is not."""
    return bare_word(word) in common_words()


def word_candidates(word: str) -> list[str]:
    """The word as written and without a glued و/ف then ب/ل/ك, when enough letters remain."""
    found = [word]
    for _ in range(2):
        stripped = strip_leading_clitic(found[-1], min_stem=MIN_STRIPPED_LETTERS)
        if stripped == found[-1]:
            break
        found.append(stripped)
    return found


class Reading(NamedTuple):
    """One way to read a written word: its bare form, key, spelling shown, and what was cut."""

    bare: str
    key: str
    spelled: str
    cut: str


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[Reading, ...]:
    """The word's readings, as written first; only those with MIN_LETTERS letters left."""
    shown = _MARKS.sub("", word)
    found = []
    for candidate in word_candidates(shown):
        bare = bare_word(candidate)
        if len(bare) >= MIN_LETTERS:
            _, spelled = split_article_clitics(candidate)
            found.append(Reading(bare, phonetic_key(bare), spelled, shown[: -len(candidate)]))
    return tuple(found)


def name_like(reading: Reading, known: frozenset[str], common: frozenset[str]) -> bool:
    """A reading is name-like when the article names it, or when it is not common Arabic and
    at most a conjunction was cut: a bare ب/ل/ك is cut only toward a name the article knows
    (بلاده is not ب + a name لاده)."""
    if reading.bare in known:
        return True
    return reading.bare not in common and all(letter in "وف" for letter in reading.cut)


def entity_words(mentions: Iterable[str]) -> frozenset[str]:
    """Bare forms of every word of the given entity mentions."""
    return frozenset(
        bare_word(word) for mention in mentions for word in _ARABIC_WORD.findall(mention)
    )


def name_forms(texts: Iterable[str], known: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Key → spellings (clitics off, as written) of the name-like words of the texts.

    `known` holds the bare words of the article's entities: name-like whatever their frequency,
    as are the gazetteer's place words.
    A word that is itself common (وكالة) is never read as a clitic plus a name (و + كالة).
    """
    common = common_words()
    known = known | place_words()
    found: dict[str, set[str]] = {}
    for text in texts:
        for word in set(_ARABIC_WORD.findall(text)):
            options = readings(word)
            if not options or (options[0].bare in common and options[0].bare not in known):
                continue
            for reading in options:
                if name_like(reading, known, common):
                    found.setdefault(reading.key, set()).add(reading.spelled)
    return found


def form_value(key: str, spelling: str) -> str:
    """The `name_forms` value pairing a key with one spelling seen under it."""
    return f"{key}{FORM_SEPARATOR}{spelling}"


def query_key(word: str) -> str | None:
    """The key a query word is searched under, None for a word too short to key."""
    bare = bare_word(_MARKS.sub("", word))
    return phonetic_key(bare) if len(bare) >= MIN_LETTERS and _ARABIC_WORD.fullmatch(bare) else None
