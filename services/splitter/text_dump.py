"""Text dumps as text-mode browsers and copy tools print them, read back into lines of a page.

Three habits of such dumps hide the page's lines from the layout rules (lynx/w3m `-dump`,
"save as text", select-all copies):
- paragraphs hard-wrapped at a fixed width (lynx: 76-79 columns), so no line of an article is
  longer than the width and sentences run across lines;
- the cells of a table or menu row printed on one line, apart by runs of spaces;
- link reference numbers glued before each link's text ("[15]name").
"""

import re
from collections.abc import Sequence

# A wrapped page's width: text-mode browsers use 72-80 columns, some tools up to 100 or as
# little as 60; an article's paragraph is almost always longer than that.
MIN_WIDTH, MAX_WIDTH = 50, 110
# Lines this close to the width are "full": the wrapper broke them.
FULL_SLACK = 16
MIN_FULL_LINES = 6
# Share of full lines that end mid-sentence on a wrapped page; a page of one-line paragraphs
# ends nearly every line with a full stop.
MIN_OPEN_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?؟:»\")\]]\s*$")
_LIST_START = re.compile(r"\s*(?:[*+•·o-]\s|\d{1,3}[.)]\s|\[\d+\]\s*\d)")
_CELL_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
MAX_CELL_WORDS = 16
MAX_PAIR_CELL_WORDS = 6
_LINK_REF = re.compile(r"\[\d{1,4}\](?=\S)")
MIN_LINK_REFS = 5


def read_text_dump(text: str) -> str:
    """The dump with wrapped paragraphs joined, row cells on lines of their own, link numbers off."""
    if len(_LINK_REF.findall(text, 0, 200_000)) >= MIN_LINK_REFS:
        text = _LINK_REF.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    width = wrap_width(lines)
    if width is not None:
        lines = unwrap(lines, width)
    return "\n".join(cell for line in lines for cell in split_cells(line))


def wrap_width(lines: Sequence[str]) -> int | None:
    """The column the page was wrapped at, or None when its paragraphs were not wrapped."""
    lengths = sorted(len(line) for line in lines if line.strip().count(" ") >= 3)
    if len(lengths) < MIN_FULL_LINES:
        return None
    # The longest line but a few (a URL or an unbreakable line may pass the width).
    width = lengths[max(0, len(lengths) - 1 - len(lengths) // 50)]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    full = [
        i
        for i, line in enumerate(lines[:-1])
        if width - FULL_SLACK <= len(line) <= width and lines[i + 1].strip()
    ]
    if len(full) < MIN_FULL_LINES:
        return None
    open_ends = sum(1 for i in full if not _SENTENCE_END.search(lines[i]))
    return width if open_ends >= MIN_OPEN_SHARE * len(full) else None


def unwrap(lines: Sequence[str], width: int) -> list[str]:
    """Join each line the wrapper broke to the line it carried on in."""
    joined: list[str] = []
    for line in lines:
        if joined and _continues(joined[-1], line, width):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _continues(previous: str, line: str, width: int) -> bool:
    words = line.split()
    if not words or _LIST_START.match(line) or _CELL_GAP.search(line.strip()):
        return False
    # The wrapper breaks a line only when the next word does not fit: the previous line's
    # last piece (its own last row once joined) plus that word passes the width.
    last_row = len(previous) if len(previous) <= width else _last_row_length(previous, width)
    if last_row + 1 + len(words[0]) <= width or last_row < width - FULL_SLACK - len(words[0]):
        return False
    indent = len(line) - len(line.lstrip())
    return indent <= len(previous) - len(previous.lstrip()) + 2


def _last_row_length(joined: str, width: int) -> int:
    # Wrap the joined rows again as the wrapper did (the indent on every row): the last row.
    indent = len(joined) - len(joined.lstrip())
    row = indent
    for word in joined.split():
        if row > indent and row + 1 + len(word) > width:
            row = indent + len(word)
        else:
            row += (row > indent) + len(word)
    return row


def split_cells(line: str) -> list[str]:
    """A row of short cells apart by runs of spaces, one cell a line; any other line as it is."""
    if "   " not in line.strip():
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < 2:
        return [line]
    most = max(len(cell.split()) for cell in cells)
    if most > (MAX_CELL_WORDS if len(cells) > 2 else MAX_PAIR_CELL_WORDS):
        return [line]
    return [indent + cell for cell in cells]
