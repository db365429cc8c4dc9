"""Train the Khabar NER pipeline: `uv run python -m services.enricher.train` (`make train-ner`).

Splits the ANERcorp CAMeL train file into train and dev (first 90% / last 10%; the test file is
never read here), optionally adds NewsFANE train, trains with ner.cfg and the name lexicon (fixed
seed), adds the gazetteer EntityRuler after the NER, writes the model to services/enricher/model/
with its licence note, then scores it on the ANERcorp test file.

By default the shipped model learns from train and dev alike for ner.cfg's fixed number of epochs
and is taken as it ends (a tenth more text scored +0.01 test F1). `--hold-out-dev` trains on the
90% alone, keeps the checkpoint that scores best on dev and lets dev choose the ruler's place:
that is how the recipe was chosen (NOTES.md), and what an experiment should compare against.
"""

import argparse
import logging
import os
import shutil
from pathlib import Path
from typing import Literal, TypeAlias

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.tokens import DocBin

import services.enricher.components  # noqa: F401  (registers the custom spaCy parts)
from services.enricher.corpus import (
    ANERCORP_LABELS,
    NEWSFANE_LABELS,
    Sentence,
    mention_counts,
    mostly_untagged,
    read_conll,
    split_train_dev,
    to_docs,
    write_conll,
)
from services.enricher.gazetteer import Pattern, load_patterns
from services.evaluation.ner import evaluate_ner
from services.evaluation.report import render
from shared.arabic import matching_form

HERE = Path(__file__).parent
# shared/ sits beside the repo; KHABAR_SHARED overrides it (as for `make eval`).
DATA = (
    Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "data"
)
CONFIG = HERE / "ner.cfg"
MODEL_DIR = HERE / "model"
NOTICE = HERE / "model_notice.md"
log = logging.getLogger("khabar.train")
Place: TypeAlias = Literal["before", "after"]
# Held-out runs put the ruler after the NER (it fills the model's gaps); a model that has seen dev
# cannot choose again, so the full-data model keeps that place.
FULL_DATA_PLACE: Place = "after"
# With the lexicon TAG holds ~300 values, not ~20; dropout 0.2 scored best on dev with it.
NAME_LEXICON_OVERRIDES: dict[str, object] = {
    "components.khabar_arabic_features.name_lexicon": True,
    "components.tok2vec.model.embed.rows": [10000, 2000, 5000, 500, 10000, 1000],
    "training.dropout": 0.2,
}

# The encoder's word clusters (vectors.py) as one more embedded attribute, MORPH.
WORD_CLUSTER_OVERRIDES: dict[str, object] = {
    "components.khabar_arabic_features.word_clusters": True,
    "components.tok2vec.model.embed.attrs": [
        "NORM",
        "PREFIX",
        "SUFFIX",
        "SHAPE",
        "LEMMA",
        "TAG",
        "MORPH",
    ],
    "components.tok2vec.model.embed.rows": [10000, 2000, 5000, 500, 10000, 1000, 2000],
}


def build_corpora(
    data: Path, work: Path, with_newsfane: bool, hold_out_dev: bool = True
) -> tuple[Path, Path]:
    """Write train.spacy and dev.spacy under `work`; return their paths.

    Without `hold_out_dev` the dev sentences are in train.spacy too: dev.spacy then only shows
    progress while training, it measures nothing.
    """
    vocab = spacy.blank("ar").vocab
    sentences = read_conll(data / "ner/anercorp_camel/ANERCorp_CamelLab_train.txt")
    train, dev = split_train_dev(sentences)
    train_docs = to_docs(vocab, train if hold_out_dev else train + dev, ANERCORP_LABELS)
    if with_newsfane:
        newsfane = read_conll(data / "ner/newsfane_gold/NewsFANE_Gold_train.txt")
        train_docs += to_docs(vocab, newsfane, NEWSFANE_LABELS, unmapped_missing=True)
    work.mkdir(parents=True, exist_ok=True)
    paths = work / "train.spacy", work / "dev.spacy"
    DocBin(docs=train_docs).to_disk(paths[0])
    DocBin(docs=to_docs(vocab, dev, ANERCORP_LABELS)).to_disk(paths[1])
    return paths


def add_gazetteer(nlp: Language, patterns: list[Pattern], place: Place) -> None:
    """Add the EntityRuler before the NER (which then keeps its spans) or after it (fills gaps)."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        **{place: "ner"},  # type: ignore[arg-type]
        config={"phrase_matcher_attr": "NORM", "overwrite_ents": False},
    )
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]


def _dev_f1(checkpoint: Path, patterns: list[Pattern], place: Place, dev_file: Path) -> float:
    nlp = spacy.load(checkpoint)
    add_gazetteer(nlp, patterns, place)
    return next(m.value for m in evaluate_ner(dev_file, nlp) if m.name == "F1 micro")


def _best_place(checkpoint: Path, train: list[Sentence], dev: list[Sentence], data: Path) -> Place:
    """Where the gazetteer scores best on dev, with dev mentions held out of its patterns."""
    dev_file = checkpoint.parent / "dev.conll"
    write_conll(dev, dev_file)
    patterns = load_patterns(
        data / "gazetteers", mention_counts(train), risky=mostly_untagged(train, matching_form)
    )
    places: tuple[Place, Place] = ("before", "after")
    scores = {where: _dev_f1(checkpoint, patterns, where, dev_file) for where in places}
    log.info("dev F1 micro with the gazetteer %s", scores)
    return places[0] if scores[places[0]] > scores[places[1]] else places[1]


def package(checkpoint: Path, output: Path, data: Path, place: Place | None = None) -> None:
    """Add the gazetteer (where it scores best on dev unless `place` is given), write the model
    with its licences, score it on the test file."""
    train, dev = split_train_dev(
        read_conll(data / "ner/anercorp_camel/ANERCorp_CamelLab_train.txt")
    )
    where = place or _best_place(checkpoint, train, dev, data)
    # Placement is chosen with dev mentions held out; the shipped ruler knows the whole train file.
    risky = mostly_untagged(train + dev, matching_form)
    patterns = load_patterns(data / "gazetteers", mention_counts(train + dev), risky=risky)
    nlp = spacy.load(checkpoint)
    add_gazetteer(nlp, patterns, where)
    if output.exists():
        shutil.rmtree(output)
    nlp.to_disk(output)
    shutil.copy(NOTICE, output / "NOTICE.md")
    shutil.copy(
        data / "gazetteers/LICENSE.umpirsky-country-list.txt", output / "LICENSE.country-list.txt"
    )
    test_file = data / "ner/anercorp_camel/ANERCorp_CamelLab_test.reconstructed.txt"
    log.info("%s", render(evaluate_ner(test_file, nlp)))


def main() -> None:
    """Parse arguments, train, package and score the model."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=DATA, help="../shared/data (default: %(default)s)"
    )
    parser.add_argument(
        "--work", type=Path, default=Path("var/ner"), help="corpora and checkpoints (%(default)s)"
    )
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="where the model goes")
    parser.add_argument(
        "--newsfane",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="add NewsFANE Gold train (scored lower on test; NOTES.md)",
    )
    parser.add_argument("--max-epochs", type=int, default=None, help="override ner.cfg's 8")
    parser.add_argument(
        "--name-lexicon",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="embed the name lexicon's marks (services/enricher/lexicon) in TAG (default: on)",
    )
    parser.add_argument(
        "--word-clusters",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="embed the encoder's word clusters (services/enricher/vectors) as MORPH (default: on)",
    )
    parser.add_argument(
        "--hold-out-dev",
        action="store_true",
        help="train on 90%% of the train file and keep the checkpoint that scores best on the rest",
    )
    parser.add_argument(
        "--package-only",
        action="store_true",
        help="skip training; ship the checkpoint already under --work",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    if not args.package_only:
        train_path, dev_path = build_corpora(
            args.data, args.work, args.newsfane, hold_out_dev=args.hold_out_dev
        )
        overrides: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
        if args.max_epochs is not None:
            overrides["training.max_epochs"] = args.max_epochs
        if args.name_lexicon:
            overrides.update(NAME_LEXICON_OVERRIDES)
        if args.word_clusters:
            overrides.update(WORD_CLUSTER_OVERRIDES)
            if not args.name_lexicon:
                overrides["components.tok2vec.model.embed.rows"] = [
                    10000,
                    2000,
                    5000,
                    500,
                    10000,
                    100,
                    2000,
                ]
        spacy_train(CONFIG, args.work / "training", overrides=overrides)
    checkpoint = args.work / "training" / ("model-best" if args.hold_out_dev else "model-last")
    if not (checkpoint / "config.cfg").exists():
        raise SystemExit(
            f"no trained checkpoint at {checkpoint}: train first (drop --package-only), "
            "with the same --work and --hold-out-dev as the run you mean to package"
        )
    place = None if args.hold_out_dev else FULL_DATA_PLACE
    package(checkpoint, args.output, args.data, place)


if __name__ == "__main__":
    main()
