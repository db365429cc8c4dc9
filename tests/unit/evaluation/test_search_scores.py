"""Scoring one query of the search suite: recall, precision, the first hit, look-alikes."""

import pytest

from services.evaluation.search import figures, score_query, to_article, to_deduped
from services.evaluation.search_suite import SuiteQuery, load_articles
from shared.contracts import EnrichedArticle


def _query(
    find: set[str], avoid: frozenset[str] = frozenset(), neutral: frozenset[str] = frozenset()
) -> SuiteQuery:
    return SuiteQuery(
        id="plurals:حرائق",
        kind="plurals",
        text="حرائق",
        must_find=frozenset(find),
        must_not=frozenset(avoid),
        neutral=frozenset(neutral),
        held_out=False,
    )


def test_every_must_find_article_first_scores_one() -> None:
    score = score_query(_query({"a", "b"}), ["a", "b", "x"])
    assert (score.recall_top, score.recall_all, score.first_right) == (1.0, 1.0, True)
    assert (score.relevant_top, score.judged_top) == (2, 3)


def test_a_look_alike_on_top_costs_precision_and_the_first_hit() -> None:
    score = score_query(_query({"a"}, avoid=frozenset({"trap"})), ["trap", "a"])
    assert score.first_right is False
    assert score.look_alikes_top == 1
    assert figures([score])["precision@10"] == pytest.approx(0.5)


def test_neutral_articles_are_not_judged() -> None:
    score = score_query(_query({"a"}, neutral=frozenset({"n"})), ["a", "n"])
    assert (score.relevant_top, score.judged_top) == (1, 1)


def test_recall_at_ten_counts_only_the_first_ten_hits() -> None:
    find = {f"a{i}" for i in range(12)}
    ranked = [f"x{i}" for i in range(5)] + sorted(find)
    score = score_query(_query(find), ranked)
    assert score.recall_top == pytest.approx(5 / 10)
    assert score.recall_all == 1.0


def test_no_hit_scores_nothing() -> None:
    score = score_query(_query({"a"}), [])
    assert (score.recall_top, score.first_right, score.judged_top) == (0.0, False, 0)


def test_suite_articles_become_valid_indexer_messages_with_their_own_story() -> None:
    articles = [to_article(a) for a in load_articles()]
    messages = [
        to_deduped(EnrichedArticle(**a.model_dump(), language="ar", is_arabic=True, word_count=1))
        for a in articles
    ]
    assert len({m.id for m in messages}) == len(messages)
    assert all(m.story_id == m.id and m.is_arabic for m in messages)
