"""Splitter speed and peak memory on the sample bundles repeated to a large page.

Run: uv run python bench/splitter_throughput.py [megabytes]
"""

import resource
import sys
import time
from pathlib import Path

from services.splitter.split import split_bundle
from shared.contracts import Bundle

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 50.0
    pages = [p.read_bytes() for p in sorted(SEEDS.glob("*.txt"))]
    split_bundle(Bundle.from_raw(pages[0]))  # load the vocabulary before measuring
    start = time.perf_counter()
    total = 0
    while total < 5_000_000:
        for page in pages:
            split_bundle(Bundle.from_raw(page))
            total += len(page)
    small = total / (time.perf_counter() - start) / 1e6
    print(f"sample bundles one by one: {small:.1f} MB/s")

    big = b"\n\n".join(pages) * int(megabytes * 1e6 / sum(len(p) + 2 for p in pages))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    articles = split_bundle(Bundle.from_raw(big))
    seconds = time.perf_counter() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"one {len(big) / 1e6:.1f} MB bundle: {len(big) / seconds / 1e6:.1f} MB/s, "
        f"{len(articles)} articles, peak RSS {rss_after:.0f} MB (before {rss_before:.0f} MB)"
    )


if __name__ == "__main__":
    main()
