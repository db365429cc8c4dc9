"""A page's lines cut into article drafts: the main article, read-also articles, headline lists."""

import re
from dataclasses import dataclass, field

from services.splitter.dates import ParsedDate
from services.splitter.glue import (
    Vocabulary,
    glue_points,
    is_sentence,
    split_glued_heading,
    split_glued_run,
)
from services.splitter.line_model import DROP_ABOVE, LineModel, PageFeatures
from services.splitter.markers import (
    FUNCTION_WORDS,
    KEYWORDS,
    READ_ALSO,
    RELATED,
    SOURCE,
    after_marker,
    bullet_item,
    ends_article,
    ends_sentence,
    fold,
    is_caption,
    is_furniture,
    is_notice,
    may_open_with_marker,
    strip_furniture_words,
    strip_trailing_furniture,
)
from services.splitter.metadata import READING_TIME, date_line, dated_byline
from shared.contracts import Role

MAX_PAGE_LINES = 100_000  # a news page has a few hundred; lines past this are not laid out
_LINE = re.compile("[^\n]+")
_UNEVEN_SPACE = re.compile(r"\s\s|[^\S ]")  # \s is what str.split() splits on
_LONG_LINE = 10_000
_FINAL_STOP = re.compile(r"(?<!\.)\.[\"”»)]*$")  # one full stop, not an ellipsis
_HEADING_WORDS = 12
_LONG_HEADLINE_WORDS = 22
_MIN_HEADLINE_WORDS = 4
_MIN_LIST_TITLE_WORDS = 3
_DIGIT = re.compile(r"\d")
# A list's rank: "1. ", "٢) ", "3- ", or bare up to 10 ("١ عنوان"); "47 درجة ..." is a title's figure.
_NUMBERING = re.compile(r"^(?:[\d٠-٩۰-۹]{1,2}\s*[.)\-–]|(?:10|١٠|[1-9١-٩]))\s+")
_HASHTAG = re.compile(r"(?:^|\s)#\w")
_TAG_LINE_WORDS = 20
_ONE_TAG_WORDS = 4
_CREDIT_WORDS = 3
_QUESTION_TITLE_WORDS = 14  # "(بترا)", "(أ ف ب)": no article ends on so few words
_ITEM_SEPARATORS = re.compile(r"\s[◆◇•●▪◦■□★|·]\s")
_INLINE_BULLETS = re.compile(r"\s*[•●▪◦■]\s*")
# "07:00 نشرة الأخبار", "10:45 . عنوان": a schedule's or a ticker's timed item.
_TIMED = re.compile(r"^\W*[\d٠-٩]{1,2}[:٫][\d٠-٩]{2}(?!\d)")
_FIGURE = re.compile(r"[\d٠-٩.,٫٬%+\s]+")
_MIN_TEXT_WORDS = 40  # less text than this before a dated title was no article
_TRAIL = re.compile(r"\s[/›»>]\s")
_WORD = re.compile(r"\w+")


@dataclass
class Draft:
    """An article as the page lays it out, before metadata is read."""

    role: Role
    line: int  # where it starts on the page
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    source: str | None = None
    keywords_raw: str | None = None
    title_fixed: bool = False  # the title came from the page's markup, not from the header lines
    author: str | None = None  # from markup, when the header lines print none
    published: ParsedDate | None = None  # from markup, when the header lines print none
    footer: list[str] = field(default_factory=list)  # date lines printed after its text


def is_paragraph(line: str) -> bool:
    """Running text: a sentence-like line, or one too long to be a title.

    Not a line of items set apart by bullets or bars (a ticker, a menu): "عاجل ◆ ... ◆ ...".
    """
    if len(_ITEM_SEPARATORS.findall(line[:2000])) >= 2:
        return False
    words = len(line.split(None, 24))  # counts up to 25: no list of every word of a long line
    if words >= 25:
        return True
    if words < 8:
        return False
    return bool(_FINAL_STOP.search(line)) or "،" in line or is_sentence(line)


class _Layout:
    """One pass over the lines; each method handles one kind of line."""

    def __init__(self, vocab: Vocabulary, furniture: set[str], model: LineModel | None) -> None:
        self.vocab, self.furniture, self.model = vocab, furniture, model
        self.page: PageFeatures | None = None  # the line model's features, line by line
        self.notices: set[int] = set()
        self.metas: set[int] = set()
        self.tags_at = -1  # the line that holds the tags of a label printed alone
        self.dated: str | None = None  # a date line after the current article's text began
        self.at = 0  # the line being read
        self.drafts: list[Draft] = []
        self.current = Draft(Role.MAIN, 0)  # the full article receiving paragraphs
        self.mode = "body"  # body | read_also | related | after (comments, polls, footer)
        self.ended = False  # the current article's comment section or the footer has begun
        self.pending: list[tuple[int, str]] = []  # short lines waiting for what follows
        self.bullets: list[tuple[int, str]] = []
        self.last_source_line = -1  # where the page's last "المصدر:" line sits
        self.lines: list[str] = []

    def run(self, lines: list[str]) -> list[Draft]:
        self.page = PageFeatures(lines) if self.model is not None else None
        self.lines = lines
        # Asked of a line more than once (start, header, body): answered once per page.
        self.notices = {i for i, line in enumerate(lines) if is_notice(line) or is_caption(line)}
        self.metas = {i for i, line in enumerate(lines) if _is_meta(line)}
        start = next(
            (
                i
                for i, line in enumerate(lines)
                if i not in self.notices and i not in self.metas and is_paragraph(line)
            ),
            len(lines),
        )
        self.last_source_line = next(
            (
                i
                for i in range(len(lines) - 1, start - 1, -1)
                if may_open_with_marker(lines[i]) and after_marker(lines[i], SOURCE) is not None
            ),
            -1,
        )
        listed = self.lists_above(lines[:start])
        self.current = Draft(
            Role.MAIN,
            0,
            header=[
                x
                for i, x in enumerate(lines[:start])
                if not is_furniture(x) and i not in self.notices and i not in listed
            ],
        )
        self.drafts.append(self.current)
        for n, line in enumerate(lines[start:], start):
            self.line(n, line)
        self.flush(at_end=True)
        self.close_article()
        return sorted(self.drafts, key=lambda d: d.line)

    def is_junk(self, n: int) -> bool:
        """The line model is sure line n is furniture (asked only of body lines)."""
        if self.model is None or self.page is None:
            return False
        return self.model.probability(self.page, n) > DROP_ABOVE

    def lists_above(self, lines: list[str]) -> set[int]:
        """Labelled headline lists above the article (a sidebar printed first): their titles
        become headlines, and neither they nor their numbers are header lines."""
        taken: set[int] = set()
        k = 0
        while k < len(lines):
            if not (may_open_with_marker(lines[k]) and after_marker(lines[k], RELATED) == ""):
                k += 1
                continue
            taken.add(k)
            k += 1
            while k < len(lines) and (lines[k].strip(" .-)(").isdigit() or _list_title(lines[k])):
                if not lines[k].strip(" .-)(").isdigit():
                    self.headline(k, lines[k].lstrip("0123456789.-) ").strip())
                taken.add(k)
                k += 1
        return taken

    def line(self, n: int, line: str) -> None:
        self.at = n
        if ends_article(line):
            self.close_article()
            self.mode, self.ended = "after", True
            return
        if may_open_with_marker(line):
            self.marked_line(n, line)
        else:
            self.unmarked_line(n, line)

    def marked_line(self, n: int, line: str) -> None:
        if (rest := after_marker(line, READ_ALSO)) is not None:
            if rest and after_marker(rest, READ_ALSO) == "":
                rest = ""  # "تابع أيضاً Also Read": one label in two languages
            if rest and self.inline_box():
                self.headline(n, rest)  # "إقرأ أيضاً: title" inside the body: a link box
                return
            self.close_article()
            self.mode = "read_also"
            if rest:
                self.pending.append((n, rest))
        elif (rest := after_marker(line, RELATED)) is not None:
            self.close_article()
            self.mode = "related"
            if rest:
                self.related_text(n, rest)
        elif (rest := after_marker(line, SOURCE)) is not None and len(line.split()) <= 12:
            self.flush()
            if rest and self.current and self.current.source is None:
                self.current.source = rest
        elif (rest := after_marker(line, KEYWORDS)) is not None:
            self.flush()
            if rest and self.current and self.current.keywords_raw is None:
                self.current.keywords_raw = strip_furniture_words(rest)
            elif not rest and self.current.keywords_raw is None:
                self.tags_at = n + 1  # the label alone: its tags are on the next line
        else:
            self.unmarked_line(n, line)

    def unmarked_line(self, n: int, line: str) -> None:
        if (
            n in self.notices
            or is_furniture(line)
            or (self.furniture and len(line) < 120 and normalize_line(line) in self.furniture)
        ):
            return
        if n == self.tags_at and len(line.split()) <= _TAG_LINE_WORDS and not is_paragraph(line):
            tags = strip_furniture_words(line)
            if self.current.keywords_raw is not None:  # one tag a line: joined as one line
                tags = f"{self.current.keywords_raw} {tags}"
            self.current.keywords_raw = tags
            if len(line.split()) <= _ONE_TAG_WORDS:
                self.tags_at = n + 1
            return
        if self.mode == "after":
            return
        hashtags = len(_HASHTAG.findall(line)) if "#" in line else 0
        if hashtags >= 2 and (
            line.lstrip().startswith("#") or 2 * hashtags >= len(line.split())
        ):  # "#زلزال #ملطية": its tags
            if self.current.keywords_raw is None:
                self.current.keywords_raw = line
            return
        if (
            self.mode == "body"
            and n not in self.metas
            and self.current.paragraphs
            and self.is_junk(n)
        ):
            return  # the header's short lines (bylines, sections) are the rules' to read
        if n in self.metas:
            if (not self.current.paragraphs and self.current.role is Role.MAIN) or (
                self.mode == "related" and self.dated_list_item(n)
            ):
                self.current.header.append(line)
            elif self.mode == "body" and self.current.role is not Role.HEADLINE:
                self.dated = line
                self.current.footer.append(line)
                paragraphs = self.current.paragraphs
                if not self.pending and paragraphs and _long_title(paragraphs[-1]):
                    # A title too long for a heading, taken as text: the date says what it is.
                    self.pending.append((n - 1, paragraphs.pop()))
                    if self.current.subheadings[-1:] == [self.pending[0][1]]:
                        self.current.subheadings.pop()
            return
        if self.mode == "related":
            self.related_line(n, line)
        elif self.mode == "read_also":
            self.read_also_line(n, line)
        elif (item := bullet_item(line)) is not None and not is_paragraph(item):
            self.bullets.append((n, line))
        else:
            self.body_line(line)

    def read_also_line(self, n: int, line: str) -> None:
        if not is_paragraph(line):
            self.pending.append((n, bullet_item(line) or line))
            return
        if self.inline_links_before(n) or (self.inline_box() and self.continues(line)):
            for hn, text in self.pending:
                self.headline(hn, text)
            self.pending = []
            self.mode = "body"
            self.body_line(line)
            return
        # The title is the last line that can be one: share buttons and counters printed
        # between it and the text ("واتساب", "سناب شات") are not.
        titled = [k for k, (_, text) in enumerate(self.pending) if _may_title(text)]
        cut = titled[-1] if titled else len(self.pending) - 1
        *headlines, title = self.pending[: cut + 1] or [(n, "")]
        for hn, text in headlines:
            self.headline(hn, text)
        self.pending = []
        self.current = Draft(Role.READ_ALSO, title[0], title=title[1] or None)
        self.drafts.append(self.current)
        self.mode, self.ended = "body", False
        self.body_line(line)

    def inline_box(self) -> bool:
        """A read-also label and its title on one line amid the main article's paragraphs.

        A full article glued below the page comes after the main one's source or tags line,
        its label most often alone on a line; a link box inside the body comes before them.
        """
        main = self.current
        return (
            self.mode in ("body", "read_also")
            and main.role is Role.MAIN
            and bool(main.paragraphs)
            and main.source is None
            and main.keywords_raw is None
        )

    def continues(self, line: str) -> bool:
        """A paragraph that opens with a joined conjunction ("وأضاف", "فيما"): it carries on an
        article, since no report's lead opens that way."""
        first = line.split(None, 1)[0] if line.strip() else ""
        return len(first) >= 4 and first[0] in "وف" and self.vocab.is_word(first[1:])

    def inline_links_before(self, n: int) -> bool:
        """A "read also" list of links set inside the main article, which goes on after it.

        Told apart from a full article glued below the page: several titles in a row, and the
        main article's own source line still to come further down.
        """
        main = self.current
        return (
            len(self.pending) >= 2
            and main.role is Role.MAIN
            and main.source is None
            and main.keywords_raw is None
            and self.last_source_line > n
        )

    def related_line(self, n: int, line: str) -> None:
        if len(line.split()) < _MIN_LIST_TITLE_WORDS:
            return  # a list's dates, counts and categories ("في \"رياضة\"") are not titles
        item = bullet_item(line)
        if item is None and is_sentence(line):
            if self.ended:  # a sentence after a list below the comments: still no article text
                self.mode = "after"
                return
            self.mode = "body"
            self.body_line(line)
        else:
            self.related_text(n, item or line)

    def related_text(self, n: int, text: str) -> None:
        """Headlines on one line: bulleted, or glued with no separator, maybe fused to a heading."""
        items = [t for t in _INLINE_BULLETS.split(text) if t]
        if len(items) > 1:
            for item in items:
                self.headline(n, item)
            return
        tokens = text.split()
        body_at = next(
            (
                (k, left, right)
                for k, left, right in glue_points(text, self.vocab)
                if right[:1] in "وف" and is_sentence(" ".join([right, *tokens[k + 1 :]]))
            ),
            None,
        )
        run = text if body_at is None else " ".join([*tokens[: body_at[0]], body_at[1]])
        segments = split_glued_run(run, self.vocab) if len(run.split()) > 6 else [run]
        heading = None
        if body_at is not None and segments:
            segments[-1], heading = _split_heading_off(segments[-1])
        for segment in segments:
            if segment:
                self.headline(n, segment)
        if body_at is not None:
            self.mode = "body"
            if heading:
                self.add_heading(heading)
            self.body_line(" ".join([body_at[2], *tokens[body_at[0] + 1 :]]))

    def headline(self, n: int, text: str) -> None:
        text = _NUMBERING.sub("", text.strip(" -–|•"))  # "١ عنوان" of a numbered list
        if len(text.split()) >= _MIN_LIST_TITLE_WORDS and not _not_a_title(text):
            self.drafts.append(Draft(Role.HEADLINE, n, title=text))

    def body_line(self, line: str) -> None:
        self.flush_bullets(as_headlines=False)
        line = strip_trailing_furniture(line)
        if not line:
            return
        if (
            not is_paragraph(line)
            and not ends_sentence(line)
            and len(line.split()) <= _HEADING_WORDS
        ):
            self.pending.append((self.at, line))
            return
        if self.dated and self.mode == "body" and self.dated_article():
            pass
        elif (glued := split_glued_heading(line, self.vocab)) is not None:
            self.flush_pending(as_headings=True)
            self.add_heading(glued[0])
            line = glued[1]
        self.flush_pending(as_headings=True)
        self.current.paragraphs.append(line)

    def dated_list_item(self, n: int) -> bool:
        """A list's last title, a date line, then running text: no headline but an article
        glued below the list ("title / نشر في ... يوم ... / text"). Starts it."""
        last = self.drafts[-1] if self.drafts else None
        following = self.lines[n + 1] if n + 1 < len(self.lines) else ""
        if (
            last is None
            or last.role is not Role.HEADLINE
            or last.line != n - 1
            or not is_paragraph(following)
            or not is_sentence(following)
        ):
            return False
        self.drafts.pop()
        self.close_article()
        self.current = Draft(Role.READ_ALSO, last.line, title=last.title)
        self.drafts.append(self.current)
        self.mode = "body"
        return True

    def dated_article(self) -> bool:
        """A title-like line and a date line (in either order) between an article's text and
        this paragraph: another article glued below ("من العدد نفسه", a live page's next
        post), not a subheading, which no page dates. Starts it; False when no title waits."""
        dated, self.dated = self.dated, None
        titled = [k for k, (_, text) in enumerate(self.pending) if _may_title(text)]
        if not titled:
            return False
        *headlines, (tn, title) = self.pending[: titled[-1] + 1]
        self.pending = []
        main = self.current
        if (
            main.role is Role.MAIN
            and sum(len(p.split()) for p in main.paragraphs) < _MIN_TEXT_WORDS
            and not (main.paragraphs and main.paragraphs[-1].rstrip()[-1:] in ".!")
        ):
            # What came first was no article (a poll, a welcome notice; no closed sentence):
            # the page's own article starts here, its title and date are its header.
            main.paragraphs.clear()
            main.subheadings.clear()
            main.header += [title, dated or ""]
            return True
        self.close_article()
        for hn, text in headlines:
            self.headline(hn, text)
        self.current = Draft(Role.READ_ALSO, tn, title=title)
        self.drafts.append(self.current)
        self.ended = False
        return True

    def add_heading(self, heading: str) -> None:
        self.current.subheadings.append(heading)
        self.current.paragraphs.append(heading)

    def flush_pending(self, *, as_headings: bool) -> None:
        """Short lines seen before a paragraph are its headings; before anything else, text."""
        for _, text in self.pending:
            if as_headings and self.current.paragraphs:
                self.add_heading(text)
            else:
                self.current.paragraphs.append(text)
        self.pending = []

    def flush_bullets(self, *, as_headlines: bool) -> None:
        # Bulleted short lines that end the page are a headline list that lost its label.
        if as_headlines and len(self.bullets) >= 2:
            for n, line in self.bullets:
                self.headline(n, bullet_item(line) or line)
        else:
            self.current.paragraphs.extend(line for _, line in self.bullets)
        self.bullets = []

    def close_article(self) -> None:
        """The current article ends here: short lines left at its end are not its text.

        A run of two or more title-like lines there is a headline list that lost its label;
        a lone short line is a sign-off, a credit or a widget label.
        """
        self.flush()
        paragraphs = self.current.paragraphs
        tail = len(paragraphs)
        while tail > 0 and _is_trailing_line(paragraphs[tail - 1]):
            tail -= 1
        if tail == 0 or tail == len(paragraphs):
            return
        trailing = paragraphs[tail:]
        del paragraphs[tail:]
        self.current.subheadings = [h for h in self.current.subheadings if h in paragraphs]
        titles = [t for t in trailing if len(t.split()) >= _MIN_HEADLINE_WORDS and t.count("|") < 2]
        if len(titles) >= 2:
            for text in titles:
                self.headline(self.current.line, text)

    def flush(self, *, at_end: bool = False) -> None:
        if self.mode == "read_also":
            for n, text in self.pending:
                self.headline(n, text)
            self.pending = []
        self.flush_pending(as_headings=False)
        self.flush_bullets(as_headlines=at_end)


def _is_trailing_line(line: str) -> bool:
    """A line that cannot end an article: short and not closed like a sentence, or a credit."""
    words = len(line.split(None, _LONG_HEADLINE_WORDS))
    if words <= _CREDIT_WORDS:
        return True
    # A short question is a headline ("هدنة جنيف: كيف ...؟"), not an article's last sentence.
    question = line.rstrip()[-1:] in "؟?" and words <= _QUESTION_TITLE_WORDS
    return words <= _LONG_HEADLINE_WORDS and (question or not ends_sentence(line))


def _list_title(line: str) -> bool:
    """A line that can be an item of a headline list: a title's length, no sentence, no date."""
    words = len(line.split())
    return (
        _MIN_LIST_TITLE_WORDS <= words <= _LONG_HEADLINE_WORDS
        and not is_paragraph(line)
        and not _not_a_title(line)
    )


def _is_label(text: str) -> bool:
    """A read-also or related-list label, in one language or two ("À lire aussi اقرأ أيضا")."""
    for marker in (READ_ALSO, RELATED):
        rest = after_marker(text, marker)
        if rest == "" or (rest is not None and _is_label(rest)):
            return True
    return False


def _may_title(text: str) -> bool:
    """A line that may be an article's title: enough words, and not a label or a trail."""
    return (
        len(_WORD.findall(text)) >= _MIN_LIST_TITLE_WORDS
        and not _not_a_title(text)
        and not _is_field(text)
    )


def _long_title(line: str) -> bool:
    """A line a title may be: no sentence, no longer than the longest headlines."""
    return (
        len(line.split()) <= _LONG_HEADLINE_WORDS
        and not is_paragraph(line)
        and not ends_sentence(line)
    )


def _is_counter(text: str) -> bool:
    """A label and a figure: "عدد المشاهدات: 1152", "المشاركات: 1,745"."""
    label, colon, value = text.partition(":")
    return bool(colon) and len(label.split()) <= 3 and _FIGURE.fullmatch(value.strip()) is not None


def _is_field(text: str) -> bool:
    """A label and its value: "المشاركات: 1,745", "كتب: يوسف بنعلي", "تاريخ التسجيل: Feb 2016"
    (a title with a colon goes on after it: "هدنة جنيف: كيف نزع ...")."""
    label, colon, value = text.partition(":")
    if not colon or len(label.split()) > 3:
        return False
    words = len(value.split())
    return words <= 3 or (words <= 4 and _DIGIT.search(value) is not None)


def _is_trail(text: str) -> bool:
    """A breadcrumb or menu trail: "الرئيسية / اقتصاد", "Home › World › Asia"."""
    parts = [p for p in _TRAIL.split(text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= 2 for p in parts)


def _not_a_title(text: str) -> bool:
    """Prompts, labels and times that stand in headline lists without naming an article."""
    return (
        _is_trail(text)
        or _is_counter(text)
        or _TIMED.match(text) is not None
        or is_notice(text)
        or is_furniture(text)
        or ends_article(text)
        or _is_label(text)
        or _is_meta(text)
        or _RELATIVE_TIME.match(fold(text)) is not None
    )


_RELATIVE_TIME = re.compile(
    r"^\W*(?:منذ|قبل)\s+\S+(?:\s+\S+)?\s*$|^\W*\d+\s+(?:min|hours?|days?)\s+ago", re.I
)


def _is_meta(line: str) -> bool:
    """A date line ("نشر في 30 مايو، 2025 الساعة 10:10 م"): page metadata, never body text."""
    if len(line) > 160 or _DIGIT.search(line) is None:
        return False
    return (
        date_line(line) is not None
        or dated_byline(line) is not None
        or READING_TIME.search(line) is not None
    )


def _split_heading_off(segment: str) -> tuple[str, str | None]:
    """(headline, heading) from a headline fused with the subheading that follows it."""
    words = segment.split()
    for size in range(2, 9):
        cut = len(words) - size
        if cut < 5:
            break
        if words[cut - 1] not in FUNCTION_WORDS and words[cut] not in FUNCTION_WORDS:
            return " ".join(words[:cut]), " ".join(words[cut:])
    if len(words) <= 8:
        return "", segment
    return segment, None


def normalize_line(line: str) -> str:
    """The form a line is counted in for furniture: spaces collapsed, case folded."""
    return " ".join(line.split()).casefold()


def page_lines(text: str, max_lines: int = MAX_PAGE_LINES) -> list[str]:
    """The first max_lines non-blank lines of a page with their spaces collapsed."""
    lines: list[str] = []
    # One line at a time: a page of many short lines would double as a list of raw lines.
    for raw in _LINE.finditer(text):
        line = _collapse_spaces(raw.group())
        if line:
            lines.append(line)
            if len(lines) == max_lines:
                break
    return lines


def _collapse_spaces(line: str) -> str:
    """The line's words joined by single spaces (what " ".join(line.split()) gives)."""
    if len(line) >= _LONG_LINE and _UNEVEN_SPACE.search(line) is None and line.strip(" ") == line:
        return line  # already collapsed: no list of every word of a huge line
    return " ".join(line.split())


def lay_out(
    lines: list[str],
    vocab: Vocabulary,
    furniture: set[str] | None = None,
    model: LineModel | None = None,
) -> list[Draft]:
    """Article drafts in page order: one main article, then read-also articles and headlines."""
    return _Layout(vocab, furniture or set(), model).run(lines)
