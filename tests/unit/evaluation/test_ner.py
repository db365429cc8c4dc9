"""NER scoring (seqeval-style exact match) and canonical-form accuracy."""

import json
from pathlib import Path

import spacy

from services.enricher.canonical import InMemoryRegistry
from services.enricher.enrich import Enricher
from services.evaluation.ner import evaluate_canonical, evaluate_ner, gold_spans, score_spans
from shared.arabic import matching_form


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
