"""spaCy Doc → contract Entity: the only enricher module that touches spaCy types."""

from collections.abc import Sequence
from typing import Literal, NamedTuple

from spacy.tokens import Doc

from services.enricher.canonical import KnownEntity
from shared.contracts import Entity

LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})


class Mention(NamedTuple):
    """An entity found in one field, with character offsets into that field's original text."""

    field: Literal["title", "body"]
    start: int
    end: int
    label: str
    text: str


def mentions_in(
    doc: Doc, field: Literal["title", "body"], original: str, offsets: Sequence[int]
) -> list[Mention]:
    """The doc's entities, mapped from the normalized text back to `original` via `offsets`."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in LABELS or ent.end_char <= ent.start_char:
            continue
        start = offsets[ent.start_char]
        end = offsets[ent.end_char - 1] + 1
        mentions.append(Mention(field, start, end, ent.label_, original[start:end]))
    return mentions


def to_entities(mentions: Sequence[Mention], resolved: Sequence[KnownEntity]) -> list[Entity]:
    """Contract entities from mentions and their canonical resolutions (same order)."""
    return [
        Entity(
            text=m.text,
            label=m.label,
            field=m.field,
            start=m.start,
            end=m.end,
            canonical=known.canonical,
            entity_id=known.entity_id,
        )
        for m, known in zip(mentions, resolved, strict=True)
    ]
