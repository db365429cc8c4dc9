"""Stories across outlets on the story development set, on held-out events (`make eval`).

The set's event groups (an event with its hard negatives) are dealt into FOLDS folds; for each,
the pair model is trained on the other folds (services/dedup/train_stories.py) and the held-out
fold's reports go through a fresh StoryAssigner in published order, after the real enricher.
Scores: pairwise precision/recall/F1 (pairs of reports put in one story) and B-cubed P/R/F1, summed
over folds; the method before issue 19 (services/dedup/baseline_stories.py) is scored on the same
folds beside it. `hard negatives apart` counts hard-negative events that share no story with
the event they resemble.
"""

from collections.abc import Sequence
from itertools import combinations

from services.dedup import baseline_stories
from services.dedup.stories import InMemoryStoryStore, StoryAssigner
from services.dedup.story_events import Report, folds, load_events, load_reports
from services.dedup.train_stories import enrich, fit
from services.dedup.vocabulary import load_vocabulary
from services.evaluation.dedup import b_cubed
from services.evaluation.report import Metric
from shared.contracts import EnrichedArticle

FOLDS = 5
B_CUBED_F1_FLOOR = 0.90
PAIR_PRECISION_FLOOR = 0.95


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(clusters: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for item, cluster in clusters.items():
        groups.setdefault(cluster, []).append(item)
    return {(a, b) for g in groups.values() for a, b in combinations(sorted(g), 2)}


def held_out_stories(
    reports: Sequence[Report], articles: Sequence[EnrichedArticle]
) -> tuple[dict[str, str], dict[str, str]]:
    """Predicted story per article id, new method and old, each fold judged on its own."""
    vocabulary = load_vocabulary()
    new: dict[str, str] = {}
    old: dict[str, str] = {}
    for held in folds(list(reports), FOLDS):
        train = [i for i, r in enumerate(reports) if r.group not in held]
        test = [i for i, r in enumerate(reports) if r.group in held]
        model = fit([reports[i] for i in train], [articles[i] for i in train], vocabulary)
        assigner = StoryAssigner(InMemoryStoryStore(), model, vocabulary)
        baseline = baseline_stories.StoryAssigner(baseline_stories.InMemoryStoryStore())
        for i in test:  # reports are in published order
            new[articles[i].id] = assigner.assign(articles[i])
            old[articles[i].id] = baseline.assign(articles[i])
    return new, old


def _scores(method: str, truth: dict[str, str], predicted: dict[str, str]) -> list[Metric]:
    true_pairs, found_pairs = _pairs(truth), _pairs(predicted)
    hit = len(true_pairs & found_pairs)
    p = hit / len(found_pairs) if found_pairs else 1.0
    r = hit / len(true_pairs) if true_pairs else 1.0
    bp, br = b_cubed(truth, predicted)
    main = method == "new"
    return [
        Metric(
            "stories (held out)",
            f"{method}: pairwise precision",
            p,
            PAIR_PRECISION_FLOOR if main else None,
            f"{hit}/{len(found_pairs)} pairs",
        ),
        Metric(
            "stories (held out)", f"{method}: pairwise recall", r, None, f"{hit}/{len(true_pairs)}"
        ),
        Metric("stories (held out)", f"{method}: pairwise F1", _f1(p, r), None, ""),
        Metric("stories (held out)", f"{method}: B-cubed precision", bp, None, ""),
        Metric("stories (held out)", f"{method}: B-cubed recall", br, None, ""),
        Metric(
            "stories (held out)",
            f"{method}: B-cubed F1",
            _f1(bp, br),
            B_CUBED_F1_FLOOR if main else None,
            f"{len(truth)} reports, {len(set(predicted.values()))} stories",
        ),
    ]


def evaluate_story_set(articles: Sequence[EnrichedArticle] | None = None) -> list[Metric]:
    """Held-out story scores of the new method and the old one on the story development set."""
    reports = load_reports()
    articles = list(articles) if articles is not None else enrich(reports)
    truth = {a.id: r.event for r, a in zip(reports, articles, strict=True)}
    new, old = held_out_stories(reports, articles)
    negatives = [e for e in load_events() if e.get("negative_of")]
    of_event: dict[str, set[str]] = {}
    for article_id, event in truth.items():
        of_event.setdefault(event, set()).add(new[article_id])
    apart = sum(1 for e in negatives if not of_event[e["id"]] & of_event[e["negative_of"]])
    return [
        *_scores("new", truth, new),
        *_scores("old", truth, old),
        Metric(
            "stories (held out)",
            "hard negatives apart",
            apart / len(negatives) if negatives else 1.0,
            None,
            f"{apart}/{len(negatives)} events",
        ),
    ]
