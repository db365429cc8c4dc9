"""Bundle bytes to text, and the errors a person understands when they are not a page."""

import pytest

from services.splitter.decode import decode_bundle
from shared.errors import BadInput, BundleTooLarge, EmptyBundle, NotNews, UndecodableBundle

PAGE = (
    "مباحثات أميركية روسية تمهيداً لقمة ترامب وبوتين\n"
    "بحث وزيرا الخارجية الروسي سيرغي لافروف والأميركي ماركو روبيو هاتفياً، أمس، الترتيبات "
    "الخاصة بالقمة المرتقبة في بودابست بين الرئيسين.\n"
)


@pytest.mark.parametrize(
    "raw",
    [
        PAGE.encode("utf-8"),
        PAGE.encode("utf-8-sig"),
        PAGE.encode("utf-16"),
        PAGE.encode("utf-16-le"),
        PAGE.encode("utf-16-be"),
        PAGE.encode("cp1256"),
        PAGE.encode("iso8859_6"),
        PAGE.replace("\n", "\r\n").encode("utf-8"),
        PAGE.replace("\n", "\r").encode("utf-8"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16le",
        "utf16be",
        "cp1256",
        "iso-8859-6",
        "crlf",
        "cr",
    ],
)
def test_decode_reads_every_supported_encoding(raw: bytes) -> None:
    assert decode_bundle(raw, None) == PAGE


def test_decode_drops_zero_width_and_bidi_marks_but_keeps_zwnj() -> None:
    raw = ("\u200f" + PAGE.replace("روسية", "رو\u200bسية") + "می\u200cخواهم").encode()
    text = decode_bundle(raw, None)
    assert "روسية" in text
    assert "\u200f" not in text
    assert "می\u200cخواهم" in text


def test_decode_reduces_html_to_text_without_menus_or_scripts() -> None:
    html = (
        "<!doctype html><html><head><script>var ads = 1;</script><style>p{}</style></head><body>"
        "<nav>الرئيسية | سياسة</nav><h1>عنوان الخبر</h1><p>" + PAGE + "</p><aside>إعلان</aside>"
        "<form>بحث</form><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    text = decode_bundle(html.encode(), "text/html; charset=utf-8")
    lines = [line for line in text.split("\n") if line.strip()]
    assert lines[0] == "عنوان الخبر"
    assert "ads" not in text
    assert "الرئيسية" not in text
    assert "محفوظة" not in text
    assert "إعلان" not in text
    assert "بحث\n" not in text


def test_decode_sniffs_html_without_a_content_type() -> None:
    html = "<html><body><p>" + PAGE + "</p><script>x()</script></body></html>"
    assert "x()" not in decode_bundle(html.encode(), None)


def test_decode_keeps_an_english_page() -> None:
    page = "Lavrov and Rubio discuss the summit\n" + "The two ministers spoke by phone. " * 5
    assert decode_bundle(page.encode(), "text/plain").startswith("Lavrov")


@pytest.mark.parametrize(
    ("raw", "error", "words"),
    [
        (b"", EmptyBundle, "empty"),
        (b" \n\t \r\n", EmptyBundle, "empty"),
        (b"<html><body> </body></html>", EmptyBundle, "markup"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), NotNews, "PNG image"),
        (b"%PDF-1.7\n...", NotNews, "PDF"),
        (b"abc\x00\x00\x00\x00def\x00\x00\x00\x00" * 20, NotNews, "NUL bytes"),
        (b"1234 5678 90\n" * 20, NotNews, "no Arabic or Latin letters"),
        ("خبر قصير".encode(), NotNews, "longest paragraph"),
        (
            bytes([0x80, 0x82, 0x84, 0x86, 0x89, 0x99, 0x9B, 0xA4]) * 90,
            UndecodableBundle,
            "encoding",
        ),
    ],
    ids=[
        "empty",
        "whitespace",
        "empty-html",
        "png",
        "pdf",
        "nuls",
        "digits",
        "too-short",
        "garbage",
    ],
)
def test_decode_refuses_what_is_not_a_page(raw: bytes, error: type[BadInput], words: str) -> None:
    with pytest.raises(error, match=words):
        decode_bundle(raw, None)


def test_decode_refuses_a_bundle_over_the_limit() -> None:
    with pytest.raises(BundleTooLarge, match="limit"):
        decode_bundle(PAGE.encode() * 10, None, max_bytes=100)


def test_a_time_element_is_a_word_of_its_own() -> None:
    from services.splitter.decode import html_to_text

    text = html_to_text(
        "<html><body><div><time>13 نوفمبر 2025، 08:30</time><span>وقت القراءة</span></div>"
        "<p><b>دبي</b> — نص</p></body></html>"
    )
    assert "08:30 وقت القراءة" in " ".join(text.split())
    assert "دبي — نص" in " ".join(text.split())
