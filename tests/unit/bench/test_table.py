"""The README benchmark table: rendered from a results dict, placed between the markers."""

from services.bench.table import END, START, render_table, update_readme

RESULTS = {
    "machine": {"mode": "full", "cores": 2, "cpu_model": "AMD EPYC", "memory_mb": 24105},
    "corpus": {"bundles": 10000},
    "ceilings": {"redis_stream": {"round_trip_per_s": 3770.4}},
    "stages": {"enricher": {"words_per_s": 12345.6}},
    "e2e": {"workers_1": {"latency": {"p50_ms": 812.25, "p99_ms": 2400.0}}},
}


def test_table_shows_figures_with_units() -> None:
    table = render_table(RESULTS)
    assert "| Ceiling: Redis stream round trip | 3,770 msg/s |" in table
    assert "| Enricher (1 core) | 12,346 words/s |" in table


def test_table_shows_latency_as_p50_over_p99() -> None:
    table = render_table(RESULTS)
    assert "| Push → searchable p50 / p99, 1 worker | 812.2 / 2,400.0 ms |" in table


def test_table_marks_missing_figures_with_a_dash() -> None:
    assert "| Indexer | — |" in render_table(RESULTS)


def test_table_names_the_machine_and_corpus() -> None:
    table = render_table(RESULTS)
    assert "(full mode) on 2 cores (AMD EPYC)" in table
    assert "10,000 page dumps" in table


def test_update_readme_replaces_only_between_markers() -> None:
    readme = f"# Khabar\n\n## Benchmarks\n\n{START}\nold table\n{END}\n\n## After\nkept\n"
    updated = update_readme(readme, "new table")
    assert updated == f"# Khabar\n\n## Benchmarks\n\n{START}\nnew table\n{END}\n\n## After\nkept\n"


def test_update_readme_adds_heading_and_markers_when_missing() -> None:
    updated = update_readme("# Khabar\n\nIntro.\n", "table")
    assert updated == f"# Khabar\n\nIntro.\n\n## Benchmarks\n\n{START}\ntable\n{END}\n"


def test_update_readme_reuses_a_trailing_benchmarks_heading() -> None:
    updated = update_readme("# Khabar\n\n## Benchmarks\n", "table")
    assert updated == f"# Khabar\n\n## Benchmarks\n\n{START}\ntable\n{END}\n"


def test_table_says_when_a_store_size_was_skipped() -> None:
    results = {"stages": {"dedup": {"latency_1m": {"skipped": "loading would take 1600s"}}}}
    assert "| Dedup p50 / p99, 1M stored | skipped (bulk load too slow for the time box) |" in (
        render_table(results)
    )
