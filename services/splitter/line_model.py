"""A line classifier for pages of sites never seen: is a line article text or site furniture?

jusText's insight, learned rather than hand-set: article text is long, dense in function words,
punctuated like sentences and surrounded by more of the same; furniture is short, link-like,
repeated, and made of a site's vocabulary ("من نحن", "cookies", "تابعونا"). Each line gets a few
such measures of itself and its neighbours plus hashed words, and a logistic regression weighs
them (trained by `python -m services.splitter.line_model_train` on the development pages; the
evaluation refits it without the template it scores). The layout drops a line the model is
sure is furniture; markers, dates, bylines and headline lists stay the rules' business.
Inference is numpy over a small committed JSON, so the splitter needs no scikit-learn.
"""

import json
import math
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from services.splitter.markers import FUNCTION_WORDS, fold

MODEL_FILE = Path(__file__).parent / "data" / "line_model.json"
HASH_DIM = 1024
DROP_ABOVE = 0.9  # furniture probability over which a line is dropped
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?؟…][\"”»)]*\s*$")
_SEPARATORS = re.compile(r"[|•◆·»›>/]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGITS = re.compile(r"\d")
_SHORT = math.log1p(4)
LONG_WORDS = 40
_LONG = math.log1p(LONG_WORDS)
# Arabic function words: their share of a line is jusText's stop-word density.
_STOP_WORDS = frozenset(
    fold(w)
    for w in FUNCTION_WORDS
    | {"كان", "كانت", "وقد", "وفي", "ومن", "وعلى", "وأن", "بعد", "قبل", "حيث", "كما", "غير"}
    | {"إلا", "الا", "أي", "هو", "هي", "هم", "وهو", "وهي", "كل", "بعض", "أكثر", "أمس", "اليوم"}
)
NUMERIC = (
    "bias", "log_words", "log_chars", "stop_density", "sentence_end", "commas", "digits",
    "latin", "separators", "position", "repeated", "short", "prev_log_words", "next_log_words",
    "prev_stop", "next_stop", "prev_end", "next_end",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LineModel:
    """Weights over NUMERIC measures and HASH_DIM hashed words; positive means furniture."""

    numeric: np.ndarray
    hashed: np.ndarray
    # The same weights as floats: a dot product of 18 terms is faster in Python than in numpy.
    _numeric: list[float] = field(init=False, repr=False, compare=False)
    _hashed: list[float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_numeric", [float(w) for w in self.numeric])
        object.__setattr__(self, "_hashed", [float(w) for w in self.hashed])

    def furniture_probability(self, lines: list[str]) -> list[float]:
        """For each line of a page, the probability that it is site furniture."""
        page = PageFeatures(lines)
        return [self.probability(page, i) for i in range(len(lines))]

    def probability(self, page: "PageFeatures", i: int) -> float:
        """The probability that line i of a page is site furniture; long text is never."""
        if len(page.lines[i].split(None, LONG_WORDS)) > LONG_WORDS:
            return 0.0
        numeric, words = page.at(i)
        score = sum(w * x for w, x in zip(self._numeric, numeric, strict=True))
        score += sum(self._hashed[k] for k in words)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> str:
        """The committed form."""
        return json.dumps(
            {
                "numeric": dict(zip(NUMERIC, np.round(self.numeric, 5).tolist(), strict=True)),
                "hash_dim": HASH_DIM,
                "hashed": np.round(self.hashed, 5).tolist(),
            }
        )


@lru_cache(maxsize=1)
def shipped_model() -> LineModel | None:
    """The model trained on every development page, None when the file is missing."""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text("utf-8"))
    numeric = np.array([data["numeric"][name] for name in NUMERIC])
    return LineModel(numeric, np.array(data["hashed"]))


def word_ids(folded_words: list[str]) -> list[int]:
    """Hashed ids of a line's folded words (and its first word marked as first)."""
    ids = [zlib.crc32(w.encode()) % HASH_DIM for w in folded_words]
    if folded_words:
        ids.append(zlib.crc32(("^" + folded_words[0]).encode()) % HASH_DIM)
    return ids


def _own(line: str) -> tuple[float, float, float]:
    words = _line_words(line)
    n = len(words)
    stop = sum(1 for w in words if w in _STOP_WORDS) / n if n else 0.0
    end = 1.0 if _SENTENCE_END.search(line[-10:]) else 0.0
    return math.log1p(n), stop, end


def _line_words(line: str) -> list[str]:
    return _WORD.findall(fold(line[:2000]))


class PageFeatures:
    """The features of a page's lines, computed only for the lines asked about."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.counts: dict[str, int] = {}
        for line in lines:
            self.counts[line] = self.counts.get(line, 0) + 1
        self._own: dict[int, tuple[float, float, float]] = {}

    def own(self, i: int) -> tuple[float, float, float]:
        if not 0 <= i < len(self.lines):
            return (0.0, 0.0, 0.0)  # no line above the first or below the last
        if i not in self._own:
            self._own[i] = _own(self.lines[i])
        return self._own[i]

    def at(self, i: int) -> tuple[list[float], list[int]]:
        """Numeric measures of line i and its neighbours, and its hashed word ids."""
        line = self.lines[i]
        head = line[:2000]
        chars = max(1, len(head))
        log_words, stop, end = self.own(i)
        prev, nxt = self.own(i - 1), self.own(i + 1)
        numeric = [
            1.0,
            log_words,
            math.log1p(len(line)) / 5,
            stop,
            end,
            min(1.0, (head.count("،") + head.count(",")) / max(1.0, math.expm1(log_words)) * 5),
            len(_DIGITS.findall(head)) / chars,
            len(_LATIN.findall(head)) / chars,
            min(1.0, len(_SEPARATORS.findall(head)) / 3),
            i / max(1, len(self.lines) - 1),
            1.0 if self.counts[line] > 1 else 0.0,
            1.0 if log_words < _SHORT else 0.0,
            prev[0],
            nxt[0],
            prev[1],
            nxt[1],
            prev[2],
            nxt[2],
        ]
        return numeric, word_ids(_line_words(line)[:60])


def features(lines: list[str]) -> Iterator[tuple[list[float], list[int]]]:
    """Numeric measures and hashed word ids of every line, with its neighbours', in order."""
    page = PageFeatures(lines)
    for i in range(len(lines)):
        yield page.at(i)
