"""Pure reading of a search box: quoted phrases, words, and clitic-free variants of Arabic words."""

import re
import unicodedata
from dataclasses import dataclass, field

# Straight, curly and guillemet quotes all delimit an exact phrase.
_PHRASE = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')
# A number keeps its decimal or thousands separator (6.1, ٥٫٤, 1,500): the index reads it as one token.
_WORD = re.compile(r"\d+(?:[.,\u066b\u066c]\d+)+|\w+")
# Conjunctions and prepositions written joined to the next word. Elasticsearch's light stemmer
# removes only و and the ال forms, so the query also tries the word without them.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")
MIN_STEM_LETTERS = 3


@dataclass(frozen=True)
class QueryText:
    """A search box's text split into the words to require and the phrases to match exactly."""

    words: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to search for (browse mode)."""
        return not self.words


def strip_marks(text: str) -> str:
    """Drop diacritics, tatweel and invisible format characters so words tokenize whole."""
    return "".join(
        char for char in text if char != "\u0640" and unicodedata.category(char) not in ("Mn", "Cf")
    )


def parse_query(text: str) -> QueryText:
    """Split a query into words (all of them, phrases included) and its quoted phrases."""
    clean = strip_marks(text)
    phrases = [
        " ".join(_WORD.findall(next(group for group in match.groups() if group)))
        for match in _PHRASE.finditer(clean)
    ]
    return QueryText(words=_WORD.findall(clean), phrases=[p for p in phrases if p])


def clitic_variants(word: str) -> list[str]:
    """The word without a leading و/ف and then ب/ل/ك, keeping at least three letters."""
    variants: list[str] = []
    heads = [word]
    if word[:1] in _CONJUNCTIONS and len(word) - 1 >= MIN_STEM_LETTERS:
        heads.append(word[1:])
    for head in heads:
        if head[:1] in _PREPOSITIONS and len(head) - 1 >= MIN_STEM_LETTERS:
            variants.append(head[1:])
    if len(heads) > 1:
        variants.insert(0, heads[1])
    return [v for v in dict.fromkeys(variants) if v != word]
