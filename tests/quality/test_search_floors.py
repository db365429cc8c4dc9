"""The search-quality suite's gate: Khabar's held-out figures stay at or above their floors."""

import pytest

from services.evaluation.report import Metric
from services.evaluation.search import FLOORS, evaluate_search

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def metrics(es_url: str) -> list[Metric]:
    return evaluate_search(es_url)


def test_both_variants_are_scored_on_every_kind(metrics: list[Metric]) -> None:
    names = {m.name for m in metrics}
    for kind in ("all", "names", "plurals", "phrases", "traps"):
        for variant in ("khabar", "reference"):
            assert f"{variant} recall@10 ({kind})" in names


def test_floors_guard_the_kinds_search_already_handles(metrics: list[Metric]) -> None:
    floored = {m.name for m in metrics if m.floor is not None}
    assert len(floored) == len(FLOORS)
    assert all(name.startswith("khabar ") for name in floored)


def test_no_search_figure_falls_below_its_floor(metrics: list[Metric]) -> None:
    below = [f"{m.name}: {m.value:.3f} < {m.floor}" for m in metrics if not m.passed]
    assert not below, "\n".join(below)
