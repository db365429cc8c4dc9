"""Train the story pair model on the story development set: `python -m services.dedup.train_stories`.

Rows come from replaying the reports in published order through the real profile and IDF, with every article joining its true story (teacher forcing): each story of the
candidate window is one row, labelled by whether it is the article's event. So the model
learns on the very comparisons the assigner makes, story sizes and centroids included.
The join threshold maximises F-beta (precision first) of the best candidate per article,
measured out of fold (inner folds by event group, so an event and
its hard negatives are never split between training and scoring).
"""

import sys
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
from sklearn.linear_model import LogisticRegression

from services.dedup.stories import has_evidence, read
from services.dedup.story_events import Report, folds, load_reports
from services.dedup.story_model import FEATURES, MODEL_FILE, PairModel, StoryState, features
from services.dedup.story_store import CANDIDATE_HOURS, InMemoryStoryStore
from services.dedup.vocabulary import Vocabulary, load_vocabulary
from shared.contracts import EnrichedArticle

BETA = 0.5  # precision weighs four times recall: a swallowed event is worse than a miss
MIN_THRESHOLD = 0.5
INNER_FOLDS = 4
C = 1.0  # L2 strength: few rows, keep coefficients modest


class Rows:
    """Feature rows of a replay: per row its article index and label."""

    def __init__(self) -> None:
        self.x: list[list[float]] = []
        self.y: list[int] = []
        self.article: list[int] = []
        self.eligible: list[bool] = []  # passes the assigner's evidence floor


def replay(
    reports: Sequence[Report], articles: Sequence[EnrichedArticle], vocabulary: Vocabulary
) -> Rows:
    """Every candidate comparison of a teacher-forced replay, in published order."""
    store = InMemoryStoryStore()
    rows = Rows()
    last: dict[str, float] = {}
    for index, (report, article) in enumerate(zip(reports, articles, strict=True)):
        reading = read(article, store, vocabulary)
        # Every story of the candidate window, not only those sharing a key: the keys find
        # few different events on so small a set, and the model must learn to refuse them.
        near = [s for s, at in last.items() if abs(at - reading.hours) <= CANDIDATE_HOURS]
        for story in sorted(near):
            state, _ = store.state(story) or (StoryState(story), 0)
            values = features(reading.profile, state, reading.idf, vocabulary.groups)
            rows.x.append(values)
            rows.eligible.append(has_evidence(values))
            rows.y.append(int(state.story_id == report.event))
            rows.article.append(index)
        state, version = store.state(report.event) or (StoryState(report.event), 0)
        store.commit(reading.commit(state, version))
        last[report.event] = reading.hours
    return rows


def _fit_rows(rows: Rows) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=2000)
    model.fit(np.array(rows.x), np.array(rows.y))
    return model


def choose_threshold(probabilities: list[float], rows: Rows) -> float:
    """The threshold with the best F-beta (beta < 1: precision first) of the joins it allows.

    Per article, the join is its likeliest candidate past the evidence floor (the very decision
    the assigner makes); it is right when that candidate is its story, missed when its story was
    there but not joined. F-beta is smooth where "the lowest threshold reaching 98% precision"
    jumped to 0.97 on one confident mistake among a hundred articles. Measured held out
    (services/evaluation/stories.py, Dec 2026): the 0.98 rule gave pairwise P/R 0.963/0.771,
    B-cubed F1 0.914; F0.5 gives 0.966/0.839, 0.940: same precision, more recall.
    """
    best: dict[int, tuple[float, int]] = {}
    findable: set[int] = set()
    for p, label, article, eligible in zip(
        probabilities, rows.y, rows.article, rows.eligible, strict=True
    ):
        findable |= {article} if label else set()
        if eligible and (article not in best or p > best[article][0]):
            best[article] = (p, label)
    ranked = sorted(best.values(), reverse=True)
    chosen, best_score, right = 1.0, -1.0, 0
    b2 = BETA * BETA
    for n, (p, label) in enumerate(ranked, 1):
        right += label
        precision, recall = right / n, right / max(1, len(findable))
        score = (1 + b2) * precision * recall / (b2 * precision + recall) if right else 0.0
        if score > best_score:
            chosen, best_score = p, score
    return max(MIN_THRESHOLD, chosen)


def fit(
    reports: Sequence[Report], articles: Sequence[EnrichedArticle], vocabulary: Vocabulary
) -> PairModel:
    """A pair model trained on these reports, its threshold chosen out of fold."""
    rows = replay(reports, articles, vocabulary)
    out_of_fold = [0.0] * len(rows.y)
    for held in folds(list(reports), INNER_FOLDS):
        keep = [i for i, r in enumerate(reports) if r.group not in held]
        if not keep or len(keep) == len(reports):
            continue
        inner = replay([reports[i] for i in keep], [articles[i] for i in keep], vocabulary)
        if len(set(inner.y)) < 2:
            continue
        model = _fit_rows(inner)
        scored = [k for k, a in enumerate(rows.article) if reports[a].group in held]
        if scored:
            probabilities = model.predict_proba(np.array([rows.x[k] for k in scored]))[:, 1]
            for k, p in zip(scored, probabilities, strict=True):
                out_of_fold[k] = float(p)
    threshold = choose_threshold(out_of_fold, rows)
    final = _fit_rows(rows)
    return PairModel(tuple(float(c) for c in final.coef_[0]), float(final.intercept_[0]), threshold)


def enrich(reports: Sequence[Report]) -> list[EnrichedArticle]:
    """The reports through the real enricher (the shipped NER model)."""
    from services.enricher.canonical import InMemoryRegistry
    from services.enricher.enrich import Enricher, load_pipeline

    return Enricher(load_pipeline(), InMemoryRegistry()).enrich_many([r.article for r in reports])


def main() -> int:
    """Train on the whole development set and write services/dedup/data/story_model.json."""
    reports = load_reports()
    model = fit(reports, enrich(reports), load_vocabulary())
    MODEL_FILE.write_text(
        model.to_json(
            trained_on=f"tests/corpus/stories: {len(reports)} reports",
            command="python -m services.dedup.train_stories",
            trained_at=datetime.now(UTC).date().isoformat(),
        ),
        encoding="utf-8",
    )
    weights = ", ".join(f"{n} {c:+.2f}" for n, c in zip(FEATURES, model.coefficients, strict=True))
    sys.stdout.write(f"{weights}; threshold {model.threshold:.3f} -> {MODEL_FILE}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
