"""Word clusters distilled from the encoder: lookup, clitic fallback, subword fallback, the shipped file."""

import numpy

from services.enricher.vectors import WordClusters, clusters_from, shipped_clusters
from services.enricher.vectors_build import kmeans, nearest, stripped_forms
from shared.arabic import matching_form


def _clusters() -> WordClusters:
    pieces = ["\u2581بو", "تين", "\u2581لاف", "روف"]
    vectors = numpy.array([[1, 0], [1, 0], [0, 1], [0, 1]], dtype=numpy.float16)
    centroids = numpy.array([[1, 0], [0, 1]], dtype=numpy.float32)
    return clusters_from(["بوتين\t7", "عراق\t3", ""], pieces, vectors, centroids)


def test_a_word_is_found_as_written_then_without_its_clitics() -> None:
    clusters = _clusters()
    assert clusters.cluster("بوتين") == 7
    assert clusters.cluster("وبوتين") == 7
    assert clusters.cluster("وبالعراق") == 3


def test_an_unlisted_word_takes_the_centroid_nearest_its_subword_average() -> None:
    clusters = _clusters()
    assert clusters.cluster("لافروف") == 1  # لاف + روف, both near the second centroid
    assert clusters.cluster("بوتين") == 7  # listed words keep their own id
    assert clusters.cluster("zzz") is None  # no Arabic piece spells it


def test_clitic_stripped_forms_join_the_vocabulary() -> None:
    assert stripped_forms("وبالعراق") == ["وبالعراق", "بالعراق", "العراق", "عراق"]


def test_kmeans_finds_two_obvious_groups() -> None:
    x = numpy.array([[0, 0], [0, 0.1], [5, 5], [5, 5.1]], dtype=numpy.float32)
    labels = nearest(x, kmeans(x, 2, iterations=5, seed=1))
    assert labels[0] == labels[1] != labels[2] == labels[3]


def test_the_shipped_clusters_cover_the_vocabulary_and_fall_back_for_unseen_forms() -> None:
    clusters = shipped_clusters()
    assert len(clusters.clusters) > 200_000
    assert len(clusters.centroids) == 1024
    unseen = matching_form("فلبوتين")  # no list has it: ف + ل + بوتين
    assert unseen not in clusters.clusters
    assert clusters.cluster(unseen) is not None
