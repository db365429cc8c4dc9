"""What an alert's record says to do now, and what a round's result makes of it (no I/O)."""

from datetime import UTC, datetime, timedelta

import pytest

from services.delivery.records import DeliveryRecord, DeliveryState
from services.delivery.rounds import RetryPolicy, Settled, after_round, before_round
from services.delivery.webhook import Outcome, RoundResult
from shared.contracts import Alert
from shared.errors import AlertUndeliverable, ReceiverUnavailable

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
POLICY = RetryPolicy(rounds=3, round_delay_s=60)
TARGET = "https://hooks.example.com/T0/secret"


def make_alert(target: str | None = TARGET) -> Alert:
    return Alert(
        alert_id="0123456789abcdef0123456789abcdef",
        watchlist_id="w-gaza",
        watchlist_name="غزة والمعابر",
        owner="desk-middle-east",
        query='"معبر رفح"',
        target=target,
        story_id="s1",
        article_id=f"{1:032x}-000",
        matched_at=NOW,
    )


def record(state: DeliveryState, next_at: datetime | None = None, **over: int) -> DeliveryRecord:
    return DeliveryRecord(state=state, updated_at=NOW, next_at=next_at, **over)


def test_before_round_keeps_an_alert_without_target_for_the_list() -> None:
    settled = before_round(make_alert(target=None), None, NOW, can_send=True)
    assert settled == Settled(DeliveryRecord(state=DeliveryState.LIST_ONLY, updated_at=NOW))


def test_before_round_sends_nothing_again_once_delivered() -> None:
    before = record(DeliveryState.DELIVERED, attempts=1, rounds=1)
    assert before_round(make_alert(), before, NOW, can_send=True) == Settled()


def test_before_round_waits_for_a_round_not_due_yet_and_writes_nothing() -> None:
    before = record(DeliveryState.RETRYING, NOW + timedelta(seconds=30), rounds=1)
    settled = before_round(make_alert(), before, NOW, can_send=True)
    assert settled is not None
    assert settled.record is None
    assert isinstance(settled.error, ReceiverUnavailable)
    assert "Round 2 to https://hooks.example.com is due at" in str(settled.error)


@pytest.mark.parametrize(
    "before",
    [
        None,
        record(DeliveryState.RETRYING, NOW - timedelta(seconds=1), rounds=1),
        record(DeliveryState.FAILED, NOW + timedelta(hours=1), rounds=3),
    ],
    ids=["new", "retry-due", "put-back-from-dead-letters"],
)
def test_before_round_sends_when_a_round_is_due(before: DeliveryRecord | None) -> None:
    assert before_round(make_alert(), before, NOW, can_send=True) is None


def test_before_round_without_a_secret_fails_the_alert_and_names_the_setting() -> None:
    settled = before_round(make_alert(), None, NOW, can_send=False)
    assert settled is not None
    assert settled.record is not None
    assert settled.record.state is DeliveryState.FAILED
    assert isinstance(settled.error, AlertUndeliverable)
    assert "KHABAR_WEBHOOK_SECRET" in settled.error.reason()


def test_after_round_records_a_delivery_with_the_attempts_of_every_round() -> None:
    before = record(DeliveryState.RETRYING, NOW, attempts=3, rounds=1)
    settled = after_round(make_alert(), before, RoundResult(Outcome.DELIVERED, 2, 200), NOW, POLICY)
    assert settled.error is None
    assert settled.record == DeliveryRecord(
        state=DeliveryState.DELIVERED, attempts=5, rounds=2, status=200, updated_at=NOW
    )


def test_after_round_gives_up_at_once_on_a_refusal() -> None:
    result = RoundResult(Outcome.REFUSED, 1, 404, "HTTP 404 Not Found")
    settled = after_round(make_alert(), None, result, NOW, POLICY)
    assert settled.record is not None
    assert settled.record.state is DeliveryState.FAILED
    assert isinstance(settled.error, AlertUndeliverable)
    assert "HTTP 404 Not Found (attempt 1; not retried)" in str(settled.error)


def test_after_round_schedules_the_next_round_twice_as_late_each_time() -> None:
    before = record(DeliveryState.RETRYING, NOW, attempts=2, rounds=1)
    settled = after_round(make_alert(), before, RoundResult(Outcome.RETRY, 2, 503), NOW, POLICY)
    assert settled.record is not None
    assert (settled.record.state, settled.record.rounds) == (DeliveryState.RETRYING, 2)
    assert settled.record.next_at == NOW + timedelta(seconds=120)
    assert isinstance(settled.error, ReceiverUnavailable)


def test_after_round_gives_up_after_the_last_round_with_status_and_attempts() -> None:
    before = record(DeliveryState.RETRYING, NOW, attempts=4, rounds=2)
    settled = after_round(make_alert(), before, RoundResult(Outcome.RETRY, 2, 500), NOW, POLICY)
    assert settled.record is not None
    assert settled.record.state is DeliveryState.FAILED
    assert isinstance(settled.error, AlertUndeliverable)
    assert "after 6 attempts in 3 rounds; last: HTTP 500" in str(settled.error)


def test_after_round_starts_counting_over_for_an_alert_put_back_from_dead_letters() -> None:
    before = record(DeliveryState.FAILED, attempts=9, rounds=3)
    settled = after_round(make_alert(), before, RoundResult(Outcome.RETRY, 1), NOW, POLICY)
    assert settled.record is not None
    assert (settled.record.attempts, settled.record.rounds) == (1, 1)
    assert "no answer" in str(settled.error)
