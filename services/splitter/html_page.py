"""An HTML page read with the field's extractor: trafilatura for the main text and metadata.

trafilatura (Apache-2.0) finds the main text of a page it has never seen far better than a
line layout of the page's visible text: it reads the DOM (link density, tag and class names,
text density) and the page's metadata (og:title, JSON-LD, <meta>). What it lacks for news, the
splitter adds on top: read-also articles and headline lists as items (link lists here, labelled
blocks through the text layout), Arabic date forms and times, dateline, agency and byline.
"""

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html
import trafilatura

_MIN_TITLE_WORDS = 4
_MAX_TITLE_WORDS = 30
# Class or id words of blocks whose links are never article headlines: menus, tickers, tags.
_NOT_HEADLINES = re.compile(
    r"nav|menu|footer|breadcrumb|ticker|breaking|marquee|urgent|news-?bar|tags?\b|tag-|keyword"
    r"|share|social|cookie|consent|comment|pagination|pager|next|prev|author|byline|logo|lang",
    re.I,
)
_NOT_HEADLINE_TAGS = frozenset(("nav", "footer", "header", "form", "button", "select"))
_MAX_LIST_DEPTH = 5  # a list holds its links within this many levels
_MIN_LINK_SHARE = 0.4  # of a list's text, at least this much is its links' titles
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-–—|:•·»]|::)\s+")


@dataclass(frozen=True)
class HtmlRead:
    """What the DOM says of a page: main text lines, metadata, link-list headlines."""

    main_lines: list[str]
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    page_title: str | None = None  # <title>, often with the site's name
    headings: list[str] = field(default_factory=list)  # <h1> texts
    link_titles: list[str] = field(default_factory=list)  # headlines from link lists
    published: str | None = None  # the markup's own datePublished / article:published_time
    anchor_titles: frozenset[str] = frozenset()  # texts of links that read like article titles
    tags: str | None = None  # the article's tag links as printed, without their label


def read_html(markup: str, url: str | None = None) -> HtmlRead | None:
    """The page's main text and metadata, None when trafilatura finds no main text."""
    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return None
    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
        # htmldate's extensive search runs dateparser over the page text in every locale: 80% of
        # an HTML split. The splitter reads printed dates itself, and the markup's date below.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        return None
    lines = [" ".join(line.split()) for line in text.split("\n")]
    page_title = root.findtext(".//title")
    return HtmlRead(
        main_lines=[line for line in lines if line],
        title=getattr(doc, "title", None),
        author=getattr(doc, "author", None),
        date=getattr(doc, "date", None),
        sitename=getattr(doc, "sitename", None),
        page_title=" ".join(page_title.split()) if page_title else None,
        headings=[_text(h) for h in root.iter("h1") if _text(h)],
        link_titles=link_list_titles(root),
        published=published_in_markup(root),
        anchor_titles=frozenset(
            title
            for a in root.iter("a")
            if (title := _text(a)) and len(title.split()) >= 4 and not _paid_or_ticker(a)
        ),
        tags=tags_in_markup(root),
    )


_TAG_BLOCK = re.compile(
    r"(?:^|[\s_-])(?:tags?|hashtags?|keywords|mots-cles|etiquettes|labels)(?:$|[\s_-])", re.I
)
_MAX_TAG_WORDS = 40
_TAG_LABEL = re.compile(r"^[^:：]{1,25}[:：]\s*")


def tags_in_markup(root: lxml.html.HtmlElement) -> str | None:
    """The first block of tag links (class or id "tags", "keywords", itemprop keywords), as
    printed: its links in their order with what the page puts between them, no label."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "html", "body", "head", "meta"):
            continue
        names = f"{el.get('class', '')} {el.get('id', '')}"
        if _TAG_BLOCK.search(names) is None and el.get("itemprop") != "keywords":
            continue
        links = [t for a in el.iter("a") if (t := _text(a))]
        text = _text(el)
        if len(links) < 2 or len(text.split()) > _MAX_TAG_WORDS:
            continue
        printed = _TAG_LABEL.sub("", text) if not text.startswith(links[0]) else text
        at = 0
        for link in links:  # the printed text holds every link in order: keep its separators
            at = printed.find(link, at)
            if at < 0:
                return " ".join(links)
            at += len(link)
        return printed[printed.find(links[0]) :]
    return None


_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_META_DATES = (
    ".//meta[@property='article:published_time']",
    ".//meta[@name='article:published_time']",
    ".//meta[@itemprop='datePublished']",
    ".//meta[@name='pubdate']",
    ".//meta[@name='publishdate']",
    ".//time[@itemprop='datePublished']",
    ".//time[@datetime]",
)


def published_in_markup(root: lxml.html.HtmlElement) -> str | None:
    """The publication time the markup states (JSON-LD, <meta>, <time>), as written there."""
    for script in root.iter("script"):
        if "ld+json" in (script.get("type") or "") and script.text:
            m = _JSON_LD_DATE.search(script.text)
            if m:
                return m.group(1)
    for path in _META_DATES:
        el = root.find(path)
        if el is not None:
            value: str | None = el.get("content") or el.get("datetime")
            if value:
                return value
    return None


def _text(el: lxml.html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def link_list_titles(root: lxml.html.HtmlElement) -> list[str]:
    """Titles of article links that stand in lists of two or more, outside menus and tickers.

    A list is the lowest block holding two title links or more (cards each in their own
    <div> share one); its text must be mostly those titles, so a page body with two links in
    it is not a list.
    """
    links = [(a, title) for a in root.iter("a") if (title := _link_title(a)) and _allowed(a)]
    holds: dict[lxml.html.HtmlElement, int] = {}
    for a, _ in links:
        for depth, el in enumerate(a.iterancestors()):
            if depth >= _MAX_LIST_DEPTH:
                break
            holds[el] = holds.get(el, 0) + 1
    groups: dict[lxml.html.HtmlElement, list[str]] = {}
    for a, title in links:
        for depth, el in enumerate(a.iterancestors()):
            if depth >= _MAX_LIST_DEPTH:
                break
            if holds[el] >= 2:
                groups.setdefault(el, []).append(title)
                break
    found = []
    for el, titles in groups.items():
        text = len(_text(el))
        if text and sum(len(t) for t in titles) >= _MIN_LINK_SHARE * text:
            found.extend(titles)
    return found


def _link_title(a: lxml.html.HtmlElement) -> str | None:
    """A link's title: its text, or its longest part when it also holds a time or a label."""
    parts = [_text(child) for child in a if isinstance(child.tag, str)]
    title = max(parts, key=len) if parts and max(len(p.split()) for p in parts) >= 4 else _text(a)
    return title if _MIN_TITLE_WORDS <= len(title.split()) <= _MAX_TITLE_WORDS else None


def _allowed(a: lxml.html.HtmlElement) -> bool:
    """Not inside a menu, ticker, form or running text."""
    for el in a.iterancestors():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _NOT_HEADLINE_TAGS or tag == "p":
            return False
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        if _NOT_HEADLINES.search(marks):
            return False
    return True


# Blocks whose links are ads or a ticker, never a related article's headline.
_PAID_OR_TICKER = re.compile(
    r"sponsor|promoted|\bnative|advert|\bads?\b|\bad[-_]|outbrain|taboola|ticker|breaking|marquee|urgent",
    re.I,
)


def _paid_or_ticker(a: lxml.html.HtmlElement) -> bool:
    """A link marked as paid (rel="sponsored", the HTML standard's mark for ads) or inside an
    ad widget or a scrolling ticker."""
    if "sponsored" in (a.get("rel") or "").lower():
        return True
    for el in a.iterancestors():
        if el.tag == "marquee":
            return True
        if _PAID_OR_TICKER.search(f"{el.get('class', '')} {el.get('id', '')}"):
            return True
    return False


def clean_title(read: HtmlRead, header_lines: list[str]) -> str | None:
    """The article's own title: the printed heading that the metadata title names, no site name.

    og:title and <title> most often add the site's name ("title - Site", "Site :: title"); the
    printed headline is the longest heading or header line they contain. Failing that, the
    metadata title without the separated part that names the site.
    """
    candidates = [t for t in (read.title, read.page_title) if t]
    printed = [*read.headings, *header_lines]
    for candidate in candidates:
        key = _key(candidate)
        inside = [line for line in printed if len(line.split()) >= 3 and _key(line) in key]
        if inside:
            return max(inside, key=len)
    for candidate in candidates:
        parts = _TITLE_SEPARATORS.split(candidate)
        site = _key(read.sitename or "")
        parts = [p for p in parts if not site or (_key(p) not in site and site not in _key(p))]
        if parts:
            return max(parts, key=lambda p: len(p.split()))
    return read.headings[0] if read.headings else None


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())
