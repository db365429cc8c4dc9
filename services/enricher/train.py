"""Train the Khabar NER pipeline: `uv run python -m services.enricher.train`.

Builds train/dev DocBins from the ANERcorp CAMeL train file (first 90% / last 10%; the test file is
never read here), optionally adds NewsFANE train, trains with ner.cfg (fixed seed), adds the
gazetteer EntityRuler, writes the model to services/enricher/model/ with its licence note, then
scores it on the ANERcorp test file.
"""

import argparse
import logging
import shutil
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.language import Language
from spacy.tokens import DocBin

import services.enricher.components  # noqa: F401  (registers the custom spaCy parts)
from services.enricher.corpus import (
    ANERCORP_LABELS,
    NEWSFANE_LABELS,
    read_conll,
    split_train_dev,
    to_docs,
)
from services.enricher.gazetteer import load_patterns
from services.evaluation.ner import evaluate_ner
from services.evaluation.report import render

HERE = Path(__file__).parent
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"  # shared/ sits beside the repo
CONFIG = HERE / "ner.cfg"
MODEL_DIR = HERE / "model"
NOTICE = HERE / "model_notice.md"
log = logging.getLogger("khabar.train")


def build_corpora(data: Path, work: Path, with_newsfane: bool) -> tuple[Path, Path]:
    """Write train.spacy and dev.spacy under `work`; return their paths."""
    vocab = spacy.blank("ar").vocab
    sentences = read_conll(data / "ner/anercorp_camel/ANERCorp_CamelLab_train.txt")
    train, dev = split_train_dev(sentences)
    train_docs = to_docs(vocab, train, ANERCORP_LABELS)
    if with_newsfane:
        newsfane = read_conll(data / "ner/newsfane_gold/NewsFANE_Gold_train.txt")
        train_docs += to_docs(vocab, newsfane, NEWSFANE_LABELS)
    work.mkdir(parents=True, exist_ok=True)
    paths = work / "train.spacy", work / "dev.spacy"
    DocBin(docs=train_docs).to_disk(paths[0])
    DocBin(docs=to_docs(vocab, dev, ANERCORP_LABELS)).to_disk(paths[1])
    return paths


def add_gazetteer(nlp: Language, gazetteer_dir: Path) -> None:
    """Add the EntityRuler after the NER: it only fills spans the model left empty."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        after="ner",
        config={"phrase_matcher_attr": "NORM", "overwrite_ents": False},
    )
    ruler.add_patterns(load_patterns(gazetteer_dir))  # type: ignore[attr-defined]


def main() -> None:
    """Parse arguments, train, package and score the model."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--work", type=Path, default=Path("var/ner"))
    parser.add_argument("--output", type=Path, default=MODEL_DIR)
    parser.add_argument("--newsfane", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--max-epochs", type=int, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    train_path, dev_path = build_corpora(args.data, args.work, args.newsfane)
    overrides: dict[str, object] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    spacy_train(CONFIG, args.work / "training", overrides=overrides)

    nlp = spacy.load(args.work / "training" / "model-best")
    add_gazetteer(nlp, args.data / "gazetteers")
    if args.output.exists():
        shutil.rmtree(args.output)
    nlp.to_disk(args.output)
    shutil.copy(NOTICE, args.output / "NOTICE.md")
    shutil.copy(
        args.data / "gazetteers/LICENSE.umpirsky-country-list.txt",
        args.output / "LICENSE.country-list.txt",
    )
    test_file = args.data / "ner/anercorp_camel/ANERCorp_CamelLab_test.reconstructed.txt"
    log.info("%s", render(evaluate_ner(test_file, nlp)))


if __name__ == "__main__":
    main()
