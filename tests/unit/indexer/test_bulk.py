"""Which bulk failures are retried and how their reasons read."""

import pytest

from services.indexer.bulk import error_reason, is_retryable


@pytest.mark.parametrize(
    ("status", "error", "retry"),
    [
        (429, {"type": "es_rejected_execution_exception"}, True),
        (503, {"type": "unavailable_shards_exception"}, True),
        (500, None, True),
        ("N/A", "ConnectionError(refused)", True),
        (404, {"type": "index_not_found_exception"}, True),
        (400, {"type": "mapper_parsing_exception"}, False),
        (400, {"type": "strict_dynamic_mapping_exception"}, False),
        (409, {"type": "version_conflict_engine_exception"}, False),
    ],
    ids=["429", "503", "500", "no-connection", "alias-gone", "mapping", "strict", "conflict"],
)
def test_is_retryable_splits_transient_from_permanent_failures(
    status: object, error: object, retry: bool
) -> None:
    assert is_retryable(status, error) is retry


def test_error_reason_keeps_type_reason_and_cause() -> None:
    error = {
        "type": "mapper_parsing_exception",
        "reason": "failed to parse field [published_at]",
        "caused_by": {"type": "illegal_argument_exception", "reason": "bad date"},
    }
    assert error_reason(400, error) == (
        "400 mapper_parsing_exception: failed to parse field [published_at]"
        " (caused by illegal_argument_exception: bad date)"
    )
