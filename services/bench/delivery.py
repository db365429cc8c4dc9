"""The delivery worker alone: N alerts on the stream, one `khabar worker delivery`, a local receiver.

    uv run --frozen python -m services.bench.delivery --alerts 2000 --rounds 3

Each variant is a receiver (HTTP/1.1 keep-alive; HTTP/1.0, one connection per POST; HTTP/1.0
with socketserver's listen backlog of 5, the old bench receiver) and a code tree for the worker
(`--tree before=/path/to/a/copy` runs another checkout's code, to compare versions in one run).
Variants alternate round by round, so a busy machine slows them alike; read the ratios. The worker
starts on an empty stream; the clock runs from the XADD of the alerts to the group having
acknowledged all of them. Worker CPU is read from /proc (user + system) over the same span.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redis import Redis

from services.bench.receiver import WebhookReceiver
from services.bench.servers import REDIS_SCRIPT, ROOT, free_port
from shared.contracts import Alert
from shared.streams import Stage, Streams, group_of
from shared.wire import encode

SECRET = "bench-webhook-secret"  # noqa: S105 (signs alerts to a local receiver in a throwaway run)
READY_TIMEOUT_S = 60.0
DONE_TIMEOUT_S = 600.0
POLL_S = 0.02
# name -> (protocol, listen backlog); a backlog of 5 is socketserver's default
RECEIVERS = {
    "1.1": ("HTTP/1.1", 128),
    "1.0": ("HTTP/1.0", 128),
    "1.1/5": ("HTTP/1.1", 5),
    "1.0/5": ("HTTP/1.0", 5),
}


@dataclass(frozen=True)
class Variant:
    """Which code runs the worker and which receiver it posts to."""

    tree: str
    path: Path
    receiver: str

    @property
    def name(self) -> str:
        """How tables and JSON name it."""
        return f"{self.tree} http/{self.receiver}"


@contextmanager
def scratch_redis() -> Iterator[str]:
    """A fresh redis-server (no persistence) on a free port, stopped afterwards."""
    folder = tempfile.mkdtemp(prefix="khabar-delivery-bench-")
    start = [str(REDIS_SCRIPT), "start", "--port", str(free_port()), "--dir", folder]
    done = subprocess.run(start, capture_output=True, text=True, check=True)  # noqa: S603
    try:
        yield done.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(REDIS_SCRIPT), "stop", "--dir", folder], check=False)  # noqa: S603
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _redis_server(url: str | None) -> Iterator[str]:
    if url is not None:
        yield url
    else:
        with scratch_redis() as started:
            yield started


def make_alerts(n: int, target: str, run_id: str) -> list[Alert]:
    """n distinct alerts of one watchlist, all to `target`."""
    now = datetime.now(UTC)
    return [
        Alert(
            alert_id=uuid.uuid5(uuid.NAMESPACE_URL, f"{run_id}/{i}").hex,
            watchlist_id="w-bench",
            watchlist_name="غزة والمعابر",
            owner="desk-middle-east",
            query='"معبر رفح"',
            target=target,
            story_id=f"{i:032x}-000",
            article_id=f"{i:032x}-000",
            title=f"فتح معبر رفح أمام المسافرين ({i})",
            source="صدى البلد",
            url=f"https://example.com/news/{i}",
            published_at=now,
            matched_at=now,
        )
        for i in range(n)
    ]


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _group_done(redis: Redis, streams: Streams) -> bool:
    stream = streams.input_of(Stage.DELIVERY)
    groups: Any = redis.xinfo_groups(stream)
    for group in groups:
        if group["name"].decode() == group_of(Stage.DELIVERY):
            return int(group["pending"]) == 0 and group.get("lag") == 0
    return False


def _start_worker(
    variant: Variant, env: dict[str, str], log: Path, profile: Path | None
) -> subprocess.Popen[bytes]:
    command = [sys.executable]
    if profile is not None:
        command += ["-m", "cProfile", "-o", str(profile)]
    command += ["-m", "services.cli", "worker", Stage.DELIVERY.value]
    with log.open("ab") as out:  # the child keeps its copy
        return subprocess.Popen(  # noqa: S603
            command, cwd=variant.path, env={**os.environ, **env}, stdout=out, stderr=out
        )


def _wait_ready(redis: Redis, streams: Streams, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not any(redis.scan_iter(streams.key("workers", Stage.DELIVERY.value, "*"))):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the worker did not start; see {log}")
        time.sleep(0.1)


def run_variant(
    redis_url: str,
    variant: Variant,
    n: int,
    batch_size: int,
    log_dir: Path,
    profile: Path | None = None,
) -> dict[str, Any]:
    """Deliver n alerts with one worker; alerts/s and worker CPU per alert."""
    run_id = f"dbench-{uuid.uuid4().hex[:8]}"
    streams = Streams(run_id)
    redis = Redis.from_url(redis_url)
    protocol, backlog = RECEIVERS[variant.receiver]
    env = {
        "REDIS_URL": redis_url,
        "STREAM_PREFIX": run_id,
        "BATCH_SIZE": str(batch_size),
        "LOG_LEVEL": "WARNING",
        "KHABAR_WEBHOOK_SECRET": SECRET,
    }
    log = log_dir / f"{run_id}.log"
    with WebhookReceiver(protocol, backlog) as receiver:
        alerts = make_alerts(n, receiver.url, run_id)
        proc = _start_worker(variant, env, log, profile)
        try:
            _wait_ready(redis, streams, proc, log)
            cpu_before = _cpu_s(proc.pid)
            started = time.perf_counter()
            with redis.pipeline(transaction=False) as pipe:
                for alert in alerts:
                    pipe.xadd(streams.input_of(Stage.DELIVERY), encode(alert))  # type: ignore[arg-type]
                pipe.execute()
            deadline = started + DONE_TIMEOUT_S
            while not (receiver.count() == n and _group_done(redis, streams)):
                if proc.poll() is not None or time.perf_counter() > deadline:
                    raise RuntimeError(f"delivery stalled at {receiver.count()}/{n}; see {log}")
                time.sleep(POLL_S)
            seconds = time.perf_counter() - started
            cpu = _cpu_s(proc.pid) - cpu_before
        finally:
            proc.terminate()
            proc.wait(timeout=60)
            _delete_keys(redis, run_id)
            redis.close()
        requests = receiver.requests
    return {
        "alerts_per_s": n / seconds,
        "seconds": seconds,
        "worker_cpu_ms_per_alert": 1000 * cpu / n,
        "repeats": requests - n,
    }


def _delete_keys(redis: Redis, prefix: str) -> None:
    keys = list(redis.scan_iter(match=f"{prefix}:*", count=1000))
    for start in range(0, len(keys), 1000):
        redis.unlink(*keys[start : start + 1000])


def run(
    redis_url: str,
    variants: Sequence[Variant],
    n: int,
    batch_size: int,
    rounds: int,
    log_dir: Path,
    profile_dir: Path | None,
) -> dict[str, Any]:
    """Every variant `rounds` times, interleaved; the median round of each."""
    seen: dict[str, list[dict[str, Any]]] = {v.name: [] for v in variants}
    for round_ in range(rounds):
        for variant in variants:
            profile = None
            if profile_dir is not None:
                slug = variant.name.replace(" ", "_").replace("/", "")
                profile = profile_dir / f"{slug}-{round_}.prof"
            result = run_variant(redis_url, variant, n, batch_size, log_dir, profile)
            seen[variant.name].append(result)
            sys.stderr.write(f"round {round_ + 1} {variant.name:<24} {_line(result)}\n")
    summary = {}
    for name, results in seen.items():
        summary[name] = {
            key: round(statistics.median(r[key] for r in results), 3) for key in results[0]
        }
    return {"alerts": n, "batch_size": batch_size, "rounds": rounds, "variants": summary}


def _line(result: dict[str, Any]) -> str:
    return (
        f"{result['alerts_per_s']:8.1f} alerts/s  "
        f"{result['worker_cpu_ms_per_alert']:6.2f} ms CPU/alert  "
        f"{result['repeats']} repeats"
    )


def _variants(trees: list[str], receivers: list[str]) -> list[Variant]:
    named = [("current", ROOT)]
    for spec in trees:
        name, _, path = spec.partition("=")
        named.append((name, Path(path).resolve()))
    return [Variant(tree, path, recv) for tree, path in named for recv in receivers]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the bench from the command line; JSON on stdout, one line per round on stderr."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--receivers", default="1.1,1.0,1.0/5", help=f"comma-separated of {sorted(RECEIVERS)}"
    )
    parser.add_argument(
        "--tree", action="append", default=[], help="NAME=PATH: also run this checkout's worker"
    )
    parser.add_argument("--redis-url", help="use this Redis instead of starting one")
    parser.add_argument("--profile-dir", type=Path, help="run workers under cProfile, save here")
    args = parser.parse_args(argv)
    variants = _variants(args.tree, args.receivers.split(","))
    log_dir = Path(tempfile.mkdtemp(prefix="khabar-delivery-logs-"))
    if args.profile_dir is not None:
        args.profile_dir.mkdir(parents=True, exist_ok=True)
    with _redis_server(args.redis_url) as url:
        report = run(
            url, variants, args.alerts, args.batch_size, args.rounds, log_dir, args.profile_dir
        )
    report["logs"] = str(log_dir)
    sys.stdout.write(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
