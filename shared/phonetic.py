"""The spelling-blind key of a name, and the entity id built from it.

The enricher keys entity mentions with it (every spelling of an entity gets one id); the indexer
keys the name-like words of every article with it, so search finds ترمب for ترامب.
"""

import hashlib

from shared.arabic import matching_form
from shared.clitics import split_article_clitics

_LETTER_CLASSES = {
    **dict.fromkeys("غجقكگچ", "ك"),
    **dict.fromkeys("تط", "ت"),
    **dict.fromkeys("سصث", "س"),
    **dict.fromkeys("زذظ", "ز"),
    **dict.fromkeys("دض", "د"),
    **dict.fromkeys("بپ", "ب"),
    **dict.fromkeys("فڤ", "ف"),
}
_VOWEL_LETTERS = frozenset("اوي")


def phonetic_key(name: str) -> str:
    """A spelling-blind key: article off, final ه off, vowel letters after the first letter dropped,
    غ/ج/ق/ك and other look-alike consonants folded, doubled letters collapsed."""
    words = []
    for word in matching_form(name).split():
        _, word = split_article_clitics(word)
        if word.startswith("ال") and len(word) > 4:
            word = word[2:]
        if len(word) > 2 and word.endswith("ه"):
            word = word[:-1]
        folded = word[:1] + "".join(c for c in word[1:] if c not in _VOWEL_LETTERS)
        letters = [_LETTER_CLASSES.get(c, c) for c in folded]
        words.append("".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1]))
    return " ".join(words)


def registry_key(name: str, label: str) -> str:
    """The key an entity is registered under: its label and the name's phonetic key."""
    return f"{label}:{phonetic_key(name)}"


def entity_id_for(label: str, key: str) -> str:
    """A stable id from the label and the phonetic key of the first spelling seen."""
    return f"{label.lower()}-{hashlib.sha1(f'{label}|{key}'.encode()).hexdigest()[:16]}"  # noqa: S324
