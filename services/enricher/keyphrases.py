"""Key phrases: the page's own keywords when it printed some, else frequent content n-grams."""

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from spacy.lang.ar.stop_words import STOP_WORDS

from shared.arabic import matching_form

MAX_PHRASES = 8
MAX_N = 3
MIN_COUNT = 2
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = frozenset(matching_form(w) for w in STOP_WORDS) | frozenset(
    matching_form(w)
    for w in [
        "قال",
        "قالت",
        "وقال",
        "وقالت",
        "اليوم",
        "أمس",
        "يوم",
        "خلال",
        "كما",
        "وفق",
        "وفقا",
        "أيضا",
        "إن",
        "أن",
        "الذي",
        "التي",
    ]
)


@lru_cache(maxsize=100_000)
def _key(word: str) -> str:
    return matching_form(word)


def _candidates(keys: Sequence[str]) -> tuple[Counter[tuple[str, ...]], dict[tuple[str, ...], int]]:
    """How often each candidate n-gram occurs, and where it first does."""
    counts: Counter[tuple[str, ...]] = Counter()
    first: dict[tuple[str, ...], int] = {}
    stop = [key in _STOP for key in keys]
    can_start = [not s and len(key) >= 3 for s, key in zip(stop, keys, strict=True)]
    for n in range(1, MAX_N + 1):
        for i in range(len(keys) - n + 1):
            if not can_start[i] or stop[i + n - 1]:
                continue
            gram = tuple(keys[i : i + n])
            counts[gram] += 1
            first.setdefault(gram, i)
    return counts, first


def key_phrases(title: str, body: str, keywords: Sequence[str] = ()) -> list[str]:
    """Up to MAX_PHRASES phrases; printed keywords win, else n-grams seen at least twice."""
    if keywords:
        return list(dict.fromkeys(k.strip() for k in keywords if k.strip()))[:MAX_PHRASES]
    words = _WORD.findall(f"{title}\n{title}\n{body}")  # the title counts double
    keys = [_key(w) for w in words]
    counts, first = _candidates(keys)
    # Longer phrases first at equal count: "وزير الخارجية" says more than "وزير".
    ranked = sorted(
        (g for g, c in counts.items() if c >= MIN_COUNT),
        key=lambda g: (-counts[g] * len(g), -len(g)),
    )
    chosen: list[tuple[str, ...]] = []
    for gram in ranked:
        text = " ".join(gram)
        if any(text in " ".join(c) for c in chosen):
            continue
        chosen.append(gram)
        if len(chosen) == MAX_PHRASES:
            break
    # Each phrase as first written (the matching form is for counting only).
    return [" ".join(words[first[g] : first[g] + len(g)]) for g in chosen]
