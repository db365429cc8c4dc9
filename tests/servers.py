"""Real Redis and Elasticsearch for tests: from the environment, from Docker, or from infra/ scripts.

Order of preference: `KHABAR_TEST_REDIS_URL` / `KHABAR_TEST_ES_URL` when set; testcontainers when a
Docker engine answers; else `infra/redis.sh` and `infra/elasticsearch/start.sh` on a free port in a
temporary folder. Isolation is by unique key prefix and index name, so cleanup never flushes a server.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import redis

ROOT = Path(__file__).resolve().parents[1]
REDIS_SCRIPT = ROOT / "infra" / "redis.sh"
ES_START_SCRIPT = ROOT / "infra" / "elasticsearch" / "start.sh"
ES_STOP_SCRIPT = ROOT / "infra" / "elasticsearch" / "stop.sh"

REDIS_IMAGE = "redis:7-alpine"
# The same version the local node runs, so both lanes see one engine.
ES_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:7.10.2"
ES_MEM_LIMIT = "1g"
ES_HEAP = "512m"
DOCKER_SOCKET = "/var/run/docker.sock"


@dataclass(frozen=True)
class Server:
    """A running server's URL and how to stop it (a no-op for servers someone else runs)."""

    url: str
    stop: Callable[[], None]


def _leave_running() -> None:
    """Servers named by the environment belong to whoever started them."""


def unique_name(kind: str = "test") -> str:
    """A short lowercase name unique to one test, valid as a key prefix and an index name."""
    return f"{kind}-{uuid.uuid4().hex[:8]}"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def docker_answers(timeout: float = 1.0) -> bool:
    """Whether a Docker engine answers `/_ping` on DOCKER_HOST or the default socket."""
    host = os.environ.get("DOCKER_HOST", f"unix://{DOCKER_SOCKET}")
    parts = urlsplit(host)
    try:
        if parts.scheme == "unix":
            if not Path(parts.path).exists():
                return False
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            conn.settimeout(timeout)
            conn.connect(parts.path)
        elif parts.scheme == "tcp" and parts.hostname:
            conn = socket.create_connection((parts.hostname, parts.port or 2375), timeout=timeout)
        else:
            return False
        with conn:
            conn.sendall(b"GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n")
            return conn.recv(64).split(b"\r\n", 1)[0].endswith(b"200 OK")
    except OSError:
        return False


def _run_script(*args: str) -> str:
    """Run an infra script and return the last line it printed (the URL, for start)."""
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else ""


def _scripted(
    kind: str, start: Callable[[str, int], list[str]], stop: Callable[[str], list[str]]
) -> Server:
    """Start a server with an infra script in a fresh temp folder, on a free port."""
    folder = tempfile.mkdtemp(prefix=f"khabar-{kind}-")

    def stop_and_clean() -> None:
        try:
            _run_script(*stop(folder))
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    try:
        url = _run_script(*start(folder, free_port()))
    except BaseException:
        stop_and_clean()
        raise
    return Server(url, stop_and_clean)


def start_redis() -> Server:
    """A real Redis: the env URL, else a container, else `infra/redis.sh` on a free port."""
    if url := os.environ.get("KHABAR_TEST_REDIS_URL"):
        return Server(url, _leave_running)
    if docker_answers():
        from testcontainers.community.redis import RedisContainer

        container = RedisContainer(REDIS_IMAGE).start()
        host, port = container.get_container_host_ip(), container.get_exposed_port(6379)
        return Server(f"redis://{host}:{port}/0", container.stop)
    script = str(REDIS_SCRIPT)
    return _scripted(
        "redis",
        lambda folder, port: [script, "start", "--port", str(port), "--dir", folder],
        lambda folder: [script, "stop", "--dir", folder],
    )


def start_elasticsearch() -> Server:
    """A real Elasticsearch: the env URL, else a container, else the Maven-built local node."""
    if url := os.environ.get("KHABAR_TEST_ES_URL"):
        return Server(url.rstrip("/"), _leave_running)
    if docker_answers():
        from testcontainers.community.elasticsearch import ElasticSearchContainer

        container = ElasticSearchContainer(ES_IMAGE, mem_limit=ES_MEM_LIMIT).start()
        host, port = container.get_container_host_ip(), container.get_exposed_port(9200)
        return Server(f"http://{host}:{port}", container.stop)
    return _scripted(
        "es",
        lambda folder, port: [
            str(ES_START_SCRIPT),
            "--port",
            str(port),
            "--dir",
            folder,
            "--heap",
            ES_HEAP,
        ],
        lambda folder: [str(ES_STOP_SCRIPT), "--dir", folder],
    )


def delete_keys(redis_url: str, prefix: str) -> int:
    """Delete every key under `<prefix>:` (SCAN, never KEYS or FLUSHDB); returns how many."""
    deleted = 0
    with redis.Redis.from_url(redis_url) as client:
        batch: list[bytes] = []
        for key in client.scan_iter(match=f"{prefix}:*", count=500):
            batch.append(key)
            if len(batch) >= 500:
                deleted += int(client.delete(*batch))
                batch.clear()
        if batch:
            deleted += int(client.delete(*batch))
    return deleted


def delete_indices(es_url: str, prefix: str) -> None:
    """Delete the indices and index templates whose names start with `prefix` (aliases go too)."""
    with httpx.Client(base_url=es_url, timeout=30) as es:
        # Names first, then exact deletes: ES 8 refuses wildcard deletes by default.
        found = es.get(f"/_cat/indices/{prefix}*", params={"format": "json", "h": "index"})
        found.raise_for_status()
        names = [row["index"] for row in found.json()]
        if names:
            es.delete(f"/{','.join(names)}").raise_for_status()
        templates = es.get(f"/_index_template/{prefix}*")
        if templates.status_code == httpx.codes.OK:
            for template in templates.json().get("index_templates", []):
                es.delete(f"/_index_template/{template['name']}").raise_for_status()
        legacy = es.get(f"/_template/{prefix}*")
        if legacy.status_code == httpx.codes.OK:
            for name in legacy.json():
                es.delete(f"/_template/{name}").raise_for_status()
