"""Arabic text normalization in two strengths, with offsets back to the original text.

* `display_form` is what a person should see: invisible marks, Farsi look-alike letters, Eastern
  digits, tatweel and runs of spaces are cleaned up, and nothing that changes a word is touched.
* `matching_form` is what machines compare: the display form with diacritics dropped, the letters
  that writers use interchangeably folded together (alef variants, final yeh/alef maqsura, teh
  marbuta/heh, hamza seats), Latin lowercased and punctuation unified.

Decisions worth knowing:

* ZWJ/ZWNJ are removed next to letters (in Arabic text they only steer glyph joining) but kept
  after a symbol, where they glue emoji sequences together.
* ة → ه and ى → ي are applied wherever they occur, not only at a word's end: correct spelling only
  puts them last, and applying them everywhere also folds words that a page glued together
  ("الخارجيةالروسية").
* ؤ → و and ئ → ي are always applied. Writers disagree on hamza seats (مسؤول/مسئول, رئيس/رييس in
  informal text), and no two distinct news words differ only by a seat once folded. The lone hamza ء
  is kept: dropping it would merge words such as جزء and جز.
* Every rule maps one original character to zero or more output characters, so
  `normalize_with_offsets` can say where each output character came from.
"""

import re
import unicodedata
from functools import lru_cache
from typing import Literal

Form = Literal["display", "matching"]

# Invisible marks that carry no meaning in a news text: bidi controls, BOM, soft hyphen, joiners.
_INVISIBLE = frozenset(
    "\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060\u180e"
)
_JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ
_TATWEEL = "\u0640"

_DISPLAY_TABLE: dict[str, str] = {
    "\u06cc": "ي",  # Farsi yeh ی
    "\u06cd": "ي",  # yeh with tail ۍ
    "\u06d0": "ي",  # yeh e ې
    "\u06d2": "ي",  # yeh barree ے
    "\u06a9": "ك",  # keheh ک
    "\u06aa": "ك",  # swash kaf ڪ
    "\u06d5": "ه",  # ae ە
    "\u06c1": "ه",  # heh goal ہ
    "\u066b": ".",  # Arabic decimal separator ٫
    "\u066c": ",",  # Arabic thousands separator ٬
}
_DISPLAY_TABLE.update({chr(0x0660 + d): str(d) for d in range(10)})  # ٠-٩
_DISPLAY_TABLE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # ۰-۹ (Persian)

_MATCHING_TABLE: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "\u0672": "ا",
    "\u0673": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٭": "*",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "″": '"',
    "‹": "'",
    "›": "'",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "′": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "…": "...",
}


def _is_diacritic(ch: str) -> bool:
    """Harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks."""
    code = ord(ch)
    return (
        0x064B <= code <= 0x065F
        or code == 0x0670
        or 0x0610 <= code <= 0x061A
        or 0x06D6 <= code <= 0x06ED
    )


def _is_presentation_form(ch: str) -> bool:
    """Arabic presentation forms (ligatures and positional glyphs) that NFKC spells out."""
    code = ord(ch)
    return 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFC


def _is_horizontal_space(ch: str) -> bool:
    return ch in " \t" or unicodedata.category(ch) == "Zs"


def _display_char(text: str, i: int) -> str:
    """The display form of the character at `i`; spaces are collapsed by the caller."""
    ch = text[i]
    if ch in _INVISIBLE or ch == _TATWEEL:
        return ""
    if ch in _JOINERS:
        prev = text[i - 1] if i > 0 else ""
        keeps_emoji_together = bool(prev) and unicodedata.category(prev) in ("So", "Sk")
        return ch if keeps_emoji_together else ""
    if _is_presentation_form(ch):
        return unicodedata.normalize("NFKC", ch)
    return _DISPLAY_TABLE.get(ch, ch)


def _matching_char(ch: str) -> str:
    """The matching form of one character already in display form."""
    if _is_diacritic(ch):
        return ""
    if ch in _MATCHING_TABLE:
        return _MATCHING_TABLE[ch]
    if ch.isascii() or unicodedata.category(ch) in ("Lu", "Lt"):
        return ch.lower()
    return ch


_OTHER_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"  # tab and Unicode Zs but " "
# What either form may change: a run of spaces, a space other than " ", or a character that a rule
# maps to something else. Everything between two matches is copied as it is (only Latin and other
# cased letters are lowercased for matching), so the per-character rules run on few characters.
# tests/unit/test_arabic.py checks every character this leaves out against those rules.
_CHANGES_PATTERN = (
    f"[ {_OTHER_SPACES}]{{2,}}|[{_OTHER_SPACES}]|["
    + re.escape("".join(sorted(_INVISIBLE | _JOINERS)) + _TATWEEL + "".join(_DISPLAY_TABLE))
    + "\ufb50-\ufdff\ufe70-\ufefc"
)
_CHANGES: dict[Form, re.Pattern[str]] = {
    "display": re.compile(_CHANGES_PATTERN + "]"),
    "matching": re.compile(
        _CHANGES_PATTERN
        + re.escape("".join(_MATCHING_TABLE))
        + "\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed]"
    ),
}


def _normalize_chars(
    text: str, start: int, end: int, form: Form, out: list[str], offsets: list[int], space: bool
) -> bool:
    """Apply the per-character rules to text[start:end]; return whether it ended on a space."""
    for i in range(start, end):
        ch = text[i]
        if _is_horizontal_space(ch):
            if not space:
                out.append(" ")
                offsets.append(i)
            space = True
            continue
        pieces = _display_char(text, i)
        if form == "matching":
            pieces = "".join(_matching_char(p) for p in pieces)
        for piece in pieces:
            out.append(piece)
            offsets.append(i)
        if pieces:
            space = False
    return space


def normalize_with_offsets(text: str, form: Form) -> tuple[str, list[int]]:
    """Normalize `text` and give, for each output character, its offset in `text`."""
    changes = _CHANGES[form]
    if changes.search(text) is None and (form == "display" or text.lower() == text):
        return text, list(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    space = False  # whether the last character written was a space
    position = 0
    for match in changes.finditer(text):
        space = _copy(text, position, match.start(), form, out, offsets, space)
        space = _normalize_chars(text, match.start(), match.end(), form, out, offsets, space)
        position = match.end()
    _copy(text, position, len(text), form, out, offsets, space)
    return "".join(out), offsets


def _copy(
    text: str, start: int, end: int, form: Form, out: list[str], offsets: list[int], space: bool
) -> bool:
    """Copy a stretch the rules leave alone (but for case); return whether it ended on a space."""
    if space and text[start : start + 1] == " ":
        start += 1  # a space already written before the characters that were dropped
    if start >= end:
        return space
    piece = text[start:end]
    if form == "matching" and piece.lower() != piece:
        return _normalize_chars(text, start, end, form, out, offsets, space)
    out.append(piece)
    offsets.extend(range(start, end))
    return piece[-1] == " "


def display_form(text: str) -> str:
    """Clean text for display: no invisible marks, Farsi letters, Eastern digits or tatweel."""
    return normalize_with_offsets(text, "display")[0]


def matching_form(text: str) -> str:
    """Text folded for comparison: display form without diacritics and spelling variants."""
    if len(text) <= _CACHED_LENGTH:
        return _matching_word(text)
    return normalize_with_offsets(text, "matching")[0]


_CACHED_LENGTH = 48  # words and names, asked for again and again by every stage


@lru_cache(maxsize=100_000)
def _matching_word(text: str) -> str:
    return normalize_with_offsets(text, "matching")[0]
