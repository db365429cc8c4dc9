"""Push → alert delivered, through every stage as a real worker process and a local receiver."""

from pathlib import Path

import pytest

from services.bench.alert_latency import bench_alert_latency
from services.splitter.split import split_bundle
from shared.contracts import Bundle, Role
from tests.unit.indexer.factory import make_deduped

pytestmark = [pytest.mark.integration, pytest.mark.faults]

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


def test_alerts_reach_the_receiver_and_their_latency_is_measured(
    redis_url: str, es_url: str, tmp_path: Path
) -> None:
    pages = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    if not pages:
        pytest.skip(f"no sample pages at {SEEDS}")
    titles = [
        a.title
        for raw in pages
        for a in split_bundle(Bundle.from_raw(raw, name="seed.txt"))
        if a.role is Role.MAIN and a.title
    ]
    articles = [make_deduped(i, title=t, story_id=f"s{i}") for i, t in enumerate(titles)]
    report = bench_alert_latency(
        redis_url, es_url, pages, articles, tmp_path, watchlists=20, interval_s=0.2
    )
    assert report["bundles"] == len(pages)
    assert report["alerts"] >= 1
    assert 0 < report["p50_ms"] <= report["p99_ms"]
