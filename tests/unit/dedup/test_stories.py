"""Story ids across outlets: one story per event, stable ids, look-alike events kept apart."""

from collections.abc import Callable

import pytest

from services.dedup.stories import InMemoryStoryStore, StoryAssigner, StoryStore
from services.dedup.story_events import load_reports
from services.dedup.story_model import FEATURES, PairModel, load_model
from services.dedup.story_profile import lede_of, profile_of
from services.dedup.terms import tokens
from services.evaluation.dedup import evaluate_stories
from tests.unit.dedup.seed_story import TRUTH, seed_articles
from tests.unit.dedup.story_reports import reports_of
from tests.unit.dedup.story_store_cases import STORY_CASES


@pytest.mark.parametrize("case", STORY_CASES, ids=[c.__name__ for c in STORY_CASES])
def test_in_memory_story_store(case: Callable[[StoryStore], None]) -> None:
    case(InMemoryStoryStore())


@pytest.mark.parametrize(
    ("event", "look_alike"),
    [
        ("a-fire-tetouan", "a-fire-latakia"),
        ("a-dust-kuwait", "a-heat-kuwait"),
        ("a-collapse-alexandria", "a-fire-alexandria"),
        ("a-snow-zahle", "a-fire-zahle"),
        ("b-agreement-basra-solar", "b-protest-basra-power"),
    ],
    ids=[
        "fire-in-another-country",
        "same-city-another-day",
        "same-city-other-disaster",
        "fire-in-a-snow-struck-town",
        "protest-over-what-a-contract-names",
    ],
)
def test_stories_keep_a_look_alike_event_apart(event: str, look_alike: str) -> None:
    stories = StoryAssigner(InMemoryStoryStore())
    first = {stories.assign(a) for a in reports_of(event)}
    assert not first & {stories.assign(a) for a in reports_of(look_alike)}


def test_profile_finds_place_country_and_event_type_of_a_quake_report() -> None:
    profile = profile_of(reports_of("a-quake-malatya")[0])
    assert (
        profile.places[0],
        profile.countries[0],
        profile.types[0],
    ) == ("ملطية", "تركيا", "quake")


def test_profile_matches_a_spelling_variant_of_the_place() -> None:
    variant = reports_of("a-quake-malatya")[-1].model_copy(
        update={"title": "زلزال مالاطيا", "body": "ضرب زلزال ولاية مالاطيا فجر الثلاثاء."}
    )
    assert profile_of(variant).places == ("ملطية",)


def _tokens_apart(title: str, lede: str, keywords: str) -> tuple[list[str], list[str]]:
    """tokens() of the joined text, and of its parts joined (profile_of reads the parts)."""
    apart = tokens(title) + tokens(lede) + tokens(keywords)
    return tokens(f"{title}\n{lede}\n{keywords}"), apart


def test_profile_tokens_of_title_and_lede_apart_are_those_of_the_text_they_make() -> None:
    for report in load_reports():
        article = report.article
        joined, apart = _tokens_apart(
            article.title or "", lede_of(article.body), " ، ".join(article.keywords)
        )
        assert joined == apart, article.id


@pytest.mark.parametrize(
    ("title", "lede"),
    [
        ("زلزال بقوة 5.6 درجة\u0640", "\u064bضرب زلزال\u200d ولاية ملطية"),
        ("الدار", "البيضاء تشهد\u00a0 أمطارا"),
        ("", "   "),
    ],
    ids=["tatweel-then-diacritic-and-joiner", "place-across-the-break", "empty"],
)
def test_profile_tokens_apart_at_edges_of_the_line_break(title: str, lede: str) -> None:
    joined, apart = _tokens_apart(title, lede, "زلزال ، تركيا")
    assert joined == apart


def test_shipped_model_reads_with_todays_features() -> None:
    model = load_model()
    assert len(model.coefficients) == len(FEATURES)
    assert 0.5 <= model.threshold < 1.0


def test_model_round_trips_through_json() -> None:
    model = PairModel(tuple(float(i) for i in range(len(FEATURES))), -1.0, 0.7)
    assert PairModel.from_json(model.to_json()) == model


def test_stories_on_sample_pages_group_the_three_reports_of_the_call() -> None:
    metrics = {m.name: m.value for m in evaluate_stories(seed_articles(), TRUTH)}
    assert metrics == {"B-cubed precision": 1.0, "B-cubed recall": 1.0, "story pairs found": 1.0}
