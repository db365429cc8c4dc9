"""Splitter speed on the sample pages, and peak memory on one huge bundle made of them.

Run: uv run python bench/splitter_throughput.py [megabytes]

Speed is MB of bundle bytes per second of this process's CPU time (one core), best of seven
rounds, so other work on the machine skews it less than wall time; wall time is shown beside it.
Peak RSS is measured in a fresh child process, so the speed rounds do not count toward it.
"""

import resource
import subprocess
import sys
import time
from pathlib import Path

from services.splitter.split import split_bundle
from shared.contracts import Bundle

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
ROUNDS = 7


def _pages() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]


def speed() -> None:
    """Sample bundles one by one, each built from its bytes as the worker does."""
    pages = _pages()
    split_bundle(Bundle.from_raw(pages[0]))  # load the word list before measuring
    size = sum(len(p) for p in pages) * 10
    cpu, wall = [], []
    for _ in range(ROUNDS):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        for _ in range(10):
            for page in pages:
                split_bundle(Bundle.from_raw(page))
        cpu.append(size / (time.process_time() - start_cpu) / 1e6)
        wall.append(size / (time.perf_counter() - start_wall) / 1e6)
    print(
        f"sample bundles one by one: {max(cpu):.1f} MB/s per core "
        f"(median {sorted(cpu)[ROUNDS // 2]:.1f}; wall {max(wall):.1f})"
    )


def memory(megabytes: float) -> None:
    """One bundle of the sample pages repeated to `megabytes`, split in this process."""
    pages = _pages()
    split_bundle(Bundle.from_raw(pages[0]))
    body = b"\n\n".join(pages)
    bundle = Bundle.from_raw(body * max(1, int(megabytes * 1e6 / len(body))))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.process_time()
    articles = split_bundle(bundle)
    seconds = time.process_time() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"one {len(bundle.raw) / 1e6:.1f} MB bundle: {seconds:.1f} s CPU, {len(articles)} articles, "
        f"peak RSS {after:.0f} MB ({before:.0f} MB holding the bundle, +{after - before:.0f} MB)"
    )


def main() -> None:
    if sys.argv[1:2] == ["--memory"]:
        memory(float(sys.argv[2]))
        return
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
    speed()
    subprocess.run([sys.executable, __file__, "--memory", str(megabytes)], check=True)  # noqa: S603 - this script


if __name__ == "__main__":
    main()
