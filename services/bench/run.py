"""`khabar bench`: every measurement in one run on the same fresh servers, then the report files."""

import importlib
import json
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch

from services.alerts.bench import bench_alerts
from services.bench.alert_latency import bench_alert_latency
from services.bench.ceilings import es_bulk_ceiling, redis_stream_ceiling
from services.bench.corpus_files import EXACT_RATE, NEAR_RATE, ensure_corpus
from services.bench.e2e import Round, Session
from services.bench.machine import describe_machine
from services.bench.plot import plot_throughput
from services.bench.servers import BenchServers, bench_servers
from services.bench.stages import bench_dedup, bench_dedup_store, bench_enricher, bench_splitter
from services.bench.summary import memory_summary, ratios
from services.bench.table import render_table, update_readme
from services.bench.transport import bench_transport
from services.dedup.story_bench import bench_story_linking, bench_story_store
from services.dedup.window_bench import bench_window_rollover
from services.indexer.bench_fields import bench_spelling_fields
from shared.contracts import Bundle, DedupedArticle, EnrichedArticle
from shared.index_documents import document_id, to_document
from shared.wire import encode

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

Say = Callable[[str], None]


@dataclass(frozen=True)
class Plan:
    """How much of everything a mode measures; full mode must finish in 10 minutes, quick in 2."""

    mode: str
    corpus: int
    split_budget_s: float
    enrich_budget_s: float
    store_sizes: tuple[int, ...]
    store_probes: int
    redis_messages: int
    documents: int
    hop_messages: int
    e2e_target_s: float
    paced_bundles: int
    bulk_budget_s: float
    store_budget_s: float
    pilot_store: int
    overlap_startup: bool
    story_rounds: int = 60  # replays of the story set: 60 x 182 reports ~ 11k articles linked
    story_store: int = 1_000_000  # articles' story state bulk loaded before linking is timed
    rollover: tuple[int, float] = (200_000, 40.0)  # articles per window, window shrunk to seconds
    watchlists: int = 1000  # stored before the alerts stage is timed
    alert_pages: int = 60  # pushed one by one for push -> alert delivered
    alerts_budget_s: float = 15


FULL = Plan(
    "full", 10_000, 15, 20, (100_000, 1_000_000), 2000, 20_000, 5000, 10_000, 45, 20, 12, 150,
    10_000, False,
)  # fmt: skip
QUICK = Plan(
    "quick", 500, 3, 4, (100_000,), 500, 5000, 1000, 2000, 5, 5, 3, 10, 2000, True, 5, 20_000,
    (20_000, 8.0), alerts_budget_s=4, alert_pages=12,
)  # fmt: skip


def _documents(articles: list[DedupedArticle], n: int) -> list[DedupedArticle]:
    """n documents shaped like the real ones: the deduped articles again, under fresh ids."""
    return [
        articles[i % len(articles)].model_copy(
            update={"id": f"{articles[i % len(articles)].id}-{i}"}
        )
        for i in range(n)
    ]


def _indexer(client: Elasticsearch, docs: list[DedupedArticle]) -> dict[str, Any] | None:
    try:
        module = importlib.import_module("services.indexer.bench")
    except ImportError:  # not written yet: the report shows a dash
        return None
    result: dict[str, Any] = module.bench_indexer(client, docs)
    return result


class _Phases:
    """Announces each phase and keeps how long every phase took."""

    def __init__(self, say: Say) -> None:
        self.say = say
        self.seconds: dict[str, float] = {}
        self._name: str | None = None
        self._since = time.monotonic()

    def __call__(self, name: str | None, text: str = "") -> None:
        now = time.monotonic()
        if self._name is not None:
            self.seconds[self._name] = round(now - self._since, 1)
        self._name, self._since = name, now
        if text:
            self.say(text)


def run_bench(plan: Plan, say: Say, progress: Say) -> dict[str, Any]:
    """Measure everything the plan asks for and return results.json's content."""
    began = time.monotonic()
    phase = _Phases(say)
    results: dict[str, Any] = {"machine": describe_machine(plan.mode)}
    stack = ExitStack()
    booting: Future[BenchServers] | None = None
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            # Full mode starts the servers on a quiet machine, after the single-core figures;
            # quick mode overlaps their start with those figures to stay within two minutes.
            if plan.overlap_startup:
                booting = pool.submit(stack.enter_context, bench_servers())
            pages, enriched = _alone(plan, phase, results)
            if booting is None:
                booting = pool.submit(stack.enter_context, bench_servers())
            phase("servers", "waiting for Redis and Elasticsearch on free ports ...")
            _on_servers(plan, booting.result(), phase, progress, results, pages, enriched)
            phase("stop_servers")
        finally:
            if booting is not None:
                with suppress(Exception):
                    booting.result()  # a start still under way must finish before we stop it
            stack.close()
    phase(None)
    results["phase_s"] = phase.seconds
    results["memory"] = memory_summary(results)
    results["ratios"] = ratios(results)
    results["duration_s"] = round(time.monotonic() - began, 1)
    return results


def html_pages() -> list[Bundle]:
    """The development corpus's HTML pages (tests/corpus/pages/built), a few rounds of them."""
    folder = ROOT / "tests" / "corpus" / "pages" / "built"
    pages = [
        Bundle.from_raw(path.read_bytes(), name=path.name, content_type="text/html")
        for path in sorted(folder.glob("*.html"))
    ]
    return pages * 5


def _alone(
    plan: Plan, phase: _Phases, results: dict[str, Any]
) -> tuple[list[bytes], list[EnrichedArticle]]:
    """The corpus, then the splitter and the enricher alone in this process."""
    phase("corpus", f"corpus: {plan.corpus:,} page dumps (cached under var/bench-corpus/)")
    corpus = ensure_corpus(plan.corpus)
    results["corpus"] = {
        "bundles": len(corpus.files),
        "bytes": corpus.total_bytes,
        "kinds": corpus.kinds,
        "exact_rate": EXACT_RATE,
        "near_rate": NEAR_RATE,
        "folder": str(corpus.folder.relative_to(ROOT)),
    }
    pages = [f.read_bytes() for f in corpus.files]
    bundles = [
        Bundle.from_raw(raw, name=f.name) for raw, f in zip(pages, corpus.files, strict=True)
    ]
    stages: dict[str, Any] = {}
    results["stages"] = stages
    phase("splitter", "splitter alone ...")
    stages["splitter"], articles = bench_splitter(bundles, plan.split_budget_s)
    phase("splitter_html", "splitter alone on HTML pages (trafilatura inside) ...")
    stages["splitter_html"], _ = bench_splitter(html_pages(), plan.split_budget_s / 2)
    phase("enricher", "enricher alone (loading the model) ...")
    stages["enricher"], enriched = bench_enricher(articles, plan.enrich_budget_s)
    return pages, enriched


def _on_servers(
    plan: Plan,
    servers: BenchServers,
    phase: _Phases,
    progress: Say,
    results: dict[str, Any],
    pages: list[bytes],
    enriched: list[EnrichedArticle],
) -> None:
    """Dedup, transport, ceilings, indexer and end to end, on this run's servers."""
    session = Session(servers.redis_url, servers.es_url, servers.folder / "logs", progress)
    try:
        # Workers boot only after the figures below: booting them alongside skews every figure.
        deduped = _stages_on_servers(plan, servers, phase, results, enriched)
        if deduped and plan.alert_pages:
            phase("alert_latency", f"push to alert delivered: {plan.alert_pages} pages, paced ...")
            results["e2e_alerts"] = bench_alert_latency(
                servers.redis_url,
                servers.es_url,
                pages[-plan.alert_pages :],
                deduped,
                servers.folder / "logs",
                watchlists=plan.watchlists,
                progress=progress,
            )
        _end_to_end(plan, session, phase, results, pages)
    finally:
        results["e2e"] = session.finish()


def _stages_on_servers(
    plan: Plan,
    servers: BenchServers,
    phase: _Phases,
    results: dict[str, Any],
    enriched: list[EnrichedArticle],
) -> list[DedupedArticle]:
    """Dedup, the transport hop, the ceilings and the indexer, each alone; the deduped articles."""
    stages = results["stages"]
    phase("dedup", "dedup alone on Redis ...")
    stages["dedup"], deduped = bench_dedup(servers.redis_url, enriched)
    store = _store_figures(plan, servers.redis_url, phase)
    if store:
        stages["dedup"]["store"] = store
        stages["dedup"]["latency_100k"] = store.get("100000")
        stages["dedup"]["latency_1m"] = store.get("1000000")
    phase("dedup_stories", f"story linking: {plan.story_rounds} rounds of the story set ...")
    stages["dedup"]["stories"] = bench_story_linking(servers.redis_url, plan.story_rounds)
    phase("dedup_story_store", f"story linking with {plan.story_store:,} articles stored ...")
    stories_store = bench_story_store(servers.redis_url, plan.story_store)
    stages["dedup"]["stories_store"] = stories_store
    if plan.story_store >= 1_000_000:
        stages["dedup"]["stories_1m"] = stories_store
    n_window, window_s = plan.rollover
    phase("dedup_rollover", f"bounded state: {n_window:,} articles a window, rolled over ...")
    stages["dedup"]["rollover"] = bench_window_rollover(servers.redis_url, n_window, window_s)
    phase("transport", "transport: a do-nothing StageRunner hop ...")
    stages["transport"] = bench_transport(servers.redis_url, enriched, plan.hop_messages)
    payload = encode(deduped[0])["payload"] if deduped else b"x" * 8000
    phase("redis_ceiling", "ceiling: raw Redis stream round trip ...")
    ceilings: dict[str, Any] = {
        "redis_stream": redis_stream_ceiling(servers.redis_url, payload, plan.redis_messages)
    }
    results["ceilings"] = ceilings
    client = Elasticsearch([servers.es_url], timeout=120)
    docs = _documents(deduped, plan.documents)
    if docs:
        phase("es_ceiling", "ceiling: raw Elasticsearch _bulk ...")
        pairs = [(document_id(d), to_document(d)) for d in docs]
        ceiling = es_bulk_ceiling(
            client, pairs, f"bench-ceiling-{uuid.uuid4().hex[:6]}", plan.bulk_budget_s
        )
        ceilings["es_bulk"] = ceiling
        phase("indexer", "indexer alone (index_batch against raw _bulk, 3 rounds) ...")
        # Sized so the six timed passes of bench_indexer fit the bulk budget again.
        n_docs = round(ceiling["docs_per_s"] * plan.bulk_budget_s / 6)
        indexer = _indexer(client, docs[: max(100, min(len(docs), n_docs))])
        if indexer is not None:
            indexer["docs_per_s"] = indexer.get("index_batch_docs_per_s")
            stages["indexer"] = indexer
            phase("indexer_fields", "indexer: size and rate with and without the spelling fields")
            indexer["spelling_fields"] = bench_spelling_fields(
                client, docs[: max(100, min(len(docs), n_docs))]
            )
    client.transport.close()
    if deduped:
        phase("alerts", f"alerts stage alone, {plan.watchlists:,} watchlists stored ...")
        stages["alerts"] = bench_alerts(
            servers.es_url,
            servers.redis_url,
            deduped,
            watchlists=plan.watchlists,
            budget_s=plan.alerts_budget_s,
        )
    return deduped


def _end_to_end(
    plan: Plan, session: Session, phase: _Phases, results: dict[str, Any], pages: list[bytes]
) -> None:
    """A round with 1 worker per stage, then one with 2, each on pages of its own."""
    n = max(30, round(_pipeline_bundle_rate(results["stages"]) * plan.e2e_target_s))
    n = min(n, len(pages) // 2 - plan.paced_bundles)
    share = n + plan.paced_bundles
    timeout_s = max(120.0, plan.e2e_target_s * 4)
    phase(
        "e2e_1", f"end to end, 1 worker per stage: {n} bundles, then {plan.paced_bundles} paced ..."
    )
    session.run(Round(1, pages[:n], pages[n:share]), timeout_s)
    phase(
        "e2e_2",
        f"end to end, 2 workers per stage: {n} more bundles, then {plan.paced_bundles} paced ...",
    )
    session.run(Round(2, pages[share : share + n], pages[share + n : 2 * share]), timeout_s)
    phase("e2e_finish", "reading peak memory and stopping the workers ...")


def _store_figures(plan: Plan, redis_url: str, phase: _Phases) -> dict[str, Any]:
    """The dedup store benchmark at each size whose bulk load fits the plan's time budget.

    A small pilot gives the load rate; a size it says would not load in time is
    recorded as skipped, with the estimate, rather than blowing the run's time box.
    """
    phase("dedup_store_pilot", f"dedup store: {plan.pilot_store:,}-article pilot ...")
    pilot = bench_dedup_store(redis_url, plan.pilot_store, min(plan.store_probes, 500))
    if pilot is None:
        return {}
    store: dict[str, Any] = {str(plan.pilot_store): pilot}
    load_rate = plan.pilot_store / max(float(pilot["load_seconds"]), 1e-3)
    budget = plan.store_budget_s
    for size in plan.store_sizes:
        estimate = size / load_rate
        if estimate > budget:
            store[str(size)] = {
                "skipped": f"loading {size:,} articles would take about {estimate:.0f}s at the"
                f" measured {load_rate:,.0f} articles/s; this run's budget left {budget:.0f}s",
            }
            continue
        phase(f"dedup_store_{size}", f"dedup store with {size:,} articles stored ...")
        figures = bench_dedup_store(redis_url, size, plan.store_probes)
        if figures is not None:
            store[str(size)] = figures
            budget -= float(figures["load_seconds"])
    return store


def _pipeline_bundle_rate(stages: dict[str, Any]) -> float:
    """Bundles per second the slowest standalone stage allows, to size the end-to-end burst."""
    splitter, enricher = stages.get("splitter", {}), stages.get("enricher", {})
    per_bundle = splitter.get("articles", 0) / max(splitter.get("bundles", 1), 1) or 1.0
    rates = [splitter.get("bundles_per_s", 0.0), enricher.get("articles_per_s", 0.0) / per_bundle]
    return max(min(r for r in rates if r) if any(rates) else 1.0, 0.5)


def write_report(results: dict[str, Any], out: Path) -> None:
    """results.json, the plot beside it, and the README table."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    plot_throughput(results, out.parent / "throughput.png")
    if README.exists():
        README.write_text(
            update_readme(README.read_text(encoding="utf-8"), render_table(results)),
            encoding="utf-8",
        )
