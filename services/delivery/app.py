"""Delivery service: alerts → signed webhook POSTs; alerts without a target are kept for the list."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from faststream import FastStream
from pydantic import Field, SecretStr
from redis.asyncio import Redis

from services.delivery.clients import ClientPool
from services.delivery.deliver import Deliverer, Send
from services.delivery.records import STATE_DAYS, DeliveryLog
from services.delivery.rounds import RetryPolicy
from services.delivery.webhook import RoundPolicy, RoundResult, post_alert
from shared.broker import Handle
from shared.contracts import Alert
from shared.settings import ServiceSettings
from shared.streams import Stage, Streams
from shared.wire import decode
from shared.worker import build_worker

logger = logging.getLogger("khabar.delivery")

ROUND_SHARE = 0.8  # of CLAIM_IDLE_MS a round may use
MIN_TIMEOUT_S = 0.1


class DeliverySettings(ServiceSettings):
    """The webhook secret, the retry schedule, and how long delivery states are kept."""

    webhook_secret: SecretStr | None = Field(
        default=None,
        validation_alias="KHABAR_WEBHOOK_SECRET",
        description="HMAC key; unset: alerts with a target are dead-lettered, never sent unsigned",
    )
    webhook_timeout_s: float = Field(
        default=10.0, gt=0, validation_alias="KHABAR_WEBHOOK_TIMEOUT_S"
    )
    webhook_attempts: int = Field(default=3, ge=1, validation_alias="KHABAR_WEBHOOK_ATTEMPTS")
    webhook_backoff_s: float = Field(default=0.5, ge=0, validation_alias="KHABAR_WEBHOOK_BACKOFF_S")
    webhook_rounds: int = Field(default=6, ge=1, validation_alias="KHABAR_WEBHOOK_ROUNDS")
    webhook_round_delay_s: float = Field(
        default=60.0, ge=0, validation_alias="KHABAR_WEBHOOK_ROUND_DELAY_S"
    )
    state_days: int = Field(default=STATE_DAYS, ge=1, validation_alias="KHABAR_DELIVERY_STATE_DAYS")

    def round_policy(self) -> RoundPolicy:
        """Tries within one round, shortened if need be to end well within CLAIM_IDLE_MS.

        A round still running when the entry is reclaimed would be sent by two workers at once.
        """
        budget = ROUND_SHARE * self.claim_idle_ms / 1000
        backoff = self.webhook_backoff_s
        attempts = self.webhook_attempts
        while (
            attempts > 1 and RoundPolicy(attempts, backoff, MIN_TIMEOUT_S).worst_case_s() > budget
        ):
            attempts -= 1
        waits = RoundPolicy(attempts, backoff, 0.0).worst_case_s()
        timeout = min(self.webhook_timeout_s, max(MIN_TIMEOUT_S, (budget - waits) / attempts))
        return RoundPolicy(attempts, backoff, timeout)


def create_app(settings: DeliverySettings | None = None) -> FastStream:
    """The delivery stage's FastStream app."""
    settings = settings or DeliverySettings()
    policy = RetryPolicy(settings.webhook_rounds, settings.webhook_round_delay_s)
    rounds = settings.round_policy()

    @asynccontextmanager
    async def open_clients() -> AsyncIterator[Handle[Alert, Alert]]:
        if (rounds.attempts, rounds.timeout_s) != (
            settings.webhook_attempts,
            settings.webhook_timeout_s,
        ):
            logger.warning(
                "webhook round shortened to fit CLAIM_IDLE_MS",
                extra={"fields": {"attempts": rounds.attempts, "timeout_s": rounds.timeout_s}},
            )
        redis = Redis.from_url(settings.redis_url)
        # Every round of a batch runs at once (deliver.py), beside one reclaimed entry's.
        http = ClientPool(in_flight=settings.batch_size + 1)
        send: Send | None = None
        if settings.webhook_secret is None:
            logger.warning(
                "KHABAR_WEBHOOK_SECRET is not set: alerts with a target go to dead letters"
            )
        else:
            secret = settings.webhook_secret.get_secret_value()

            async def send_signed(alert: Alert, target: str) -> RoundResult:
                return await post_alert(http.next(), alert, target, secret, rounds)

            send = send_signed
        log = DeliveryLog(redis, Streams(settings.stream_prefix), settings.state_days)
        yield Deliverer(log, send, policy).deliver_all
        await http.aclose()
        await redis.aclose()

    return build_worker(Stage.DELIVERY, settings, partial(decode, model=Alert), open_clients)
