"""`make eval` rows for the splitter: articles found, their boundaries and their printed metadata."""

import json
from collections import Counter
from pathlib import Path
from typing import Any

from services.evaluation.report import Metric
from services.splitter.split import split_bundle, title_key
from shared.contracts import Article, Bundle, Role

PART = "splitter"
FIELDS = (
    "title", "section", "author", "source", "dateline", "published", "updated",
    "keywords_raw", "subheadings", "same_as",
)  # fmt: skip
# Floors pinned at what the five sample bundles reach; the gate fails on any regression.
FLOORS: dict[str, float] = {"default": 1.0}


_DATELINE_END = " -–—ـ:"


def same_dateline(found: str | None, truth: str | None) -> bool:
    """One dateline whatever separator it is printed with: "المستقلة/-" and "المستقلة/"."""
    return _words(found).rstrip(_DATELINE_END) == _words(truth).rstrip(_DATELINE_END)


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _first_words_match(truth: dict[str, Any], article: Article) -> bool:
    first = _words(truth.get("first_words"))
    return bool(first) and _words(article.body).startswith(first)


def _match(
    truths: list[dict[str, Any]], found: list[Article]
) -> list[tuple[dict[str, Any], Article]]:
    """Pairs (truth, article): same role and title, or first words when the truth has no title."""
    free = list(found)
    pairs = []
    for t in truths:
        role = Role(t["role"])
        for a in free:
            same_title = t.get("title") and title_key(a.title or "") == title_key(t["title"])
            untitled = not t.get("title") and _first_words_match(t, a)
            if a.role is role and (same_title or untitled):
                pairs.append((t, a))
                free.remove(a)
                break
    return pairs


def _published(a: Article, which: str) -> str | None:
    value = a.published_at if which == "published" else a.updated_at
    if value is None:
        return None
    has_time = a.published_has_time if which == "published" else bool(value.hour or value.minute)
    return (
        value.replace(tzinfo=None).isoformat(timespec="minutes")
        if has_time
        else value.date().isoformat()
    )


def _field_ok(name: str, t: dict[str, Any], a: Article, by_id: dict[str, Article]) -> bool | None:
    """Whether one field is right; None when the truth does not speak about it."""
    if name == "title":
        return a.title_derived if t.get("title") is None else _words(a.title) == _words(t["title"])
    if name == "same_as":
        target = by_id.get(a.same_as or "")
        if "same_as" not in t:
            return a.same_as is None
        return target is not None and target.role is Role.READ_ALSO
    if a.role is Role.HEADLINE:
        return None
    if name in ("published", "updated"):
        if name == "updated" and name not in t:
            return None
        return _published(a, name) == t.get(name)
    if name == "subheadings":
        return [_words(s) for s in a.subheadings] == [_words(s) for s in t.get(name, [])]
    if name in ("section", "keywords_raw") and name not in t:
        return getattr(a, name) is None if a.role is Role.MAIN else None
    if name not in t:
        return None
    if name == "dateline":  # "المستقلة/-" and "المستقلة/" print one dateline
        return same_dateline(a.dateline, t[name])
    return _words(getattr(a, name)) == _words(t[name]) if t[name] else getattr(a, name) is None


def evaluate_splitter(seeds_dir: Path, truth_path: Path) -> list[Metric]:
    """Score split_bundle on the sample bundles against their hand-made truth."""
    truth = json.loads(truth_path.read_text("utf-8"))
    found_by_role: Counter[str] = Counter()
    truth_by_role: Counter[str] = Counter()
    hit_by_role: Counter[str] = Counter()
    counts: dict[str, list[int]] = {k: [0, 0] for k in ("first_words", "last_words", *FIELDS)}
    boiler = [0, 0]
    for entry in truth["bundles"]:
        raw = (seeds_dir / entry["bundle"]).read_bytes()
        articles = split_bundle(Bundle.from_raw(raw, name=entry["bundle"]))
        by_id = {a.id: a for a in articles}
        found_by_role.update(a.role.value for a in articles)
        truth_by_role.update(t["role"] for t in entry["articles"])
        pairs = _match(entry["articles"], articles)
        hit_by_role.update(a.role.value for _, a in pairs)
        for t, a in pairs:
            if t.get("first_words"):
                _tally(counts["first_words"], _first_words_match(t, a))
                _tally(counts["last_words"], _words(a.body).endswith(_words(t["last_words"])))
            for name in FIELDS:
                ok = _field_ok(name, t, a, by_id)
                if ok is not None:
                    _tally(counts[name], ok)
        furniture = list(entry.get("boilerplate_removed", []))
        for t in entry["articles"]:
            furniture.extend(t.get("boilerplate_removed", []))
        for phrase in furniture:
            _tally(boiler, not any(phrase in a.body for a in articles))
    metrics = []
    for role in Role:
        r = role.value
        metrics.append(_metric(f"recall ({r})", hit_by_role[r], truth_by_role[r]))
        metrics.append(_metric(f"precision ({r})", hit_by_role[r], found_by_role[r]))
    for name, (right, total) in counts.items():
        label = f"boundary {name}" if name.endswith("_words") else f"field {name}"
        metrics.append(_metric(label, right, total))
    metrics.append(_metric("boilerplate removed", *boiler))
    return metrics


def _tally(cell: list[int], ok: bool) -> None:
    cell[0] += int(ok)
    cell[1] += 1


def _metric(name: str, ok: int, total: int) -> Metric:
    value = ok / total if total else 1.0
    return Metric(PART, name, value, FLOORS.get(name, FLOORS["default"]), f"{ok}/{total}")
