"""Which query words are searched as names, under which key, with which other spellings."""

from typing import Any

from shared.phonetic import phonetic_key
from shared.query import FORMS_BOOST, NAME_BOOST, build_query
from shared.search_names import NameMatch, lookup_request, match_names, read_lookup


def _lookup(buckets: dict[str, int]) -> dict[str, Any]:
    rows = [{"key": key, "doc_count": count} for key, count in buckets.items()]
    return {"aggregations": {"forms": {"buckets": rows}}}


def test_lookup_asks_for_the_spellings_of_every_reading_of_the_words() -> None:
    request = lookup_request(["ترامب", "وبيونغ"])
    assert request is not None
    # وبيونغ is also read as و + بيونغ and و + ب + يونغ; the two words joined key ترمبنك.
    keys = ["بنك", "ترمب", "ترمبنك", "وبنك", "ينك"]
    assert request["query"] == {"terms": {"name_keys": keys}}
    assert request["aggs"]["forms"]["terms"]["include"] == f"({'|'.join(keys)})\\|.*"
    assert lookup_request(["في"]) is None


def test_a_common_word_is_a_name_when_the_index_saw_it_written_as_one() -> None:
    seen = read_lookup(_lookup({"ترمب|ترامب": 12, "ترمب|ترمب": 3, "ترمب|ترامپ": 1}))
    found = match_names(["ترامب"], seen)
    assert found["ترامب"].keys == ("ترمب",)
    assert found["ترامب"].also == ("ترمب", "ترامپ")


def test_a_common_word_the_index_never_saw_as_a_name_is_not_one() -> None:
    assert match_names(["حريق", "ترامب"], read_lookup(None)) == {}


def test_a_common_word_is_not_read_as_a_clitic_and_a_name() -> None:
    # وكالة is not و + كالة, whose key كل is also Google's.
    seen = read_lookup(_lookup({"كل|غوغل": 4, "كل|كالة": 1}))
    assert match_names(["وكالة"], seen) == {}


def test_a_rare_word_is_a_name_without_asking_the_index() -> None:
    assert match_names(["ترمب"])["ترمب"].keys == ("ترمب",)


def test_a_name_with_a_glued_clitic_is_searched_as_the_index_saw_it() -> None:
    seen = read_lookup(_lookup({"لفرف|لافروف": 4, "ترمب|ترامب": 3}))
    assert match_names(["ولافروف"], seen)["ولافروف"].keys == ("لفرف",)
    assert match_names(["لترامب"], seen)["لترامب"].keys == ("ترمب",)


def test_only_spellings_that_agree_with_the_word_are_searched() -> None:
    seen = read_lookup(_lookup({"بتن|بوتين": 5, "بتن|بوتن": 1, "بتن|البوتان": 2}))
    found = match_names(["بوتين"], seen)["بوتين"]
    assert found.terms == ("بتن|بوتين", "بتن|بوتن")
    assert found.also == ("بوتن",)


def test_two_common_spellings_agree_only_as_one_foreign_name() -> None:
    seen = read_lookup(_lookup({"حسن|حسن": 2, "حسن|حسين": 2, "كل|غوغل": 2, "كل|جوجل": 2}))
    assert match_names(["حسن"], seen)["حسن"].terms == ("حسن|حسن",)
    assert match_names(["غوغل"], seen)["غوغل"].terms == ("كل|غوغل", "كل|جوجل")


def test_a_latin_name_is_searched_under_the_keys_of_its_arabic_spellings() -> None:
    assert match_names(["Nvidia"])["Nvidia"].keys == ("نفد", "انفد")
    assert match_names(["the", "minister"]) == {}


def test_an_arabic_word_meets_a_latin_name_the_index_holds_under_its_key() -> None:
    seen = read_lookup(_lookup({"افن|iPhone": 3}))
    found = match_names(["آيفون"], seen)["آيفون"]
    assert found.keys == ("افن",)
    assert found.also == ("iPhone",)


def test_words_written_apart_are_searched_as_the_one_word_the_index_holds() -> None:
    seen = read_lookup(_lookup({"تكتك|TikTok": 2, "تك|طوكيو": 5}))
    found = match_names(["تيك", "توك"], seen)
    assert found["تيك"] == NameMatch("تيك", (), ("TikTok",), ("تكتك",), ("تكتك|TikTok",))
    assert found["توك"].terms == ("تكتك|TikTok",)


def test_spellings_differing_only_in_alef_or_hamza_count_once() -> None:
    key = phonetic_key("أوباما")
    seen = read_lookup(_lookup({f"{key}|أوباما": 5, f"{key}|اوباما": 2}))
    found = match_names(["أوباما"], seen)["أوباما"]
    assert found.also == ()
    assert found.terms == (f"{key}|أوباما", f"{key}|اوباما")


def _word_options(query: str) -> list[dict[str, Any]]:
    clause = build_query(query)["bool"]["must"][0]["bool"]["should"][0]["bool"]["should"]
    options: list[dict[str, Any]] = clause
    return options


def test_other_spellings_and_forms_score_below_the_word_itself() -> None:
    names = _word_options("ترمب")
    assert {"terms": {"name_keys": ["ترمب"], "boost": NAME_BOOST}} in names
    words = _word_options("حريق")
    forms = next(
        c["multi_match"]
        for c in words
        if "body.forms" in c.get("multi_match", {}).get("fields", [])
    )
    assert forms["boost"] == FORMS_BOOST
    assert max(NAME_BOOST, FORMS_BOOST) < 1.0


def test_a_name_is_matched_as_written_not_light_stemmed() -> None:
    # بوتين and بوتان share the light stem بوت.
    fields = {f for c in _word_options("ترمب") for f in c.get("multi_match", {}).get("fields", [])}
    assert fields == {"title.exact^3", "body.exact"}
