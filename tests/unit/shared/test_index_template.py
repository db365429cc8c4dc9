"""The index template per alias and the versioned index names behind it."""

from services.indexer.reindex import next_version
from shared.index_template import index_version, load_template, template_for, versioned_index


def test_template_applies_to_the_alias_indices_only() -> None:
    assert template_for("khabar-articles")["index_patterns"] == ["khabar-articles-*"]


def test_more_specific_alias_gets_higher_priority_so_templates_never_tie() -> None:
    general = template_for("khabar-articles")["priority"]
    specific = template_for("khabar-articles-t1")["priority"]
    assert specific > general


def test_index_is_strict_so_unmapped_fields_fail_loudly() -> None:
    assert load_template()["template"]["mappings"]["dynamic"] == "strict"


def test_versioned_names_round_trip() -> None:
    assert versioned_index("khabar-articles", 3) == "khabar-articles-v3"
    assert index_version("khabar-articles", "khabar-articles-v3") == 3
    assert index_version("khabar-articles", "khabar-articles-t1-v3") is None


def test_next_version_follows_the_highest_existing_one() -> None:
    names = ["a-v1", "a-v10", "a-v2", "a-old", "b-v40"]
    assert next_version("a", names) == 11
    assert next_version("a", []) == 1
