"""Dates as Arabic and English news pages print them."""

from datetime import UTC, datetime

import pytest

from services.splitter.dates import find_dates, parse_date

CAPTURED = datetime(2025, 10, 21, 12, 0)


@pytest.mark.parametrize(
    ("printed", "iso", "has_time"),
    [
        ("الإثنين 20 أكتوبر 2025 - 07:24 م", "2025-10-20T19:24", True),
        ("تاريخ النشر: 20th, October 2025 GMT", "2025-10-20", False),
        ("يناير 26, 2025", "2025-01-26", False),
        ("٢٠/١٠/٢٠٢٥", "2025-10-20", False),
        ("۲۰۲۵-۱۰-۲۰", "2025-10-20", False),
        ("2025-10-20T08:15", "2025-10-20T08:15", True),
        ("الخميس 4 ديسمبر/كانون الأول 2025", "2025-12-04", False),
        ("20 تشرين الأول 2025", "2025-10-20", False),
        ("12 جانفي 2024", "2024-01-12", False),
        ("3 أوت 2023 10:05 ص", "2023-08-03T10:05", True),
        ("5 جويلية 2024", "2024-07-05", False),
        ("1 أفريل 2024", "2024-04-01", False),
        ("October 20, 2025 5:30 PM", "2025-10-20T17:30", True),
        ("15 ربيع الآخر 1447 هـ", "2025-10-07", False),
        ("1 جمادى الأولى 1446هـ", "2024-11-03", False),
        ("12:30 ص 2 فبراير 2024", "2024-02-02T00:30", True),
    ],
    ids=[
        "arabic-weekday-pm", "english-ordinal-gmt", "month-first-comma", "arabic-indic-numeric",
        "persian-iso", "iso-with-time", "egyptian-levantine-pair", "levantine", "maghrebi-janvier",
        "maghrebi-aout-am", "maghrebi-juillet", "maghrebi-avril", "english-pm", "hijri",
        "hijri-glued-marker", "time-before-date",
    ],
)  # fmt: skip
def test_dates_parse_printed_forms(printed: str, iso: str, has_time: bool) -> None:
    date = parse_date(printed)
    assert date is not None
    assert (date.iso(), date.has_time) == (iso, has_time)


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("منذ 3 ساعات", "2025-10-21T09:00"),
        ("منذ يومين", "2025-10-19"),
        ("أمس", "2025-10-20"),
        ("قبل ساعتين", "2025-10-21T10:00"),
        ("3 hours ago", "2025-10-21T09:00"),
    ],
    ids=["hours", "dual-days", "yesterday", "dual-hours", "english"],
)
def test_dates_resolve_relative_dates_against_capture_time(printed: str, iso: str) -> None:
    date = parse_date(printed, CAPTURED)
    assert date is not None
    assert date.calendar == "relative"
    assert date.iso() == iso


def test_dates_ignore_relative_dates_without_capture_time() -> None:
    assert parse_date("منذ 3 ساعات") is None


def test_dates_find_published_and_updated_glued_on_one_line() -> None:
    dates = find_dates("يناير 26, 2025آخر تحديث: يناير 27, 2025")
    assert [d.iso() for d in dates] == ["2025-01-26", "2025-01-27"]


def test_dates_keep_the_printed_text_with_its_weekday() -> None:
    date = parse_date("نشر: الإثنين 20 أكتوبر 2025 - 07:24 م")
    assert date is not None
    assert date.text == "الإثنين 20 أكتوبر 2025 - 07:24 م"


def test_dates_mark_a_gmt_clock_time_as_utc() -> None:
    date = parse_date("20 October 2025 14:05 GMT")
    assert date is not None
    assert date.value == datetime(2025, 10, 20, 14, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["قال إن 30 بالمئة من السكان", "31/02/2025", "في عام 2025 وحده", "رقم 1234-56-78"],
    ids=["no-date", "impossible-day", "year-only", "not-iso"],
)
def test_dates_find_nothing_where_no_day_is_printed(text: str) -> None:
    assert parse_date(text) is None
