"""Behaviour every StoryStore must have, through the StoryAssigner; in memory (unit) and on Redis."""

from services.dedup.stories import StoryAssigner, StoryStore
from tests.unit.dedup.factories import article_id, make_article, make_headline
from tests.unit.dedup.story_reports import reports_of


def reports_of_one_quake_join_one_story(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    quake = reports_of("a-quake-malatya")
    assert {stories.assign(a) for a in quake} == {quake[0].id}


def quake_in_another_city_starts_its_own_story(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    for report in reports_of("a-quake-malatya"):
        stories.assign(report)
    other = reports_of("a-quake-adiyaman")
    assert {stories.assign(a) for a in other} == {other[0].id}


def redelivered_article_keeps_its_story(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    first, second, *_ = reports_of("a-fire-tetouan")
    given = [stories.assign(first), stories.assign(second)]
    assert [stories.assign(first), stories.assign(second)] == given


def copy_joins_story_of_its_original(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    stories.assign(make_article("a"))
    assert stories.assign(make_article("b", entities=[]), copy_of=article_id("a")) == article_id(
        "a"
    )


def headline_alone_starts_its_own_story(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    stories.assign(make_article("a"))
    headline = make_headline("h", "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب")
    assert stories.assign(headline) == article_id("h")


def first_read_agrees_with_single_reads(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    quake = reports_of("a-quake-malatya")
    story = stories.assign(quake[0])
    terms, day = ("زلزال", "ملطية", "غائب"), 20_000
    frequencies = store.frequencies(terms, day)
    fresh = store.first_read(quake[1].id, quake[0].id, terms, day)
    assert (fresh.known, fresh.copied) == (None, story)
    assert (fresh.frequencies, fresh.articles) == frequencies
    alone = store.first_read(quake[1].id, None, terms, day)
    assert (alone.known, alone.copied, alone.frequencies) == (None, None, frequencies[0])
    again = store.first_read(quake[0].id, quake[1].id, terms, day)
    assert (again.known, again.copied, again.frequencies) == (story, None, {})


STORY_CASES = [
    first_read_agrees_with_single_reads,
    reports_of_one_quake_join_one_story,
    quake_in_another_city_starts_its_own_story,
    redelivered_article_keeps_its_story,
    copy_joins_story_of_its_original,
    headline_alone_starts_its_own_story,
]
