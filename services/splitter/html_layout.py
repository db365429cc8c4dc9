"""Article drafts of an HTML page: the main text trafilatura found, laid out, plus what lies around it.

The main text's lines go through the same layout as a text page (so a read-also article or a
related list that trafilatura kept inside the main text is cut off it); the page's visible lines
above that text are its header (dates with their time, byline, section); the visible lines below
it give read-also articles and labelled lists; link lists anywhere give headlines.
"""

import re
from datetime import date, datetime

from services.splitter.dates import ParsedDate
from services.splitter.glue import Vocabulary
from services.splitter.html_page import HtmlRead, clean_title
from services.splitter.layout import Draft, is_paragraph, lay_out, page_lines
from services.splitter.line_model import LineModel
from services.splitter.markers import (
    KEYWORDS,
    READ_ALSO,
    SOURCE,
    after_marker,
    ends_article,
    fold,
    is_furniture,
    is_notice,
    may_open_with_marker,
    strip_furniture_words,
)
from services.splitter.metadata import author_of, date_line, is_dateline
from shared.contracts import Role

_CLOCK = re.compile(r"[T ](\d{2}):(\d{2})")
HEADER_LINES = 15
_MAX_LEAD_GAP = 25
_MAX_AUTHOR_WORDS = 5  # visible lines between the headline and the first main-text line
_META_SPAN = 40
_DATE_SPAN = 6
_MAX_TAGS = 12
_TAG_WORDS = 8  # a line of tags under their label: a few words  # lines below the main text where its date may be printed  # lines below the main text searched for its tags and source  # visible lines above the main text read as its header
_AFTER = 1_000_000  # drafts found outside the main text come after it in page order


def html_drafts(
    read: HtmlRead,
    lines: list[str],
    vocab: Vocabulary,
    furniture: set[str],
    model: LineModel | None = None,
) -> list[Draft]:
    """The main article from trafilatura's text, read-also articles and headlines around it.

    trafilatura's text is trusted when it starts soon below the page's headline; when it starts
    above it (it took the whole page) or far below it (it took another block), the page's
    visible lines are laid out as a text page instead, keeping the markup's metadata.
    """
    main_lines = page_lines("\n".join(read.main_lines))
    start = _find(lines, main_lines[0])
    title = clean_title(read, lines[max(0, (start or 0) - HEADER_LINES) : start or 0])
    title_at = _find(lines, title) if title else None
    end: int | None
    if start is None or not _trusted(lines, start, title_at):
        # Below the headline, as a text page; tickers and menus above it are not the body.
        top = title_at + 1 if title_at is not None else 0
        # The page's lines hold every list's cards too: an article under a heading runs on.
        glued = _linked_titles(
            _unlinked_read_also(lines[top:], read.anchor_titles), read.anchor_titles, paragraphs=2
        )
        drafts = lay_out(glued, vocab, furniture, model)
        main, end = drafts[0], None
        main.header = [
            line for line in lines[max(0, top - HEADER_LINES) : top] if not is_furniture(line)
        ] + main.header
        main.title = title or main.title
    else:
        lead = _skipped_lead(lines, start, title_at)
        start -= len(lead)
        marked = _with_markers([*lead, *main_lines], lines, read.anchor_titles)
        marked = _unlinked_read_also(marked, read.anchor_titles)
        drafts = lay_out(_linked_titles(marked, read.anchor_titles), vocab, furniture, model)
        main, end = drafts[0], _find(lines, main_lines[-1], last=True)
        above = lines[max(0, start - HEADER_LINES) : start]
        main.header = [line for line in above if not is_furniture(line)] + main.header
        main.title = clean_title(read, main.header)
    main.title_fixed = main.title is not None
    main.author = _markup_author(read)
    main.published = _metadata_date(read.published) or _metadata_date(read.date)
    seen = {_key(d.title or "") for d in drafts if d.title}
    if main.title:
        seen.add(_key(main.title))
    last = _find(lines, main.paragraphs[-1], last=True) if main.paragraphs else end
    if last is not None:
        main.header.extend(_dates_below(lines[last + 1 : last + 1 + _DATE_SPAN]))
    if end is not None:
        # Laid out after the main text's last paragraph, so the layout reads what follows as
        # what follows an article (its tags, a read-also label and the article under it),
        # not as the top of a page whose first article is the main one.
        tail = main.paragraphs[-1:] if main.paragraphs else []
        below = lay_out([*tail, *lines[end + 1 :]], vocab, furniture, model)
        # Tags and the source line often follow the main text outside trafilatura's extract.
        keywords, source = _meta_lines(lines[end + 1 : end + 1 + _META_SPAN])
        main.keywords_raw = main.keywords_raw or keywords
        main.source = main.source or source
        for d in below[1:]:
            if _key(d.title or "") not in seen:
                d.line += _AFTER
                drafts.append(d)
                seen.add(_key(d.title or ""))
    main.keywords_raw = main.keywords_raw or read.tags
    body = _key(" ".join(p for d in drafts for p in d.paragraphs))
    for k, link_title in enumerate(read.link_titles):
        key = _key(link_title)
        if key and key not in seen and key not in body:
            drafts.append(Draft(Role.HEADLINE, 2 * _AFTER + k, title=link_title))
            seen.add(key)
    # On an HTML page a related headline is a link: a title-like line that links nowhere is
    # a caption, a label or a line of some widget.
    links = "\n".join(_key(t) for t in read.anchor_titles)
    drafts = [d for d in drafts if d.role is not Role.HEADLINE or _key(d.title or "") in links]
    return sorted(drafts, key=lambda d: d.line)


READ_ALSO_LABEL = "إقرأ أيضاً"


def _unlinked_read_also(lines: list[str], anchors: frozenset[str]) -> list[str]:
    """ "اقرأ أيضاً: title" whose title links nowhere is the heading of an article printed right
    here, not a link box inside the text: label and title on lines of their own, so the
    layout weighs the text under it as the next article's."""
    links = "\n".join(_key(t) for t in anchors)
    out: list[str] = []
    for line in lines:
        rest = after_marker(line, READ_ALSO) if may_open_with_marker(line) else None
        if rest and len(rest.split()) >= 3 and _key(rest) not in links:
            out += [READ_ALSO_LABEL, rest]
        else:
            out.append(line)
    return out


def _linked_titles(
    main_lines: list[str], anchors: frozenset[str], *, paragraphs: int = 1
) -> list[str]:
    """A heading inside the main text that links to another page, with paragraphs under it, is
    another article's title: it gets a read-also label so the layout starts a new article.

    `paragraphs`: how many must follow it (a card in a list has a one-line teaser).
    """
    out: list[str] = []
    for k, line in enumerate(main_lines):
        following = main_lines[k + 1 : k + 1 + paragraphs]
        if (
            k > 0
            and line in anchors
            and not is_paragraph(line)
            and len(following) == paragraphs
            and all(is_paragraph(f) for f in following)
        ):
            out.append(READ_ALSO_LABEL)
        out.append(line)
    return out


_CMS_ACCOUNTS = re.compile(
    r"^(?:admin(?:istrator)?|super\s*user|editor|webmaster|staff|root)$", re.I
)
_NOT_AUTHOR = re.compile(r"[\d•|@]|قراءه|دقيق|دقائق|min\s+read|lecture")


def _markup_author(read: HtmlRead) -> str | None:
    """The markup's author when it reads like a person's name, without "بواسطة:"-style labels;
    not a CMS account ("Super User"), a reading time or the site's name."""
    if not read.author or is_dateline(read.author.strip()) or "«" in read.author:
        return None  # "الرباط: «الجسر»" in the byline slot: a dateline, an outlet quoted
    name = author_of(read.author) or read.author.strip(" :-–")
    if (
        _CMS_ACCOUNTS.match(name)
        or _NOT_AUTHOR.search(fold(name))
        or _key(name) == _key(read.sitename or "")
        or len(name.split()) > _MAX_AUTHOR_WORDS
    ):
        return None
    return name


def _trusted(lines: list[str], start: int, title_at: int | None) -> bool:
    """trafilatura's text starts soon below the headline, with no other paragraph between."""
    if title_at is None:
        return True
    if not 0 < start - title_at <= _MAX_LEAD_GAP:
        return False
    between = [
        line
        for line in lines[title_at + 1 : start]
        if is_paragraph(line) and not is_notice(line) and not may_open_with_marker(line)
    ]
    return len(between) <= len(_skipped_lead(lines, start, title_at))


def _skipped_lead(lines: list[str], start: int, title_at: int | None) -> list[str]:
    """Paragraphs right above trafilatura's text, below the headline, that it left out."""
    lead: list[str] = []
    k = start - 1
    while k > (title_at if title_at is not None else start - 3) and k >= 0:
        line = lines[k]
        if not is_paragraph(line) or is_notice(line) or may_open_with_marker(line):
            break
        lead.insert(0, line)
        k -= 1
    return lead


def _with_markers(
    main_lines: list[str], lines: list[str], anchors: frozenset[str] = frozenset()
) -> list[str]:
    """trafilatura's lines with the page's marker lines it dropped put back in their place.

    trafilatura keeps a read-also article or a related list that shares the main text's block
    but drops their labels ("إقرأ أيضاً", "الوسوم:", "التعليقات"); without the label the layout
    would read them as the main article going on.
    """
    out: list[str] = []
    at = 0  # the visible line after the last main line found
    untitled = False  # a read-also label went back in; its article's title may still be missing
    for line in main_lines:
        found = _find(lines[at:], line)
        if found is not None:
            for k in range(at, at + found):
                if k > 0 and at > 0 and lines[k] in anchors and not is_paragraph(lines[k]):
                    # Another article's linked title that trafilatura dropped, its text kept.
                    out += [READ_ALSO_LABEL, lines[k]]
                    untitled = False
                    continue
                if _is_marker(lines[k]):
                    out.append(lines[k])
                    untitled = after_marker(lines[k], READ_ALSO) == ""
                elif untitled and _title_like(lines[k]) and lines[k] not in main_lines:
                    # The read-also article's heading, dropped with its label or printed below
                    # its date line (which trafilatura kept).
                    out.append(lines[k])
                    untitled = False
            at += found + 1
        if is_paragraph(line):
            untitled = False
        out.append(line)
    return out


def _title_like(line: str) -> bool:
    """A heading: a few words, no sentence, not a date or a label."""
    return (
        len(line.split()) >= 3
        and not is_paragraph(line)
        and date_line(line) is None
        and not may_open_with_marker(line)
        and not is_furniture(line)
    )


def _is_marker(line: str) -> bool:
    return ends_article(line) or (may_open_with_marker(line) and after_marker(line, SOURCE) is None)


def _dates_below(lines: list[str]) -> list[str]:
    """Date lines printed right below the main text ("نشر في: ..."), before any comment."""
    found = []
    for line in lines:
        if ends_article(line) or (
            may_open_with_marker(line) and after_marker(line, READ_ALSO) is not None
        ):
            break
        if date_line(line) is not None:
            found.append(line)
    return found[:1]


def _meta_lines(lines: list[str]) -> tuple[str | None, str | None]:
    """(keywords, source) printed below the main text, before any read-also article."""
    keywords = source = None
    for k, line in enumerate(lines):
        if not may_open_with_marker(line):
            continue
        if after_marker(line, READ_ALSO) is not None:
            break
        rest = after_marker(line, KEYWORDS)
        if keywords is None and rest == "":
            # The label alone, its tags on the lines below it (one block each, or one line).
            tags = []
            for tag in lines[k + 1 : k + 1 + _MAX_TAGS]:
                if (
                    len(tag.split()) > _TAG_WORDS
                    or may_open_with_marker(tag)
                    or ends_article(tag)
                    or is_notice(tag)
                ):
                    break
                tags.append(tag)
            keywords = " ".join(tags) or None
        elif keywords is None and rest:
            keywords = strip_furniture_words(rest)
        elif source is None and (rest := after_marker(line, SOURCE)) and len(line.split()) <= 12:
            source = rest
    return keywords, source


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
    """A markup date ("2025-03-04T14:30:00+03:00" or a day) as the outlet's local time.

    The offset is dropped, not applied: the splitter keeps the time the outlet printed.
    """
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    clock = _CLOCK.match(value, 10)
    if clock is None:
        return ParsedDate(datetime(day.year, day.month, day.day), False, value, 0, 0)
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if hour > 23 or minute > 59:
        return None
    return ParsedDate(datetime(day.year, day.month, day.day, hour, minute), True, value, 0, 0)
