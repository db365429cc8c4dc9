"""The alerts stage's settings: bigger batches, and the dedup window for alert state."""

import pytest

from services.alerts.alerter import BATCH_SIZE
from services.alerts.app import AlertsSettings, create_app


def test_alerts_read_bigger_batches_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BATCH_SIZE", raising=False)
    assert AlertsSettings().batch_size == BATCH_SIZE == 128
    monkeypatch.setenv("BATCH_SIZE", "8")
    assert AlertsSettings().batch_size == 8


def test_alert_state_lives_as_long_as_the_dedup_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KHABAR_DEDUP_WINDOW_DAYS", raising=False)
    assert AlertsSettings().window_days == 90
    monkeypatch.setenv("KHABAR_DEDUP_WINDOW_DAYS", "7")
    assert AlertsSettings().window_days == 7


def test_the_app_builds_without_touching_any_server() -> None:
    settings = AlertsSettings(redis_url="redis://127.0.0.1:1/0", es_url="http://127.0.0.1:1")
    assert create_app(settings).broker is not None
