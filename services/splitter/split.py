"""A bundle to article drafts: decode, lay out, read metadata, link headlines to full articles.

Memory is bounded whatever the bundle's size: only its first MAX_PAGE_BYTES (8 MiB) are decoded,
without copying the bytes, and only the first MAX_PAGE_LINES (100,000) lines of that text are laid
out; the rest is dropped, as are drafts past MAX_ARTICLES. A real page is far below both limits.
Beyond the bundle's own bytes, a split allocates about 3x MAX_PAGE_BYTES for page-like text
(25 MB traced for 8 MiB of pages; tests/unit/splitter/test_large.py holds it under 6x) and
under 12x for adversarial text (92 MB traced for a million distinct random words); the
worker's peak RSS stays under the bundle's size plus 150 MB (120 MB at worst measured).
"""

import logging
import re
from dataclasses import replace
from typing import Literal
from urllib.parse import urlsplit

from services.splitter.credits import agency_in, agency_of, known_places, split_credits
from services.splitter.dates import ParsedDate
from services.splitter.decode import MAX_PAGE_BYTES, decode_page, finish_text, html_to_text
from services.splitter.furniture import MAX_LINE_CHARS, Furniture
from services.splitter.glue import Vocabulary
from services.splitter.html_layout import html_drafts
from services.splitter.html_page import read_html
from services.splitter.layout import MAX_PAGE_LINES, Draft, lay_out, normalize_line, page_lines
from services.splitter.line_model import LineModel, shipped_model
from services.splitter.markers import fold
from services.splitter.metadata import (
    Header,
    author_of,
    derive_title,
    names_outlet,
    outlet_names,
    read_header,
    split_keywords,
)
from shared.contracts import Article, Bundle, Role

MAX_ARTICLES = 1000  # positions are three digits
MAX_DOM_BYTES = 3_000_000
log = logging.getLogger("khabar.splitter")


def split_bundle(
    bundle: Bundle,
    furniture: Furniture | None = None,
    line_model: LineModel | Literal["shipped"] | None = None,
) -> list[Article]:
    """Every article of a bundle in page order; raises a BadInput subclass for unusable bytes.

    With `furniture`, lines this bundle's source repeats across bundles are dropped from bodies,
    then this bundle's lines are counted toward that source's furniture. `line_model` drops
    lines it is sure are furniture ("shipped" for the committed one). Off by default: on
    the development pages it changed no figure while costing a quarter of the speed (NOTES.md).
    """
    markup, is_html = decode_page(bundle.raw, bundle.content_type)
    # A real page is far below MAX_DOM_BYTES; a larger dump is laid out as text only.
    read = read_html(markup, bundle.url) if is_html and len(markup) <= MAX_DOM_BYTES else None
    text = finish_text(html_to_text(markup) if is_html else markup, text_dump=not is_html)
    del markup
    vocab = Vocabulary(text)
    lines = page_lines(text, MAX_PAGE_LINES + 1)  # one more tells whether the page goes on
    del text  # the lines hold the page from here on
    cut = len(bundle.raw) > MAX_PAGE_BYTES or len(lines) > MAX_PAGE_LINES
    del lines[MAX_PAGE_LINES:]
    learned: set[str] = set()
    if furniture is not None:
        source = source_key(bundle)
        normalized = [normalize_line(line) for line in lines if len(line) < MAX_LINE_CHARS]
        learned = furniture.known(source, normalized, bundle.bundle_id)
        furniture.learn(source, normalized, bundle.bundle_id)
    model = shipped_model() if line_model == "shipped" else line_model
    drafts = (
        lay_out(lines, vocab, learned, model)
        if read is None
        else html_drafts(read, lines, vocab, learned, model)
    )
    cut = cut or len(drafts) > MAX_ARTICLES
    if cut:
        log.warning(
            "bundle %s (%s, %s bytes) is longer than a page the splitter lays out"
            " (%s bytes, %s lines, %s articles): what follows the cut is in no article",
            bundle.bundle_id,
            bundle.name or bundle.url or "no name",
            f"{len(bundle.raw):,}",
            f"{MAX_PAGE_BYTES:,}",
            f"{MAX_PAGE_LINES:,}",
            f"{MAX_ARTICLES:,}",
        )
    outlets = outlet_names(lines)
    articles = [
        _article(bundle, pos, draft, cut, outlets)
        for pos, draft in enumerate(drafts[:MAX_ARTICLES])
    ]
    return _link_headlines(articles)


def source_key(bundle: Bundle) -> str | None:
    """Which outlet a bundle came from, for furniture: the URL's host without www."""
    if not bundle.url:
        return None
    host = urlsplit(bundle.url).hostname or ""
    return host.removeprefix("www.") or None


_AUTHOR_NOTE_WORDS = 40


def _is_author_note(paragraph: str, author: str) -> bool:
    """The note about the writer under an article: it opens with the byline's name ("مراد
    أوزتورك محرر في قسم الأخبار ...") and is short; the article's own text never does."""
    return (
        _is_short_note(paragraph)
        and len(author.split()) >= 2
        and fold(paragraph).startswith(fold(author) + " ")
    )


# "صحيفة الرصيف - اضغط هنا لقراءة الخبر من المصدر": the link's prompt is no part of the name.
_PROMPT_TAIL = re.compile(
    r"\s+[-–—|]\s+(?:اضغط|انقر|إضغط|click|cliquez|لقراءة|اقرأ|إقرأ)\b.*$", re.I
)


def _without_prompt(source: str | None) -> str | None:
    return _PROMPT_TAIL.sub("", source) if source else source


_BYLINE_WORDS = 6
_FRAME_TITLE_WORDS = 5
_FRAME_OWN_WORDS = 40


def _without_title_frames(paragraphs: list[str], title: str | None) -> list[str]:
    """Without the sentences an aggregator wraps a copied article in: a first or last paragraph
    that names the whole title as its object ("نستعرض لكم تفاصيل خبر «TITLE» كما نشرته ...",
    "كانت هذه تفاصيل خبر TITLE ...")."""
    if title is None or len(title.split()) < _FRAME_TITLE_WORDS or len(paragraphs) < 3:
        return paragraphs
    key = fold(" ".join(title.split()))
    # The title as the frame's object: "خبر «TITLE»", "بعنوان TITLE"; a lede may echo it bare.
    named = re.compile(r"(?:خبر|عنوان)\W{0,3}" + re.escape(key))

    def frame(paragraph: str) -> bool:
        text = fold(" ".join(paragraph.split()))
        return (
            named.search(text) is not None
            and len(text.replace(key, " ").split()) <= _FRAME_OWN_WORDS
        )

    start = 1 if frame(paragraphs[0]) else 0
    end = len(paragraphs) - 1 if frame(paragraphs[-1]) else len(paragraphs)
    return paragraphs[start:end]


def _is_short_note(paragraph: str) -> bool:
    return len(paragraph.split()) <= _AUTHOR_NOTE_WORDS


def _article(
    bundle: Bundle,
    position: int,
    draft: Draft,
    page_cut: bool,
    outlets: frozenset[str] = frozenset(),
) -> Article:
    header = (
        read_header(draft.header, bundle.captured_at, draft.title if draft.title_fixed else None)
        if draft.role is Role.MAIN
        else Header()
    )
    title = draft.title if draft.title_fixed else header.title or draft.title
    paragraphs = _without_title_frames(list(draft.paragraphs), title)
    dateline, agency, author = header.dateline, None, header.author or draft.author
    if (
        len(paragraphs) > 1
        and draft.role is not Role.HEADLINE
        and len(paragraphs[0].split()) <= _BYLINE_WORDS
        and (writer := author_of(paragraphs[0])) is not None
    ):
        del paragraphs[0]  # "كتب: NAME" on a line of its own over the text
        author = author or writer
    if paragraphs and draft.role is not Role.HEADLINE:
        credits = split_credits(paragraphs[0], known_places())
        if credits.rest != paragraphs[0]:  # the body starts at its first word
            paragraphs[0] = credits.rest
            dateline = credits.dateline or dateline
            author = author or credits.author
        agency = credits.agency or (agency_in(dateline) if dateline else None)
    if author is not None and (credited := agency_of(author)) is not None:
        author, agency = None, agency or credited  # "أ ش أ" printed where a byline goes
    if author is not None and names_outlet(author, outlets):
        author = None  # the masthead's name read as a byline
    if author and len(paragraphs) > 2:
        if _is_author_note(paragraphs[-1], author):
            paragraphs.pop()
        elif fold(paragraphs[-2]) == fold(author) and _is_short_note(paragraphs[-1]):
            del paragraphs[-2:]  # the name on a line of its own, the note under it
    body = "\n\n".join(paragraphs)
    derived = title is None and draft.role is not Role.HEADLINE
    if derived:
        title = derive_title(body)
    if header.published is None and draft.role is Role.MAIN and draft.footer:
        # Dated (and credited) only below its text: "نشر في نجمة الصباح يوم 26 - 03 - 2025".
        footer = read_header(draft.footer, bundle.captured_at)
        header = replace(
            header,
            published=footer.published,
            updated=header.updated or footer.updated,
            source=header.source or footer.source,
        )
    published, updated = _best_date(header.published, draft.published), header.updated
    return Article(
        id=f"{bundle.bundle_id}-{position:03d}",
        bundle_id=bundle.bundle_id,
        position=position,
        role=draft.role,
        title=title,
        title_derived=derived and title is not None,
        body=body,
        subheadings=draft.subheadings,
        section=header.section,
        published_at=published.value if published else None,
        published_text=published.text if published else None,
        published_has_time=published.has_time if published else False,
        updated_at=updated.value if updated else None,
        updated_text=updated.text if updated else None,
        author=author,
        source=_without_prompt(draft.source or header.source),
        dateline=dateline,
        agency=agency,
        keywords_raw=draft.keywords_raw,
        keywords=split_keywords(draft.keywords_raw) if draft.keywords_raw else [],
        url=bundle.url,
        captured_at=bundle.captured_at,
        page_cut=page_cut,
    )


def _best_date(printed: ParsedDate | None, markup: ParsedDate | None) -> ParsedDate | None:
    """The date as the page prints it, the markup's only when the page prints none.

    A printed day stays a day unless the markup gives that day's time with a local offset: a
    markup time is often UTC ("+00:00"), not the outlet's clock.
    """
    if printed is None:
        return markup
    if (
        not printed.has_time
        and markup is not None
        and markup.has_time
        and markup.value.date() == printed.value.date()
        and _LOCAL_OFFSET.search(markup.text) is not None
    ):
        # The day printed without its time, the markup's time stated in local time
        # ("2025-07-14T15:25:00+02:00"): the same day, the outlet's own clock.
        return replace(printed, value=markup.value, has_time=True)
    return printed


_LOCAL_OFFSET = re.compile(r"[+-](?!00:?00$)\d{2}:?\d{2}$")


def title_key(title: str) -> str:
    """A title's matching form: folded letters, no punctuation, single spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", fold(title)).split())


def _link_headlines(articles: list[Article]) -> list[Article]:
    """Headlines that name a full article of the same bundle point at it with `same_as`."""
    full = {
        title_key(a.title): a.id
        for a in articles
        if a.role is not Role.HEADLINE and a.title and not a.title_derived
    }
    linked = []
    for a in articles:
        target = full.get(title_key(a.title or "")) if a.role is Role.HEADLINE else None
        linked.append(a.model_copy(update={"same_as": target}) if target else a)
    return linked
