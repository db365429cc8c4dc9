"""Faults on real processes: nothing pushed is lost, nothing is indexed twice.

Each test asserts on Elasticsearch's documents (count and ids) against what the splitter published.
"""

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from shared.contracts import Article, Role
from shared.streams import Stage, Streams
from shared.wire import encode
from tests import servers
from tests.integration.pipeline.conftest import worker_env
from tests.integration.pipeline.processes import (
    Workers,
    es_available,
    indexed_ids,
    push_bundles,
    variant_bundles,
    wait_for,
)

pytestmark = [pytest.mark.integration, pytest.mark.faults, pytest.mark.timeout(900)]

REDIS_SCRIPT = str(servers.REDIS_SCRIPT)
ES_START, ES_STOP = str(servers.ES_START_SCRIPT), str(servers.ES_STOP_SCRIPT)


def article_ids(client: redis.Redis, streams: Streams) -> set[str]:
    """Ids of every article the splitter published."""
    return {f[b"id"].decode() for _, f in client.xrange(streams.name("articles")) if b"id" in f}  # type: ignore[union-attr]


def assert_indexed_exactly_once(
    client: redis.Redis, streams: Streams, es_url: str, index: str, bundles: int
) -> None:
    """Every published article is in the index once, and every bundle gave articles."""
    published = article_ids(client, streams)
    ids = indexed_ids(es_url, index)
    assert len(ids) == len(set(ids)), "a document was indexed twice"
    assert set(ids) == published
    assert len({i.rsplit("-", 1)[0] for i in published}) == bundles, "a bundle was lost"


def all_indexed(
    client: redis.Redis, streams: Streams, es_url: str, index: str, bundles: int
) -> bool:
    published = article_ids(client, streams)
    seen = {i.rsplit("-", 1)[0] for i in published}
    return len(seen) == bundles and set(indexed_ids(es_url, index)) == published


def start_with_a_busy_enricher(
    workers: Workers, rclient: redis.Redis, streams: Streams
) -> subprocess.Popen[bytes]:
    """One worker per stage, returned once the enricher is mid-run, so killing it hurts."""
    workers.start_all()
    [enricher] = workers.procs[Stage.ENRICHER]
    wait_for(
        lambda: rclient.xlen(streams.name("enriched")) >= 8,
        300,
        "the enricher to get going",
        workers.logs,
    )
    return enricher


def test_a_worker_killed_mid_batch_loses_nothing_and_indexes_nothing_twice(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    bundles = variant_bundles(60)
    push_bundles(rclient, streams, bundles)
    enricher = start_with_a_busy_enricher(workers, rclient, streams)
    assert workers.kill(enricher, signal.SIGKILL) == -signal.SIGKILL
    [indexer] = workers.procs[Stage.INDEXER]
    wait_for(lambda: len(indexed_ids(es_url, es_index)) > 0, 300, "first documents", workers.logs)
    workers.kill(indexer, signal.SIGKILL)
    workers.start(Stage.ENRICHER)
    workers.start(Stage.INDEXER)
    wait_for(
        lambda: all_indexed(rclient, streams, es_url, es_index, 60),
        400,
        "every article indexed",
        workers.logs,
    )
    assert_indexed_exactly_once(rclient, streams, es_url, es_index, 60)
    assert rclient.xlen(streams.dead_letters) == 0


def test_sigterm_stops_a_worker_cleanly_and_what_it_held_is_finished_or_handed_back(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    push_bundles(rclient, streams, variant_bundles(40))
    enricher = start_with_a_busy_enricher(workers, rclient, streams)
    assert workers.kill(enricher, signal.SIGTERM) == 0, workers.logs()
    workers.start(Stage.ENRICHER)
    wait_for(
        lambda: all_indexed(rclient, streams, es_url, es_index, 40),
        400,
        "every article",
        workers.logs,
    )
    assert_indexed_exactly_once(rclient, streams, es_url, es_index, 40)


def test_a_message_delivered_twice_and_a_bundle_pushed_twice_give_no_duplicate_document(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    bundles = variant_bundles(5)
    push_bundles(rclient, streams, bundles)
    push_bundles(rclient, streams, bundles)  # the same bytes again, as a crawler retry would
    workers.start_all()
    wait_for(
        lambda: all_indexed(rclient, streams, es_url, es_index, 5), 300, "indexing", workers.logs
    )
    # Deliver every deduped message a second time.
    for _, fields in rclient.xrange(streams.name("deduped")):  # type: ignore[union-attr]
        rclient.xadd(streams.name("deduped"), fields)  # type: ignore[arg-type]
    wait_for(
        lambda: (
            int(rclient.xinfo_groups(streams.name("deduped"))[0]["lag"] or 0) == 0
            and int(rclient.xinfo_groups(streams.name("deduped"))[0]["pending"]) == 0
        ),
        300,
        "the redelivered messages to be consumed",
        workers.logs,
    )
    assert_indexed_exactly_once(rclient, streams, es_url, es_index, 5)
    assert len(article_ids(rclient, streams)) * 2 == rclient.xlen(streams.name("articles"))


def test_two_workers_of_one_stage_share_the_load(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    bundles = variant_bundles(40)
    workers.start(Stage.ENRICHER, 2)
    workers.start(Stage.SPLITTER)
    workers.start(Stage.DEDUP)
    workers.start(Stage.INDEXER)
    workers.wait_ready()  # both enrichers are reading before the work arrives
    push_bundles(rclient, streams, bundles)
    wait_for(
        lambda: all_indexed(rclient, streams, es_url, es_index, 40), 400, "indexing", workers.logs
    )
    tallies = rclient.hgetall(streams.key("processed", Stage.ENRICHER.value))
    assert len(tallies) == 2, f"two enricher consumers did work: {tallies}"
    assert all(int(n) > 0 for n in tallies.values())
    assert_indexed_exactly_once(rclient, streams, es_url, es_index, 40)


def test_a_poison_message_in_each_stream_is_dead_lettered_while_the_rest_flows(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    good = variant_bundles(3)
    rclient.xadd(streams.bundles, {"name": "no-body.txt"})
    rclient.xadd(streams.name("articles"), {"payload": b"{not json"})
    rclient.xadd(streams.name("enriched"), {"payload": b'{"schema_version": 99}'})
    broken = Article(id="0" * 32 + "-000", bundle_id="0" * 32, position=0, role=Role.MAIN, body="x")
    rclient.xadd(
        streams.name("deduped"), encode(broken)
    )  # an Article where a DedupedArticle belongs
    rclient.xadd(streams.name("alerts"), encode(broken))  # an Article where an Alert belongs
    push_bundles(rclient, streams, good)
    workers.start_all()
    wait_for(
        lambda: rclient.xlen(streams.dead_letters) >= len(Stage),
        300,
        "a dead letter from every stage",
        workers.logs,
    )
    wait_for(
        lambda: all_indexed(rclient, streams, es_url, es_index, 3),
        300,
        "the good bundles",
        workers.logs,
    )
    stages = sorted(f[b"stage"].decode() for _, f in rclient.xrange(streams.dead_letters))  # type: ignore[union-attr]
    assert stages == sorted(stage.value for stage in Stage)
    assert_indexed_exactly_once(rclient, streams, es_url, es_index, 3)
    assert all(p.poll() is None for procs in workers.procs.values() for p in procs), "a worker died"


@pytest.fixture
def own_es(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, int]]:
    """An Elasticsearch node of this test's own, so stopping it disturbs no other test."""
    folder, port = tmp_path_factory.mktemp("es"), servers.free_port()
    url = servers._run_script(ES_START, "--port", str(port), "--dir", str(folder), "--heap", "512m")
    yield url, folder, port
    subprocess.run([ES_STOP, "--dir", str(folder)], check=False)


def test_elasticsearch_down_for_thirty_seconds_mid_run_loses_nothing(
    redis_url: str, stream_prefix: str, es_index: str, own_es: tuple[str, Path, int], tmp_path: Path
) -> None:
    es_url, folder, port = own_es
    pool = Workers(worker_env(redis_url, es_url, stream_prefix, es_index), tmp_path)
    client, streams = redis.Redis.from_url(redis_url), Streams(stream_prefix)
    try:
        pool.start_all()
        push_bundles(client, streams, variant_bundles(10))
        wait_for(lambda: len(indexed_ids(es_url, es_index)) > 0, 300, "first documents", pool.logs)
        subprocess.run([ES_STOP, "--dir", str(folder)], check=True)
        assert not es_available(es_url)
        push_bundles(client, streams, variant_bundles(30)[10:])
        time.sleep(30)
        servers._run_script(ES_START, "--port", str(port), "--dir", str(folder), "--heap", "512m")
        wait_for(
            lambda: all_indexed(client, streams, es_url, es_index, 30),
            400,
            "every article",
            pool.logs,
        )
        assert_indexed_exactly_once(client, streams, es_url, es_index, 30)
        assert client.xlen(streams.dead_letters) == 0
    finally:
        pool.stop_all()
        client.close()


def test_redis_restarted_mid_run_with_aof_resumes_and_loses_nothing(
    es_url: str, es_index: str, tmp_path: Path
) -> None:
    folder, port = tmp_path / "redis", servers.free_port()
    folder.mkdir()
    start = [REDIS_SCRIPT, "start", "--port", str(port), "--dir", str(folder), "--aof"]
    redis_url = servers._run_script(*start)
    pool = Workers(worker_env(redis_url, es_url, "restart", es_index), tmp_path)
    client, streams = redis.Redis.from_url(redis_url), Streams("restart")
    try:
        pool.start_all()
        push_bundles(client, streams, variant_bundles(30))
        wait_for(lambda: len(indexed_ids(es_url, es_index)) > 0, 300, "first documents", pool.logs)
        subprocess.run([REDIS_SCRIPT, "stop", "--dir", str(folder)], check=True)
        time.sleep(3)
        servers._run_script(*start)
        wait_for(
            lambda: all_indexed(client, streams, es_url, es_index, 30),
            400,
            "every article",
            pool.logs,
        )
        assert_indexed_exactly_once(client, streams, es_url, es_index, 30)
    finally:
        pool.stop_all()
        client.close()
        subprocess.run([REDIS_SCRIPT, "stop", "--dir", str(folder)], check=False)
