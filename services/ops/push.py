"""Push bundles onto the `bundles` stream: each file once, however often it is pushed."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from redis import Redis

from services.splitter.decode import MAX_PAGE_BYTES
from shared.contracts import Bundle
from shared.streams import Streams
from shared.wire import bundle_fields

PUSH_CHUNK = 200  # bundles per pipeline round trip

# Adds the entry only if the bundle id is new, atomically, so two pushers never both add it.
_PUSH_ONCE = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('XADD', KEYS[2], '*', unpack(ARGV, 2))
return 1
"""


@dataclass
class PushReport:
    """What a push did."""

    added: int = 0
    already_pushed: int = 0
    too_large: list[Path] = field(default_factory=list)
    # Pushed, but longer than the page the splitter lays out: only their start becomes articles.
    cut: list[Path] = field(default_factory=list)


def bundle_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every file named, and every file under every folder named, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
            )
        elif path.is_file():
            yield path
        else:
            raise FileNotFoundError(f"{path}: no such file or folder")


def push_files(
    redis: Redis,
    streams: Streams,
    files: list[Path],
    *,
    max_bytes: int,
    force: bool = False,
    progress: Callable[[int], None] = lambda _n: None,
) -> PushReport:
    """Push files as bundles; a bundle already pushed (same bytes) is skipped unless force."""
    report = PushReport()
    script = redis.register_script(_PUSH_ONCE)
    pushed_key = streams.key("pushed")
    for start in range(0, len(files), PUSH_CHUNK):
        chunk = files[start : start + PUSH_CHUNK]
        pipe = redis.pipeline(transaction=False)
        queued = 0
        for path in chunk:
            size = path.stat().st_size
            if size > max_bytes:
                report.too_large.append(path)
                continue
            if size > MAX_PAGE_BYTES:
                report.cut.append(path)
            bundle = Bundle.from_raw(path.read_bytes(), name=path.name)
            fields = bundle_fields(bundle)
            if force:
                pipe.sadd(pushed_key, bundle.bundle_id)
                pipe.xadd(streams.bundles, fields)  # type: ignore[arg-type]
            else:
                flat = [v for pair in fields.items() for v in pair]
                script(
                    keys=[pushed_key, streams.bundles], args=[bundle.bundle_id, *flat], client=pipe
                )
            queued += 1
        results = pipe.execute()
        added = sum(1 for r in results if r == 1) if not force else queued
        report.added += added
        report.already_pushed += queued - added
        progress(len(chunk))
    return report
