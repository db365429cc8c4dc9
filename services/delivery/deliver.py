"""Deliver alerts: one round of attempts now; a failed round is retried later, up to a limit.

Why two levels. Within a round, short blips (a restart, a 502) are retried after 0.5 s, 1 s ...
while the entry is held. A receiver that stays down is not waited for in the handler, which
would hold the whole batch: the round ends, the entry stays pending (a `ReceiverUnavailable`,
which the runner never dead-letters itself), and when it is reclaimed after CLAIM_IDLE_MS the
next round runs if its time has come (`round_delay_s`, doubling per round). After `rounds` rounds
the stage gives up itself: `AlertUndeliverable`, a dead letter with the status, the last error
and the attempts. So one dead receiver costs each batch at most one round.
"""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from services.delivery.records import DeliveryLog, DeliveryRecord, DeliveryState
from services.delivery.webhook import Outcome, RoundResult, origin
from shared.broker import ItemResult
from shared.contracts import Alert
from shared.errors import AlertUndeliverable, ReceiverUnavailable

Send = Callable[[Alert, str], Awaitable[RoundResult]]
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


class Deliverer:
    """Decides, per alert, whether to send, skip, wait, or give up, and records the outcome."""

    def __init__(
        self,
        log: DeliveryLog,
        send: Send | None,
        policy: RetryPolicy,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.log = log
        self.send = send  # None: no secret, so nothing may be sent
        self.policy = policy
        self.now = now

    async def deliver_all(self, alerts: list[Alert]) -> list[ItemResult[Alert]]:
        """Deliver a batch concurrently; a repeated alert id in the batch is delivered once."""
        tasks: dict[str, asyncio.Task[None]] = {}
        for alert in alerts:
            if alert.alert_id not in tasks:
                tasks[alert.alert_id] = asyncio.create_task(self.deliver(alert))
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        results: list[ItemResult[Alert]] = []
        for alert in alerts:
            task = tasks[alert.alert_id]
            error = task.exception()
            results.append([] if error is None else error)
        return results

    async def deliver(self, alert: Alert) -> None:
        """Deliver one alert; raise AlertUndeliverable (give up) or ReceiverUnavailable (later)."""
        now = self.now()
        if alert.target is None:
            await self.log.put(alert, DeliveryRecord(state=DeliveryState.LIST_ONLY, updated_at=now))
            return
        before = await self.log.get(alert.alert_id)
        if before is not None and before.state is DeliveryState.DELIVERED:
            return  # a redelivered entry or a repeated alert: the receiver has it
        if before is not None and before.state is DeliveryState.FAILED:
            before = None  # put back by `khabar dlq retry`: start over
        if before is not None and before.next_at is not None and before.next_at > now:
            raise ReceiverUnavailable(
                f"Round {before.rounds + 1} to {origin(alert.target)} is due at "
                f"{before.next_at.isoformat(timespec='seconds')}."
            )
        if self.send is None:
            await self.log.put(
                alert,
                DeliveryRecord(state=DeliveryState.FAILED, error=UNSIGNED_REFUSAL, updated_at=now),
            )
            raise AlertUndeliverable(UNSIGNED_REFUSAL)
        result = await self.send(alert, alert.target)
        await self._settle(alert, origin(alert.target), before, result)

    async def _settle(
        self, alert: Alert, where: str, before: DeliveryRecord | None, result: RoundResult
    ) -> None:
        now = self.now()
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
            await self.log.put(alert, record)
            return
        last = _describe(result)
        if result.outcome is Outcome.REFUSED:
            await self.log.put(alert, record.model_copy(update={"state": DeliveryState.FAILED}))
            raise AlertUndeliverable(
                f"{where} refused alert {alert.alert_id}: {last} (attempt {attempts}; not retried)."
            )
        if rounds >= self.policy.rounds:
            await self.log.put(alert, record.model_copy(update={"state": DeliveryState.FAILED}))
            raise AlertUndeliverable(
                f"Gave up on alert {alert.alert_id} to {where} after {attempts} attempts "
                f"in {rounds} rounds; last: {last}."
            )
        next_at = now + self.policy.delay_after(rounds)
        await self.log.put(
            alert,
            record.model_copy(update={"state": DeliveryState.RETRYING, "next_at": next_at}),
        )
        raise ReceiverUnavailable(
            f"{where} failed round {rounds} of {self.policy.rounds} "
            f"({attempts} attempts so far); last: {last}; next round after "
            f"{next_at.isoformat(timespec='seconds')}."
        )


def _describe(result: RoundResult) -> str:
    return result.error or (f"HTTP {result.status}" if result.status else "no answer")
