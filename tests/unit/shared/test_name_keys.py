"""Name-like words and their phonetic keys: what the index's name_keys field holds."""

import pytest

from shared.name_keys import entity_words, name_forms
from shared.phonetic import phonetic_key


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("ترامب", "ترمب"),
        ("ترامب", "ترامپ"),
        ("سيرغي", "سيرجي"),
        ("بيونغ يانغ", "بيونج يانج"),
        ("لافروف", "لافروڤ"),
    ],
    ids=["long-vowel", "farsi-peh", "ghain-jeem", "two-words", "farsi-veh"],
)
def test_transliterations_share_a_key(left: str, right: str) -> None:
    assert phonetic_key(left) == phonetic_key(right)


def test_rare_names_get_a_key_and_common_words_none() -> None:
    found = name_forms(["قال ترمب إن حريق المصنع كبير وإن الكتاب صدر"])
    assert found == {"ترمب": {"ترمب"}}


def test_a_common_word_the_article_names_as_an_entity_gets_a_key() -> None:
    text = ["أعلن ترامب أن بيونغ يانغ أطلقت صاروخا"]
    assert "ينك" not in name_forms(text)
    found = name_forms(text, entity_words(["ترامب", "بيونغ يانغ"]))
    assert found["ترمب"] == {"ترامب"}
    assert found["ينك"] == {"يانغ"}


def test_spellings_keep_their_letters_with_clitics_off() -> None:
    found = name_forms(["وترمب وللافروف"], entity_words(["لافروف"]))
    assert found["ترمب"] == {"ترمب"}
    assert found["لفرف"] == {"لافروف"}


def test_a_preposition_is_cut_only_toward_a_name_the_article_knows() -> None:
    # بلاده is a common word; لترمب is ل + a name only when the article names ترمب.
    assert "لد" not in name_forms(["في بلاده"])
    assert "ترمب" not in name_forms(["لترمب"])
    assert "ترمب" in name_forms(["لترمب"], entity_words(["دونالد ترمب"]))


def test_gazetteer_places_are_names_whatever_their_frequency() -> None:
    assert name_forms(["زار روسيا"]) == {"رس": {"روسيا"}}


def test_a_capitalized_latin_name_gets_the_keys_arabic_would_write_it_with() -> None:
    found = name_forms(["أطلقت شركة Nvidia رقائق جديدة مع The Verge"])
    assert found["نفد"] == {"Nvidia"}
    assert found["انفد"] == {"Nvidia"}
    assert not any("The" in spellings for spellings in found.values())


def test_a_word_in_a_names_place_is_a_name_however_common() -> None:
    found = name_forms(["أعلن تطبيق واتساب ميزة", "قال الرئيس الأمريكي ترامب إن"])
    assert found["وتسب"] == {"واتساب"}
    assert found["ترمب"] == {"ترامب"}
    # A very common word in that place is no name (تطبيق جديد).
    assert "كدد" not in name_forms(["أطلقت تطبيق جديد"])


def test_short_names_written_apart_also_get_the_key_of_the_two_joined() -> None:
    found = name_forms(["أطلقت منصة تيك توك متجرا"])
    assert found[phonetic_key("تيكتوك")] == {"تيك توك"}
    found = name_forms(["أطلقت بيونغ يانغ صاروخا"], entity_words(["بيونغ يانغ"]))
    assert found[phonetic_key("بيونغيانغ")] == {"بيونغ يانغ"}
