"""Deduplicator verdicts on hand-made articles, with in-memory stores."""

import pytest

from services.dedup.dedup import Deduplicator
from services.dedup.store import InMemoryDedupStore
from services.dedup.stories import InMemoryStoryStore, StoryAssigner
from shared.contracts import DedupedArticle, NearDuplicate
from tests.unit.dedup.factories import BODY, OTHER_BODY, article_id, make_article, make_headline

TITLE = "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب"


@pytest.fixture
def dedup() -> Deduplicator:
    return Deduplicator(InMemoryDedupStore(), StoryAssigner(InMemoryStoryStore()))


def test_dedup_first_article_is_original_of_its_own_story(dedup: Deduplicator) -> None:
    verdict = dedup.judge(make_article("a"))
    assert (verdict.duplicate_of, verdict.near_duplicates, verdict.story_id) == (
        None,
        [],
        article_id("a"),
    )


def test_dedup_marks_reposted_article_as_exact_duplicate(dedup: Deduplicator) -> None:
    dedup.judge(make_article("a"))
    verdict = dedup.judge(make_article("b", body=BODY.replace("الروسي", "الروسی")))
    assert verdict.duplicate_of == article_id("a")
    assert verdict.near_duplicates == []
    assert verdict.story_id == article_id("a")


def test_dedup_lists_lightly_edited_copy_as_near_duplicate(dedup: Deduplicator) -> None:
    dedup.judge(make_article("a"))
    verdict = dedup.judge(make_article("b", body=BODY.rsplit(".", 2)[0] + "."))
    assert verdict.duplicate_of is None
    assert [n.id for n in verdict.near_duplicates] == [article_id("a")]
    assert verdict.near_duplicates[0].similarity > 0.5
    assert verdict.story_id == article_id("a")


def test_dedup_keeps_different_article_apart(dedup: Deduplicator) -> None:
    dedup.judge(make_article("a"))
    verdict = dedup.judge(make_article("b", body=OTHER_BODY, title="شراكة سعودية مصرية"))
    assert (verdict.duplicate_of, verdict.near_duplicates) == (None, [])


def test_dedup_redelivery_gives_same_verdict(dedup: Deduplicator) -> None:
    dedup.judge(make_article("a"))
    first = dedup.judge(make_article("b"))
    dedup.judge(make_article("c", body=BODY.rsplit(".", 2)[0] + "."))
    assert dedup.judge(make_article("b")) == first
    assert dedup.judge(make_article("a")).duplicate_of is None


def test_dedup_headline_points_to_article_with_same_title(dedup: Deduplicator) -> None:
    dedup.judge(make_article("a", title=TITLE))
    verdict = dedup.judge(make_headline("h", "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامبَ"))
    assert verdict.duplicate_of == article_id("a")
    assert verdict.story_id == article_id("a")


def test_dedup_headline_with_a_word_dropped_still_points_to_article(dedup: Deduplicator) -> None:
    dedup.judge(make_article("a", title=TITLE))
    verdict = dedup.judge(make_headline("h", "لافروف وروبيو يبحثان تفاهمات بوتين وترامب"))
    linked = [verdict.duplicate_of, *(n.id for n in verdict.near_duplicates)]
    assert article_id("a") in linked


def test_dedup_headline_prefers_full_article_over_earlier_headline(dedup: Deduplicator) -> None:
    dedup.judge(make_headline("h1", TITLE))
    dedup.judge(make_article("a", title=TITLE))
    verdict = dedup.judge(make_headline("h2", TITLE))
    assert verdict.duplicate_of == article_id("a")
    assert NearDuplicate(id=article_id("h1"), similarity=1.0) in verdict.near_duplicates


def test_dedup_unrelated_headlines_stay_apart(dedup: Deduplicator) -> None:
    dedup.judge(make_headline("h1", "بوتين يفضل لقاء ترامب والتباحث بشأن أوكرانيا"))
    verdict = dedup.judge(make_headline("h2", "ترامب يأمل في التوصل لاتفاق نووي جديد مع إيران"))
    assert (verdict.duplicate_of, verdict.near_duplicates) == (None, [])


def test_dedup_headline_uses_same_as_from_the_splitter(dedup: Deduplicator) -> None:
    verdict = dedup.judge(make_headline("h", TITLE, same_as=article_id("page", 1)))
    assert verdict.duplicate_of == article_id("page", 1)


def test_dedup_apply_returns_article_with_verdict(dedup: Deduplicator) -> None:
    article = make_article("a")
    deduped = dedup.apply(article)
    assert isinstance(deduped, DedupedArticle)
    assert deduped.body == article.body
    assert deduped.story_id == article.id
