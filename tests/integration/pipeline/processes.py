"""Real worker processes for pipeline tests: start, kill, wait, and read what reached Elasticsearch."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

import httpx
import redis

from shared.contracts import Bundle
from shared.streams import Stage, Streams
from shared.wire import bundle_fields

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples"


class Workers:
    """Worker processes of every stage, sharing one environment (servers, prefix, index)."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = {**os.environ, **env}
        self.log_dir = log_dir
        self.procs: dict[Stage, list[subprocess.Popen[bytes]]] = {stage: [] for stage in Stage}
        self._count = 0
        self._logs: list[IO[bytes]] = []

    def start(self, stage: Stage, n: int = 1) -> list[subprocess.Popen[bytes]]:
        """Start n more workers of a stage."""
        started = []
        for _ in range(n):
            self._count += 1
            log = (self.log_dir / f"{stage.value}-{self._count}.log").open("ab")
            self._logs.append(log)
            proc = subprocess.Popen(
                [sys.executable, "-m", "services.cli", "worker", stage.value],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            self.procs[stage].append(proc)
            started.append(proc)
        return started

    def start_all(self, n: int = 1) -> None:
        """n workers of every stage, returning once all of them are ready."""
        for stage in Stage:
            self.start(stage, n)
        self.wait_ready()

    def wait_ready(self, timeout: float = 300) -> None:
        """Block until every running worker has said it is ready (its heartbeat key exists)."""
        client = redis.Redis.from_url(self.env["REDIS_URL"])
        streams = Streams(self.env["STREAM_PREFIX"])

        def all_ready() -> bool:
            for stage, procs in self.procs.items():
                alive = [p for p in procs if p.poll() is None]
                pattern = streams.key("workers", stage.value, "*")
                if sum(1 for _ in client.scan_iter(pattern)) < len(alive):
                    return False
            return True

        try:
            wait_for(all_ready, timeout, "workers to be ready", self.logs)
        finally:
            client.close()

    def kill(self, proc: subprocess.Popen[bytes], sig: int = signal.SIGKILL) -> int:
        """Send a signal and wait for the process to end; returns its exit code."""
        proc.send_signal(sig)
        return proc.wait(timeout=60)

    def stop_all(self) -> None:
        """SIGTERM every worker still running, then make sure they are gone."""
        alive = [p for procs in self.procs.values() for p in procs if p.poll() is None]
        for proc in alive:
            proc.send_signal(signal.SIGTERM)
        for proc in alive:
            try:
                proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for log in self._logs:
            log.close()

    def logs(self) -> str:
        """Every worker's log, for failure messages."""
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-3000:]}"
            for path in sorted(self.log_dir.glob("*.log"))
        )


def wait_for(
    predicate: Callable[[], bool], timeout: float, what: str, details: Callable[[], str] = str
) -> None:
    """Poll until predicate() holds; fail with `what` and details() otherwise."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n{details()}")


def indexed_ids(es_url: str, index: str) -> list[str]:
    """Every document id under the index or alias (after a refresh); [] if it does not exist yet."""
    with httpx.Client(base_url=es_url, timeout=30) as es:
        if es.post(f"/{index}/_refresh").status_code == 404:
            return []
        found = es.post(
            f"/{index}/_search",
            json={"size": 10_000, "_source": False, "query": {"match_all": {}}},
        )
        if found.status_code == 404:
            return []
        found.raise_for_status()
        return [hit["_id"] for hit in found.json()["hits"]["hits"]]


def es_available(es_url: str) -> bool:
    """True when the node answers."""
    try:
        return httpx.get(f"{es_url}/_cluster/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def variant_bundles(count: int) -> list[Bundle]:
    """Distinct bundles made from the samples: each copy carries its own crawl label line."""
    texts = [path.read_bytes() for path in sorted(SAMPLES.glob("*.txt"))]
    return [
        Bundle.from_raw(
            texts[i % len(texts)] + f"\n\nرقم الصفحة {i}\n".encode(), name=f"variant-{i}.txt"
        )
        for i in range(count)
    ]


def push_bundles(client: redis.Redis, streams: Streams, bundles: list[Bundle]) -> None:
    """XADD bundles in the plain layout, as any Redis client could."""
    with client.pipeline(transaction=False) as pipe:
        for bundle in bundles:
            pipe.xadd(streams.bundles, bundle_fields(bundle))  # type: ignore[arg-type]
        pipe.execute()


def expected_article_ids(bundles: list[Bundle]) -> set[str]:
    """The article ids the splitter makes of these bundles, computed in-process."""
    from services.splitter.split import split_bundle

    return {article.id for bundle in bundles for article in split_bundle(bundle)}
