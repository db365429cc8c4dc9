"""The search-quality suite: its articles are current, every query is judged, the split is stable."""

import json
import random
from collections import Counter

import pytest

from services.evaluation.search_suite import (
    QUERIES,
    held_out_ids,
    load_articles,
    load_queries,
    readings,
    words,
)
from tests.corpus.search import build


def test_articles_json_is_what_build_writes() -> None:
    assert build.ARTICLES.read_text(encoding="utf-8") == build.render(build.build())


def test_suite_has_enough_articles_and_queries_with_unique_ids() -> None:
    articles, queries = load_articles(), load_queries()
    assert 150 <= len(articles) <= 300
    assert len(queries) >= 150
    assert len({a.id for a in articles}) == len(articles)
    assert len({q.id for q in queries}) == len(queries)


def test_every_query_must_find_articles_that_exist() -> None:
    ids = {a.id for a in load_articles()}
    for query in load_queries():
        assert query.must_find, query.id
        assert query.must_find <= ids, query.id
        assert query.must_not <= ids, query.id
        assert not query.must_find & query.must_not, query.id


def test_every_look_alike_query_has_articles_it_must_not_find() -> None:
    data = json.loads(QUERIES.read_text(encoding="utf-8"))
    with_avoid = {q["kind"] + ":" + q["q"] for q in data["queries"] if q.get("avoid")}
    for query in load_queries():
        if query.id in with_avoid:
            assert query.must_not, query.id


def test_every_kind_of_issue_16_is_covered() -> None:
    kinds = Counter(q.kind for q in load_queries())
    expected = {"names", "plurals", "derived", "clitics", "phrases", "mixed", "numbers"}
    assert expected | {"orthographic", "traps"} == set(kinds)
    assert all(count >= 10 for count in kinds.values())


def test_about_a_third_of_each_kind_is_held_out() -> None:
    by_kind: dict[str, list[bool]] = {}
    for query in load_queries():
        by_kind.setdefault(query.kind, []).append(query.held_out)
    for kind, parts in by_kind.items():
        assert sum(parts) == len(parts) // 3, kind


def test_held_out_split_does_not_depend_on_file_order() -> None:
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    shuffled = list(queries)
    random.Random(16).shuffle(shuffled)
    assert held_out_ids(shuffled) == held_out_ids(queries)
    assert held_out_ids(queries) == {q.id for q in load_queries() if q.held_out}


@pytest.mark.parametrize(
    ("word", "reading"),
    [("وبالزلزال", "زلزال"), ("للمدارس", "مدارس"), ("للأمم", "الامم"), ("فالعاصفة", "عاصفه")],
    ids=["wa-bi-al", "lil", "lil-keeps-al", "fa-al-ta-marbuta"],
)
def test_a_word_is_read_without_its_joined_clitics(word: str, reading: str) -> None:
    assert reading in readings(words(word)[0])


def test_orthographic_variants_fold_to_one_spelling() -> None:
    assert words("الأُمَم المتحدة ٢٠٢٦ مستشفى") == words("الامم المتحده 2026 مستشفي")


def test_a_singular_query_must_find_articles_that_only_use_the_broken_plural() -> None:
    queries = {q.id: q for q in load_queries()}
    assert "fire-many-1" in queries["plurals:حريق"].must_find  # حرائق الغابات
    assert "fuel-1" in queries["plurals:حريق"].must_not  # المحروقات shares the root only
