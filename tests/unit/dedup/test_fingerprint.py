"""Content hash, shingles, MinHash and bands."""

import numpy as np
import pytest

from services.dedup.fingerprint import (
    BANDS,
    NUM_PERM,
    body_fingerprint,
    containment,
    content_hash,
    estimated_jaccard,
    jaccard,
    title_fingerprint,
    word_shingles,
    words,
)
from tests.unit.dedup.factories import BODY, OTHER_BODY


@pytest.mark.parametrize(
    "variant",
    [
        BODY.replace(" ", "   "),
        BODY.replace("الروسي", "الروسیُ"),  # Farsi yeh and a damma
        BODY.replace("الخارجية", "الخارجیة").replace("ركزت", "رکزت"),
        "\n\n" + BODY + "  \n",
    ],
    ids=["spaces", "farsi-and-diacritic", "farsi-letters", "surrounding-newlines"],
)
def test_content_hash_ignores_what_matching_form_folds(variant: str) -> None:
    assert content_hash(variant) == content_hash(BODY)


def test_content_hash_differs_when_a_word_changes() -> None:
    assert content_hash(BODY.replace("الاثنين", "الثلاثاء")) != content_hash(BODY)


def test_word_shingles_of_a_short_text_is_one_shingle() -> None:
    assert word_shingles(["وزير", "الخارجية"], k=3).size == 1


def test_word_shingles_are_unique() -> None:
    shingles = word_shingles(words("قال قال قال قال قال"), k=3)
    assert shingles.size == 1


def test_signature_has_one_value_per_permutation_and_bands_cover_it() -> None:
    fp = body_fingerprint(BODY)
    assert fp.signature.shape == (NUM_PERM,)
    assert len(fp.bands) == BANDS


def test_signature_is_deterministic() -> None:
    assert np.array_equal(body_fingerprint(BODY).signature, body_fingerprint(BODY).signature)


def test_estimated_jaccard_is_close_to_exact_jaccard() -> None:
    edited = BODY.rsplit(".", 2)[0] + "."
    a, b = body_fingerprint(BODY), body_fingerprint(edited)
    assert abs(estimated_jaccard(a.signature, b.signature) - jaccard(a.shingles, b.shingles)) < 0.12


def test_different_articles_are_far_apart() -> None:
    a, b = body_fingerprint(BODY), body_fingerprint(OTHER_BODY)
    assert estimated_jaccard(a.signature, b.signature) < 0.1


def test_containment_is_one_for_a_text_inside_another() -> None:
    part = body_fingerprint(BODY.split(".")[0])
    whole = body_fingerprint(BODY)
    assert containment(part.shingles, whole.shingles) == 1.0
    assert jaccard(part.shingles, whole.shingles) < 0.5


def test_title_with_one_word_dropped_stays_close() -> None:
    a = title_fingerprint("لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب")
    b = title_fingerprint("لافروف وروبيو يبحثان تفاهمات بوتين وترامب")
    assert estimated_jaccard(a.signature, b.signature) > 0.6


def test_empty_text_has_an_empty_fingerprint() -> None:
    assert body_fingerprint("  ").is_empty
