"""Dedup and story scores for `make eval`.

`evaluate_dedup` runs the Deduplicator (in-memory stores) over the generated set of
services/evaluation/dedup_set.py and scores pairs: `exact` pairs are those with one content hash,
`near` pairs are those linked (directly or through a chain) by duplicate_of / near_duplicates.
`evaluate_stories` scores story ids on articles the pipeline made from the sample pages, with
B-cubed precision and recall against the truth's `stories`; a headline marked `same_as` belongs
with the article it names, and every other article stands alone.

Thresholds (fingerprint.py, dedup.py, stories.py) were chosen on these figures. With seed 7
(1,674 items: 1,474 bodies in 324 families, 200 headlines) every score is 1.000: exact and near
pairs, and headlines. The margins matter more than the scores: near copies have an exact
Jaccard of 0.51 or more (k=3 word shingles; 0.48 at k=4, 0.45 at k=5), different articles that
share a footer or a topic at most 0.24, and NEAR_THRESHOLD sits at 0.40 between them.
Stories on the sample pages with hand-made entities (tests/unit/dedup/seed_story.py), in page
order: B-cubed P = R = 1.000; in reverse order 0.919 / 0.935 (0.968 / 0.935 before stories
compared ledes; the Kremlin read-also item then meets the Putin-Trump summit report first). With
the real splitter and enricher (span clean-up of services/enricher/spans.py, Dice entity overlap,
ledes) the three reports join one story: pairs score 0.42 / 0.42 / 0.54 with the shipped model,
the best pair of different events 0.32; P = R = 1.000 and "story pairs found" 3/3, a floor since
a new NER model once broke it (stories.py gives the range across NER models).
"""

import hashlib
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from services.dedup.dedup import Deduplicator
from services.dedup.store import InMemoryDedupStore
from services.dedup.stories import InMemoryStoryStore, StoryAssigner
from services.evaluation.dedup_set import Item, build_dedup_set
from services.evaluation.report import Metric
from shared.contracts import DedupVerdict, EnrichedArticle, Role, bundle_id_for

NEAR_PRECISION_FLOOR = 0.99
NEAR_RECALL_FLOOR = 0.95
STORY_FLOOR = 0.9
# The issue asks for the sample story exactly right: every pair of its reports in one story.
STORY_PAIRS_FLOOR = 1.0

Pair = tuple[str, str]


def fresh_deduplicator() -> Deduplicator:
    """A Deduplicator over empty in-memory stores."""
    return Deduplicator(InMemoryDedupStore(), StoryAssigner(InMemoryStoryStore()))


def article_of(item: Item) -> EnrichedArticle:
    """An EnrichedArticle carrying an evaluation item's text."""
    digest = hashlib.sha256(item.key.encode()).hexdigest()[:16]
    return EnrichedArticle(
        id=f"{digest}-000",
        bundle_id=digest,
        position=0,
        role=Role.MAIN if item.body else Role.HEADLINE,
        title=item.title,
        body=item.body,
        language="ar",
        is_arabic=True,
        word_count=len(item.body.split()),
    )


def _pairs(groups: dict[str, list[str]]) -> set[Pair]:
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}  # type: ignore[misc]


def _grouped(keys: Iterable[tuple[str, str | None]]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for key, group in keys:
        if group is not None:
            groups.setdefault(group, []).append(key)
    return groups


def _components(edges: Iterable[Pair], nodes: Iterable[str]) -> dict[str, list[str]]:
    parent = {n: n for n in nodes}

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in edges:
        parent[root(a)] = root(b)
    return _grouped((n, root(n)) for n in parent)


def _scores(
    part: str, name: str, truth: set[Pair], predicted: set[Pair], floor: float | None
) -> list[Metric]:
    hit = len(truth & predicted)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(truth) if truth else 1.0
    return [
        Metric(part, f"{name} precision", precision, floor, f"{hit}/{len(predicted)} pairs"),
        Metric(
            part, f"{name} recall", recall, floor and NEAR_RECALL_FLOOR, f"{hit}/{len(truth)} pairs"
        ),
    ]


def judge_all(items: list[Item]) -> dict[str, DedupVerdict]:
    """Every item's verdict, judged in the set's order, keyed by item key."""
    dedup = fresh_deduplicator()
    return {item.key: dedup.judge(article_of(item)) for item in items}


def evaluate_dedup(seeds_dir: Path, ner_path: Path, seed: int = 7) -> list[Metric]:
    """Pairwise precision and recall of exact, near and headline duplicates on the generated set."""
    items = build_dedup_set(seeds_dir, ner_path, seed=seed)
    verdicts = judge_all(items)
    key_of = {article_of(i).id: i.key for i in items}
    bodies = [i for i in items if i.body]
    exact_truth = _pairs(_grouped((i.key, i.exact_group) for i in bodies))
    exact_pred = _pairs(_grouped((i.key, verdicts[i.key].content_hash) for i in bodies))
    edges = [
        (i.key, key_of[other])
        for i in bodies
        for other in _linked(verdicts[i.key])
        if other in key_of
    ]
    near_pred = _pairs(_components(edges, (i.key for i in bodies)))
    near_truth = _pairs(_grouped((i.key, i.family) for i in bodies))
    return [
        *_scores("dedup", "exact", exact_truth, exact_pred, NEAR_PRECISION_FLOOR),
        *_scores("dedup", "near", near_truth, near_pred, NEAR_PRECISION_FLOOR),
        *_headline_scores(items, verdicts, key_of),
        Metric("dedup", "set size", float(len(items)), None, f"{len(bodies)} bodies"),
    ]


def _headline_scores(
    items: list[Item], verdicts: dict[str, DedupVerdict], key_of: dict[str, str]
) -> list[Metric]:
    """Per headline: found when it links into its family, if its article came before it."""
    family = {i.key: i.family for i in items}
    seen: set[str] = set()
    linked = correct = findable = found = 0
    for item in items:
        links = [key_of[o] for o in _linked(verdicts[item.key]) if o in key_of]
        if item.is_headline:
            hits = [k for k in links if family[k] is not None and family[k] == item.family]
            linked += bool(links)
            correct += bool(links) and len(hits) == len(links)
            if item.family is not None and item.family in seen:
                findable += 1
                found += bool(hits)
        elif item.title and item.family is not None:
            seen.add(item.family)
    precision = correct / linked if linked else 1.0
    recall = found / findable if findable else 1.0
    return [
        Metric("dedup", "headline precision", precision, 0.95, f"{correct}/{linked} headlines"),
        Metric("dedup", "headline recall", recall, 0.9, f"{found}/{findable} headlines"),
    ]


def _linked(verdict: DedupVerdict) -> list[str]:
    return [
        *([verdict.duplicate_of] if verdict.duplicate_of else []),
        *(n.id for n in verdict.near_duplicates),
    ]


def _truth_clusters(
    articles: list[EnrichedArticle], truth: dict[str, Any], seeds_dir: Path
) -> dict[str, str]:
    """Each article's true cluster: its story's name, or its own id."""
    bundle_ids = {p.name: bundle_id_for(p.read_bytes()) for p in seeds_dir.glob("*.txt")}
    cluster = {a.id: a.id for a in articles}
    by_place = {(a.bundle_id, a.position): a for a in articles}
    for bundle in truth.get("bundles", []):
        # A headline that is the title of a full article of its page is that article.
        specs = bundle["articles"]
        for position, spec in enumerate(specs):
            named = [p for p, s in enumerate(specs) if s["role"] == "read_also"]
            headline = by_place.get((bundle_ids.get(bundle["bundle"], ""), position))
            if spec.get("same_as") and headline and named:
                target = by_place.get((headline.bundle_id, named[0]))
                cluster[headline.id] = target.id if target else headline.id
    for story in truth.get("stories", []):
        for bundle, role in story["members"]:
            bundle_id = bundle_ids.get(bundle)
            matching = [a for a in articles if a.bundle_id == bundle_id and a.role == role]
            for article in sorted(matching, key=lambda a: a.position)[:1]:
                cluster[article.id] = story["story"]
    return cluster


def b_cubed(truth: dict[str, str], predicted: dict[str, str]) -> tuple[float, float]:
    """B-cubed precision and recall of a clustering (both maps: item -> cluster)."""
    items = list(truth)
    precision = recall = 0.0
    for item in items:
        same_pred = {o for o in items if predicted[o] == predicted[item]}
        same_true = {o for o in items if truth[o] == truth[item]}
        both = len(same_pred & same_true)
        precision += both / len(same_pred)
        recall += both / len(same_true)
    n = len(items) or 1
    return precision / n, recall / n


def evaluate_stories(articles: list[EnrichedArticle], truth_path: Path) -> list[Metric]:
    """B-cubed precision and recall of story ids on the sample pages' articles, in the given order."""
    import json

    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    seeds_dir = truth_path.parent.parent / "seeds"
    dedup = fresh_deduplicator()
    predicted = {a.id: dedup.judge(a).story_id for a in articles}
    expected = _truth_clusters(articles, truth, seeds_dir)
    precision, recall = b_cubed(expected, predicted)
    stories = len(set(predicted.values()))
    detail = f"{len(articles)} articles, {stories} stories"
    # B-cubed over mostly lone articles stays high even when a story is missed: say it plainly.
    named = {s["story"] for s in truth.get("stories", [])}
    truth_pairs = _pairs(_grouped((a, c if c in named else None) for a, c in expected.items()))
    found = {p for p in truth_pairs if predicted[p[0]] == predicted[p[1]]}
    return [
        Metric("stories", "B-cubed precision", precision, STORY_FLOOR, detail),
        Metric("stories", "B-cubed recall", recall, STORY_FLOOR, detail),
        Metric(
            "stories",
            "story pairs found",
            len(found) / len(truth_pairs) if truth_pairs else 1.0,
            STORY_PAIRS_FLOOR,
            f"{len(found)}/{len(truth_pairs)} pairs",
        ),
    ]
