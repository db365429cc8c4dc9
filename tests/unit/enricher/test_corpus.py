"""Reading the IOB2 corpora and folding their labels."""

from pathlib import Path

import spacy

from services.enricher.corpus import (
    ANERCORP_LABELS,
    NEWSFANE_LABELS,
    coarse_tags,
    mention_counts,
    mostly_untagged,
    read_conll,
    split_train_dev,
    to_docs,
    write_conll,
)


def test_read_conll_strips_marks_and_splits_sentences(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(
        "\u200eبوتين\tB-Politician\n\u200eفي\tO\n\n\u200eموسكو\tB-Population-Center\n",
        encoding="utf-8",
    )
    assert read_conll(path) == [
        [("بوتين", "B-Politician"), ("في", "O")],
        [("موسكو", "B-Population-Center")],
    ]


def test_coarse_tags_map_pers_to_per() -> None:
    sentence = [("سيرغي", "B-PERS"), ("لافروف", "I-PERS"), ("قال", "O")]
    assert coarse_tags(sentence, ANERCORP_LABELS) == ["B-PER", "I-PER", "O"]


def test_coarse_tags_fold_newsfane_classes_and_drop_unmapped_ones() -> None:
    sentence = [("بوتين", "B-Politician"), ("كتاب", "B-Book"), ("موسكو", "B-Population-Center")]
    assert coarse_tags(sentence, NEWSFANE_LABELS) == ["B-PER", "O", "B-LOC"]


def test_docs_carry_entities() -> None:
    docs = to_docs(spacy.blank("ar").vocab, [[("زار", "O"), ("لبنان", "B-LOC")]], ANERCORP_LABELS)
    assert [(e.text, e.label_) for e in docs[0].ents] == [("لبنان", "LOC")]


def test_unmapped_newsfane_classes_can_be_left_unannotated_instead_of_o() -> None:
    sentence = [("بوتين", "B-Politician"), ("الحرب", "B-Book"), ("والسلام", "I-Book"), ("في", "O")]
    vocab = spacy.blank("ar").vocab
    plain = to_docs(vocab, [sentence], NEWSFANE_LABELS)[0]
    missing = to_docs(vocab, [sentence], NEWSFANE_LABELS, unmapped_missing=True)[0]
    assert [t.ent_iob_ for t in plain] == ["B", "O", "O", "O"]
    assert [t.ent_iob_ for t in missing] == ["B", "", "", "O"]


def test_split_keeps_order_and_gives_dev_the_tail() -> None:
    sentences = [[(f"w{i}", "O")] for i in range(100)]
    train, dev = split_train_dev(sentences)
    assert train + dev == sentences
    assert len(dev) == 10


def test_mention_counts_count_whole_entities_by_label() -> None:
    sentences = [
        [("سيرغي", "B-PERS"), ("لافروف", "I-PERS"), ("في", "O"), ("موسكو", "B-LOC")],
        [("موسكو", "B-LOC"), ("ولبنان", "B-LOC")],
    ]
    assert mention_counts(sentences) == {
        ("سيرغي لافروف", "PER"): 1,
        ("موسكو", "LOC"): 2,
        ("ولبنان", "LOC"): 1,
    }


def test_mostly_untagged_finds_words_that_are_rarely_entities() -> None:
    sentences = [[("الأمل", "O")], [("الأمل", "O")], [("الأمل", "B-ORG")], [("لبنان", "B-LOC")]]
    assert mostly_untagged(sentences, str) == {"الأمل"}


def test_write_conll_round_trips(tmp_path: Path) -> None:
    sentences = [[("زار", "O"), ("لبنان", "B-LOC")], [("قال", "O")]]
    write_conll(sentences, tmp_path / "out.txt")
    assert read_conll(tmp_path / "out.txt") == sentences
