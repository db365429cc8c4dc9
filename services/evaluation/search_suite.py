"""The search-quality suite: articles written for the project and queries judged against them.

`queries.json` names, for every concept a query looks for, each form a reader expects to match
(every spelling of a name, the singular and broken plural of a word, an exact phrase). An article
holds a concept when one of its forms appears in it, after the orthographic folding every Arabic
reader does (alef forms, ى, ة, diacritics, Arabic-Indic digits) and with joined clitics set apart.
A query must find the articles holding all its `find` concepts; articles holding one of its
`avoid` concepts (a look-alike) must not be found; `neutral` ones are not judged.
"""

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "search"
ARTICLES = HERE / "articles.json"
QUERIES = HERE / "queries.json"
HELD_OUT_EVERY = 3  # one query in three, within each kind, is held out

_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ې": "ي",
        "ک": "ك",
        "ـ": None,
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_WORD = re.compile(r"\w+")
MIN_STEM = 3


@dataclass(frozen=True)
class SuiteArticle:
    """One short news article of the suite."""

    id: str
    title: str
    body: str
    source: str
    published: date


@dataclass(frozen=True)
class SuiteQuery:
    """A query, its kind, the articles it must find and must not find, and its part."""

    id: str
    kind: str
    text: str
    must_find: frozenset[str]
    must_not: frozenset[str]
    neutral: frozenset[str]
    held_out: bool


def fold(text: str) -> str:
    """Text with the spelling differences no reader counts folded away, lowercased."""
    kept = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    return kept.translate(_FOLD).lower()


def words(text: str) -> list[str]:
    """The folded words of a text."""
    return _WORD.findall(fold(text))


def readings(word: str) -> set[str]:
    """A folded word and what it is without joined و/ف, ب/ل/ك and the article ال."""
    found = {word}
    if word[:1] in ("و", "ف") and len(word) - 1 >= MIN_STEM:
        found.add(word[1:])
    for head in list(found):
        if head.startswith("لل") and len(head) - 2 >= MIN_STEM:
            found |= {"ال" + head[2:], head[2:]}
        elif head[:1] in ("ب", "ل", "ك") and len(head) - 1 >= MIN_STEM:
            found.add(head[1:])
    for head in list(found):
        if head.startswith("ال") and len(head) - 2 >= MIN_STEM:
            found.add(head[2:])
    return found


def holds(text_readings: list[set[str]], form: list[str]) -> bool:
    """True when the words of `form` appear in a row among the text's word readings."""
    size = len(form)
    return any(
        all(form[i] in text_readings[start + i] for i in range(size))
        for start in range(len(text_readings) - size + 1)
    )


@cache
def load_articles(path: Path = ARTICLES) -> tuple[SuiteArticle, ...]:
    """Every article of articles.json (built by build.py), in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))["articles"]
    return tuple(
        SuiteArticle(
            id=a["id"],
            title=a["title"],
            body=a["body"],
            source=a["source"],
            published=date.fromisoformat(a["published"]),
        )
        for a in data
    )


def concept_articles(
    concepts: dict[str, list[str]], articles: Iterable[SuiteArticle]
) -> dict[str, frozenset[str]]:
    """For every concept, the ids of the articles holding one of its forms."""
    forms = {name: [words(form) for form in spelled] for name, spelled in concepts.items()}
    held: dict[str, set[str]] = {name: set() for name in concepts}
    for article in articles:
        text = [readings(w) for w in words(f"{article.title}\n{article.body}")]
        for name, options in forms.items():
            if any(holds(text, form) for form in options):
                held[name].add(article.id)
    return {name: frozenset(ids) for name, ids in held.items()}


def held_out_ids(queries: list[dict[str, Any]]) -> set[str]:
    """Query ids held out: within each kind, every third in the order of a hash of the id."""
    by_kind: dict[str, list[str]] = {}
    for query in queries:
        by_kind.setdefault(query["kind"], []).append(query_id(query))
    held: set[str] = set()
    for ids in by_kind.values():
        ranked = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
        held |= set(ranked[HELD_OUT_EVERY - 1 :: HELD_OUT_EVERY])
    return held


def query_id(query: dict[str, Any]) -> str:
    """A query's id: its kind and its text, unique in the suite."""
    return f"{query['kind']}:{query['q']}"


@cache
def load_queries(path: Path = QUERIES, articles_path: Path = ARTICLES) -> tuple[SuiteQuery, ...]:
    """Every query of queries.json with its judged articles and its part (held out or not)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    holding = concept_articles(data["concepts"], load_articles(articles_path))
    held = held_out_ids(data["queries"])
    suite: list[SuiteQuery] = []
    for query in data["queries"]:
        find = [holding[c] for c in query["find"]]
        must_find = frozenset.intersection(*find)
        avoid = frozenset().union(*(holding[c] for c in query.get("avoid", [])))
        neutral = frozenset().union(*(holding[c] for c in query.get("neutral", [])))
        suite.append(
            SuiteQuery(
                id=query_id(query),
                kind=query["kind"],
                text=query["q"],
                must_find=must_find,
                must_not=avoid - must_find,
                neutral=neutral - must_find,
                held_out=query_id(query) in held,
            )
        )
    return tuple(suite)
