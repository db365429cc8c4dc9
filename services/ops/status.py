"""What `khabar status` shows: streams, groups, lag, dead letters, live workers, indexed documents."""

from dataclasses import dataclass, field

from redis import Redis
from redis.exceptions import ResponseError

from shared.streams import Stage, Streams, group_of
from shared.worker import heartbeat_key


@dataclass
class GroupStatus:
    """One stage's consumer group on its input stream."""

    stage: str
    stream: str
    length: int
    pending: int
    lag: int | None
    consumers: int
    live_workers: int


@dataclass
class PipelineStatus:
    """The whole pipeline at a glance."""

    groups: list[GroupStatus] = field(default_factory=list)
    dead_letters: int = 0
    indexed: int | None = None


def count_live_workers(
    redis: Redis, streams: Streams, stage: Stage, host: str | None = None
) -> int:
    """Workers of a stage whose heartbeat has not expired (on one host, if named)."""
    pattern = heartbeat_key(streams, stage, f"{host}-*" if host else "*")
    return sum(1 for _ in redis.scan_iter(pattern, count=500))


def pipeline_status(redis: Redis, streams: Streams) -> PipelineStatus:
    """Read stream lengths, pending entries, lag and live workers of every stage."""
    status = PipelineStatus()
    for stage in Stage:
        stream = streams.input_of(stage)
        length = int(redis.xlen(stream))  # type: ignore[arg-type]
        pending, lag, consumers = 0, None, 0
        try:
            for info in redis.xinfo_groups(stream):  # type: ignore[union-attr]
                if info["name"].decode() == group_of(stage):
                    pending = int(info["pending"])
                    lag = int(info["lag"]) if info.get("lag") is not None else None
                    consumers = int(info["consumers"])
        except ResponseError:  # no such stream yet
            pass
        live = count_live_workers(redis, streams, stage)
        status.groups.append(
            GroupStatus(stage.value, stream, length, pending, lag, consumers, live)
        )
    status.dead_letters = int(redis.xlen(streams.dead_letters))  # type: ignore[arg-type]
    return status
