"""The dedup stage's settings: the window of remembered articles and stories."""

import pytest

from services.dedup.app import DedupSettings
from services.dedup.store import WINDOW_DAYS


def test_dedup_window_defaults_to_ninety_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KHABAR_DEDUP_WINDOW_DAYS", raising=False)
    assert DedupSettings().window_days == WINDOW_DAYS == 90


def test_dedup_window_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_DEDUP_WINDOW_DAYS", "7")
    assert DedupSettings().window_days == 7
