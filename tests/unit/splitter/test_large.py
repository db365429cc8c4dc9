"""Huge bundles: only the first MAX_PAGE_BYTES are read as the page, in bounded memory."""

import tracemalloc
from pathlib import Path

import pytest

from services.splitter import split
from services.splitter.decode import MAX_PAGE_BYTES, decode_bundle
from services.splitter.layout import page_lines
from services.splitter.split import MAX_ARTICLES, split_bundle
from shared.contracts import Bundle, Role

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
LINE = "مباحثات أميركية روسية تمهيداً لقمة ترامب وبوتين المرتقبة في بودابست بين الرئيسين الأسبوع المقبل.\n"
# What split_bundle may allocate beyond the bundle's own bytes, whatever their size.
MEMORY_BOUND = 6 * MAX_PAGE_BYTES


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_decode_reads_only_whole_lines_of_the_first_page_bytes(codec: str) -> None:
    raw = (LINE * 1000).encode(codec)
    for limit in range(4001, 4009):  # every way a character can be cut
        text = decode_bundle(raw, max_page_bytes=limit)
        assert len(text.encode(codec)) <= limit
        assert text.split("\n") == [LINE.strip()] * text.count("\n") + [""]


def test_decode_cuts_a_page_of_one_huge_line_inside_it() -> None:
    text = decode_bundle((LINE.strip() + " ").encode() * 1000, max_page_bytes=5000)
    assert 4000 < len(text.encode()) <= 5000


def test_page_lines_stop_at_the_line_limit() -> None:
    assert page_lines("سطر\n\n" * 50, max_lines=10) == ["سطر"] * 10


def _samples() -> list[bytes]:
    pages = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    if not pages:
        pytest.skip(f"no sample pages at {SAMPLES}")
    return pages


@pytest.mark.slow
def test_split_reads_the_first_page_bytes_of_a_50_mb_bundle_in_bounded_memory() -> None:
    pages = _samples()
    head = "رسالة في أول الحزمة تقول إن الصفحة تبدأ هنا وإن ما بعدها يقرأ كاملا بلا نقص.\n"
    tail = "رسالة في آخر الحزمة بعد خمسين ميغابايت لا تصل إلى أي مقال لأنها بعد الحد.\n"
    body = b"\n\n".join(pages)
    raw = head.encode() + body * (50_000_000 // len(body) + 1) + tail.encode()
    bundle = Bundle.from_raw(raw)
    del raw
    tracemalloc.start()
    try:
        articles = split_bundle(bundle)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(bundle.raw) > 50_000_000
    assert 1 < len(articles) <= MAX_ARTICLES
    assert articles[0].role is Role.MAIN
    assert [a.position for a in articles] == list(range(len(articles)))
    bodies = "\n".join(a.body for a in articles)
    assert head.strip() in bodies
    assert tail.strip() not in bodies
    assert peak < MEMORY_BOUND
    assert all(a.page_cut for a in articles)


def test_a_whole_page_is_not_flagged_as_cut() -> None:
    for page in _samples():
        assert not any(a.page_cut for a in split_bundle(Bundle.from_raw(page)))


def test_a_page_past_the_line_limit_is_flagged_and_named_in_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    page = max(_samples(), key=len)
    lines = len(page_lines(page.decode()))
    monkeypatch.setattr(split, "MAX_PAGE_LINES", lines)  # exactly full: not cut
    assert not any(a.page_cut for a in split_bundle(Bundle.from_raw(page)))
    monkeypatch.setattr(split, "MAX_PAGE_LINES", lines - 5)
    bundle = Bundle.from_raw(page, name="long-page.txt")
    with caplog.at_level("WARNING", logger="khabar.splitter"):
        articles = split_bundle(bundle)
    assert articles
    assert all(a.page_cut for a in articles)
    assert [r for r in caplog.records if bundle.bundle_id in r.getMessage()]
    assert "long-page.txt" in caplog.text
