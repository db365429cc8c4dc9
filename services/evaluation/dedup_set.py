"""A labelled duplicate-detection set built from real Arabic text, deterministic for a given seed.

Originals are pseudo-articles: runs of paragraphs from the sample pages (lines of 12+ words) and
runs of sentences from the ANERcorp training file. Each family holds an original and its copies:
`exact` copies differ only in what the matching form folds (whitespace, diacritics, Farsi ی/ک),
`near` copies have a sentence added or removed or paragraphs swapped. `distinct` items are other
articles that share a boilerplate block or a topic (the other half of the same news story) and
must not be linked. Headlines (title only) get the same treatment on their titles.
"""

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Kind = Literal["original", "exact", "near", "distinct"]

MIN_PARAGRAPH_WORDS = 12
SENTENCES_PER_ARTICLE = (6, 12)
_HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u064b"
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


@dataclass(frozen=True, slots=True)
class Item:
    """One text of the set, with the family it belongs to (None for a lone article)."""

    key: str
    kind: Kind
    edit: str  # how it was made from its family's original, e.g. "sentence_removed"
    family: str | None
    exact_group: str | None  # items whose matching forms are equal share it
    title: str | None
    body: str

    @property
    def is_headline(self) -> bool:
        """A title with no body."""
        return not self.body


def seed_articles(seeds_dir: Path) -> list[list[str]]:
    """Paragraph runs from the sample pages: each page's long lines, cut into runs of 3 to 5."""
    articles: list[list[str]] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        paragraphs = [ln.strip() for ln in lines if len(ln.split()) >= MIN_PARAGRAPH_WORDS]
        for start in range(0, len(paragraphs) - 2, 4):
            run = paragraphs[start : start + 4]
            if len(run) >= 3:
                articles.append(run)
    return articles


def ner_sentences(path: Path) -> Iterator[str]:
    """Sentences of a token-per-line NER file, tokens joined by spaces."""
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                yield " ".join(tokens)
            tokens = []
            continue
        tokens.append(line.rsplit(" ", 1)[0])
    if tokens:
        yield " ".join(tokens)


def ner_articles(path: Path, rng: random.Random, limit: int) -> list[list[str]]:
    """Pseudo-articles of consecutive NER sentences, grouped into paragraphs of two or three."""
    sentences = [s for s in ner_sentences(path) if len(s.split()) >= 6]
    articles: list[list[str]] = []
    seen: set[str] = set()
    i = 0
    while i < len(sentences) and len(articles) < limit:
        n = rng.randint(*SENTENCES_PER_ARTICLE)
        run = sentences[i : i + n]
        i += n
        # ANERcorp repeats some passages; a run sharing a sentence with an earlier one is a
        # real near-duplicate, so it cannot serve as a distinct original.
        repeated = any(s in seen for s in run)
        seen.update(run)
        if repeated:
            continue
        paragraphs = [" ".join(run[j : j + 2]) for j in range(0, len(run), 2)]
        articles.append(paragraphs)
    return articles


def _sentences(paragraphs: list[str]) -> list[str]:
    return [s for p in paragraphs for s in _SENTENCE_END.split(p) if s]


def _with_whitespace(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    return "".join(w + rng.choice([" ", "  ", " \n", "\t"]) for w in words).strip() + "\n"


def _with_diacritics(text: str, rng: random.Random) -> str:
    out = []
    for ch in text:
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and rng.random() < 0.3:
            out.append(rng.choice(_HARAKAT))
    return "".join(out)


def _with_farsi_letters(text: str, rng: random.Random) -> str:
    swap = {"ي": "ی", "ك": "ک"}
    return "".join(swap[ch] if ch in swap and rng.random() < 0.7 else ch for ch in text)


def _join(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _regrouped(sentences: list[str]) -> list[str]:
    return [" ".join(sentences[j : j + 2]) for j in range(0, len(sentences), 2)]


def _near_edits(
    paragraphs: list[str], donor: list[str], rng: random.Random
) -> list[tuple[str, list[str]]]:
    """Lightly edited copies: one sentence added, one removed, two paragraphs swapped."""
    sentences = _sentences(paragraphs)
    added = sentences.copy()
    added.insert(rng.randrange(len(added) + 1), rng.choice(_sentences(donor)))
    removed = sentences.copy()
    del removed[rng.randrange(len(removed))]
    swapped = paragraphs.copy()
    i = rng.randrange(len(swapped) - 1)
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    return [
        ("sentence_added", _regrouped(added)),
        ("sentence_removed", _regrouped(removed)),
        ("paragraphs_swapped", swapped),
    ]


def _title_of(paragraphs: list[str], rng: random.Random) -> str:
    words = paragraphs[0].split()
    return " ".join(words[: rng.randint(7, 12)])


def _title_edits(title: str, rng: random.Random) -> list[tuple[Kind, str, str]]:
    words = title.split()
    dropped = words.copy()
    del dropped[rng.randrange(1, len(dropped))]
    return [
        ("exact", "diacritics", _with_diacritics(title, rng)),
        ("exact", "farsi_letters", _with_farsi_letters(title, rng)),
        ("near", "punctuation", f"{title}.. تفاصيل"),
        ("near", "word_dropped", " ".join(dropped)),
    ]


def build_dedup_set(
    seeds_dir: Path, ner_path: Path, seed: int = 7, n_ner: int = 300, n_distinct: int = 120
) -> list[Item]:
    """The whole labelled set in a shuffled but reproducible order."""
    rng = random.Random(seed)  # noqa: S311 - reproducible sampling, not security
    ner = ner_articles(ner_path, rng, n_ner + n_distinct)
    originals = seed_articles(seeds_dir) + ner[:n_ner]
    others = ner[n_ner:]
    boilerplate = _sentences(others.pop())[:2]  # a footer shared by many different articles
    items: list[Item] = []
    for n, paragraphs in enumerate(originals):
        family = f"f{n:04d}"
        donor = others[n % len(others)]
        body = _join(paragraphs)
        title = _title_of(paragraphs, rng)
        items.append(Item(f"{family}-orig", "original", "", family, family, title, body))
        variants = {
            "verbatim": body,
            "whitespace": _with_whitespace(body, rng),
            "diacritics": _with_diacritics(body, rng),
            "farsi_letters": _with_farsi_letters(body, rng),
        }
        for edit in rng.sample(sorted(variants), 2):
            items.append(
                Item(f"{family}-{edit}", "exact", edit, family, family, title, variants[edit])
            )
        edit, edited = rng.choice(_near_edits(paragraphs, donor, rng))
        items.append(Item(f"{family}-{edit}", "near", edit, family, None, title, _join(edited)))
        if n % 4 == 0:
            kind, edit, edited_title = rng.choice(_title_edits(title, rng))
            items.append(Item(f"{family}-h-{edit}", kind, edit, family, None, edited_title, ""))
    for n, paragraphs in enumerate(others):
        key = f"d{n:04d}"
        if n % 2 == 0:
            body = _join([*paragraphs, *boilerplate])
            items.append(Item(f"{key}-boiler", "distinct", "boilerplate", None, None, None, body))
        else:
            # Two halves of one story: same topic and names, different text.
            half = max(1, len(paragraphs) // 2)
            for part, chunk in (("a", paragraphs[:half]), ("b", paragraphs[half:])):
                item = Item(
                    f"{key}-{part}", "distinct", "same_topic", None, None, None, _join(chunk)
                )
                items.append(item)
        items.append(
            Item(f"{key}-h", "distinct", "other_title", None, None, _title_of(paragraphs, rng), "")
        )
    rng.shuffle(items)
    return items
