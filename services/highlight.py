"""Highlights: what search asks Elasticsearch to mark, and reading the marked fragments back.

Fragments come HTML-escaped (the `html` encoder) with `<mark>` around matches, so a `<` in an
article can never pass for a marker; readers split on the markers and unescape the text between.
"""

import html
import re
from typing import Any

PRE, POST = "<mark>", "</mark>"
# The displayed fields, and any subfield search adds under them (`body.exact`, `body.forms`...):
# a word matched only through a subfield's analysis is marked in that subfield's fragments.
DISPLAYED = ("title", "body")
_MARKER = re.compile(r"(</?mark>)")


def highlight_request(
    spellings: list[str] | None = None, query: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The `highlight` part of a search body; `spellings` found for the query words are marked too."""
    fields: dict[str, Any] = {
        "title": {"number_of_fragments": 0},
        "body": {"fragment_size": 160, "number_of_fragments": 2, "no_match_size": 160},
        "title.*": {"number_of_fragments": 0},
        "body.*": {"fragment_size": 160, "number_of_fragments": 2},
    }
    request: dict[str, Any] = {
        "encoder": "html",
        "pre_tags": [PRE],
        "post_tags": [POST],
        "require_field_match": False,
        "fields": fields,
    }
    if spellings and query is not None:
        # Words matched by another spelling (a name's phonetic key) are not in the text as typed.
        also = {"multi_match": {"query": " ".join(spellings), "fields": list(DISPLAYED)}}
        request["highlight_query"] = {"bool": {"should": [query, also]}}
    return request


def merge_subfields(found: dict[str, list[str]]) -> dict[str, list[str]]:
    """One list per displayed field: its own fragments if they mark a word, else a subfield's."""
    merged: dict[str, list[str]] = {}
    for field in sorted({key.split(".", 1)[0] for key in found}):
        own = found.get(field, [])
        subfields = [found[key] for key in sorted(found) if key.startswith(f"{field}.")]
        marked = next((f for f in (own, *subfields) if any(PRE in x for x in f)), None)
        chosen = marked or own
        if chosen:
            merged[field] = list(chosen)
    return merged


def pieces(fragment: str) -> list[tuple[str, bool]]:
    """A fragment as unescaped text pieces, each with whether it was marked."""
    found: list[tuple[str, bool]] = []
    inside = False
    for part in _MARKER.split(fragment):
        if part in (PRE, POST):
            inside = part == PRE
        elif part:
            found.append((html.unescape(part), inside))
    return found


def plain(fragment: str) -> str:
    """A fragment as the text it quotes: markers dropped, entities unescaped."""
    return "".join(text for text, _ in pieces(fragment))
