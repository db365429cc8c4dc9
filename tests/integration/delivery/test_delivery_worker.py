"""Real `khabar worker delivery` processes against a real receiver: kills, retries, dead letters."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from shared.contracts import DeadLetter
from shared.streams import Stage, Streams, group_of
from tests.integration.delivery.alerts import SECRET, make_alert, publish
from tests.integration.delivery.receiver import Receiver, always, first_then, running
from tests.integration.pipeline.processes import Workers, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.faults]

TIMEOUT_S = 0.4


@pytest.fixture
def workers(redis_url: str, stream_prefix: str, tmp_path: Path) -> Iterator[Workers]:
    """Delivery workers with a quick retry schedule; a round (2 x 0.4 s) ends before a reclaim."""
    env = {
        "REDIS_URL": redis_url,
        "STREAM_PREFIX": stream_prefix,
        "CLAIM_IDLE_MS": "1500",
        "BATCH_SIZE": "8",
        "MAX_DELIVERIES": "3",
        "LOG_LEVEL": "INFO",
        "KHABAR_WEBHOOK_SECRET": SECRET,
        "KHABAR_WEBHOOK_TIMEOUT_S": str(TIMEOUT_S),
        "KHABAR_WEBHOOK_ATTEMPTS": "2",
        "KHABAR_WEBHOOK_BACKOFF_S": "0.05",
        "KHABAR_WEBHOOK_ROUNDS": "3",
        "KHABAR_WEBHOOK_ROUND_DELAY_S": "0.5",
    }
    pool = Workers(env, tmp_path)
    yield pool
    pool.stop_all()


def pending(client: redis.Redis, streams: Streams) -> int:
    summary = client.xpending(streams.input_of(Stage.DELIVERY), group_of(Stage.DELIVERY))
    return int(summary["pending"])


def dead_letters(client: redis.Redis, streams: Streams) -> list[DeadLetter]:
    return [
        DeadLetter.model_validate_json(fields[b"payload"])
        for _, fields in client.xrange(streams.dead_letters)
    ]


def test_a_worker_killed_mid_batch_loses_no_alert_and_the_receiver_sees_each_once(
    workers: Workers, rclient: redis.Redis, streams: Streams
) -> None:
    with running(Receiver(SECRET, delay_s=0.3)) as receiver:
        alerts = [make_alert(n, receiver.url) for n in range(60)]
        [doomed] = workers.start(Stage.DELIVERY)
        workers.wait_ready()
        publish(rclient, streams, alerts)
        wait_for(
            lambda: len(receiver.delivered_ids()) >= 10 and receiver.in_flight > 0,
            60,
            "a batch in flight",
            workers.logs,
        )
        workers.kill(doomed)
        assert pending(rclient, streams) > 0, "the kill should leave a batch unacknowledged"
        workers.start(Stage.DELIVERY)
        wait_for(
            lambda: len(set(receiver.delivered_ids())) == 60 and pending(rclient, streams) == 0,
            120,
            "every alert delivered and acknowledged",
            workers.logs,
        )
    assert receiver.problems == []
    assert set(receiver.delivered_ids()) == {alert.alert_id for alert in alerts}
    assert dead_letters(rclient, streams) == []


def test_a_receiver_answering_500_then_200_gets_the_alert_once(
    workers: Workers, rclient: redis.Redis, streams: Streams
) -> None:
    with running(Receiver(SECRET, script=first_then([500]))) as receiver:
        alert = make_alert(1, receiver.url)
        workers.start(Stage.DELIVERY)
        workers.wait_ready()
        publish(rclient, streams, [alert])
        wait_for(
            lambda: pending(rclient, streams) == 0 and receiver.delivered_ids() != [],
            60,
            "the delivery",
            workers.logs,
        )
    assert receiver.delivered_ids() == [alert.alert_id]
    assert receiver.requests[alert.alert_id] == 2
    assert dead_letters(rclient, streams) == []


@pytest.mark.parametrize(
    ("behaviour", "expected"),
    [
        ({"script": always(500)}, "after 6 attempts in 3 rounds; last: HTTP 500"),
        ({"delay_s": 3.0}, f"last: no answer within {TIMEOUT_S:g} s"),
        ({"script": always(404)}, "HTTP 404 Not Found (attempt 1; not retried)"),
    ],
    ids=["always-500", "never-answers", "404"],
)
def test_a_failing_receiver_ends_in_dead_letters_with_its_reason_while_others_get_theirs(
    workers: Workers,
    rclient: redis.Redis,
    streams: Streams,
    behaviour: dict[str, Any],
    expected: str,
) -> None:
    with running(Receiver(SECRET, **behaviour)) as failing, running(Receiver(SECRET)) as healthy:
        doomed = make_alert(1, failing.url)
        fine = [make_alert(n, healthy.url) for n in range(2, 12)]
        workers.start(Stage.DELIVERY)
        workers.wait_ready()
        publish(rclient, streams, [doomed, *fine])
        wait_for(
            lambda: len(dead_letters(rclient, streams)) == 1, 60, "a dead letter", workers.logs
        )
        wait_for(lambda: pending(rclient, streams) == 0, 30, "nothing pending", workers.logs)
    [letter] = dead_letters(rclient, streams)
    assert (letter.stage, letter.error_type) == ("delivery", "AlertUndeliverable")
    assert expected in letter.reason, letter.reason
    assert doomed.alert_id in letter.reason
    assert sorted(healthy.delivered_ids()) == sorted(alert.alert_id for alert in fine)
    assert all(p.poll() is None for p in workers.procs[Stage.DELIVERY]), "the worker died"
