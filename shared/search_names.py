"""Names in every spelling: which query words are names, their keys, and the spellings seen.

A query word is searched under its phonetic key (the index's `name_keys`) when it is name-like:
not common Arabic (shared/name_keys.py), or spelled as the index saw it written as a name (an
entity's word or a rare word) under that key. One small request asks the index which spellings
each key was seen under (`name_forms`); they are both that test and what search reports as "also".
"""

import re
from dataclasses import dataclass
from typing import Any

from shared.arabic import matching_form
from shared.name_keys import FORM_SEPARATOR, common_words, name_like, place_words, readings
from shared.phonetic import entity_id_for, phonetic_key, registry_key

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
MAX_SPELLINGS = 200
MAX_ALSO = 5


@dataclass(frozen=True)
class NameMatch:
    """A query word searched as a name: its key and the other spellings seen under the key."""

    word: str
    key: str
    also: tuple[str, ...] = ()


# Spellings seen per key: matching form → (spelling as written most often, articles).
Seen = dict[str, dict[str, tuple[str, int]]]


def lookup_request(words: list[str]) -> dict[str, Any] | None:
    """The search body asking which spellings the words' keys were seen under; None if no key."""
    keys = sorted({r.key for word in words for r in readings(word)})
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
        shown, count = forms.get(form, (spelling, 0))
        forms[form] = (shown, count + int(bucket["doc_count"]))
    return seen


def match_names(words: list[str], seen: Seen | None = None) -> dict[str, NameMatch]:
    """The name-like query words with their keys; without `seen`, rarity alone decides."""
    found: dict[str, NameMatch] = {}
    for word in words:
        for reading in readings(word):
            spellings = (seen or {}).get(reading.key, {})
            form = matching_form(reading.spelled)
            if form in spellings or name_like(reading, place_words(), common_words()):
                others = sorted(
                    ((shown, n) for f, (shown, n) in spellings.items() if f != form),
                    key=lambda pair: -pair[1],
                )
                also = tuple(shown for shown, _ in others[:MAX_ALSO])
                found[word] = NameMatch(word, reading.key, also)
                break
    return found


def entity_ids(text: str) -> list[str]:
    """The ids the enricher gives an entity first spelled like `text`, one per label."""
    if not phonetic_key(text):
        return []
    return [entity_id_for(label, registry_key(text, label)) for label in ENTITY_LABELS]


def _escape(text: str) -> str:
    return re.sub(r'([.?+*|{}\[\]()"\\#@&<>~])', r"\\\1", text)
