"""Story ids from entities, words and dates: stable, incremental, first article names the story."""

from datetime import datetime

import pytest

from services.dedup.stories import InMemoryStoryStore, StoryAssigner, profile_of, story_similarity
from services.evaluation.dedup import evaluate_stories
from shared.contracts import Entity
from tests.unit.dedup.factories import OTHER_BODY, article_id, entity, make_article, make_headline
from tests.unit.dedup.seed_story import TRUTH, seed_articles

CALL = [
    *entity("PER:لافروف", count=3),
    *entity("PER:روبيو", count=3),
    *entity("PER:بوتين", count=2),
    *entity("PER:ترامب", count=2),
    *entity("LOC:موسكو", "LOC"),
    *entity("LOC:واشنطن", "LOC"),
]
OTHER_REPORT = (
    "بحث وزيرا الخارجية الروسي والأميركي في اتصال هاتفي التحضيرات للقمة المرتقبة بين "
    "الرئيسين، وقالت الخارجية الروسية إن الاتصال كان بناء وتناول العلاقات الثنائية."
)
# Background two reports of different events can share word for word, after their ledes.
BACKGROUND = (
    "وتأتي هذه التطورات في ظل الحرب الدائرة في أوكرانيا منذ فبراير شباط عام ألفين واثنين "
    "وعشرين، والعقوبات الغربية المتلاحقة على موسكو التي طالت قطاعات الطاقة والمصارف "
    "والتكنولوجيا، وتعثر مسارات التفاوض السابقة في إسطنبول وجنيف والرياض، ومخاوف العواصم "
    "الأوروبية من اتساع رقعة المواجهة وانعكاساتها على إمدادات الغاز والحبوب وأسعار الغذاء."
)
CALL_LEDE = (
    "أجرى وزير الخارجية الروسي سيرغي لافروف اليوم الاثنين اتصالا هاتفيا مع نظيره الأمريكي "
    "ماركو روبيو بحثا خلاله التحضير للقمة المرتقبة بين الرئيسين فلاديمير بوتين ودونالد ترامب. "
)
VISIT_LEDE = (
    "وصل الرئيس الروسي فلاديمير بوتين اليوم الاثنين إلى نيودلهي في زيارة رسمية يلتقي خلالها "
    "رئيس الوزراء ناريندرا مودي لبحث صفقات النفط والسلاح، يرافقه وزير الخارجية سيرغي لافروف. "
)
GULF: list[Entity] = [*entity("LOC:الرياض", "LOC", 2), *entity("ORG:الجامعة", "ORG")]


@pytest.fixture
def stories() -> StoryAssigner:
    return StoryAssigner(InMemoryStoryStore())


def test_stories_second_report_of_event_joins_first(stories: StoryAssigner) -> None:
    stories.assign(make_article("a", entities=CALL))
    other = make_article("b", body=OTHER_REPORT, title="مباحثات روسية أميركية", entities=CALL[:-1])
    assert stories.assign(other) == article_id("a")


def test_stories_report_a_week_later_starts_new_story(stories: StoryAssigner) -> None:
    stories.assign(make_article("a", entities=CALL))
    late = make_article("b", body=OTHER_REPORT, entities=CALL, published_at=datetime(2025, 10, 28))
    assert stories.assign(late) == article_id("b")


def test_stories_one_shared_person_is_not_enough(stories: StoryAssigner) -> None:
    stories.assign(make_article("a", entities=CALL))
    other = make_article("b", body=OTHER_BODY, entities=[*entity("PER:ترامب"), *GULF])
    assert stories.assign(other) == article_id("b")


def test_stories_headline_alone_never_joins_by_names(stories: StoryAssigner) -> None:
    stories.assign(make_article("a", entities=CALL))
    headline = make_headline("h", "لافروف وروبيو وبوتين وترامب", entities=CALL)
    assert stories.assign(headline) == article_id("h")


def test_stories_copy_joins_story_of_its_original(stories: StoryAssigner) -> None:
    stories.assign(make_article("a", entities=CALL))
    assert stories.assign(make_article("b", entities=[]), copy_of=article_id("a")) == article_id(
        "a"
    )


def test_stories_id_never_changes_once_given(stories: StoryAssigner) -> None:
    first = stories.assign(make_article("b", body=OTHER_BODY, entities=GULF))
    stories.assign(make_article("a", entities=CALL))
    assert stories.assign(make_article("b", body=OTHER_BODY, entities=GULF)) == first


def test_stories_late_article_joins_the_story_with_most_support(stories: StoryAssigner) -> None:
    stories.assign(make_article("a", entities=CALL))
    stories.assign(make_article("b", body=OTHER_REPORT, entities=CALL))
    stories.assign(make_article("c", body=OTHER_BODY, entities=GULF))
    late = make_article("d", body=OTHER_REPORT + " " + OTHER_BODY, entities=CALL + GULF)
    assert stories.assign(late) == article_id("a")


def test_story_similarity_is_symmetric() -> None:
    a = profile_of(make_article("a", entities=CALL))
    b = profile_of(make_article("b", body=OTHER_REPORT, entities=CALL[2:]))
    assert story_similarity(a, b) == story_similarity(b, a)


def test_stories_on_sample_pages_group_the_three_reports_of_the_call() -> None:
    metrics = {m.name: m.value for m in evaluate_stories(seed_articles(), TRUTH)}
    assert metrics == {"B-cubed precision": 1.0, "B-cubed recall": 1.0, "story pairs found": 1.0}


def test_stories_compare_the_ledes_not_the_background_reports_share() -> None:
    call = profile_of(make_article("a", body=CALL_LEDE + BACKGROUND, entities=CALL))
    same_call = make_article("b", body=CALL_LEDE + OTHER_BODY, entities=CALL)
    visit = make_article("c", body=VISIT_LEDE + BACKGROUND, entities=CALL)
    # Same names in all three: only the words decide, and only the lede's words count.
    assert story_similarity(call, profile_of(same_call)) > story_similarity(call, profile_of(visit))


def test_a_name_in_the_lede_outweighs_one_more_mention_further_down() -> None:
    body = CALL_LEDE + BACKGROUND + " " + BACKGROUND
    deep = len(CALL_LEDE) + len(BACKGROUND) + 10
    lede_name = Entity(
        text="لافروف", label="PER", start=40, end=46, canonical="لافروف", entity_id="PER:لافروف"
    )
    deep_name = Entity(
        text="زيلينسكي",
        label="PER",
        start=deep,
        end=deep + 8,
        canonical="زيلينسكي",
        entity_id="PER:زيلينسكي",
    )
    article = make_article(
        "a", body=body, title="عنوان", entities=[lede_name, deep_name, deep_name]
    )
    assert profile_of(article).entity_ids[:2] == ("PER:لافروف", "PER:زيلينسكي")
