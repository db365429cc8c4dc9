"""One delivery round: POST an alert, retrying timeouts, connection errors, 5xx, 408 and 429."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import httpx

from services.delivery.signing import webhook_headers
from shared.contracts import Alert

RETRYABLE_4XX = frozenset({408, 429})
BACKOFF_CAP_S = 60.0


class Outcome(StrEnum):
    """How a round ended."""

    DELIVERED = "delivered"
    RETRY = "retry"  # the receiver may take it later
    REFUSED = "refused"  # it never will: 4xx (not 408/429), a redirect, a bad URL


@dataclass(frozen=True)
class RoundResult:
    """What one round of attempts came to."""

    outcome: Outcome
    attempts: int
    status: int | None = None
    error: str = ""


@dataclass(frozen=True)
class RoundPolicy:
    """Tries per round, the first wait between them (doubling), and each request's timeout."""

    attempts: int = 3
    backoff_s: float = 0.5
    timeout_s: float = 10.0

    def worst_case_s(self) -> float:
        """The longest a round can take: every try times out and every wait is slept."""
        waits = sum(backoff_seconds(n, self.backoff_s) for n in range(1, self.attempts))
        return self.attempts * self.timeout_s + waits


def origin(url: str) -> str:
    """scheme://host[:port] of a target: what logs and lists show, since paths often hold tokens."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}"


def backoff_seconds(attempt: int, base: float) -> float:
    """The wait after failed attempt `attempt` (1-based): base, 2 base, 4 base ... capped."""
    return float(min(BACKOFF_CAP_S, base * 2 ** (attempt - 1)))


def judge(status: int) -> Outcome:
    """2xx delivers; 5xx, 408 and 429 may pass later; anything else (4xx, 3xx) never will."""
    if 200 <= status < 300:
        return Outcome.DELIVERED
    if status >= 500 or status in RETRYABLE_4XX:
        return Outcome.RETRY
    return Outcome.REFUSED


async def post_alert(
    client: httpx.AsyncClient,
    alert: Alert,
    target: str,
    secret: str,
    policy: RoundPolicy,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> RoundResult:
    """POST the alert's contract JSON, signed, up to `policy.attempts` times."""
    body = alert.model_dump_json().encode()
    status: int | None = None
    error = ""
    for attempt in range(1, policy.attempts + 1):
        headers = webhook_headers(alert.alert_id, body, secret, int(clock()))
        try:
            response = await client.post(
                target, content=body, headers=headers, timeout=policy.timeout_s
            )
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return RoundResult(Outcome.REFUSED, attempt, None, f"bad target URL: {exc}")
        except httpx.TimeoutException as exc:
            status, error = None, f"no answer within {policy.timeout_s:g} s ({type(exc).__name__})"
        except httpx.TransportError as exc:
            status, error = None, f"{type(exc).__name__}: {exc}"
        else:
            status = response.status_code
            outcome = judge(status)
            error = "" if outcome is Outcome.DELIVERED else _http_error(response)
            if outcome is not Outcome.RETRY:
                return RoundResult(outcome, attempt, status, error)
        if attempt < policy.attempts:
            await sleep(backoff_seconds(attempt, policy.backoff_s))
    return RoundResult(Outcome.RETRY, policy.attempts, status, error)


def _http_error(response: httpx.Response) -> str:
    text = " ".join(response.text.split())[:200]
    return f"HTTP {response.status_code} {response.reason_phrase}" + (f": {text}" if text else "")
