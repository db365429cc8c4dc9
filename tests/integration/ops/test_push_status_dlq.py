"""push, status and dlq on a real Redis."""

from pathlib import Path

import pytest
import redis

from services.ops import push
from services.ops.dead_letters import get_letter, list_letters, purge_letters, retry_letters
from services.ops.push import bundle_files, push_files
from services.ops.status import pipeline_status
from shared.broker import dead_letter_fields
from shared.contracts import DeadLetter
from shared.streams import Stage, Streams

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


@pytest.fixture
def client(redis_url: str) -> redis.Redis:
    return redis.Redis.from_url(redis_url)


def test_pushing_the_same_files_twice_adds_them_once(
    client: redis.Redis, stream_prefix: str
) -> None:
    streams, files = Streams(stream_prefix), list(bundle_files([SAMPLES]))
    ticks: list[int] = []
    first = push_files(client, streams, files, max_bytes=10**6, progress=ticks.append)
    second = push_files(client, streams, files, max_bytes=10**6)
    assert (first.added, first.already_pushed) == (5, 0)
    assert (second.added, second.already_pushed) == (0, 5)
    assert sum(ticks) == 5
    assert client.xlen(streams.bundles) == 5
    forced = push_files(client, streams, files[:1], max_bytes=10**6, force=True)
    assert forced.added == 1
    assert client.xlen(streams.bundles) == 6


def test_a_file_over_the_size_limit_is_reported_not_pushed(
    client: redis.Redis, stream_prefix: str, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    report = push_files(client, Streams(stream_prefix), [big], max_bytes=1000)
    assert report.too_large == [big]
    assert report.added == 0


def test_a_file_longer_than_a_page_is_pushed_and_reported_as_cut(
    client: redis.Redis, stream_prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = list(bundle_files([SAMPLES]))
    longest = max(files, key=lambda f: f.stat().st_size)
    monkeypatch.setattr(push, "MAX_PAGE_BYTES", longest.stat().st_size - 1)
    report = push_files(client, Streams(stream_prefix), files, max_bytes=10**6)
    assert report.cut == [longest]
    assert report.added == 5


def test_status_shows_length_pending_and_lag_per_stage(
    client: redis.Redis, stream_prefix: str
) -> None:
    streams = Streams(stream_prefix)
    push_files(client, streams, list(bundle_files([SAMPLES])), max_bytes=10**6)
    client.xgroup_create(streams.bundles, "splitter", id="0")
    client.xreadgroup("splitter", "w1", {streams.bundles: ">"}, count=2)
    status = pipeline_status(client, streams)
    splitter = next(g for g in status.groups if g.stage == Stage.SPLITTER.value)
    assert (splitter.length, splitter.pending, splitter.lag, splitter.consumers) == (5, 2, 3, 1)
    assert [g.stage for g in status.groups] == [s.value for s in Stage]
    assert status.dead_letters == 0


def test_a_dead_letter_can_be_listed_shown_retried_and_purged(
    client: redis.Redis, stream_prefix: str
) -> None:
    streams = Streams(stream_prefix)
    letter = DeadLetter(
        stage="splitter",
        stream=streams.bundles,
        entry_id="1-0",
        error_type="NotNews",
        reason="no article",
        attempts=1,
        failed_at="2026-01-01T00:00:00Z",  # type: ignore[arg-type]
        fields={"body": b"\xff\xfe page", "name": b"p.txt"},
    )
    for _ in range(2):
        client.xadd(streams.dead_letters, dead_letter_fields(letter))
    [first, second] = list_letters(client, streams)
    assert first.letter == letter
    assert get_letter(client, streams, second.entry_id) == second
    assert retry_letters(client, streams, [first.entry_id]) == 1
    [(_, restored)] = client.xrange(streams.bundles)
    assert restored == {b"body": b"\xff\xfe page", b"name": b"p.txt"}
    assert purge_letters(client, streams) == 1
    assert list_letters(client, streams) == []
