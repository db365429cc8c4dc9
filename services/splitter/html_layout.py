"""Article drafts of an HTML page: the main text trafilatura found, laid out, plus what lies around it.

The main text's lines go through the same layout as a text page (so a read-also article or a
related list that trafilatura kept inside the main text is cut off it); the page's visible lines
above that text are its header (dates with their time, byline, section); the visible lines below
it give read-also articles and labelled lists; link lists anywhere give headlines.
"""

from datetime import date, datetime

from services.splitter.dates import ParsedDate
from services.splitter.glue import Vocabulary
from services.splitter.html_page import HtmlRead, clean_title
from services.splitter.layout import Draft, lay_out, page_lines
from services.splitter.markers import fold, is_furniture
from shared.contracts import Role

HEADER_LINES = 15  # visible lines above the main text read as its header
_AFTER = 1_000_000  # drafts found outside the main text come after it in page order


def html_drafts(
    read: HtmlRead, lines: list[str], vocab: Vocabulary, furniture: set[str]
) -> list[Draft]:
    """The main article from trafilatura's text, read-also articles and headlines around it."""
    main_lines = page_lines("\n".join(read.main_lines))
    drafts = lay_out(main_lines, vocab, furniture)
    main = drafts[0]
    start = _find(lines, main.paragraphs[0] if main.paragraphs else main_lines[0])
    end = _find(lines, main_lines[-1], last=True)
    above = lines[max(0, start - HEADER_LINES) : start] if start is not None else []
    main.header = [line for line in above if not is_furniture(line)] + main.header
    main.title = clean_title(read, main.header)
    main.title_fixed = main.title is not None
    if main.title_fixed:
        main.header = [line for line in main.header if _key(line) != _key(main.title or "")]
    if read.author and _key(read.author) != _key(read.sitename or ""):
        main.author = read.author
    main.published = _metadata_date(read.date)
    seen = {_key(d.title or "") for d in drafts if d.title}
    if main.title:
        seen.add(_key(main.title))
    if end is not None:
        for d in lay_out(lines[end + 1 :], vocab, furniture)[1:]:
            if _key(d.title or "") not in seen:
                d.line += _AFTER
                drafts.append(d)
                seen.add(_key(d.title or ""))
    body = _key(" ".join(p for d in drafts for p in d.paragraphs))
    for k, title in enumerate(read.link_titles):
        key = _key(title)
        if key and key not in seen and key not in body:
            drafts.append(Draft(Role.HEADLINE, 2 * _AFTER + k, title=title))
            seen.add(key)
    return sorted(drafts, key=lambda d: d.line)


def _find(lines: list[str], text: str, *, last: bool = False) -> int | None:
    """Where a main-text line stands among the page's visible lines."""
    probe = _key(text)[:80]
    if not probe:
        return None
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    for i in order:
        if probe in _key(lines[i]) or (len(lines[i]) > 20 and _key(lines[i]) in probe):
            return i
    return None


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def _metadata_date(value: str | None) -> ParsedDate | None:
    """The page's metadata date (a day, no time) as the splitter's dates are kept."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return ParsedDate(datetime(day.year, day.month, day.day), False, value, 0, 0)
