"""Pure mapping from a deduplicated article to its Elasticsearch document and `_id`."""

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from shared.contracts import DedupedArticle
from shared.name_keys import entity_words, form_value, name_forms

# Entity labels the index keeps a keyword field for; any other label is filed under misc.
LABEL_FIELDS = {
    "PER": "entities_per",
    "PERSON": "entities_per",
    "ORG": "entities_org",
    "LOC": "entities_loc",
    "GPE": "entities_loc",
    "FAC": "entities_loc",
}
MISC_FIELD = "entities_misc"
ENTITY_FIELDS = ("entities_per", "entities_org", "entities_loc", MISC_FIELD)


def document_id(article: DedupedArticle) -> str:
    """The `_id` of an article: its own id, so a redelivery overwrites instead of duplicating."""
    return article.id


def entity_field(label: str) -> str:
    """The keyword field that holds canonical forms for an entity label."""
    return LABEL_FIELDS.get(label.upper(), MISC_FIELD)


def to_document(article: DedupedArticle, *, indexed_at: datetime | None = None) -> dict[str, Any]:
    """The JSON document stored for an article; every key is mapped in infra/index-template.json."""
    document = article.model_dump(mode="json", exclude={"schema_version"})
    document.update(
        entity_ids=_unique(entity.entity_id for entity in article.entities),
        is_duplicate=article.duplicate_of is not None,
        near_duplicate_count=len(article.near_duplicates),
        indexed_at=(indexed_at or datetime.now(UTC)).isoformat(),
    )
    for field in ENTITY_FIELDS:
        document[field] = []
    for entity in article.entities:
        values = document[entity_field(entity.label)]
        if entity.canonical not in values:
            values.append(entity.canonical)
    document.update(name_fields(article))
    return document


def name_fields(article: DedupedArticle) -> dict[str, list[str]]:
    """`name_keys`: phonetic keys of the name-like words of title and body (shared/name_keys.py),
    and each key with every spelling it was seen under (key|spelling, so search can leave out a
    spelling that only shares the key); `name_forms`: the latter again, for "also:" in search."""
    known = entity_words(entity.text for entity in article.entities)
    forms = name_forms([article.title or "", article.body], known)
    spelled = {form_value(key, s) for key, spellings in forms.items() for s in spellings}
    return {"name_keys": sorted(forms.keys() | spelled), "name_forms": sorted(spelled)}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
