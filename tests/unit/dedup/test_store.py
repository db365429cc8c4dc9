"""The in-memory DedupStore keeps the contract the Redis one keeps (tests/integration/dedup)."""

from collections.abc import Callable

import pytest

from services.dedup.store import DedupStore, InMemoryDedupStore, shard_count
from tests.unit.dedup.store_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_in_memory_store(case: Callable[[DedupStore], None]) -> None:
    case(InMemoryDedupStore())


@pytest.mark.parametrize(
    ("capacity", "shards"), [(1, 1), (64, 1), (65, 2), (100_000, 2048), (1_000_000, 16384)]
)
def test_shard_count_keeps_about_64_entries_per_shard(capacity: int, shards: int) -> None:
    assert shard_count(capacity) == shards
