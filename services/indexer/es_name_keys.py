"""The phonetic key as an Elasticsearch analyzer chain: the alternative to computing `name_keys`
in Python, measured against it in `bench_fields` (variant `es_keys`); not used by the index.

The chain folds like `shared.phonetic.phonetic_key` (clitics and ال off, final ه off, vowel letters
after the first letter dropped, look-alike consonants folded, doubled letters collapsed) and drops
common words with a stop list of wordfreq's common bare forms. What it cannot do: see the
article's entities (a common word the enricher named, ترامب, gets no key), cut a bare و/ب/ل/ك,
or keep the spelling beside the key for "also".
"""

from typing import Any

from shared.name_keys import MIN_LETTERS, common_words

ANALYZER = "phonetic_names"
_CLASSES = {"غجقگچ": "ك", "ط": "ت", "صث": "س", "ذظ": "ز", "ض": "د", "پ": "ب", "ڤ": "ف"}


def _replace(pattern: str, replacement: str) -> dict[str, Any]:
    return {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}


def analysis() -> dict[str, Any]:
    """`filter` and `analyzer` entries to merge into the template's analysis settings."""
    filters: dict[str, Any] = {
        "pk_hamza_waw": _replace("ؤ", "و"),
        "pk_hamza_yeh": _replace("ئ", "ي"),
        "pk_clitics": _replace("^[وف]?(?:[بك]?ال|لل)(.{3,})$", "$1"),
        "pk_common": {"type": "stop", "stopwords": sorted(common_words())},
        "pk_short": {"type": "length", "min": MIN_LETTERS},
        "pk_final_heh": _replace("^(.{2,})ه$", "$1"),
        "pk_vowels": _replace("(?<=.)[اوي]", ""),
        "pk_doubles": _replace("(.)\\1+", "$1"),
    }
    for i, (letters, to) in enumerate(_CLASSES.items()):
        filters[f"pk_class_{i}"] = _replace(f"[{letters}]", to)
    chain = [
        "lowercase",
        "arabic_normalization",
        "pk_hamza_waw",
        "pk_hamza_yeh",
        "pk_clitics",
        "pk_common",
        "pk_short",
        "pk_final_heh",
        "pk_vowels",
        *(f"pk_class_{i}" for i in range(len(_CLASSES))),
        "pk_doubles",
    ]
    analyzer = {
        "type": "custom",
        "char_filter": ["arabic_marks", "arabic_letters"],
        "tokenizer": "standard",
        "filter": chain,
    }
    return {"filter": filters, "analyzer": {ANALYZER: analyzer}}
