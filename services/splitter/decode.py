"""Raw bundle bytes to clean text: encoding detection, HTML reduction, invisible-character cleanup.

Only the first MAX_PAGE_BYTES of a bundle are read as its page; the rest is dropped. The cut
falls after the last whole line (inside a line only when the page has no line end in its second
half). A news page is a few hundred kilobytes at most, text or HTML, so a bundle past that is a
dump of many pages or of something else; laying it all out would cost memory in proportion to
its size for no article a reader could use. BundleTooLarge still refuses bundles over
MAX_BUNDLE_BYTES before any of this.
"""

import codecs
import re
import unicodedata
from collections.abc import Iterator

import charset_normalizer
import lxml.etree
import lxml.html

from services.splitter.text_dump import read_text_dump
from shared.contracts.bundle import MAX_BUNDLE_BYTES
from shared.errors import BundleTooLarge, EmptyBundle, NotNews, UndecodableBundle

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF media file (WebP, WAV or AVI)"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
)
_DROP_TAGS = ("script", "style", "nav", "footer", "aside", "form", "noscript", "template", "svg")
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "dl",
        "hr",
        "main",
        "title",
        "address",
    ]
)
MAX_PAGE_BYTES = 8 * 1024 * 1024
_PAGE_FORM_CHARS = 1000
# Zero-width and bidi controls carry no text; ZWNJ/ZWJ do (Persian word shapes), so they stay.
_INVISIBLE_CHARS = "\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
_CONTROL_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_CONTROL = re.compile(f"[{_CONTROL_CHARS}]")
_DROPPED = re.compile(f"[{_INVISIBLE_CHARS}{_CONTROL_CHARS}]")  # one pass for both
_NON_SPACE = re.compile(rb"\S")
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|br|article|meta)\b", re.I)
_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_MIXED = re.compile("[\u0621-\u064a][\u00c0-\u00ff]|[\u00c0-\u00ff][\u0621-\u064a]")
_WEIRD = re.compile(
    "[\u0080-\u00aa\u00ac-\u00ba\u00bc-\u00bf\u00d7\u00f7\u0152\u0153\u0192\u02c6"
    "\u201a\u201e\u2020-\u203a\u20ac\u2122\ufffd]"  # symbols a wrong single-byte codec yields
)
_WESTERN = frozenset(
    ("cp1252", "latin_1", "iso8859_15", "cp1256", "iso8859_6", "mac_arabic", "cp720")
)
_MIN_ARTICLE_CHARS = 80
_LONG_LINE = re.compile(rf"[^\s][^\n]{{{_MIN_ARTICLE_CHARS - 2},}}[^\s]")


def decode_bundle(
    raw: bytes,
    content_type: str | None = None,
    max_bytes: int = MAX_BUNDLE_BYTES,
    max_page_bytes: int = MAX_PAGE_BYTES,
) -> str:
    """The page text of a bundle's first max_page_bytes with LF line ends, or a BadInput error."""
    text, is_html = decode_page(raw, content_type, max_bytes, max_page_bytes)
    return finish_text(html_to_text(text) if is_html else text, text_dump=not is_html)


def decode_page(
    raw: bytes,
    content_type: str | None = None,
    max_bytes: int = MAX_BUNDLE_BYTES,
    max_page_bytes: int = MAX_PAGE_BYTES,
) -> tuple[str, bool]:
    """(the bundle's first max_page_bytes as text, whether it is HTML markup); BadInput errors."""
    if len(raw) > max_bytes:
        raise BundleTooLarge(f"The bundle has {len(raw):,} bytes; the limit is {max_bytes:,}.")
    if _NON_SPACE.search(raw) is None:  # not raw.strip(), which would copy the bundle
        raise EmptyBundle("The bundle is empty or holds only whitespace.")
    head = raw[:4096]
    utf16 = _utf16_without_bom(head)
    _refuse_binary(head, utf16)
    text = _to_text(raw, content_type, utf16, max_page_bytes)
    return text, _looks_like_html(text, content_type)


def finish_text(text: str, *, text_dump: bool = False) -> str:
    """Visible page text cleaned, or a BadInput error when it holds no article; a text dump's
    wrapped paragraphs are joined and its rows cut into cells first (text_dump.py)."""
    text = clean_text(text)
    if text_dump:
        text = read_text_dump(text)
    _refuse_non_article(text)
    return text


def _refuse_binary(head: bytes, utf16: str | None) -> None:
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotNews(f"The bundle looks like {what}, not a text page.")
    if head.startswith(tuple(b for b, _ in _BOMS)) or utf16:
        return
    if head.count(0) > max(2, len(head) // 100):
        raise NotNews(f"The bundle looks binary: {head.count(0)} NUL bytes in its first 4 KB.")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text shows NULs in every other byte (ASCII) or a steady high byte (Arabic, 0x06)."""
    if len(head) < 4:
        return None
    # Fewer steady bytes in the whole head than the test below needs in one half: not UTF-16.
    if head.count(0x00) + head.count(0x06) + head.count(0x20) <= 0.9 * (len(head) // 2):
        return None
    even, odd = head[0::2], head[1::2]
    for codec, hi, lo in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        steady = (hi.count(0x00) + hi.count(0x06) + hi.count(0x20)) / len(hi)
        if steady > 0.9 and hi.count(0) < len(hi) and lo.count(0) < len(lo) * 0.1:
            return codec
    return None


def _to_text(raw: bytes, content_type: str | None, utf16: str | None, limit: int) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return _decode_page(raw, codec, limit)
            except UnicodeDecodeError as e:
                raise UndecodableBundle(f"The bundle starts with a {codec} mark but {e}.") from e
    for candidate in _candidate_codecs(raw, content_type, utf16):
        try:
            return _decode_page(raw, candidate, limit)
        except (UnicodeDecodeError, LookupError):
            continue
    return _best_legacy_decoding(raw, limit)


def _candidate_codecs(raw: bytes, content_type: str | None, utf16: str | None) -> Iterator[str]:
    """Codecs to try in turn; the declared charset is looked for only when UTF-8 fails."""
    if utf16:  # first: Arabic UTF-16 bytes are all below 0x80, so they pass as (odd) UTF-8
        yield utf16
    yield "utf-8"
    declared = _declared_charset(content_type, raw[:2048])
    if declared:
        yield declared


def _decode_page(raw: bytes, codec: str, limit: int, errors: str = "strict") -> str:
    """The bytes decoded, or only the whole lines of their first `limit` bytes."""
    if len(raw) <= limit:
        return raw.decode(codec, errors)
    view = memoryview(raw)  # slices of a view copy no bytes
    # A line end in the second half is the cut; a page of few, huge lines is cut inside one.
    end = raw.rfind(b"\n", limit // 2, limit)
    if end >= 0 and _lf_is_one_byte(codec):  # UTF-8 and single-byte codecs: cut at that LF
        return str(view[: end + 1], codec, errors)
    # Not final, so a character cut at the limit is held back instead of raising.
    text: str = codecs.getincrementaldecoder(codec)(errors).decode(view[:limit], final=False)
    end = text.rfind("\n", len(text) // 2)
    return text[: end + 1] if end >= 0 else text


def _lf_is_one_byte(codec: str) -> bool:
    """True when the codec writes a line feed as the byte 0x0A, which no other character contains."""
    one, two = "\n".encode(codec), "\n\n".encode(codec)
    return one.endswith(b"\n") and len(two) - len(one) == 1


def _declared_charset(content_type: str | None, head: bytes) -> str | None:
    found = re.search(rb"charset=[\"']?([\w-]+)", (content_type or "").encode() + b" " + head, re.I)
    return found.group(1).decode("ascii").lower() if found else None


def _best_legacy_decoding(raw: bytes, limit: int) -> str:
    """Pick the Arabic single-byte codec whose text has the most letters and fewest odd symbols."""
    sample = raw[:200_000]
    best: tuple[float, str] | None = None
    for codec in ("cp1256", "iso8859_6"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, codec)
    guess = charset_normalizer.from_bytes(sample).best()
    if (
        guess is not None
        and guess.encoding in _WESTERN
        and (best is None or _plausibility(str(guess)) > best[0])
    ):
        best = (_plausibility(str(guess)), guess.encoding)
    if best is None or best[0] < 0.5:
        raise UndecodableBundle(
            "The bundle is not valid UTF-8 or UTF-16, and no Arabic or Western single-byte "
            "encoding turns it into readable text."
        )
    return _decode_page(raw, best[1], limit, errors="replace")


def _plausibility(text: str) -> float:
    """Share of non-space characters that are letters, digits or common punctuation."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    good = sum(1 for c in visible if c.isalnum() or c in ".,;:!?()\"'-«»،؛؟/%")
    weird = len(_WEIRD.findall(text)) + len(_CONTROL.findall(text)) + len(_MIXED.findall(text))
    return (good - 3 * weird) / len(visible)


def _looks_like_html(text: str, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    return len(_HTML_SNIFF.findall(text[:20_000])) >= 2


# Inline elements that hold a value of their own, never part of a word: a time, an input's
# label, an image's place.
_FIELD_TAGS = frozenset(("time", "img", "input", "button", "label", "select"))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block element per line; menus, scripts and forms dropped."""
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]{0,2000}>", "\n", markup)
    for bad in list(root.iter(*_DROP_TAGS, "head", lxml.etree.Comment)):
        if bad.tag == "footer" and any(a.tag in ("article", "main") for a in bad.iterancestors()):
            continue  # an article's own footer holds its tags and source, not the site's links
        if bad.tag == "form" and sum(map(len, bad.itertext())) > _PAGE_FORM_CHARS:
            continue  # ASP.NET wraps the whole page in one <form>: not a search or login box
        if isinstance(bad, lxml.html.HtmlMixin):
            bad.drop_tree()
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            elif tag in _FIELD_TAGS:
                parts.append(" ")
            if el.text:
                parts.append(el.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            elif tag in _FIELD_TAGS:
                parts.append(" ")  # "08:30</time><span>وقت القراءة": two fields, not one word
            if el.tail:
                parts.append(el.tail)
    return "".join(parts)


def clean_text(text: str) -> str:
    """LF line ends, no invisible or control characters, NBSP as space, NFC composed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _DROPPED.sub("", text)
    text = text.replace("\t", " ").replace("\u00a0", " ").replace("\u202f", " ")
    return unicodedata.normalize("NFC", text)


def _refuse_non_article(text: str) -> None:
    if not text.strip():
        raise EmptyBundle("The bundle holds only markup or invisible characters, no text.")
    if _LETTER.search(text) is None:
        raise NotNews("The bundle has no Arabic or Latin letters: no article text was found.")
    # A regex scan, not a split: no line list is built for a large bundle.
    if _LONG_LINE.search(text) is None:
        longest = max((len(line.strip()) for line in text.split("\n")), default=0)
        raise NotNews(
            f"The longest paragraph has {longest} characters; an article needs at least "
            f"{_MIN_ARTICLE_CHARS}."
        )
