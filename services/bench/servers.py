"""Fresh Redis and Elasticsearch for one benchmark run, on free ports in a temporary folder."""

import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REDIS_SCRIPT = ROOT / "infra" / "redis.sh"
ES_START = ROOT / "infra" / "elasticsearch" / "start.sh"
ES_STOP = ROOT / "infra" / "elasticsearch" / "stop.sh"
ES_HEAP = "1g"  # the most start.sh allows; the node shares 2 cores with Redis and the workers


@dataclass(frozen=True)
class BenchServers:
    """Where this run's servers listen and where they keep their files."""

    redis_url: str
    es_url: str
    folder: Path


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _last_line(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1]


@contextmanager
def bench_servers() -> Iterator[BenchServers]:
    """Start Redis (no AOF: we measure the pipeline, not the disk) and Elasticsearch; stop both."""
    folder = Path(tempfile.mkdtemp(prefix="khabar-bench-"))
    redis_dir, es_dir = folder / "redis", folder / "es"
    try:
        redis_url = _last_line(
            [str(REDIS_SCRIPT), "start", "--port", str(free_port()), "--dir", str(redis_dir)]
        )
        es_url = _last_line(
            [str(ES_START), "--port", str(free_port()), "--dir", str(es_dir), "--heap", ES_HEAP]
        )
        yield BenchServers(redis_url, es_url.rstrip("/"), folder)
    finally:
        with suppress(Exception):
            subprocess.run([str(ES_STOP), "--dir", str(es_dir)], check=False)  # noqa: S603
        with suppress(Exception):
            subprocess.run(  # noqa: S603
                [str(REDIS_SCRIPT), "stop", "--dir", str(redis_dir)], check=False
            )
        shutil.rmtree(folder, ignore_errors=True)
