"""Every stream message survives a JSON round trip, and its committed schema is current."""

from datetime import UTC, datetime

import pytest
from pydantic import BaseModel, ValidationError

import shared.contracts as contracts
from shared.contracts import (
    Article,
    Bundle,
    DeadLetter,
    DedupedArticle,
    DedupVerdict,
    EnrichedArticle,
    Entity,
    NearDuplicate,
    Role,
)
from shared.contracts.export import MODELS, render, schema_file

BUNDLE = Bundle.from_raw("خبر عاجل\n".encode() + b"\xff", name="page.txt")
ARTICLE = Article(
    id=f"{BUNDLE.bundle_id}-000",
    bundle_id=BUNDLE.bundle_id,
    position=0,
    role=Role.MAIN,
    title="لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب",
    body="أجرى وزير الخارجية الروسي سيرغي لافروف اتصالًا هاتفيًا.",
    published_at=datetime(2025, 10, 20, 19, 24),
    published_text="الإثنين 20 أكتوبر 2025 - 07:24 م",
    published_has_time=True,
    keywords=["لافروف"],
)
ENTITY = Entity(
    text="سيرغي لافروف",
    label="PER",
    start=25,
    end=37,
    canonical="سيرغي لافروف",
    entity_id="per:lavrov",
)
ENRICHED = EnrichedArticle(
    **ARTICLE.model_dump(), language="ar", is_arabic=True, word_count=8, entities=[ENTITY]
)
DEDUPED = DedupedArticle(
    **ENRICHED.model_dump(),
    content_hash="ab" * 16,
    near_duplicates=[NearDuplicate(id=f"{BUNDLE.bundle_id}-001", similarity=0.93)],
    story_id=ARTICLE.id,
)
LETTER = DeadLetter(
    stage="splitter",
    stream="khabar:bundles",
    entry_id="1-0",
    error_type="UndecodableBundle",
    reason="bytes in no encoding",
    attempts=1,
    failed_at=datetime(2026, 1, 1, tzinfo=UTC),
    fields={"body": b"\xff\xfe\x00"},
)
VERDICT = DedupVerdict(content_hash="cd" * 16, duplicate_of=ARTICLE.id, story_id=ARTICLE.id)


@pytest.mark.parametrize("message", [BUNDLE, ARTICLE, ENRICHED, DEDUPED, LETTER, VERDICT], ids=type)
def test_every_message_survives_a_json_round_trip(message: BaseModel) -> None:
    assert type(message).model_validate_json(message.model_dump_json()) == message


def test_raw_bytes_that_are_not_utf8_survive_in_bundles_and_dead_letters() -> None:
    assert Bundle.model_validate_json(BUNDLE.model_dump_json()).raw.endswith(b"\xff")
    assert (
        DeadLetter.model_validate_json(LETTER.model_dump_json()).fields["body"] == b"\xff\xfe\x00"
    )


def test_a_bundle_is_named_by_the_hash_of_its_bytes() -> None:
    assert Bundle.from_raw(b"same").bundle_id == Bundle.from_raw(b"same").bundle_id
    assert Bundle.from_raw(b"same").bundle_id != Bundle.from_raw(b"other").bundle_id


def test_an_unknown_schema_version_is_refused() -> None:
    payload = ARTICLE.model_dump(mode="json") | {"schema_version": 99}
    with pytest.raises(ValidationError, match="schema_version"):
        Article.model_validate(payload)


def test_an_unknown_field_is_refused_so_producer_typos_fail_loudly() -> None:
    with pytest.raises(ValidationError, match="titel"):
        Article.model_validate(ARTICLE.model_dump(mode="json") | {"titel": "x"})


def test_article_ids_must_name_their_bundle_and_position() -> None:
    with pytest.raises(ValidationError):
        Article(id="not-an-id", bundle_id=BUNDLE.bundle_id, position=0, role=Role.MAIN)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_the_committed_json_schema_is_current(model: type[BaseModel]) -> None:
    assert schema_file(model).read_text(encoding="utf-8") == render(model), "run `make schemas`"


def test_the_package_exports_every_public_model() -> None:
    for name in contracts.__all__:
        assert hasattr(contracts, name)
    assert {m.__name__ for m in MODELS} <= set(contracts.__all__)
