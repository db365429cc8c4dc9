"""spaCy Doc → contract Entity: the only enricher module that touches spaCy types."""

from collections.abc import Sequence
from typing import Literal, NamedTuple

from spacy.language import Language
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
    return [
        mention_at(field, original, offsets, start, end, label)
        for start, end, label in spans_of(doc)
    ]


def spans_of(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of the doc's entities with a contract label."""
    return [
        (ent.start_char, ent.end_char, ent.label_)
        for ent in doc.ents
        if ent.label_ in LABELS and ent.end_char > ent.start_char
    ]


def mention_at(
    field: Literal["title", "body"],
    original: str,
    offsets: Sequence[int],
    start: int,
    end: int,
    label: str,
) -> Mention:
    """The mention of normalized span [start, end), mapped back to `original` via `offsets`."""
    first, last = offsets[start], offsets[end - 1] + 1
    return Mention(field, first, last, label, original[first:last])


def ruler_names(nlp: Language) -> frozenset[str]:
    """The phrases of the pipeline's gazetteer EntityRuler, if it has one (matching form)."""
    if "entity_ruler" not in nlp.pipe_names:
        return frozenset()
    patterns = nlp.get_pipe("entity_ruler").patterns  # type: ignore[attr-defined]
    return frozenset(p["pattern"] for p in patterns if isinstance(p["pattern"], str))


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
