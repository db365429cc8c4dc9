"""What a status means for a delivery, how long retries wait, and the settings that bound a round."""

import pytest

from services.delivery.app import DeliverySettings
from services.delivery.rounds import RetryPolicy
from services.delivery.webhook import Outcome, RoundPolicy, backoff_seconds, judge, origin


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (200, Outcome.DELIVERED),
        (202, Outcome.DELIVERED),
        (204, Outcome.DELIVERED),
        (301, Outcome.REFUSED),
        (400, Outcome.REFUSED),
        (401, Outcome.REFUSED),
        (404, Outcome.REFUSED),
        (408, Outcome.RETRY),
        (413, Outcome.REFUSED),
        (429, Outcome.RETRY),
        (500, Outcome.RETRY),
        (502, Outcome.RETRY),
        (503, Outcome.RETRY),
    ],
    ids=str,
)
def test_judge_retries_only_server_errors_timeouts_and_rate_limits(
    status: int, outcome: Outcome
) -> None:
    assert judge(status) is outcome


def test_backoff_doubles_from_the_base_and_is_capped() -> None:
    assert [backoff_seconds(n, 0.5) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 4.0]
    assert backoff_seconds(20, 0.5) == 60.0


def test_a_round_worst_case_is_every_timeout_plus_every_wait() -> None:
    assert RoundPolicy(attempts=3, backoff_s=0.5, timeout_s=10).worst_case_s() == 31.5


def test_rounds_wait_twice_as_long_each_time() -> None:
    policy = RetryPolicy(rounds=6, round_delay_s=60)
    assert [policy.delay_after(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]


def test_settings_keep_the_configured_round_when_it_fits_the_reclaim_time() -> None:
    settings = DeliverySettings()
    assert settings.round_policy() == RoundPolicy(attempts=3, backoff_s=0.5, timeout_s=10.0)


@pytest.mark.parametrize("claim_idle_ms", [100, 1_500, 5_000, 20_000], ids=str)
def test_settings_shorten_a_round_to_end_well_before_a_reclaim(claim_idle_ms: int) -> None:
    policy = DeliverySettings(claim_idle_ms=claim_idle_ms).round_policy()
    assert policy.attempts >= 1
    assert policy.worst_case_s() <= max(0.8 * claim_idle_ms / 1000, policy.timeout_s)
    assert policy.timeout_s >= 0.1


def test_settings_read_the_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_WEBHOOK_SECRET", "s3cret")
    secret = DeliverySettings().webhook_secret
    assert secret is not None
    assert secret.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(DeliverySettings())


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://hooks.example.com/T0/B1/secret?x=1", "https://hooks.example.com"),
        ("http://127.0.0.1:8088/khabar", "http://127.0.0.1:8088"),
    ],
    ids=["path-and-query", "port"],
)
def test_origin_drops_the_path_and_query_that_may_hold_tokens(url: str, shown: str) -> None:
    assert origin(url) == shown
