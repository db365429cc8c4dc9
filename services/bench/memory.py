"""Memory figures: peak RSS of a process, Redis bytes per article, index bytes per document."""

from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch
from redis import Redis


def peak_rss_mb(pid: int) -> float | None:
    """A live process's peak resident set (VmHWM), in MB; None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def redis_used_bytes(redis: Redis) -> int:
    """Redis `used_memory` from INFO memory."""
    info: Any = redis.info("memory")
    return int(info["used_memory"])


def stream_bytes(redis: Redis, keys: list[str]) -> int:
    """What these streams occupy (MEMORY USAGE, every node counted)."""
    total = 0
    for key in keys:
        used: Any = redis.memory_usage(key, samples=0)
        total += int(used or 0)
    return total


def index_store(client: Elasticsearch, index: str) -> dict[str, Any]:
    """Primary store size and article count of an index (or alias), and bytes per article."""
    client.indices.refresh(index=index)
    stats = client.indices.stats(index=index, metric="store")["_all"]["primaries"]
    # _count, not docs.count: nested entities are Lucene documents of their own.
    docs = int(client.count(index=index)["count"])
    size = int(stats["store"]["size_in_bytes"])
    return {
        "documents": docs,
        "store_bytes": size,
        "bytes_per_document": round(size / docs) if docs else None,
    }
