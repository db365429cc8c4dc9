"""The ES document built from a deduplicated article."""

from datetime import UTC, datetime

from shared.contracts import NearDuplicate
from shared.index_documents import document_id, entity_field, to_document
from shared.index_template import load_template, mapped_fields
from tests.unit.indexer.factory import make_deduped

INDEXED_AT = datetime(2025, 10, 21, 8, 0, tzinfo=UTC)


def _top_level_mapped() -> set[str]:
    mappings = load_template()["template"]["mappings"]
    return set(mappings["properties"])


def test_document_id_is_the_article_id_so_redelivery_overwrites() -> None:
    article = make_deduped(position=7)
    assert document_id(article) == article.id
    assert document_id(make_deduped(position=7)) == document_id(article)


def test_every_document_key_is_mapped_because_the_index_is_strict() -> None:
    article = make_deduped(
        duplicate_of=f"{'a' * 32}-001",
        near_duplicates=[NearDuplicate(id=f"{'b' * 32}-000", similarity=0.9)],
        published_at=datetime(2025, 10, 20, 19, 24),
        keywords=["لافروف"],
        subheadings=["النقد الغربي"],
    )
    assert set(to_document(article, indexed_at=INDEXED_AT)) <= _top_level_mapped()


def test_nested_entity_keys_are_mapped() -> None:
    document = to_document(make_deduped(), indexed_at=INDEXED_AT)
    fields = mapped_fields(load_template()["template"]["mappings"])
    for entity in document["entities"]:
        assert {f"entities.{key}" for key in entity} <= fields


def test_entities_are_filed_by_label_as_canonical_forms() -> None:
    document = to_document(make_deduped(), indexed_at=INDEXED_AT)
    assert document["entities_per"] == ["سيرغي لافروف"]
    assert document["entities_loc"] == ["روسيا"]
    assert document["entities_org"] == []
    assert document["entity_ids"] == ["per:sergey-lavrov", "loc:russia"]


def test_unknown_entity_labels_go_to_misc() -> None:
    assert entity_field("EVENT") == "entities_misc"
    assert entity_field("person") == "entities_per"


def test_duplicate_flag_and_near_duplicate_count_follow_the_verdict() -> None:
    original = to_document(make_deduped(), indexed_at=INDEXED_AT)
    copy = to_document(
        make_deduped(
            duplicate_of=f"{'a' * 32}-000",
            near_duplicates=[NearDuplicate(id=f"{'a' * 32}-000", similarity=1.0)],
        ),
        indexed_at=INDEXED_AT,
    )
    assert (original["is_duplicate"], original["near_duplicate_count"]) == (False, 0)
    assert (copy["is_duplicate"], copy["near_duplicate_count"]) == (True, 1)


def test_dates_are_iso_strings_and_indexed_at_is_recorded() -> None:
    document = to_document(
        make_deduped(published_at=datetime(2025, 10, 20, 19, 24)), indexed_at=INDEXED_AT
    )
    assert document["published_at"] == "2025-10-20T19:24:00"
    assert document["indexed_at"] == "2025-10-21T08:00:00+00:00"
