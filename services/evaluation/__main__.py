"""`make eval`: every quality figure against ../shared/eval and ../shared/data, as one table.

The search section starts its own Elasticsearch node (or uses KHABAR_ES_URL) and stops it after.

Exits non-zero when a figure falls below its floor, so the same run is a quality gate.
"""

import os
import sys
import time
from pathlib import Path

from services.evaluation.report import Metric, render

ROOT = Path(__file__).resolve().parents[2]


def shared_dir() -> Path:
    """The data folder beside the project (KHABAR_SHARED overrides it)."""
    return Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared"))


def collect(shared: Path) -> list[Metric]:
    """Run every evaluation; the NER model is loaded once."""
    from services.enricher.canonical import InMemoryRegistry
    from services.enricher.enrich import Enricher, load_pipeline
    from services.evaluation.dedup import evaluate_dedup, evaluate_stories
    from services.evaluation.ner import (
        evaluate_canonical,
        evaluate_enricher_ner,
        evaluate_ner,
        evaluate_reader_entities,
        reader_pages,
    )
    from services.evaluation.pages import evaluate_pages
    from services.evaluation.search import evaluate_search
    from services.evaluation.splitter import evaluate_splitter
    from services.evaluation.stories import evaluate_story_set
    from services.splitter.split import split_bundle
    from shared.contracts import Bundle

    seeds, truth = shared / "seeds", shared / "eval" / "seeds-truth.json"
    ner_dir = shared / "data" / "ner" / "anercorp_camel"
    nlp = load_pipeline()
    enricher = Enricher(nlp, InMemoryRegistry())
    articles = [
        article
        for path in sorted(seeds.glob("*.txt"))
        for article in split_bundle(Bundle.from_raw(path.read_bytes(), name=path.name))
    ]
    return [
        *evaluate_splitter(seeds, truth),
        *evaluate_pages(),
        *evaluate_ner(ner_dir / "ANERCorp_CamelLab_test.reconstructed.txt", nlp),
        *evaluate_enricher_ner(
            ner_dir / "ANERCorp_CamelLab_test.reconstructed.txt", Enricher(nlp, InMemoryRegistry())
        ),
        *evaluate_canonical(truth, Enricher(nlp, InMemoryRegistry())),
        *evaluate_reader_entities(
            reader_pages(seeds, ROOT / "tests" / "corpus" / "stories" / "events_a.json"),
            Enricher(nlp, InMemoryRegistry()),
        ),
        *evaluate_dedup(seeds, ner_dir / "ANERCorp_CamelLab_train.txt"),
        *evaluate_stories(enricher.enrich_many(articles), truth),
        *evaluate_story_set(),
        *evaluate_search(),
    ]


def main() -> int:
    """Print the table; 1 if any figure is below its floor."""
    shared = shared_dir()
    if not (shared / "eval" / "seeds-truth.json").exists():
        sys.stderr.write(
            f"No ground truth at {shared}/eval; set KHABAR_SHARED to the shared folder.\n"
        )
        return 2
    started = time.perf_counter()
    metrics = collect(shared)
    sys.stdout.write(render(metrics) + "\n")
    failed = [m for m in metrics if not m.passed]
    sys.stdout.write(
        f"\n{len(metrics)} figures, {len(failed)} below floor, {time.perf_counter() - started:.0f}s\n"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
