"""Words a page glued together ("الحربقبل", "الصينوتشغل"), found with a vocabulary, and split apart.

A token is cut in two only when it is not itself a known word and both halves are: words the page
prints elsewhere, or common words of a news corpus. A taa marbuta (ة) inside a token always ends a word.
"""

import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from services.splitter.markers import trailing_punctuation

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_LETTER_RUN = re.compile("[\u0621-\u064a]+")
_NOT_IN_WORD = re.compile("[^\u0621-\u064a\u064b-\u0652\u0670\u0640]")
_ARABIC_WORD = re.compile("^[\u0621-\u064a\u064b-\u0652\u0670\u0640]+$")
_WORD_CHAR = re.compile(r"\w")
# Clitic runs and inflection endings that are never the half of a glued pair.
_PREFIX_ONLY = frozenset(
    ["وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "وكال", "ست", "سي", "وسي", "فسي"]
)
_SUFFIXES = frozenset(
    [
        "هما",
        "تين",
        "تان",
        "يين",
        "يون",
        "ية",
        "يات",
        "تما",
        "كما",
        "هن",
        "ها",
        "ان",
        "ين",
        "ون",
        "ات",
        "وا",
    ]
)
_FULL_STOP = re.compile(r"[.!?؟]")
# Cheap test first: a word of six or more characters with و/ف past its first three letters,
# or a taa marbuta before its last two (a fused conjunction, or a word ended inside the token).
_FUSED_HINT = re.compile(r"(?<!\S)(?=\S{6})(?:\S{3}\S*[وف]|\S*ة\S\S)")
_SENTENCE_PUNCT = re.compile(r"[.،,؛;:!?؟]")
_MAX_HEADING_WORDS = 12
_COMMON_SHORT = 30
_COMMON = 3  # corpus count from which a word may be half of a glued pair without page evidence
_MIN_GLUED = 6  # letters in the shortest token worth cutting
# Two or three fused words stay well under this; a longer letter run is not prose, and cutting it
# would cost time quadratic in its length.
_MAX_GLUED = 48
_COUNT_SLICE = 1 << 18  # characters of page text counted at once


@lru_cache(maxsize=1)
def corpus_counts() -> dict[str, int]:
    """Arabic news word forms with their counts (ANERcorp train, CC BY-SA 4.0), no diacritics."""
    path = resources.files("services.splitter").joinpath("data/ar_words.txt")
    counts: dict[str, int] = {}
    for line in path.read_text("utf-8").split("\n"):
        word, _, n = line.partition("\t")
        if n:
            counts[word] = int(n)
    return counts


def bare(word: str) -> str:
    """A word without diacritics or tatweel, as the vocabulary stores it."""
    return _DIACRITICS.sub("", word)


class Vocabulary:
    """Words known to be words: a news corpus plus every word the page itself prints.

    It also remembers how each token of the page was cut, since a page repeats its words.
    """

    def __init__(self, page_text: str = "", corpus: dict[str, int] | None = None) -> None:
        self._corpus = corpus_counts() if corpus is None else corpus
        self._page = _count_words(page_text)
        self.cuts: dict[str, tuple[str, ...] | None] = {}

    def is_word(self, word: str) -> bool:
        """True when the corpus has the form or the page prints it at least twice."""
        return self._knows(bare(word))

    def weight(self, word: str) -> float:
        """How sure we are that a half is a word on its own: 0 when not at all."""
        return self._weight(bare(word))

    def conjunct_weight(self, word: str) -> float:
        """Weight of a half that may start with the conjunction و/ف fused to a word."""
        return self._conjunct_weight(bare(word))

    # The same three over forms already bare, for the inner loop of a cut.
    def _knows(self, w: str) -> bool:
        return w in self._corpus or self._page.get(w, 0) >= 2

    def _weight(self, w: str) -> float:
        if len(w) < 3 or w in _SUFFIXES:
            return 0.0
        page, corpus = self._page.get(w, 0), self._corpus.get(w, 0)
        # Three-letter halves are often stems or clitics ("جان|بنا"): they need stronger evidence.
        if page == 0 and corpus < (_COMMON if len(w) > 3 else _COMMON_SHORT):
            return 0.0
        return (2.0 if page else 1.0) + math.log1p(corpus) / 10

    def _conjunct_weight(self, w: str) -> float:
        direct = self._weight(w)
        if w[:1] in ("و", "ف") and len(w) >= 4:
            return max(direct, self._weight(w[1:]))
        return direct


def _count_words(text: str) -> Counter[str]:
    """Bare Arabic words of a text with their counts, a slice of whole lines at a time."""
    counts: Counter[str] = Counter()
    start = 0
    while start < len(text):
        # Slices bound the word list findall builds; they end where no word goes on.
        stop = _NOT_IN_WORD.search(text, start + _COUNT_SLICE)
        end = len(text) if stop is None else stop.end()
        # Dropping marks first makes each letter run a bare word, counted in C.
        counts.update(_LETTER_RUN.findall(bare(text[start:end])))
        start = end
    return counts


def split_glued_word(token: str, vocab: Vocabulary) -> list[str] | None:
    """The words of a token that glues two or more words, or None when it is one word."""
    parts = _glued_parts(token, vocab)
    return list(parts) if parts else None


def _glued_parts(token: str, vocab: Vocabulary) -> tuple[str, ...] | None:
    """split_glued_word as the page's shared tuple, for callers that only read it."""
    if len(token) < _MIN_GLUED:
        return None
    parts = vocab.cuts.get(token, ())
    if parts == ():
        parts = vocab.cuts[token] = _split_token(token, vocab)
    return parts


def _split_token(token: str, vocab: Vocabulary) -> tuple[str, ...] | None:
    shape = _shape(token)
    if shape is None or vocab._knows(shape[3]):
        return None
    lead, core, trail, plain = shape
    cut = _cut(core, vocab) if core != plain else _cut_bare(core, vocab)
    if cut is None:
        return None
    left, right = core[:cut], core[cut:]
    tail = _glued_parts(right, vocab) or (right,)
    parts = [left, *tail]
    parts[0], parts[-1] = lead + parts[0], parts[-1] + trail
    return tuple(parts)


# Word shapes do not depend on the page, and news pages share most of their words.
@lru_cache(maxsize=8192)
def _shape(token: str) -> tuple[str, str, str, str] | None:
    """(lead, core, trail, bare core) of a token that may glue Arabic words, else None."""
    lead, core, trail = _edges(token)
    plain = bare(core)
    if not _MIN_GLUED <= len(plain) <= _MAX_GLUED or not _ARABIC_WORD.match(core):
        return None
    return lead, core, trail, plain


def _edges(token: str) -> tuple[str, str, str]:
    """(leading punctuation, core, trailing punctuation); a regex for this backtracks quadratically."""
    first = _WORD_CHAR.search(token)
    if first is None:
        return token, "", ""
    end = len(token)
    while not (token[end - 1].isalnum() or token[end - 1] == "_"):  # what \w matches
        end -= 1
    return token[: first.start()], token[first.start() : end], token[end:]


def _cut(core: str, vocab: Vocabulary) -> int | None:
    """Where a glued token splits best: after a taa marbuta, else between two known words."""
    for i, ch in enumerate(core[:-3]):
        if ch == "ة":
            j = i + 1
            while j < len(core) and _DIACRITICS.match(core[j]):
                j += 1
            if len(bare(core[j:])) >= 3:
                return j
    best: tuple[float, int] | None = None
    for i in range(3, len(core) - 2):
        if _DIACRITICS.match(core[i]):
            continue
        left = bare(core[:i])
        if left in _PREFIX_ONLY or left.endswith("ال"):
            continue
        lw = vocab._weight(left)
        rw = lw and vocab._conjunct_weight(bare(core[i:]))
        if rw and (best is None or lw + rw > best[0]):
            best = (lw + rw, i)
    return best[1] if best else None


def _cut_bare(core: str, vocab: Vocabulary) -> int | None:
    """`_cut` for a core without diacritics or tatweel, the usual case, with no slicing to strip them."""
    taa = core.find("ة", 0, len(core) - 3)
    if taa >= 0:
        return taa + 1
    best: tuple[float, int] | None = None
    for i in range(3, len(core) - 2):
        left = core[:i]
        if left in _PREFIX_ONLY or left.endswith("ال"):
            continue
        lw = vocab._weight(left)
        rw = lw and vocab._conjunct_weight(core[i:])
        if rw and (best is None or lw + rw > best[0]):
            best = (lw + rw, i)
    return best[1] if best else None


def glue_points(text: str, vocab: Vocabulary) -> list[tuple[int, str, str]]:
    """Each glued token of a text as (token index, left part, rest of the token)."""
    points = []
    for k, token in enumerate(text.split()):
        parts = _glued_parts(token, vocab)
        if parts is not None:
            points.append((k, parts[0], "".join(parts[1:])))
    return points


def split_glued_run(text: str, vocab: Vocabulary) -> list[str]:
    """A run of titles glued with no separator, cut at every glued word."""
    segments: list[list[str]] = [[]]
    for token in text.split():
        parts = _glued_parts(token, vocab)
        if parts is None:
            segments[-1].append(token)
            continue
        segments[-1].append(parts[0])
        segments.extend([part] for part in parts[1:])
    return [" ".join(s) for s in segments if s]


def split_glued_heading(paragraph: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """(heading, sentence) when a paragraph starts with a heading fused to a و/ف sentence."""
    head = paragraph.split(None, _MAX_HEADING_WORDS + 1)[: _MAX_HEADING_WORDS + 1]
    joined = " ".join(head)
    if _FUSED_HINT.search(joined) is None:
        return None
    punctuated = _SENTENCE_PUNCT.search(joined) is not None  # else no word needs the test below
    for k, token in enumerate(head):
        if punctuated and k > 0 and _SENTENCE_PUNCT.search(head[k - 1].replace("..", "")):
            return None
        parts = _glued_parts(token, vocab)
        if parts is None:
            continue
        if bare(parts[1])[:1] not in ("و", "ف"):
            return None
        tokens = paragraph.split()  # all of them only now, for the sentence
        heading = " ".join([*tokens[:k], parts[0]])
        rest = " ".join(["".join(parts[1:]), *tokens[k + 1 :]])
        if len(heading.split()) >= 2 and is_sentence(rest):
            return heading, rest
        return None
    return None


def is_sentence(text: str) -> bool:
    """Running text rather than a title: long enough and punctuated like prose."""
    words = text.split()
    return len(words) >= 8 and (
        _FULL_STOP.search(trailing_punctuation(text)) is not None
        or ("،" in text and len(words) >= 12)
    )
