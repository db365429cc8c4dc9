"""Which query words are searched as names, under which key, with which other spellings."""

from typing import Any

from services.enricher.canonical import Canonicalizer, InMemoryRegistry
from shared.phonetic import phonetic_key
from shared.query import ENTITY_BOOST, FORMS_BOOST, NAME_BOOST, build_query
from shared.search_names import entity_ids, lookup_request, match_names, read_lookup


def _lookup(buckets: dict[str, int]) -> dict[str, Any]:
    rows = [{"key": key, "doc_count": count} for key, count in buckets.items()]
    return {"aggregations": {"forms": {"buckets": rows}}}


def test_lookup_asks_for_the_spellings_of_every_reading_of_the_words() -> None:
    request = lookup_request(["ترامب", "وبيونغ"])
    assert request is not None
    # وبيونغ is also read as و + بيونغ and و + ب + يونغ.
    assert request["query"] == {"terms": {"name_keys": ["بنك", "ترمب", "وبنك", "ينك"]}}
    assert request["aggs"]["forms"]["terms"]["include"] == r"(بنك|ترمب|وبنك|ينك)\|.*"
    assert lookup_request(["في"]) is None


def test_a_common_word_is_a_name_when_the_index_saw_it_written_as_one() -> None:
    seen = read_lookup(_lookup({"ترمب|ترامب": 12, "ترمب|ترمب": 3, "ترمب|ترامپ": 1}))
    found = match_names(["ترامب"], seen)
    assert found["ترامب"].key == "ترمب"
    assert found["ترامب"].also == ("ترمب", "ترامپ")


def test_a_common_word_the_index_never_saw_as_a_name_is_not_one() -> None:
    assert match_names(["حريق", "ترامب"], read_lookup(None)) == {}


def test_a_rare_word_is_a_name_without_asking_the_index() -> None:
    assert match_names(["ترمب"])["ترمب"].key == "ترمب"


def test_spellings_differing_only_in_alef_or_hamza_count_once() -> None:
    key = phonetic_key("أوباما")
    seen = read_lookup(_lookup({f"{key}|أوباما": 5, f"{key}|اوباما": 2}))
    assert match_names(["أوباما"], seen)["أوباما"].also == ()


def test_entity_ids_are_those_the_enricher_gives_the_first_spelling() -> None:
    canonicalizer = Canonicalizer(InMemoryRegistry())
    (lavrov,) = canonicalizer.resolve([("سيرغي لافروف", "PER")])
    assert lavrov.entity_id in entity_ids("سيرجي لافروف")


def test_other_spellings_and_forms_score_below_the_word_itself() -> None:
    words = build_query("ترمب")["bool"]["must"][0]["bool"]["should"][0]["bool"]["should"]
    term = next(c["term"]["name_keys"] for c in words if "term" in c)
    assert term == {"value": "ترمب", "boost": NAME_BOOST}
    forms = next(
        c["multi_match"]
        for c in words
        if "body.forms" in c.get("multi_match", {}).get("fields", [])
    )
    assert forms["boost"] == FORMS_BOOST
    assert max(NAME_BOOST, FORMS_BOOST, ENTITY_BOOST) < 1.0
