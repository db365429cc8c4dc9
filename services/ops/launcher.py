"""`khabar run`: start local Redis and Elasticsearch with the infra scripts, then the workers."""

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from shared.streams import Stage

ROOT = Path(__file__).resolve().parents[2]
INFRA = ROOT / "infra"
RUN_DIR = ROOT / "var" / "run"
LOG_DIR = ROOT / "var" / "log"

# Upstream stages stop first, so what they already published can still drain downstream.
STOP_ORDER = (
    Stage.SPLITTER,
    Stage.ENRICHER,
    Stage.DEDUP,
    Stage.INDEXER,
    Stage.ALERTS,
    Stage.DELIVERY,
)


@dataclass(frozen=True)
class Endpoints:
    """Where the local servers listen."""

    redis_url: str
    es_url: str


def start_servers(redis_port: int = 6379, es_port: int = 9200) -> Endpoints:
    """Install if needed and start Redis (AOF on) and the Elasticsearch node; no-op if running."""
    redis_url = _script_output(
        [str(INFRA / "redis.sh"), "start", "--port", str(redis_port), "--aof"]
    )
    es_url = _script_output([str(INFRA / "elasticsearch" / "start.sh"), "--port", str(es_port)])
    return Endpoints(redis_url=redis_url, es_url=es_url)


def stop_servers() -> None:
    """Stop the servers the scripts started."""
    subprocess.run([str(INFRA / "elasticsearch" / "stop.sh")], check=False)  # noqa: S603
    subprocess.run([str(INFRA / "redis.sh"), "stop"], check=False)  # noqa: S603


def _script_output(command: list[str]) -> str:
    done = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError(f"{command[0]} printed no URL; see its output:\n{done.stderr}")
    return lines[-1].strip()


def start_workers(workers: int, env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    """Start `workers` processes per stage, logging to var/log, pids in var/run."""
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    procs: list[subprocess.Popen[bytes]] = []
    for stage in reversed(STOP_ORDER):  # downstream first, so nothing waits on an absent reader
        for n in range(workers):
            log = (LOG_DIR / f"{stage.value}-{n}.log").open("ab")
            proc = subprocess.Popen(  # noqa: S603
                [sys.executable, "-m", "services.cli", "worker", stage.value],
                cwd=ROOT,
                env={**os.environ, **env},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            (RUN_DIR / f"{stage.value}-{n}.pid").write_text(str(proc.pid))
            procs.append(proc)
    return procs


def stop_workers(timeout: float = 35.0) -> int:
    """SIGTERM the workers recorded in var/run, stage by stage in pipeline order; return how many."""
    stopped = 0
    for stage in STOP_ORDER:
        pids = []
        for pidfile in sorted(RUN_DIR.glob(f"{stage.value}-*.pid")):
            pid = int(pidfile.read_text())
            pidfile.unlink()
            if _alive(pid):
                os.kill(pid, signal.SIGTERM)
                pids.append(pid)
        deadline = time.monotonic() + timeout
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.2)
        for pid in pids:
            if _alive(pid):
                os.kill(
                    pid, signal.SIGKILL
                )  # its pending entries will be reclaimed by the next run
        stopped += len(pids)
    return stopped


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child of ours still answers signal 0
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return waited == 0
