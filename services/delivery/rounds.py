"""Pure: what an alert's record says to do now, and what a round's result makes of the record.

Why two levels of retries. Within a round, short blips (a restart, a 502) are retried after
0.5 s, 1 s ... while the entry is held. A receiver that stays down is not waited for in the
handler, which would hold the whole batch: the round ends, the entry stays pending (a
`ReceiverUnavailable`, which the runner never dead-letters itself), and when it is reclaimed after
CLAIM_IDLE_MS the next round runs if its time has come (`round_delay_s`, doubling per round).
After `rounds` rounds the stage gives up itself: `AlertUndeliverable`, a dead letter with the
status, the last error and the attempts. So one dead receiver costs each batch at most one round.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from services.delivery.records import DeliveryRecord, DeliveryState
from services.delivery.webhook import Outcome, RoundResult, origin
from shared.contracts import Alert
from shared.errors import AlertUndeliverable, KhabarError, ReceiverUnavailable

UNSIGNED_REFUSAL = (
    "KHABAR_WEBHOOK_SECRET is not set, and Khabar never sends an unsigned webhook: set it on "
    "the delivery workers."
)


@dataclass(frozen=True)
class RetryPolicy:
    """How many rounds, and the first wait between two rounds (it doubles each time)."""

    rounds: int = 6
    round_delay_s: float = 60.0

    def delay_after(self, rounds: int) -> timedelta:
        """The wait after round `rounds` (1-based) failed."""
        return timedelta(seconds=self.round_delay_s * 2 ** (rounds - 1))


@dataclass(frozen=True)
class Settled:
    """An alert handled for now: the record to store (None: leave it) and the error to report."""

    record: DeliveryRecord | None = None
    error: KhabarError | None = None


def before_round(
    alert: Alert, before: DeliveryRecord | None, now: datetime, can_send: bool
) -> Settled | None:
    """Settle an alert without sending it, or None when a round is due now."""
    if alert.target is None:
        return Settled(DeliveryRecord(state=DeliveryState.LIST_ONLY, updated_at=now))
    before = _carried(before)
    if before is not None and before.state is DeliveryState.DELIVERED:
        return Settled()  # a redelivered entry or a repeated alert: the receiver has it
    if before is not None and before.next_at is not None and before.next_at > now:
        return Settled(
            error=ReceiverUnavailable(
                f"Round {before.rounds + 1} to {origin(alert.target)} is due at "
                f"{before.next_at.isoformat(timespec='seconds')}."
            )
        )
    if not can_send:
        record = DeliveryRecord(state=DeliveryState.FAILED, error=UNSIGNED_REFUSAL, updated_at=now)
        return Settled(record, AlertUndeliverable(UNSIGNED_REFUSAL))
    return None


def after_round(
    alert: Alert,
    before: DeliveryRecord | None,
    result: RoundResult,
    now: datetime,
    policy: RetryPolicy,
) -> Settled:
    """The record a round leaves, and the error when it did not deliver."""
    before = _carried(before)
    where = origin(alert.target or "")
    attempts = (before.attempts if before else 0) + result.attempts
    rounds = (before.rounds if before else 0) + 1
    record = DeliveryRecord(
        state=DeliveryState.DELIVERED,
        attempts=attempts,
        rounds=rounds,
        status=result.status,
        error=result.error,
        updated_at=now,
    )
    if result.outcome is Outcome.DELIVERED:
        return Settled(record)
    last = _describe(result)
    failed = record.model_copy(update={"state": DeliveryState.FAILED})
    if result.outcome is Outcome.REFUSED:
        return Settled(
            failed,
            AlertUndeliverable(
                f"{where} refused alert {alert.alert_id}: {last} (attempt {attempts}; not retried)."
            ),
        )
    if rounds >= policy.rounds:
        return Settled(
            failed,
            AlertUndeliverable(
                f"Gave up on alert {alert.alert_id} to {where} after {attempts} attempts "
                f"in {rounds} rounds; last: {last}."
            ),
        )
    next_at = now + policy.delay_after(rounds)
    return Settled(
        record.model_copy(update={"state": DeliveryState.RETRYING, "next_at": next_at}),
        ReceiverUnavailable(
            f"{where} failed round {rounds} of {policy.rounds} "
            f"({attempts} attempts so far); last: {last}; next round after "
            f"{next_at.isoformat(timespec='seconds')}."
        ),
    )


def _carried(before: DeliveryRecord | None) -> DeliveryRecord | None:
    """What a new round builds on: nothing after a failure (put back by `khabar dlq retry`)."""
    return None if before is not None and before.state is DeliveryState.FAILED else before


def _describe(result: RoundResult) -> str:
    return result.error or (f"HTTP {result.status}" if result.status else "no answer")
