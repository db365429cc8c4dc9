"""Delivering alerts in-process, on a real Redis and a real HTTP receiver."""

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from redis.asyncio import Redis

from services.delivery.deliver import Deliverer
from services.delivery.records import DeliveryLog, DeliveryRecord, DeliveryState
from services.delivery.rounds import RetryPolicy
from services.delivery.webhook import RoundPolicy, RoundResult, post_alert
from shared.contracts import Alert
from shared.errors import AlertUndeliverable, ReceiverUnavailable
from shared.streams import Streams
from tests.integration.delivery.alerts import SECRET, make_alert
from tests.integration.delivery.receiver import Receiver, always, first_then, running

pytestmark = pytest.mark.integration

QUICK = RoundPolicy(attempts=2, backoff_s=0.01, timeout_s=0.5)


@pytest.fixture
async def log(redis_url: str, stream_prefix: str) -> AsyncIterator[DeliveryLog]:
    client = Redis.from_url(redis_url)
    yield DeliveryLog(client, Streams(stream_prefix))
    await client.aclose()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


class Clock:
    """A settable now, so rounds come due without waiting."""

    def __init__(self) -> None:
        self.at = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.at


def deliverer(
    log: DeliveryLog,
    http: httpx.AsyncClient,
    rounds: int = 3,
    clock: Callable[[], datetime] | None = None,
) -> Deliverer:
    async def send(alert: Alert, target: str) -> RoundResult:
        return await post_alert(http, alert, target, SECRET, QUICK)

    policy = RetryPolicy(rounds=rounds, round_delay_s=60)
    return Deliverer(log, send, policy, now=clock or Clock())


@pytest.mark.parametrize("protocol", ["HTTP/1.1", "HTTP/1.0"], ids=["keep-alive", "close"])
async def test_deliver_posts_a_signed_alert_the_receiver_can_read(
    log: DeliveryLog, http: httpx.AsyncClient, protocol: str
) -> None:
    with running(Receiver(SECRET, protocol=protocol)) as receiver:
        alert = make_alert(1, receiver.url)
        assert await deliverer(log, http).deliver_all([alert]) == [[]]
    assert receiver.problems == []
    assert receiver.delivered == [alert]
    record = await log.get(alert.alert_id)
    assert record is not None
    assert (record.state, record.attempts, record.status) == (DeliveryState.DELIVERED, 1, 200)


async def test_deliver_retries_a_500_within_the_round_and_delivers_once(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    with running(Receiver(SECRET, script=first_then([500]))) as receiver:
        alert = make_alert(1, receiver.url)
        assert await deliverer(log, http).deliver_all([alert]) == [[]]
    assert receiver.delivered_ids() == [alert.alert_id]
    assert receiver.requests[alert.alert_id] == 2
    record = await log.get(alert.alert_id)
    assert record is not None
    assert record.attempts == 2


@pytest.mark.parametrize("status", [400, 401, 404, 410], ids=str)
async def test_deliver_gives_up_at_once_on_a_client_error(
    log: DeliveryLog, http: httpx.AsyncClient, status: int
) -> None:
    with running(Receiver(SECRET, script=always(status))) as receiver:
        alert = make_alert(1, receiver.url)
        [result] = await deliverer(log, http).deliver_all([alert])
    assert isinstance(result, AlertUndeliverable)
    assert f"HTTP {status}" in str(result)
    assert receiver.requests[alert.alert_id] == 1
    record = await log.get(alert.alert_id)
    assert record is not None
    assert record.state is DeliveryState.FAILED


@pytest.mark.parametrize("status", [408, 429, 503], ids=str)
async def test_deliver_retries_timeouts_rate_limits_and_server_errors_in_later_rounds(
    log: DeliveryLog, http: httpx.AsyncClient, status: int
) -> None:
    clock = Clock()
    with running(Receiver(SECRET, script=first_then([status] * 4))) as receiver:
        alert = make_alert(1, receiver.url)
        work = deliverer(log, http, rounds=3, clock=clock)
        [first] = await work.deliver_all([alert])
        assert isinstance(first, ReceiverUnavailable)
        [early] = await work.deliver_all([alert])  # reclaimed before the round is due
        assert isinstance(early, ReceiverUnavailable)
        assert "is due at" in str(early)
        assert receiver.requests[alert.alert_id] == 2
        clock.at += timedelta(seconds=61)
        [second] = await work.deliver_all([alert])
        assert isinstance(second, ReceiverUnavailable)
        clock.at += timedelta(seconds=121)
        assert await work.deliver_all([alert]) == [[]]
    assert receiver.delivered_ids() == [alert.alert_id]
    record = await log.get(alert.alert_id)
    assert record is not None
    assert (record.state, record.attempts, record.rounds) == (DeliveryState.DELIVERED, 5, 3)


async def test_deliver_gives_up_after_the_last_round_with_status_error_and_attempts(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    clock = Clock()
    with running(Receiver(SECRET, script=always(500))) as receiver:
        alert = make_alert(1, receiver.url)
        work = deliverer(log, http, rounds=2, clock=clock)
        [first] = await work.deliver_all([alert])
        clock.at += timedelta(minutes=5)
        [last] = await work.deliver_all([alert])
    assert isinstance(first, ReceiverUnavailable)
    assert isinstance(last, AlertUndeliverable)
    assert "after 4 attempts in 2 rounds; last: HTTP 500" in str(last)
    record = await log.get(alert.alert_id)
    assert record is not None
    assert (record.state, record.status) == (DeliveryState.FAILED, 500)


async def test_deliver_counts_a_receiver_that_never_answers_as_retryable(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    with running(Receiver(SECRET, delay_s=1.5)) as receiver:
        alert = make_alert(1, receiver.url)
        [result] = await deliverer(log, http).deliver_all([alert])
    assert isinstance(result, ReceiverUnavailable)
    assert "no answer within 0.5 s" in str(result)


async def test_deliver_does_not_send_an_alert_already_delivered(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    with running(Receiver(SECRET)) as receiver:
        alert = make_alert(1, receiver.url)
        work = deliverer(log, http)
        await work.deliver_all([alert, alert])  # the same alert twice in one batch
        await work.deliver_all([alert])  # and redelivered later
    assert receiver.delivered_ids() == [alert.alert_id]


async def test_deliver_keeps_an_alert_without_target_for_the_list_only(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    alert = make_alert(1, None)
    assert await deliverer(log, http).deliver_all([alert]) == [[]]
    record = await log.get(alert.alert_id)
    assert record is not None
    assert record.state is DeliveryState.LIST_ONLY


async def test_deliver_without_a_secret_refuses_to_send_and_says_which_setting(
    log: DeliveryLog,
) -> None:
    with running(Receiver(SECRET)) as receiver:
        alert = make_alert(1, receiver.url)
        [result] = await Deliverer(log, None, RetryPolicy()).deliver_all([alert])
    assert isinstance(result, AlertUndeliverable)
    assert "KHABAR_WEBHOOK_SECRET" in result.reason()
    assert receiver.requests == {}


async def test_deliver_starts_over_when_a_failed_alert_is_retried_from_dead_letters(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    with running(Receiver(SECRET)) as receiver:
        alert = make_alert(1, receiver.url)
        failed = DeliveryRecord(
            state=DeliveryState.FAILED, attempts=9, rounds=3, updated_at=Clock()()
        )
        await log.put(alert, failed)
        assert await deliverer(log, http).deliver_all([alert]) == [[]]
    assert receiver.delivered_ids() == [alert.alert_id]


async def test_deliver_posts_the_alerts_of_a_batch_at_once(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    with running(Receiver(SECRET, delay_s=0.2)) as receiver:
        alerts = [make_alert(n, receiver.url) for n in range(8)]
        assert await deliverer(log, http).deliver_all(alerts) == [[]] * 8
    assert receiver.most_in_flight == 8
    assert sorted(receiver.delivered_ids()) == sorted(alert.alert_id for alert in alerts)


async def test_deliver_gives_each_alert_of_a_batch_its_own_outcome_and_record(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    with (
        running(Receiver(SECRET)) as healthy,
        running(Receiver(SECRET, script=always(404))) as refusing,
        running(Receiver(SECRET, script=always(503))) as down,
    ):
        fine = [make_alert(n, healthy.url) for n in range(4)]
        refused, unavailable = make_alert(10, refusing.url), make_alert(11, down.url)
        listed = make_alert(12, None)
        batch = [fine[0], refused, fine[1], unavailable, fine[2], listed, fine[3]]
        results = await deliverer(log, http).deliver_all(batch)
    assert [type(r).__name__ for r in results] == [
        "list",
        "AlertUndeliverable",
        "list",
        "ReceiverUnavailable",
        "list",
        "list",
        "list",
    ]
    assert sorted(healthy.delivered_ids()) == sorted(alert.alert_id for alert in fine)
    records = await log.get_many([alert.alert_id for alert in batch])
    assert [r.state if r else None for r in records] == [
        DeliveryState.DELIVERED,
        DeliveryState.FAILED,
        DeliveryState.DELIVERED,
        DeliveryState.RETRYING,
        DeliveryState.DELIVERED,
        DeliveryState.LIST_ONLY,
        DeliveryState.DELIVERED,
    ]


async def test_deliver_sends_nothing_again_for_the_delivered_alerts_of_a_redelivered_batch(
    log: DeliveryLog, http: httpx.AsyncClient
) -> None:
    clock = Clock()
    with (
        running(Receiver(SECRET)) as healthy,
        running(Receiver(SECRET, script=first_then([503, 503]))) as flaky,
    ):
        fine = [make_alert(n, healthy.url) for n in range(3)]
        late = make_alert(10, flaky.url)
        work = deliverer(log, http, clock=clock)
        first = await work.deliver_all([*fine, late])
        clock.at += timedelta(seconds=61)
        again = await work.deliver_all([*fine, late])  # the batch reclaimed as a whole
    assert isinstance(first[-1], ReceiverUnavailable)
    assert again == [[]] * 4
    assert sorted(healthy.delivered_ids()) == sorted(alert.alert_id for alert in fine)
    assert flaky.delivered_ids() == [late.alert_id]
