"""Language of a text from the share of each script among its letters (no model needed)."""

import re
from collections import Counter

MIN_LETTERS = 20
SAMPLE_CHARS = 3000  # the opening of a text shows its script as well as the whole
MAJORITY = 0.5
_PERSIAN_ONLY = frozenset("پچژگ")
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_STOP_WORDS = {
    "en": frozenset(
        ["the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "are"]
    ),
    "fr": frozenset(
        ["le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que", "du", "sur"]
    ),
    "de": frozenset(["der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "zu", "auf"]),
    "es": frozenset(
        ["el", "los", "las", "del", "y", "que", "en", "por", "una", "con", "para", "es"]
    ),
}


def _script(ch: str) -> str:
    code = ord(ch)
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x08FF or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    if ch.isascii() or 0x00C0 <= code <= 0x024F:
        return "latin"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x0590 <= code <= 0x05FF:
        return "hebrew"
    return "other"


def _latin_language(text: str) -> str:
    words = Counter(w.lower() for w in _WORD.findall(text))
    hits = {lang: sum(words[w] for w in stop) for lang, stop in _LATIN_STOP_WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] > 0 else "und"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the dominant script's language; 'und' when too short or mixed."""
    # Counted per distinct letter: a text uses a few dozen letters thousands of times.
    letters = {ch: n for ch, n in Counter(text[:SAMPLE_CHARS]).items() if ch.isalpha()}
    total = sum(letters.values())
    if total < MIN_LETTERS:
        return "und"
    scripts: Counter[str] = Counter()
    for ch, n in letters.items():
        scripts[_script(ch)] += n
    script, count = scripts.most_common(1)[0]
    if count / total < MAJORITY:
        return "und"
    if script == "arabic":
        persian = sum(n for ch, n in letters.items() if ch in _PERSIAN_ONLY)
        return "fa" if persian / count > 0.01 and "ة" not in text else "ar"
    if script == "latin":
        return _latin_language(text)
    return {"cyrillic": "ru", "hebrew": "he"}.get(script, "und")
