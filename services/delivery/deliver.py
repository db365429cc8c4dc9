"""Deliver a batch of alerts: one read of their records, every due round at once, one write.

The decisions are pure (rounds.py); this is the I/O around them. A batch costs two Redis round
trips whatever its size. Its rounds all start together: a round made to wait for a free slot
could run past the claim budget (0.8 x CLAIM_IDLE_MS from the read) and be sent twice by two
workers; the batch size (at most 1,000) is the bound. Records are written once every round of the
batch has ended, so a worker killed before that sends those alerts again: at least once, and
receivers drop repeats by `X-Khabar-Alert-Id`, as they must anyway (a kill after the 2xx and
before the acknowledgement did the same before).
"""

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from services.delivery.records import DeliveryLog, DeliveryRecord
from services.delivery.rounds import RetryPolicy, Settled, after_round, before_round
from services.delivery.webhook import RoundResult
from shared.broker import ItemResult
from shared.contracts import Alert

Send = Callable[[Alert, str], Awaitable[RoundResult]]


class Deliverer:
    """Runs each alert's due round, records every outcome, and reports one result per alert."""

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
        """Deliver a batch; a repeated alert id in it is delivered once and shares the outcome."""
        unique: dict[str, Alert] = {}
        for alert in alerts:
            unique.setdefault(alert.alert_id, alert)
        outcomes = await self._deliver_unique(list(unique.values()))
        return [outcomes[alert.alert_id] for alert in alerts]

    async def _deliver_unique(self, alerts: list[Alert]) -> dict[str, ItemResult[Alert]]:
        try:
            befores = await self.log.get_many([alert.alert_id for alert in alerts])
        except Exception as exc:  # Redis unreachable: every entry stays pending
            return {alert.alert_id: exc for alert in alerts}
        now = self.now()
        settled: dict[str, Settled | BaseException] = {}
        due: list[tuple[Alert, DeliveryRecord | None]] = []
        for alert, before in zip(alerts, befores, strict=True):
            early = before_round(alert, before, now, can_send=self.send is not None)
            if early is None:
                due.append((alert, before))
            else:
                settled[alert.alert_id] = early
        results = await asyncio.gather(
            *(self._round(alert) for alert, _ in due), return_exceptions=True
        )
        ended = self.now()
        for (alert, before), result in zip(due, results, strict=True):
            settled[alert.alert_id] = (
                result
                if isinstance(result, BaseException)  # a bug, not the receiver: left pending
                else after_round(alert, before, result, ended, self.policy)
            )
        writes = [
            (alert, outcome.record)
            for alert in alerts
            if isinstance(outcome := settled[alert.alert_id], Settled)
            and outcome.record is not None
        ]
        try:
            await self.log.put_many(writes)
        except Exception as exc:  # nothing recorded: every entry stays pending
            return {alert.alert_id: exc for alert in alerts}
        return {alert_id: _result(outcome) for alert_id, outcome in settled.items()}

    async def _round(self, alert: Alert) -> RoundResult:
        if self.send is None or alert.target is None:
            raise RuntimeError("before_round lets only targeted alerts with a secret through")
        return await self.send(alert, alert.target)


def _result(outcome: Settled | BaseException) -> ItemResult[Alert]:
    if isinstance(outcome, BaseException):
        return outcome
    return [] if outcome.error is None else outcome.error
