"""Pure fingerprints of a text: content hash, word and character shingles, MinHash and LSH bands.

Every function works on the matching form (shared.arabic), so diacritics, alef variants and the
Farsi letters ی/ک never make two copies look different. Parameters were chosen on the dedup
evaluation set (services/evaluation/dedup_set.py); see services/evaluation/dedup.py for figures.
"""

import hashlib
import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from shared.arabic import matching_form

SHINGLE_WORDS = 3  # body shingles: 3 consecutive words
TITLE_CHARS = 4  # title shingles: 4 consecutive characters (titles are too short for words)
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SEED = 20251020
STORED_BITS = 8  # bits kept per signature value in stores: 128 bytes, estimate bias removed

Signature = npt.NDArray[np.uint16]
HashArray = npt.NDArray[np.uint64]

_WORD = re.compile(r"\w+")
_POLY = np.uint64(0x100000001B3)  # FNV prime: mixes word hashes into a shingle hash


def _permutations(seed: int) -> tuple[HashArray, HashArray]:
    rng = np.random.default_rng(seed)
    # Odd multipliers keep multiply-add-shift a bijection-friendly universal hash on 64-bit input.
    mul = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    add = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    return mul.reshape(-1, 1), add.reshape(-1, 1)


_MUL, _ADD = _permutations(SEED)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedup keeps of one text: its hash, shingle hashes, MinHash signature and bands."""

    content_hash: str
    shingles: HashArray
    signature: Signature
    bands: tuple[int, ...]

    @property
    def is_empty(self) -> bool:
        """True when the text has no word to compare."""
        return self.shingles.size == 0


def words(text: str) -> list[str]:
    """The words of a text's matching form, punctuation dropped."""
    return _WORD.findall(matching_form(text))


def content_hash(text: str) -> str:
    """sha256 (hex) of the text's matching form with whitespace folded."""
    return _folded_hash(matching_form(text))


def _folded_hash(matching: str) -> str:
    folded = " ".join(matching.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _token_hashes(tokens: list[str]) -> HashArray:
    digests = (hashlib.blake2b(t.encode("utf-8"), digest_size=8).digest() for t in tokens)
    return np.frombuffer(b"".join(digests), dtype="<u8").astype(np.uint64)


def word_shingles(tokens: list[str], k: int = SHINGLE_WORDS) -> HashArray:
    """Unique 64-bit hashes of every run of k words (one shingle when the text is shorter)."""
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    hashes = _token_hashes(tokens)
    k = min(k, len(hashes))
    width = len(hashes) - k + 1
    mixed = np.zeros(width, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            mixed = mixed * _POLY + hashes[j : j + width]
    return np.unique(mixed)


def char_shingles(tokens: list[str], k: int = TITLE_CHARS) -> HashArray:
    """Unique hashes of every run of k characters of the words joined by one space."""
    joined = " ".join(tokens)
    if not joined:
        return np.empty(0, dtype=np.uint64)
    grams = [joined[i : i + k] for i in range(max(1, len(joined) - k + 1))]
    return np.unique(_token_hashes(grams))


def minhash(shingles: HashArray) -> Signature:
    """NUM_PERM minimum hashes, kept to 16 bits; bands use all 16, stores keep STORED_BITS."""
    if shingles.size == 0:
        return np.zeros(NUM_PERM, dtype=np.uint16)
    with np.errstate(over="ignore"):
        hashed = (_MUL * shingles.reshape(1, -1) + _ADD) >> np.uint64(32)
    lowest: HashArray = hashed.min(axis=1)
    return (lowest & np.uint64(0xFFFF)).astype(np.uint16)


def bands(signature: Signature) -> tuple[int, ...]:
    """One 64-bit bucket per band of ROWS signature values; the band index is mixed in."""
    rows = signature.astype("<u2").reshape(BANDS, ROWS)
    return tuple(
        int.from_bytes(
            hashlib.blake2b(row.tobytes(), digest_size=8, person=band.to_bytes(2, "big")).digest(),
            "big",
        )
        for band, row in enumerate(rows)
    )


def stored_signature(signature: Signature) -> npt.NDArray[np.uint8]:
    """The low STORED_BITS of each value: what stores keep (b-bit MinHash, 128 bytes)."""
    return (signature & 0xFF).astype(np.uint8)


def estimated_jaccard(
    a: npt.NDArray[np.unsignedinteger], b: npt.NDArray[np.unsignedinteger]
) -> float:
    """Jaccard similarity estimated from two signatures, compared on their stored low bits.

    Two unrelated values agree by chance once in 2**STORED_BITS; the estimate removes that.
    """
    agree = int(np.count_nonzero((a & 0xFF) == (b & 0xFF))) / NUM_PERM
    chance = 1.0 / (1 << STORED_BITS)
    return max(0.0, (agree - chance) / (1.0 - chance))


def jaccard(a: HashArray, b: HashArray) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def containment(a: HashArray, b: HashArray) -> float:
    """Share of a's shingles found in b: 1.0 when a is wholly inside b."""
    if a.size == 0:
        return 0.0
    return np.intersect1d(a, b, assume_unique=True).size / a.size


def body_fingerprint(text: str) -> Fingerprint:
    """Fingerprint of an article body over word shingles."""
    matching = matching_form(text)  # the slow step: done once
    shingles = word_shingles(_WORD.findall(matching))
    signature = minhash(shingles)
    return Fingerprint(_folded_hash(matching), shingles, signature, bands(signature))


def title_fingerprint(text: str) -> Fingerprint:
    """Fingerprint of a title over character shingles, so a one-word edit stays close."""
    matching = matching_form(text)
    shingles = char_shingles(_WORD.findall(matching))
    signature = minhash(shingles)
    return Fingerprint(_folded_hash(matching), shingles, signature, bands(signature))
