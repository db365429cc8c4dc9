"""Names in every spelling: which query words are names, their keys, and the spellings seen.

A query word is searched under its phonetic keys (the index's `name_keys`) when it is name-like:
not common Arabic (shared/name_keys.py), a Latin name (its keys as Arabic writes it), or spelled
as the index saw it written as a name (an entity's word or a rare word) under that key, or a word
of no great frequency whose key the index holds for a Latin name (آيفون for iPhone). When the
index saw a reading of the word without its clitics as a name (لترامب), that reading decides.
Two or three query words written apart (تيك توك) are also searched under their joined key when
the index holds it. One small request asks the index which spellings each key was seen under
(`name_forms`); they are that test, what is searched (key|spelling for each spelling that agrees
with the word: بوتين finds بوتن, not البوتان) and what search reports as "also".
"""

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from shared.arabic import matching_form
from shared.name_keys import (
    FORM_SEPARATOR,
    SLOT_ZIPF,
    Reading,
    bare_word,
    common_words,
    form_value,
    inflected,
    latin_name,
    name_like,
    place_words,
    readings,
    words_above,
)
from shared.phonetic import joined_key, latin_keys, spellings_agree

MAX_SPELLINGS = 200
MAX_ALSO = 5
RUN_WORDS = (2, 3)
# A key this short (كل: Google, but also قيل) is too weak to carry a word into another script.
MIN_CROSS_SCRIPT_KEY = 3
_LATIN = re.compile("[A-Za-z]+")


@dataclass(frozen=True)
class NameMatch:
    """A query word searched as a name: its keys, the other spellings seen under them, and the
    `name_keys` terms to search: key|spelling for each spelling seen that agrees with the word
    (بوتين: بوتن, not بوتان), the bare key where the index showed none."""

    word: str
    keys: tuple[str, ...]
    also: tuple[str, ...] = ()
    # Keys of the word with its neighbours (تيك in تيك توك): the word alone names nothing.
    joined: tuple[str, ...] = ()
    search: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        """What `name_keys` is searched for: `search` when the lookup gave it, else every key."""
        return self.search or (*self.keys, *self.joined)


class SeenForm(NamedTuple):
    """A spelling seen under a key: as written most often, in how many articles, all writings."""

    shown: str
    articles: int
    written: tuple[str, ...]


# Spellings seen per key, by matching form.
Seen = dict[str, dict[str, SeenForm]]


def lookup_request(words: list[str]) -> dict[str, Any] | None:
    """The search body asking which spellings the words' keys were seen under; None if no key."""
    keys = sorted(
        {key for word in words for key in _candidate_keys(word)} | {key for _, key in _runs(words)}
    )
    if not keys:
        return None
    include = "(" + "|".join(_escape(key) for key in keys) + ")" + _escape(FORM_SEPARATOR) + ".*"
    return {
        "size": 0,
        "track_total_hits": False,
        "query": {"terms": {"name_keys": keys}},
        "aggs": {
            "forms": {"terms": {"field": "name_forms", "include": include, "size": MAX_SPELLINGS}}
        },
    }


def read_lookup(response: dict[str, Any] | None) -> Seen:
    """The spellings per key out of the lookup response (none when nothing is indexed)."""
    seen: Seen = {}
    if response is None:
        return seen
    for bucket in response.get("aggregations", {}).get("forms", {}).get("buckets", []):
        key, _, spelling = str(bucket["key"]).partition(FORM_SEPARATOR)
        forms = seen.setdefault(key, {})
        form = matching_form(spelling)
        shown, count, written = forms.get(form, SeenForm(spelling, 0, ()))
        forms[form] = SeenForm(shown, count + int(bucket["doc_count"]), (*written, spelling))
    return seen


def match_names(words: list[str], seen: Seen | None = None) -> dict[str, NameMatch]:
    """The name-like query words with their keys; without `seen`, rarity alone decides."""
    seen = seen or {}
    runs: dict[str, list[tuple[str, str]]] = {word: [] for word in words}
    for run, key in _runs(words):
        if seen.get(key):
            for word in run:
                runs[word].append((key, " ".join(run)))
    found: dict[str, NameMatch] = {}
    for word in words:
        own = _word_readings(word, seen)
        keys = tuple(dict.fromkeys(key for key, _ in own))
        joined = tuple(dict.fromkeys(key for key, _ in runs[word] if key not in keys))
        if not keys and not joined:
            continue
        # Only the spellings seen that agree with the word as typed (بوتين: not البوتان).
        agreeing = [
            (key, form)
            for key, spelling in own + runs[word]
            for form, seen_form in seen.get(key, {}).items()
            if _agree(spelling, seen_form.shown)
        ]
        terms = [form_value(key, w) for key, form in agreeing for w in seen[key][form].written]
        terms += [key for key in keys if not seen.get(key)]
        typed = [word, *(spelling for _, spelling in own + runs[word])]
        found[word] = NameMatch(
            word, keys, _also(typed, agreeing, seen), joined, tuple(dict.fromkeys(terms))
        )
    return found


def _word_readings(word: str, seen: Seen) -> list[tuple[str, str]]:
    """(key, spelling) of each reading of the word searched as a name."""
    if _LATIN.fullmatch(word):
        return [(key, word) for key in latin_keys(word)] if latin_name(word) else []
    options = readings(word)
    if not options:
        return []
    if options[0].bare in common_words() and options[0].bare not in place_words():
        # A common word is no clitic plus a name (وكالة is not و + كالة): it is a name only
        # as the index saw it written, or holding a Latin name under its key (آيفون, iPhone).
        first = options[0]
        if _seen_as(first, seen) or _latin_seen(first, seen):
            return [(first.key, first.spelled)]
        return []
    # The index's spellings decide first: وبوتين is searched as بوتين when بوتين was seen.
    spelled = [r for r in options if _seen_as(r, seen)]
    if spelled:
        return [(r.key, r.spelled) for r in spelled]
    if inflected(options, common_words()):
        return []
    return [(r.key, r.spelled) for r in options if name_like(r, place_words(), common_words())]


def _seen_as(reading: Reading, seen: Seen) -> bool:
    return matching_form(reading.spelled) in seen.get(reading.key, {})


def _agree(spelled: str, seen_spelling: str) -> bool:
    common = common_words()
    both_words = all(bare_word(w) in common for w in (spelled, seen_spelling))
    return spellings_agree(spelled, seen_spelling, both_words=both_words)


def _latin_seen(reading: Reading, seen: Seen) -> bool:
    return (
        len(reading.key) >= MIN_CROSS_SCRIPT_KEY
        and reading.bare not in words_above(SLOT_ZIPF)
        and any(_LATIN.fullmatch(form.shown) for form in seen.get(reading.key, {}).values())
    )


def _runs(words: list[str]) -> list[tuple[list[str], str]]:
    """Every two or three adjacent words with their joined key, in one script."""
    found: list[tuple[list[str], str]] = []
    for size in RUN_WORDS:
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if all(_LATIN.fullmatch(w) for w in run):
                found += [(run, key) for key in latin_keys("".join(run))]
            elif not any(_LATIN.search(w) for w in run):
                key = joined_key(run)
                if len(key) >= MIN_CROSS_SCRIPT_KEY:
                    found.append((run, key))
    return found


def _candidate_keys(word: str) -> tuple[str, ...]:
    if _LATIN.fullmatch(word):
        return latin_keys(word) if latin_name(word) else ()
    return tuple(r.key for r in readings(word))


def _also(typed: list[str], found: list[tuple[str, str]], seen: Seen) -> tuple[str, ...]:
    """The spellings searched that the query did not type, most seen first."""
    own = {matching_form(r.spelled) for word in typed for r in readings(word)}
    own |= {matching_form(word) for word in typed}
    counts: dict[str, tuple[str, int]] = {}
    for key, form in dict.fromkeys(found):
        shown, n, _ = seen[key][form]
        if form not in own and n > counts.get(form, ("", 0))[1]:
            counts[form] = (shown, n)
    ranked = sorted(counts.values(), key=lambda pair: -pair[1])
    return tuple(shown for shown, _ in ranked[:MAX_ALSO])


def _escape(text: str) -> str:
    return re.sub(r'([.?+*|{}\[\]()"\\#@&<>~])', r"\\\1", text)
