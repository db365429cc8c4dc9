"""`make eval` rows for the development pages: Khabar's splitter beside trafilatura, per template.

The pages (tests/corpus/pages/built, written for the project in 20+ site templates) are scored
leave-one-template-out: whatever the splitter fits from pages (the line model) is fitted without
the template it is scored on, so each figure predicts a site nobody here has seen. trafilatura,
the extractor a user would pick instead, runs on the same pages in the same run; its rows are
printed beside Khabar's (text dumps are given to it as one <p> per line, as a user would).
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from services.evaluation.report import Metric
from services.evaluation.splitter import same_dateline
from services.splitter.split import split_bundle, title_key
from shared.contracts import Article, Bundle, Role
from shared.errors import BadInput

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "pages" / "built"
PART = "pages"
TRAF = "trafilat."
FIELDS = ("published", "author", "source", "dateline", "agency", "keywords_raw")
# Regression floors, just under what the development templates give today (the unseen batch is
# scored apart). Issue 20's aims (0.95 boundaries and fields, 0.90 headlines) are nearly met on
# them, not on the unseen batch (NOTES.md). Start, end and title must also stay at or above
# trafilatura's.
FLOORS = {
    "main article F1": 0.98,
    "body starts and ends right": 0.94,
    "precision (headline)": 0.93,
    "recall (headline)": 0.93,
}
FIELD_FLOORS = {
    "published": 0.95,
    "author": 0.96,
    "source": 0.98,
    "dateline": 0.96,
    "agency": 0.96,
    "keywords_raw": 0.94,
}
BLIND_FLOORED = frozenset({"body starts right", "body ends right", "title exactly right"})

Splitter = Callable[[Bundle], list[Article]]


@dataclass
class Tally:
    """Right/total counts per measure."""

    counts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, name: str, ok: bool) -> None:
        cell = self.counts.setdefault(name, [0, 0])
        cell[0] += int(ok)
        cell[1] += 1

    def ratio(self, name: str) -> tuple[float, str]:
        ok, total = self.counts.get(name, [0, 0])
        return (ok / total if total else 1.0), f"{ok}/{total}"


def load_corpus(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """The truth entries of every page, with the page's bytes under "raw"."""
    truth = json.loads((corpus / "truth.json").read_text("utf-8"))
    pages = []
    for entry in truth["bundles"]:
        pages.append(entry | {"raw": (corpus / entry["bundle"]).read_bytes()})
    return pages


def bundle_of(page: dict[str, Any]) -> Bundle:
    """The bundle a crawler would push for this page."""
    kind = "text/html" if page["kind"] == "html" else "text/plain"
    return Bundle.from_raw(page["raw"], name=page["bundle"], url=page.get("url"), content_type=kind)


def words(text: str | None) -> str:
    """Single-spaced words."""
    return " ".join((text or "").split())


def score_khabar(page: dict[str, Any], articles: list[Article], tally: Tally) -> None:
    """Add one page's Khabar figures to the tally."""
    truths = page["articles"]
    main_truth = next(t for t in truths if t["role"] == "main")
    mains = [a for a in articles if a.role is Role.MAIN]
    found = next((a for a in mains if _holds(a.body, main_truth)), None)
    tally.add("main recall", found is not None)
    for a in mains:
        tally.add("main precision", a is found)
    _score_main(main_truth, found.body if found else None, tally, found.title if found else None)
    if found is not None:
        for name in FIELDS:
            tally.add(f"field {name}", _field_ok(name, main_truth, found))
    _score_role(truths, articles, Role.HEADLINE, tally)
    _score_role(truths, articles, Role.READ_ALSO, tally)
    for phrase in page.get("boilerplate_removed", []):
        tally.add("boilerplate removed", not any(words(phrase) in words(a.body) for a in articles))


def _holds(body: str, truth: dict[str, Any]) -> bool:
    """The body holds the article: its first or last words are in it."""
    text = words(body)
    return words(truth["first_words"]) in text or words(truth["last_words"]) in text


def _score_main(truth: dict[str, Any], body: str | None, tally: Tally, title: str | None) -> None:
    text = words(body)
    starts = bool(text) and text.startswith(words(truth["first_words"]))
    ends = bool(text) and text.endswith(words(truth["last_words"]))
    tally.add("body starts right", starts)
    tally.add("body ends right", ends)
    tally.add("body starts and ends right", starts and ends)
    tally.add("title exactly right", words(title) == words(truth.get("title")))


def _score_role(
    truths: list[dict[str, Any]], articles: list[Article], role: Role, tally: Tally
) -> None:
    want = [title_key(t["title"]) for t in truths if t["role"] == role.value and t.get("title")]
    got = [title_key(a.title or "") for a in articles if a.role is role]
    free = list(got)
    for w in want:
        hit = w in free
        if hit:
            free.remove(w)
        tally.add(f"recall ({role.value})", hit)
    free_want = list(want)
    for g in got:
        hit = g in free_want
        if hit:
            free_want.remove(g)
        tally.add(f"precision ({role.value})", hit)


def _field_ok(name: str, truth: dict[str, Any], a: Article) -> bool:
    want = truth.get(name)
    if name == "published":
        got = None
        if a.published_at is not None:
            value = a.published_at.replace(tzinfo=None)
            got = (
                value.isoformat(timespec="minutes")
                if a.published_has_time
                else value.date().isoformat()
            )
        return got == want
    value = getattr(a, name)
    if name == "dateline":
        return same_dateline(value, want)
    return words(value) == words(want)


def score_trafilatura(page: dict[str, Any], tally: Tally) -> None:
    """The same measures for trafilatura's main text, title, author and date."""
    import trafilatura

    markup = page["raw"].decode("utf-8")
    if page["kind"] != "html":
        markup = (
            "<html><body>"
            + "".join(f"<p>{html.escape(line)}</p>" for line in markup.splitlines() if line.strip())
            + "</body></html>"
        )
    doc = trafilatura.bare_extraction(
        markup, url=page.get("url"), with_metadata=True, include_comments=False,
        include_tables=False,
    )  # fmt: skip
    text = getattr(doc, "text", None) or ""
    truth = next(t for t in page["articles"] if t["role"] == "main")
    tally.add("main recall", _holds(text, truth))
    tally.add("main precision", _holds(text, truth))
    _score_main(truth, text, tally, title=getattr(doc, "title", None))
    tally.add("field author", words(getattr(doc, "author", None)) == words(truth.get("author")))
    tally.add("field published", (getattr(doc, "date", None) or None) == truth.get("published"))


def refitted_splitter(training: Iterable[dict[str, Any]]) -> Splitter:
    """The splitter with its line model fitted on these pages only."""
    from services.splitter.line_model_train import fit

    return partial(split_bundle, line_model=fit(training))


def evaluate_pages(
    corpus: Path = CORPUS,
    splitter_for: Callable[[Iterable[dict[str, Any]]], Splitter] | None = None,
    trafilatura_rows: bool = True,
) -> list[Metric]:
    """Khabar's and trafilatura's rows on the development pages, leave-one-template-out.

    `splitter_for(training_pages)` gives a splitter fitted on those pages (`refitted_splitter`:
    its line model refitted without the held-out template); None scores the shipped splitter,
    which fits nothing from them.
    """
    pages = load_corpus(corpus)
    blind = blind_templates(corpus)
    khabar, traf = Tally(), Tally()
    blind_khabar, blind_traf = Tally(), Tally()
    by_kind = {"html": Tally(), "text": Tally()}
    for template in sorted({p["template"] for p in pages}):
        held_out = [p for p in pages if p["template"] == template]
        split: Splitter = (
            splitter_for([p for p in pages if p["template"] not in (template, *blind)])
            if splitter_for
            else split_bundle
        )
        for page in held_out:
            try:
                articles = split(bundle_of(page))
            except BadInput:  # refused as not a page: scored as finding nothing
                articles = []
            if template in blind:
                score_khabar(page, articles, blind_khabar)
                if trafilatura_rows:
                    score_trafilatura(page, blind_traf)
                continue
            score_khabar(page, articles, khabar)
            score_khabar(page, articles, by_kind[page["kind"]])
            if trafilatura_rows:
                score_trafilatura(page, traf)
    developed = [p for p in pages if p["template"] not in blind]
    templates = len({p["template"] for p in developed})
    rows = _rows(khabar, traf if trafilatura_rows else None, by_kind, len(developed), templates)
    if blind:
        rows += _blind_rows(blind_khabar, blind_traf if trafilatura_rows else None, len(blind))
    return rows


def blind_templates(corpus: Path = CORPUS) -> set[str]:
    """Templates written after the splitter's rules and never used to change them."""
    path = corpus.parent / "batches.json"
    if not path.exists():
        return set()
    batches = json.loads(path.read_text("utf-8"))
    return set(batches.get(batches.get("unseen", ""), []))


def _blind_rows(khabar: Tally, traf: Tally | None, templates: int) -> list[Metric]:
    """The figure for a site nobody here has seen: Khabar beside trafilatura; the floors only
    ask that Khabar's boundaries and titles are not worse than trafilatura's."""
    part = "unseen"
    rows = []
    for name in (
        "body starts right", "body ends right", "body starts and ends right",
        "title exactly right", "precision (headline)", "recall (headline)",
        "field published", "field author", "field dateline", "field agency", "field keywords_raw",
    ):  # fmt: skip
        value, detail = khabar.ratio(name)
        floor = None
        if traf is not None and name in traf.counts:
            theirs, their_detail = traf.ratio(name)
            floor = theirs if name in BLIND_FLOORED else None
            detail += f" (trafilatura {theirs:.3f}, {their_detail})"
        rows.append(Metric(part, name, value, floor, detail + f"; {templates} blind templates"))
    return rows


def _rows(
    khabar: Tally, traf: Tally | None, by_kind: dict[str, Tally], pages: int, templates: int
) -> list[Metric]:
    rows: list[Metric] = []
    where = f"{pages} pages, {templates} templates, each held out"

    def f1(t: Tally) -> tuple[float, str]:
        p, pd = t.ratio("main precision")
        r, rd = t.ratio("main recall")
        return (2 * p * r / (p + r) if p + r else 0.0), f"P {pd} R {rd}"

    value, detail = f1(khabar)
    rows.append(Metric(PART, "main article F1", value, FLOORS["main article F1"], detail))
    if traf is not None:
        value, detail = f1(traf)
        rows.append(Metric(PART, f"main article F1 ({TRAF})", value, None, detail))
    for name in (
        "body starts right",
        "body ends right",
        "body starts and ends right",
        "title exactly right",
    ):
        value, detail = khabar.ratio(name)
        floor = FLOORS.get(name)
        if traf is not None:
            theirs, their_detail = traf.ratio(name)
            floor = max(floor or 0.0, theirs) if name != "body starts and ends right" else floor
            rows.append(Metric(PART, name, value, floor, detail))
            rows.append(Metric(PART, f"{name} ({TRAF})", theirs, None, their_detail))
        else:
            rows.append(Metric(PART, name, value, floor, detail))
    for kind, tally in by_kind.items():
        value, detail = tally.ratio("body starts and ends right")
        rows.append(Metric(PART, f"starts and ends right, {kind} pages", value, None, detail))
    for name in (
        "precision (headline)",
        "recall (headline)",
        "precision (read_also)",
        "recall (read_also)",
    ):
        value, detail = khabar.ratio(name)
        rows.append(Metric(PART, name, value, FLOORS.get(name), detail))
    for name in FIELDS:
        value, detail = khabar.ratio(f"field {name}")
        rows.append(Metric(PART, f"field {name}", value, FIELD_FLOORS[name], detail))
        if traf is not None and name in ("author", "published"):
            theirs, their_detail = traf.ratio(f"field {name}")
            rows.append(Metric(PART, f"field {name} ({TRAF})", theirs, None, their_detail))
    value, detail = khabar.ratio("boilerplate removed")
    rows.append(Metric(PART, "boilerplate removed", value, None, detail))
    rows.append(Metric(PART, "pages (held out by template)", float(pages), None, where))
    return rows
