"""Train the splitter's line model on the development pages (tests/corpus/pages/built).

    uv run python -m services.splitter.line_model_train

Labels come from the articles the pages were rendered from (tests/corpus): a line is article
text when most of its five-word runs belong to some article's title or paragraphs, furniture
otherwise. `fit` is also what the evaluation calls with one template left out.
"""

import json
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from services.splitter.decode import decode_page, finish_text, html_to_text
from services.splitter.layout import page_lines
from services.splitter.line_model import HASH_DIM, MODEL_FILE, NUMERIC, LineModel, features
from services.splitter.markers import fold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
_WORD = re.compile(r"[^\W\d_]+|\d+")
_RUN = 5


@lru_cache(maxsize=1)
def article_runs() -> frozenset[tuple[str, ...]]:
    """Every five-word run (and every short title or heading) of the corpus's articles."""
    texts: list[str] = []
    for path in sorted((CORPUS / "pages").glob("articles_*.json")):
        for story in json.loads(path.read_text("utf-8")):
            texts += [story["title"], *story["paragraphs"]]
    for path in sorted((CORPUS / "stories").glob("events_*.json")):
        for event in json.loads(path.read_text("utf-8"))["events"]:
            for report in event["reports"]:
                texts += [report["title"], *report["paragraphs"]]
    runs: set[tuple[str, ...]] = set()
    for text in texts:
        words = _words(text)
        runs.update(_runs(words))
    return frozenset(runs)


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    if len(words) < _RUN:
        return [tuple(words)] if words else []
    return [tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)]


def is_article_text(line: str) -> bool:
    """Most of the line's five-word runs come from an article written for the corpus."""
    runs = _runs(_words(line))
    known = article_runs()
    return bool(runs) and sum(r in known for r in runs) >= 0.5 * len(runs)


def page_text_lines(page: dict[str, Any]) -> list[str]:
    """A page's visible lines as the splitter lays them out."""
    markup, is_html = decode_page(page["raw"])
    return page_lines(
        finish_text(html_to_text(markup) if is_html else markup, text_dump=not is_html)
    )


def page_rows(page: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """One page's feature rows and labels (1 = furniture), computed once per page."""
    key = page["bundle"]
    if key not in _ROWS:
        lines = page_text_lines(page)
        x = np.zeros((len(lines), len(NUMERIC) + HASH_DIM))
        for k, (numeric, words) in enumerate(features(lines)):
            x[k, : len(NUMERIC)] = np.array(numeric)
            for w in words:
                x[k, len(NUMERIC) + w] += 1.0
        y = np.array([0 if is_article_text(line) else 1 for line in lines])
        _ROWS[key] = (x, y)
    return _ROWS[key]


_ROWS: dict[str, tuple[np.ndarray, np.ndarray]] = {}


def fit(pages: Iterable[dict[str, Any]]) -> LineModel:
    """A line model fitted on these pages (truth entries with their bytes under "raw")."""
    rows = [page_rows(page) for page in pages]
    x = np.vstack([r[0] for r in rows])
    y = np.concatenate([r[1] for r in rows])
    model = LogisticRegression(C=0.5, max_iter=2000, fit_intercept=False)
    model.fit(x, y)
    weights = model.coef_[0]
    return LineModel(weights[: len(NUMERIC)], weights[len(NUMERIC) :])


def main() -> int:
    """Fit on every development page and write services/splitter/data/line_model.json."""
    from services.evaluation.pages import load_corpus

    pages = load_corpus()
    model = fit(pages)
    MODEL_FILE.write_text(model.to_json() + "\n", "utf-8")
    sys.stdout.write(f"line model fitted on {len(pages)} pages -> {MODEL_FILE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
