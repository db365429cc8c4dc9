"""The eval gate: every figure of `make eval` stays at or above its floor."""

import pytest

from services.evaluation.__main__ import collect, shared_dir
from services.evaluation.report import Metric

pytestmark = [pytest.mark.slow, pytest.mark.integration]


@pytest.fixture(scope="module")
def metrics(es_url: str) -> list[Metric]:
    shared = shared_dir()
    if not (shared / "eval" / "seeds-truth.json").exists():
        pytest.skip(f"no ground truth at {shared} (set KHABAR_SHARED)")
    # The search suite runs on the session's node rather than starting a second one.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KHABAR_ES_URL", es_url)
        return collect(shared)


def test_every_part_of_the_pipeline_is_scored(metrics: list[Metric]) -> None:
    parts = {"splitter", "ner", "canonical", "dedup", "stories", "search"}
    assert {m.part for m in metrics} >= parts


def test_no_figure_falls_below_its_floor(metrics: list[Metric]) -> None:
    below = [f"{m.part} {m.name}: {m.value:.3f} < {m.floor}" for m in metrics if not m.passed]
    assert not below, "\n".join(below)
