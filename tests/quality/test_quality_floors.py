"""The eval gate: every figure of `make eval` stays at or above its floor."""

import pytest

from services.evaluation.__main__ import collect, shared_dir
from services.evaluation.report import Metric

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def metrics() -> list[Metric]:
    shared = shared_dir()
    if not (shared / "eval" / "seeds-truth.json").exists():
        pytest.skip(f"no ground truth at {shared} (set KHABAR_SHARED)")
    return collect(shared)


def test_every_part_of_the_pipeline_is_scored(metrics: list[Metric]) -> None:
    assert {m.part for m in metrics} >= {"splitter", "ner", "canonical", "dedup", "stories"}


def test_no_figure_falls_below_its_floor(metrics: list[Metric]) -> None:
    below = [f"{m.part} {m.name}: {m.value:.3f} < {m.floor}" for m in metrics if not m.passed]
    assert not below, "\n".join(below)
