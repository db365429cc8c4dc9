"""Behaviour every StoryStore must have, through the StoryAssigner; in memory (unit) and on Redis."""

from services.dedup.stories import StoryAssigner, StoryStore
from services.dedup.story_profile import profile_of
from services.dedup.story_store import Probe, rarest
from services.dedup.vocabulary import load_vocabulary
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


def first_read_with_a_probe_finds_the_candidates_of_the_rarest_keys(store: StoryStore) -> None:
    stories = StoryAssigner(store)
    quake = reports_of("a-quake-malatya")
    for report in quake[:2]:
        stories.assign(report)
    vocabulary = load_vocabulary()
    profile = profile_of(quake[2], vocabulary)
    hours = profile.hours or 0.0
    terms, day = (*profile.text, *profile.actors), int(hours // 24)
    probe = Probe(
        ("p:ملطيه", "t:quake:تركيا"), tuple((t, 5.0) for t in profile.title), 3, 200.0, hours
    )
    first = store.first_read(quake[2].id, None, terms, day, probe)
    assert first.rare == rarest(probe, first.frequencies, first.articles)
    keys = (*probe.keys, *(f"s:{t}" for t in first.rare))
    expected = store.candidates(keys, hours)
    assert first.candidates is not None
    assert first.candidates
    assert [(s.story_id, v) for s, v in first.candidates] == [(s.story_id, v) for s, v in expected]
    copied = store.first_read(quake[2].id, quake[0].id, terms, day, probe)
    assert (copied.copied, copied.candidates) == (quake[0].id, None)


STORY_CASES = [
    first_read_agrees_with_single_reads,
    first_read_with_a_probe_finds_the_candidates_of_the_rarest_keys,
    reports_of_one_quake_join_one_story,
    quake_in_another_city_starts_its_own_story,
    redelivered_article_keeps_its_story,
    copy_joins_story_of_its_original,
    headline_alone_starts_its_own_story,
]
