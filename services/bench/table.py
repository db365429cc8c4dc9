"""The README's benchmark table, rendered from results.json and put between its markers."""

from typing import Any

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
HEADING = "## Benchmarks"
MISSING = "—"


def lookup(results: dict[str, Any], path: str) -> Any:
    """The value at a dotted path of the results, None when any part is missing."""
    node: Any = results
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _num(value: Any, unit: str = "", digits: int = 0) -> str:
    if not isinstance(value, int | float):
        return MISSING
    text = f"{value:,.{digits}f}"
    return f"{text} {unit}".strip()


# (label, path in results.json, unit, digits)
_ROWS: tuple[tuple[str, str, str, int], ...] = (
    ("Ceiling: Redis stream round trip", "ceilings.redis_stream.round_trip_per_s", "msg/s", 0),
    ("Ceiling: Elasticsearch raw `_bulk`", "ceilings.es_bulk.docs_per_s", "docs/s", 0),
    ("Splitter (1 core)", "stages.splitter.mb_per_s", "MB/s", 2),
    ("Splitter (1 core)", "stages.splitter.articles_per_s", "articles/s", 0),
    ("Splitter on HTML pages (1 core)", "stages.splitter_html.mb_per_s", "MB/s", 2),
    ("Splitter on HTML pages (1 core)", "stages.splitter_html.bundles_per_s", "pages/s", 1),
    ("Enricher (1 core)", "stages.enricher.words_per_s", "words/s", 0),
    ("Enricher (1 core)", "stages.enricher.articles_per_s", "articles/s", 1),
    ("Dedup check-and-insert", "stages.dedup.per_s", "articles/s", 0),
    ("Dedup p50 / p99, 10k stored", "stages.dedup.store.10000", "", 0),
    ("Dedup p50 / p99, 100k stored", "stages.dedup.latency_100k", "", 0),
    ("Dedup p50 / p99, 1M stored", "stages.dedup.latency_1m", "", 0),
    (
        "Dedup store per article, 100k stored",
        "stages.dedup.store.100000.bytes_per_article",
        "bytes",
        0,
    ),
    (
        "Dedup store per article, 1M stored",
        "stages.dedup.store.1000000.bytes_per_article",
        "bytes",
        0,
    ),
    (
        "Dedup store bulk load, 1M articles",
        "stages.dedup.store.1000000.load_articles_per_s",
        "articles/s",
        0,
    ),
    ("Story linking p50 / p99 per article", "stages.dedup.stories", "", 1),
    (
        "Story state per article",
        "stages.dedup.stories.bytes_per_article",
        "bytes",
        0,
    ),
    ("Story linking p50 / p99, 1M stored", "stages.dedup.stories_1m", "", 1),
    (
        "Story state per article, 1M stored",
        "stages.dedup.stories_1m.bytes_per_article",
        "bytes",
        0,
    ),
    (
        "Dedup + story state per article, one window",
        "stages.dedup.rollover.bytes_per_article_one_window",
        "bytes",
        0,
    ),
    (
        "… after the window rolled over (2x the articles seen)",
        "stages.dedup.rollover.bytes_per_article_after_rollover",
        "bytes",
        0,
    ),
    ("Indexer", "stages.indexer.docs_per_s", "docs/s", 0),
    (
        "Index size per article, without / with spelling fields",
        "stages.indexer.spelling_fields.bytes_per_doc",
        "bytes",
        0,
    ),
    (
        "Index size with / without spelling fields",
        "stages.indexer.spelling_fields.size_ratio",
        "(aim ≤ 1.25)",
        2,
    ),
    (
        "Indexing rate with / without spelling fields",
        "stages.indexer.spelling_fields.rate_ratio",
        "",
        2,
    ),
    ("Alerts stage, 1,000 watchlists stored", "stages.alerts.articles_per_s", "articles/s", 0),
    ("Alerts percolation p50 / p99 per batch (128)", "stages.alerts.percolate_per_batch", "", 1),
    ("Stage transport (StageRunner hop)", "stages.transport.ms_per_message", "ms/msg", 3),
    ("End to end, 1 worker per stage", "e2e.workers_1.articles_per_s", "articles/s", 1),
    ("End to end, 2 workers per stage", "e2e.workers_2.articles_per_s", "articles/s", 1),
    ("Push → searchable p50 / p99, 1 worker", "e2e.workers_1.latency", "", 0),
    ("Push → searchable p50 / p99, 2 workers", "e2e.workers_2.latency", "", 0),
    ("Push → alert delivered p50 / p99 (webhook)", "e2e_alerts", "", 0),
    ("Peak RSS per worker (max)", "memory.peak_rss_mb_max", "MB", 0),
    ("Redis memory per article (streams included)", "memory.redis_bytes_per_article", "bytes", 0),
    (
        "Redis state per article (dedup, registry)",
        "memory.redis_state_bytes_per_article",
        "bytes",
        0,
    ),
    ("Index size per article", "memory.index_bytes_per_document", "bytes", 0),
    ("E2E / slowest stage alone", "ratios.e2e_over_slowest_stage", "(aim ≥ 0.7)", 2),
    ("2 workers / 1 worker per stage", "ratios.scaling_2_over_1_workers", "", 2),
    ("Indexer / `_bulk` ceiling", "ratios.indexer_over_bulk_ceiling", "", 2),
    ("Alerts stage / end to end (1 worker)", "ratios.alerts_over_e2e", "(aim ≥ 1.5)", 2),
)


def _cell(value: Any, unit: str, digits: int) -> str:
    if isinstance(value, dict) and "skipped" in value:
        return "skipped (bulk load too slow for the time box)"
    if isinstance(value, dict) and "p50_ms" in value:
        return f"{_num(value['p50_ms'], digits=1)} / {_num(value['p99_ms'], 'ms', 1)}"
    if isinstance(value, dict) and "without" in value:
        return f"{_num(value['without'], digits=digits)} / {_num(value['all'], unit, digits)}"
    return _num(value, unit, digits)


def render_table(results: dict[str, Any]) -> str:
    """A Markdown table of the headline figures, with the machine and mode underneath."""
    lines = ["| Measure | Result |", "|---|---|"]
    lines += [
        f"| {label} | {_cell(lookup(results, path), unit, digits)} |"
        for label, path, unit, digits in _ROWS
    ]
    machine = results.get("machine", {})
    corpus = results.get("corpus", {})
    lines += [
        "",
        f"Measured by `make bench` ({machine.get('mode', '?')} mode) on {machine.get('cores', '?')}"
        f" cores ({machine.get('cpu_model', '?')}), {_num(machine.get('memory_mb'), 'MB')} RAM,"
        f" Python {machine.get('python', '?')}, {machine.get('date', '?')}; corpus of"
        f" {_num(corpus.get('bundles'))} page dumps. Every figure is in `bench/results.json`;"
        " the plot is `bench/throughput.png`.",
    ]
    return "\n".join(lines)


def update_readme(readme: str, table: str) -> str:
    """The README with `table` between the bench markers (added under a heading if missing)."""
    block = f"{START}\n{table}\n{END}"
    if START in readme and END in readme:
        head, _, rest = readme.partition(START)
        _, _, tail = rest.partition(END)
        return f"{head}{block}{tail}"
    text = readme.rstrip("\n")
    if not text.endswith(HEADING):
        text += f"\n\n{HEADING}"
    return f"{text}\n\n{block}\n"
