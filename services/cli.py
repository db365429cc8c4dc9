"""`khabar`: push bundles, run the pipeline, watch it, search what it indexed."""

import asyncio
import importlib
import json
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from shared.settings import ServiceSettings
from shared.streams import Stage, Streams

if TYPE_CHECKING:
    from redis import Redis

app = typer.Typer(
    help="Khabar (خبر): an event-driven pipeline for Arabic news.\n\n"
    "Push raw page dumps, let the workers split, enrich, deduplicate and index them, then search.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
)
dlq = typer.Typer(help="Inspect, retry or purge dead letters.")
app.add_typer(dlq, name="dlq")
watch = typer.Typer(
    help="Watchlists: saved searches that alert once per new story that matches.",
    no_args_is_help=True,
)
app.add_typer(watch, name="watch")
out = Console()
err = Console(stderr=True)

RedisUrl = Annotated[
    str | None,
    typer.Option("--redis-url", envvar="REDIS_URL", help="Redis to use.", show_default=False),
]
EsUrl = Annotated[
    str | None,
    typer.Option("--es-url", envvar="ES_URL", help="Elasticsearch to use.", show_default=False),
]


def _settings(redis_url: str | None = None, es_url: str | None = None) -> ServiceSettings:
    overrides = {k: v for k, v in {"redis_url": redis_url, "es_url": es_url}.items() if v}
    return ServiceSettings(**overrides)  # type: ignore[arg-type]


def _redis(settings: ServiceSettings) -> "Redis":
    """A connected client, or a clear message and exit 2 when Redis is not there."""
    from redis import Redis
    from redis.exceptions import ConnectionError as RedisDown

    client = Redis.from_url(settings.redis_url)
    try:
        client.ping()
    except RedisDown:
        err.print(
            f"Cannot reach Redis at {settings.redis_url}. Start it with `make run` "
            "(or infra/redis.sh start), or point REDIS_URL at yours."
        )
        raise typer.Exit(2) from None
    return client


@app.command()
def push(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of page dumps.", metavar="PATH")
    ],
    force: Annotated[bool, typer.Option(help="Push again even bundles already pushed.")] = False,
    redis_url: RedisUrl = None,
) -> None:
    """Push page dumps as bundles. A file already pushed (same bytes) is skipped."""
    from services.ops.push import bundle_files, push_files
    from services.splitter.decode import MAX_PAGE_BYTES

    settings = _settings(redis_url)
    try:
        files = list(bundle_files(paths))
    except FileNotFoundError as exc:
        err.print(f"{exc}. Name existing files or folders.")
        raise typer.Exit(2) from None
    redis = _redis(settings)
    columns = (TextColumn("pushing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("push", total=len(files))
        report = push_files(
            redis,
            Streams(settings.stream_prefix),
            files,
            max_bytes=settings.max_bundle_bytes,
            force=force,
            progress=lambda n: bar.advance(task, n),
        )
    out.print(f"{report.added} bundles pushed, {report.already_pushed} already pushed before.")
    for path in report.too_large:
        err.print(
            f"skipped {path}: larger than MAX_BUNDLE_BYTES ({settings.max_bundle_bytes:,} bytes)"
        )
    for path in report.cut:
        err.print(
            f"note: {path} is longer than one page: only its first {MAX_PAGE_BYTES:,} bytes"
            " become articles (marked page_cut); split it into one file per page to keep the rest"
        )


@app.command()
def worker(stage: Annotated[Stage, typer.Argument(help="Which stage this process runs.")]) -> None:
    """Run one worker of a stage; start more to scale it.

    Workers of a stage share its consumer group, so each entry goes to one of them.
    """
    module = importlib.import_module(f"services.{stage.value}.app")
    asyncio.run(module.create_app().run())


@app.command()
def ready(
    stage: Annotated[Stage, typer.Argument(help="Which stage to check.")],
    redis_url: RedisUrl = None,
) -> None:
    """Exit 0 when this host runs a ready worker of STAGE.

    Meant for container healthchecks.
    """
    import socket

    from services.ops.status import count_live_workers

    settings = _settings(redis_url)
    streams = Streams(settings.stream_prefix)
    if count_live_workers(_redis(settings), streams, stage, socket.gethostname()) == 0:
        err.print(f"no live {stage.value} worker on this host yet")
        raise typer.Exit(1)
    out.print(f"{stage.value} ready")


@app.command()
def run(
    workers: Annotated[int, typer.Option(min=1, max=16, help="Workers per stage.")] = 1,
    detach: Annotated[
        bool, typer.Option(help="Start everything and return; `khabar stop` ends it.")
    ] = False,
    push_path: Annotated[
        Path | None, typer.Option("--push", help="Push these bundles once the workers are up.")
    ] = None,
) -> None:
    """Start Redis, Elasticsearch and every stage's workers.

    Installs redis-server and the Elasticsearch artifacts first when they are missing.
    """
    from services.ops.launcher import start_servers, start_workers, stop_workers

    err.print("starting Redis and Elasticsearch (first run downloads and installs them) ...")
    ends = start_servers()
    env = {"REDIS_URL": ends.redis_url, "ES_URL": ends.es_url}
    procs = start_workers(workers, env)
    err.print(f"{len(procs)} workers started ({workers} per stage); logs in var/log/")
    if push_path is not None:
        push([push_path], force=False, redis_url=ends.redis_url)
        _wait_until_indexed(ends.redis_url)
    out.print(
        f"Search: khabar search 'لافروف'   |   Elasticsearch: {ends.es_url}/khabar-articles/_search"
    )
    out.print("Web page and API: khabar serve, then http://127.0.0.1:8080/")
    if detach:
        out.print("Stop everything with: khabar stop")
        return
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        while all(p.poll() is None for p in procs):
            time.sleep(1)
        err.print("a worker exited; stopping the others (see var/log/)")
    except KeyboardInterrupt:
        err.print("stopping workers in pipeline order ...")
    stop_workers()


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM to `khabar run` means what Ctrl-C means: stop the workers in order."""
    raise KeyboardInterrupt


def _wait_until_indexed(redis_url: str, timeout: float = 300.0) -> None:
    from services.ops.status import pipeline_status

    settings = _settings(redis_url)
    redis = _redis(settings)
    streams = Streams(settings.stream_prefix)
    deadline = time.monotonic() + timeout
    with err.status("waiting for the pipeline to drain ..."):
        while time.monotonic() < deadline:
            groups = pipeline_status(redis, streams).groups
            if all(g.live_workers and g.lag == 0 and g.pending == 0 for g in groups):
                return
            time.sleep(0.5)
    err.print("the pipeline has not drained yet; `khabar status` shows where it stands")


@app.command()
def stop(
    servers: Annotated[bool, typer.Option(help="Also stop Redis and Elasticsearch.")] = True,
) -> None:
    """Stop what `khabar run --detach` started.

    Workers stop stage by stage in pipeline order, then Redis and Elasticsearch.
    """
    from services.ops.launcher import stop_servers, stop_workers

    out.print(f"{stop_workers()} workers stopped")
    if servers:
        stop_servers()
        out.print("Redis and Elasticsearch stopped")


@app.command()
def status(redis_url: RedisUrl = None, es_url: EsUrl = None) -> None:
    """Show streams, lag, workers, dead letters and indexed documents."""
    from services.ops.status import pipeline_status

    settings = _settings(redis_url, es_url)
    report = pipeline_status(_redis(settings), Streams(settings.stream_prefix))
    table = Table("stage", "input stream", "length", "pending", "lag", "workers")
    for g in report.groups:
        lag = "?" if g.lag is None else str(g.lag)
        table.add_row(g.stage, g.stream, str(g.length), str(g.pending), lag, str(g.live_workers))
    out.print(table)
    out.print(
        f"dead letters: {report.dead_letters}"
        + ("  (khabar dlq list)" if report.dead_letters else "")
    )
    try:
        from shared.search import make_client

        count = make_client(settings).count(index=settings.es_index)["count"]
        out.print(f"indexed documents: {count}")
    except Exception as exc:  # status must work while Elasticsearch is down
        out.print(f"indexed documents: unknown (Elasticsearch: {type(exc).__name__})")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words to find; "quoted words" match as a phrase.')],
    source: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    since: Annotated[
        str | None, typer.Option("--from", help="Published on or after (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--to", help="Published on or before (YYYY-MM-DD).")
    ] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity.")] = None,
    story: Annotated[str | None, typer.Option(help="Only this story id.")] = None,
    size: Annotated[int, typer.Option(min=1, max=100)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    es_url: EsUrl = None,
) -> None:
    """Search indexed articles, one hit per story, with highlights."""
    from services.search import search as run_search
    from shared.search import make_client

    settings = _settings(es_url=es_url)
    result = run_search(
        make_client(settings),
        settings.es_index,
        query,
        source=source,
        date_from=since,
        date_to=until,
        entity=entity,
        story=story,
        size=size,
    )
    if as_json:
        sys.stdout.write(result.model_dump_json() + "\n")
        return
    out.print(f"{result.total} matching articles, one line per story")
    also = [spelling for spellings in result.also.values() for spelling in spellings]
    if also:
        out.print(f"also: {'، '.join(also)}", markup=False)
    for hit in result.hits:
        more = f"  (+{hit.group_size - 1} in this story)" if hit.group_size > 1 else ""
        story_id = f"story {hit.story_id}" if hit.story_id else None
        where = " · ".join(str(x) for x in (hit.source, hit.published_at, story_id) if x)
        out.print(f"\n{hit.title or '(no title)'}{more}", markup=False, soft_wrap=True)
        if where:
            out.print(f"   {where}", markup=False, soft_wrap=True)
        for fragment in hit.snippets[:2]:
            out.print(_snippet(fragment), soft_wrap=True)
    stories = [f for f in result.facets.get("stories", []) if f.count > 1]
    if stories:
        out.print("\nStories with the most matching articles (khabar story ID shows one):")
        for facet in stories:
            out.print(f"   {facet.count:>3}  {facet.value}", markup=False, soft_wrap=True)


def _snippet(fragment: str) -> Text:
    """A highlight as terminal text: entities unescaped, matched words in bold reverse."""
    from services.highlight import pieces

    line = Text("   … ")
    for text, marked in pieces(fragment):
        line.append(text, style="bold reverse" if marked else None)
    return line.append(" …")


@app.command()
def story(
    story_id: Annotated[
        str, typer.Argument(help="A story id, as `khabar search` prints it.", metavar="ID")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    es_url: EsUrl = None,
) -> None:
    """Show one story: its first report, every report in time order, shared entities and places.

    Copies (exact or near duplicates of another report) are marked in the timeline.
    """
    from services.story_text import story_lines
    from services.story_view import get_story
    from shared.errors import SearchUnavailable
    from shared.search import make_client

    settings = _settings(es_url=es_url)
    try:
        view = get_story(make_client(settings), settings.es_index, story_id)
    except SearchUnavailable as error:
        err.print(
            f"Cannot reach Elasticsearch at {settings.es_url}. Start it with `make run`,"
            f" or point ES_URL at yours.\n({error})",
            markup=False,
        )
        raise typer.Exit(2) from None
    if view is None:
        err.print(
            f"No articles with story id {story_id}; `khabar search` shows story ids.", markup=False
        )
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(view.model_dump_json() + "\n")
        return
    for line in story_lines(view):
        out.print(line, markup=False, soft_wrap=True, highlight=False)


@app.command()
def alerts(
    watchlist: Annotated[
        str | None,
        typer.Option(help="Only this watchlist (its id or name).", metavar="WATCHLIST"),
    ] = None,
    count: Annotated[int, typer.Option(min=1, max=1000, help="How many, newest first.")] = 20,
    digest: Annotated[
        bool, typer.Option("--digest", help="One day's stories per watchlist, with outlets.")
    ] = False,
    day: Annotated[
        str | None,
        typer.Option(help="The digest's day (UTC), YYYY-MM-DD; today by default.", metavar="DAY"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    redis_url: RedisUrl = None,
    es_url: EsUrl = None,
) -> None:
    """Recent alerts, newest first: when, watchlist, owner, delivery state, title, source, story.

    Delivery states: queued (not handled yet), list only (no webhook target), retrying,
    delivered, failed (in dead letters: `khabar dlq list`).
    """
    import json
    from datetime import UTC, date, datetime

    from services.alert_list import daily_digest, recent_alerts
    from services.alert_text import alert_lines, digest_lines, outlets_from_search

    try:
        the_day = date.fromisoformat(day) if day else datetime.now(UTC).date()
    except ValueError:
        err.print(f"--day {day!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.")
        raise typer.Exit(2) from None
    settings = _settings(redis_url, es_url)
    streams = Streams(settings.stream_prefix)
    if not digest:
        rows = recent_alerts(_redis(settings), streams, count, watchlist)
        if as_json:
            shared = [row.shareable().model_dump(mode="json") for row in rows]
            sys.stdout.write(json.dumps(shared, ensure_ascii=False) + "\n")
        elif rows:
            for line in alert_lines(rows):
                out.print(line, markup=False, soft_wrap=True, highlight=False)
        else:
            out.print("no alerts yet: the alerts stage writes one when a watchlist matches a story")
        return
    rows = recent_alerts(_redis(settings), streams, 10_000, watchlist)
    digests = daily_digest(rows, the_day, outlets_from_search(settings))
    if as_json:
        shared = [d.model_dump(mode="json") for d in digests]
        sys.stdout.write(json.dumps(shared, ensure_ascii=False) + "\n")
        return
    for line in digest_lines(digests, the_day):
        out.print(line, markup=False, soft_wrap=True, highlight=False)


@app.command()
def analyze(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of page dumps.", metavar="PATH")
    ],
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One article per line as contract JSON.")
    ] = False,
) -> None:
    """Run the whole pipeline in-process, without any server."""
    from services.ops.push import bundle_files
    from services.pipeline import InProcessPipeline
    from shared.contracts import Bundle

    pipeline = InProcessPipeline()
    for path in bundle_files(paths):
        outcome = pipeline.run(Bundle.from_raw(path.read_bytes(), name=path.name))
        if outcome.error is not None:
            err.print(f"{path}: {outcome.error}")
            continue
        for article in outcome.articles:
            if jsonl:
                sys.stdout.write(article.model_dump_json() + "\n")
            else:
                title = article.title or "(no title)"
                out.print(f"{path.name} #{article.position} {article.role.value:<9} {title}")


@dlq.command("list")
def dlq_list(redis_url: RedisUrl = None, count: int = 50) -> None:
    """The oldest dead letters, with stage and reason."""
    from services.ops.dead_letters import list_letters

    settings = _settings(redis_url)
    letters = list_letters(_redis(settings), Streams(settings.stream_prefix), count)
    table = Table("id", "stage", "error", "reason")
    for item in letters:
        table.add_row(item.entry_id, item.letter.stage, item.letter.error_type, item.letter.reason)
    out.print(table if letters else "no dead letters")


@dlq.command("show")
def dlq_show(entry_id: str, redis_url: RedisUrl = None) -> None:
    """One dead letter in full (the original fields are base64 in the JSON)."""
    from services.ops.dead_letters import get_letter

    settings = _settings(redis_url)
    item = get_letter(_redis(settings), Streams(settings.stream_prefix), entry_id)
    if item is None:
        err.print(f"no dead letter {entry_id}; `khabar dlq list` shows the ids")
        raise typer.Exit(1)
    out.print_json(item.letter.model_dump_json())


@dlq.command("retry")
def dlq_retry(
    entry_ids: Annotated[
        list[str] | None, typer.Argument(help="Ids to retry; all when none.")
    ] = None,
    redis_url: RedisUrl = None,
) -> None:
    """Put dead letters back on their stream for another try."""
    from services.ops.dead_letters import retry_letters

    settings = _settings(redis_url)
    n = retry_letters(_redis(settings), Streams(settings.stream_prefix), entry_ids)
    out.print(f"{n} dead letters sent back")


@dlq.command("purge")
def dlq_purge(
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False,
    redis_url: RedisUrl = None,
) -> None:
    """Delete every dead letter."""
    from services.ops.dead_letters import purge_letters

    if not yes:
        typer.confirm("Delete every dead letter?", abort=True)
    settings = _settings(redis_url)
    out.print(
        f"{purge_letters(_redis(settings), Streams(settings.stream_prefix))} dead letters deleted"
    )


@contextmanager
def _watchlist_errors(settings: ServiceSettings) -> Iterator[None]:
    """Elasticsearch down or a refused request: say what to do and exit 2."""
    from elasticsearch7.exceptions import TransportError

    from shared.errors import SearchUnavailable

    try:
        yield
    except SearchUnavailable as error:
        err.print(
            f"Cannot reach Elasticsearch at {settings.es_url}. Start it with `make run`,"
            f" or point ES_URL at yours.\n({error})",
            markup=False,
        )
        raise typer.Exit(2) from None
    except TransportError as error:
        err.print(f"Elasticsearch refused the request: {error.error}", markup=False)
        raise typer.Exit(2) from None


@watch.command("add")
def watch_add(
    name: Annotated[str, typer.Argument(help="What to call it, e.g. 'Lavrov and Rubio'.")],
    query: Annotated[
        str, typer.Argument(help='Words, as in `khabar search`; "quoted words" = phrase.')
    ] = "",
    owner: Annotated[
        str, typer.Option(help="Who follows it: a desk, a team, a person.", show_default=False)
    ] = "",
    source: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    entity: Annotated[str | None, typer.Option(help="Only articles naming this entity.")] = None,
    since: Annotated[
        str | None, typer.Option("--from", help="Published on or after (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--to", help="Published on or before (YYYY-MM-DD).")
    ] = None,
    target: Annotated[
        str | None, typer.Option(help="Webhook URL the delivery stage POSTs each alert to.")
    ] = None,
    es_url: EsUrl = None,
) -> None:
    """Follow a query: the first article of each new story that matches raises one alert.

    Later reports and copies of that story are counted on the alert, never alerted again.
    """
    from pydantic import ValidationError

    from services.alerts.watchlist import WatchlistSpec
    from services.alerts.watchlist_index import add_watchlist, watchlist_index
    from shared.search import make_client

    try:
        spec = WatchlistSpec.model_validate(
            {
                "name": name,
                "owner": owner,
                "query": query,
                "source": source,
                "entity": entity,
                "date_from": since,
                "date_to": until,
                "target": target,
            }
        )
    except ValidationError as error:
        for problem in error.errors():
            where = ".".join(str(p) for p in problem["loc"]) or "watchlist"
            err.print(f"{where}: {problem['msg']}", markup=False)
        err.print("Give --owner, and words, --source or --entity (see --help).")
        raise typer.Exit(2) from None
    settings = _settings(es_url=es_url)
    with _watchlist_errors(settings):
        made = add_watchlist(make_client(settings), watchlist_index(settings.es_index), spec)
    where = made.target or "the alerts list only (no --target)"
    out.print(
        f"watchlist {made.id} added: {made.name}; alerts go to {where}",
        markup=False,
        soft_wrap=True,
    )


@watch.command("list")
def watch_list(
    owner: Annotated[str | None, typer.Option(help="Only this owner's watchlists.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    es_url: EsUrl = None,
) -> None:
    """Every watchlist, oldest first: id, name, owner, query, target, state."""
    from services.alerts.watchlist_index import list_watchlists, watchlist_index
    from shared.search import make_client

    settings = _settings(es_url=es_url)
    with _watchlist_errors(settings):
        found = list_watchlists(make_client(settings), watchlist_index(settings.es_index), owner)
    if as_json:
        rows = [w.model_dump(mode="json") for w in found]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False) + "\n")
        return
    if not found:
        out.print("no watchlists yet: khabar watch add NAME QUERY --owner DESK")
        return
    table = Table("name", "owner", "query", "target", "state")
    table.add_column("id", no_wrap=True, min_width=16)  # whole, to copy into pause/resume/rm
    for w in found:
        state = "paused" if w.paused else "active"
        table.add_row(w.name, w.owner, w.search_text(), w.target or "-", state, w.id)
    out.print(table)


def _set_paused(watchlist_id: str, paused: bool, es_url: str | None) -> None:
    from services.alerts.watchlist_index import set_paused, watchlist_index
    from shared.search import make_client

    settings = _settings(es_url=es_url)
    with _watchlist_errors(settings):
        index = watchlist_index(settings.es_index)
        changed = set_paused(make_client(settings), index, watchlist_id, paused)
    if changed is None:
        err.print(f"no watchlist {watchlist_id}; `khabar watch list` shows the ids", markup=False)
        raise typer.Exit(1)
    out.print(f"watchlist {watchlist_id} {'paused' if paused else 'resumed'}", markup=False)


WatchlistId = Annotated[
    str, typer.Argument(help="A watchlist id, as `khabar watch list` shows it.", metavar="ID")
]


@watch.command("pause")
def watch_pause(watchlist_id: WatchlistId, es_url: EsUrl = None) -> None:
    """Stop a watchlist alerting until it is resumed; stories seen meanwhile never alert."""
    _set_paused(watchlist_id, True, es_url)


@watch.command("resume")
def watch_resume(watchlist_id: WatchlistId, es_url: EsUrl = None) -> None:
    """Let a paused watchlist alert again, from the next articles on."""
    _set_paused(watchlist_id, False, es_url)


@watch.command("rm")
def watch_rm(watchlist_id: WatchlistId, es_url: EsUrl = None) -> None:
    """Delete a watchlist; alerts it already raised stay in the alerts stream."""
    from services.alerts.watchlist_index import remove_watchlist, watchlist_index
    from shared.search import make_client

    settings = _settings(es_url=es_url)
    with _watchlist_errors(settings):
        index = watchlist_index(settings.es_index)
        removed = remove_watchlist(make_client(settings), index, watchlist_id)
    if not removed:
        err.print(f"no watchlist {watchlist_id}; `khabar watch list` shows the ids", markup=False)
        raise typer.Exit(1)
    out.print(f"watchlist {watchlist_id} removed", markup=False)


@app.command()
def reindex(es_url: EsUrl = None) -> None:
    """Copy the index into its next version and swap the alias.

    The swap is atomic, so search never fails during a reindex.
    """
    from services.indexer.reindex import reindex as run_reindex
    from shared.search import make_client

    settings = _settings(es_url=es_url)
    out.print(
        f"alias {settings.es_index} now points to {run_reindex(make_client(settings), settings.es_index)}"
    )


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8080,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
) -> None:
    """Serve the search API and the Arabic search page."""
    import uvicorn

    from services.api import create_app

    uvicorn.run(create_app(_settings()), host=host, port=port)


@app.command()
def bench(
    quick: Annotated[
        bool, typer.Option("--quick", help="A small corpus; finishes in about 2 minutes.")
    ] = False,
    out_path: Annotated[
        Path, typer.Option("--out", help="Where results.json goes; the plot goes beside it.")
    ] = Path("bench/results.json"),
) -> None:
    """Measure throughput, latency and memory on fresh local servers.

    Writes bench/results.json, bench/throughput.png and the README table.
    """
    from services.bench.run import FULL, QUICK, run_bench, write_report

    plan = QUICK if quick else FULL
    with err.status("starting ...") as shown:
        results = run_bench(plan, say=err.print, progress=lambda text: shown.update(text))
    write_report(results, out_path)
    ratios = results.get("ratios", {})
    out.print(
        f"{plan.mode} run in {results['duration_s']:.0f}s; results in {out_path}, plot beside it, "
        f"README table updated. End to end / slowest stage: {ratios.get('e2e_over_slowest_stage')}"
    )


if __name__ == "__main__":
    app()
