"""NER scoring (seqeval-style exact match) and canonical-form accuracy."""

import json
from pathlib import Path

import pytest
import spacy

from services.enricher.canonical import InMemoryRegistry
from services.enricher.enrich import Enricher
from services.evaluation.ner import (
    READER_EXPECTED,
    evaluate_canonical,
    evaluate_enricher_ner,
    evaluate_ner,
    evaluate_reader_entities,
    gold_spans,
    group_articles,
    score_spans,
    snap_to_tokens,
)
from shared.arabic import matching_form
from shared.contracts import Article, Role


def test_gold_spans_are_character_offsets_in_the_joined_sentence() -> None:
    tokens = ["قال", "سيرغي", "لافروف", "في", "موسكو"]
    tags = ["O", "B-PER", "I-PER", "O", "B-LOC"]
    text = " ".join(tokens)
    spans = gold_spans(tokens, tags)
    assert {(text[s:e], label) for s, e, label in spans} == {
        ("سيرغي لافروف", "PER"),
        ("موسكو", "LOC"),
    }


def test_two_adjacent_entities_stay_apart() -> None:
    assert gold_spans(["مصر", "سوريا"], ["B-LOC", "B-LOC"]) == {(0, 3, "LOC"), (4, 9, "LOC")}


def test_a_partial_match_counts_as_a_miss_and_a_false_alarm() -> None:
    gold = {(4, 16, "PER")}
    predicted = {(10, 16, "PER")}
    metrics = {m.name: m for m in score_spans([(gold, predicted)])}
    assert metrics["F1 PER"].value == 0.0
    assert metrics["F1 micro"].value == 0.0


def test_micro_and_macro_f1() -> None:
    gold = {(0, 3, "LOC"), (4, 9, "LOC"), (10, 15, "PER")}
    predicted = {(0, 3, "LOC"), (10, 15, "ORG")}
    metrics = {m.name: m.value for m in score_spans([(gold, predicted)])}
    assert metrics["precision micro"] == 0.5
    assert metrics["recall micro"] == 1 / 3
    assert metrics["F1 LOC"] == 2 / 3
    assert metrics["F1 macro"] == (2 / 3) / 4


def _rule_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("ar")
    nlp.add_pipe("khabar_arabic_features")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "NORM"})
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "LOC", "pattern": "موسكو"},
            {"label": "PER", "pattern": matching_form("سيرغي لافروف")},
            {"label": "PER", "pattern": matching_form("سيرجي لافروف")},
            {"label": "PER", "pattern": "لافروف"},
        ]
    )
    return nlp


def test_evaluate_ner_scores_a_pipeline_on_an_iob_file(tmp_path: Path) -> None:
    test_file = tmp_path / "test.txt"
    test_file.write_text(
        "قال O\nسيرغي B-PERS\nلافروف I-PERS\nفي O\nموسكو B-LOC\n\nبكين B-LOC\n", encoding="utf-8"
    )
    metrics = {m.name: m.value for m in evaluate_ner(test_file, _rule_pipeline())}
    assert metrics["precision micro"] == 1.0
    assert metrics["recall micro"] == 2 / 3


def test_evaluate_canonical_counts_variants_that_reach_the_canonical_form(tmp_path: Path) -> None:
    truth = tmp_path / "truth.json"
    expected = [
        {
            "canonical": "سيرغي لافروف",
            "label": "PER",
            "variants": ["سيرغي لافروف", "سيرجي لافروف", "لافروف"],
        },
    ]
    truth.write_text(json.dumps({"entities_expected": expected}), encoding="utf-8")
    enricher = Enricher(_rule_pipeline(), InMemoryRegistry())
    metrics = {m.name: m.value for m in evaluate_canonical(truth, enricher)}
    assert metrics["canonical form accuracy"] == 1.0
    assert metrics["same entity_id accuracy"] == 1.0
    assert metrics["found and canonical in a sentence"] == 1.0


def test_a_span_is_widened_to_the_whitespace_tokens_it_touches() -> None:
    text = "التقى وبوتين لافروف"
    start = text.index("بوتين")
    assert snap_to_tokens(text, start, start + len("بوتين")) == (6, 12)
    assert snap_to_tokens(text, start, start + 2) == (6, 12)
    assert snap_to_tokens(text, 0, 5) == (0, 5)


def test_datelines_open_articles_and_numbered_lines_do_not() -> None:
    sentences = [
        [("عمان", "B-LOC"), ("-", "O"), ("قال", "O")],
        [("1", "O"), ("-", "O"), ("الأول", "O")],
        [("واشنطن", "B-LOC"), ("-", "O"), ("رويترز", "B-ORG")],
        [("وقال", "O"), ("بوش", "B-PERS")],
    ]
    assert [len(a) for a in group_articles(sentences)] == [2, 2]
    assert [len(a) for a in group_articles([sentences[3]] * 7, longest=3)] == [3, 3, 1]


def test_enricher_is_scored_on_whole_articles_with_clitics_inside_gold_tokens(
    tmp_path: Path,
) -> None:
    # The article-level pass tags the second, bare "لافروف" after the ruler found the full name,
    # and "ولافروف" is one gold token: the enricher's clitic-free span still counts as a hit.
    test_file = tmp_path / "test.txt"
    test_file.write_text(
        "موسكو B-LOC\n- O\nقال O\nسيرغي B-PERS\nلافروف I-PERS\n\n"
        "وأضاف O\nولافروف B-PERS\nفي O\nبكين B-LOC\n",
        encoding="utf-8",
    )
    enricher = Enricher(_rule_pipeline(), InMemoryRegistry())
    metrics = {m.name: m for m in evaluate_enricher_ner(test_file, enricher)}
    assert metrics["precision micro"].value == 1.0
    assert metrics["recall micro"].value == 3 / 4
    assert metrics["F1 micro"].part == "enricher"


def test_reader_facets_are_scored_against_the_hand_made_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Expected: لافروف's full name, موسكو and بكين; the page shows بودابست as an organisation
    # (wrong: no entry accepts it) and misses بكين, which no pattern knows.
    monkeypatch.setitem(
        READER_EXPECTED,
        "page",
        [("PER", "سيرغي لافروف|سيرجي لافروف"), ("LOC", "موسكو"), ("LOC", "بكين")],
    )
    nlp = _rule_pipeline()
    nlp.get_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "بودابست"}])  # type: ignore[attr-defined]
    body = "قال سيرغي لافروف في موسكو ثم في بكين وبعدها في بودابست"
    article = Article(
        id="0" * 16 + "-000", bundle_id="0" * 16, position=0, role=Role.MAIN, body=body
    )
    metrics = {
        m.name: m
        for m in evaluate_reader_entities({"page": [article]}, Enricher(nlp, InMemoryRegistry()))
    }
    assert metrics["facets recall"].value == 2 / 3
    assert "LOC:بكين" in metrics["facets recall"].detail
    assert metrics["facets precision"].value == 2 / 3
    assert "ORG:بودابست" in metrics["facets precision"].detail
