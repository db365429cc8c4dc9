"""The benchmark corpus on disk: built once per size and seed under var/bench-corpus/."""

import json
from dataclasses import dataclass
from pathlib import Path

from services.bench.corpus import CorpusPage, Kind, build_corpus, read_sentences

ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = ROOT / "samples"
ANERCORP_TRAIN = (
    ROOT.parent / "shared" / "data" / "ner" / "anercorp_camel" / "ANERCorp_CamelLab_train.txt"
)
CACHE_DIR = ROOT / "var" / "bench-corpus"
SEED = 7
EXACT_RATE = 0.1
NEAR_RATE = 0.1


@dataclass(frozen=True)
class CorpusOnDisk:
    """Where a corpus sits and what it holds."""

    folder: Path
    files: list[Path]
    kinds: dict[str, int]
    total_bytes: int


def ensure_corpus(n_pages: int, cache_dir: Path = CACHE_DIR) -> CorpusOnDisk:
    """Write the corpus of `n_pages` pages unless its folder is already complete; describe it."""
    folder = cache_dir / f"{n_pages}-seed{SEED}"
    manifest = folder / "manifest.json"
    if not manifest.exists():
        folder.mkdir(parents=True, exist_ok=True)
        pages = _build(n_pages)
        for page in pages:
            (folder / page.name).write_text(page.text, encoding="utf-8")
        entries = [{"name": p.name, "kind": p.kind.value, "copy_of": p.copy_of} for p in pages]
        # Written last: its presence means every page is on disk.
        manifest.write_text(json.dumps({"seed": SEED, "pages": entries}), encoding="utf-8")
    entries = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    files = [folder / e["name"] for e in entries]
    kinds = {kind.value: 0 for kind in Kind}
    for entry in entries:
        kinds[entry["kind"]] += 1
    return CorpusOnDisk(folder, files, kinds, sum(f.stat().st_size for f in files))


def _build(n_pages: int) -> list[CorpusPage]:
    sentences = read_sentences(ANERCORP_TRAIN.read_text(encoding="utf-8"))
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES_DIR.glob("*.txt"))]
    return build_corpus(
        sentences, samples, n_pages, exact_rate=EXACT_RATE, near_rate=NEAR_RATE, seed=SEED
    )
