"""Story centroids as bytes: a packed form, about half the size of JSON and quicker to read.

Layout, little-endian: format byte (1); flags (1: first set, 2: last set, 4: keys in UTF-8);
size (u32); first and last (f64, 0 when unset); the lengths of the seven dicts (u16 each: terms,
title terms, places, countries, actors, types, numbers); their values (i32 each: weights in
thousandths, counts as they are); then every key in that order, joined by \\x1f, in cp1256
(Windows Arabic: one byte a letter, where UTF-8 takes two) or UTF-8 when a key has a character
cp1256 lacks.

Weights keep 3 decimals, as the JSON form did: k / 1000 is the very float round(w, 3) gives
(both are the double nearest to k/1000), so a centroid read back compares exactly as before. A
centroid the layout cannot hold (a key with \\x1f, a value past i32) is written as the JSON form,
which starts with "[": decode_state reads both, and so centroids stored before this format too.
"""

import json
import struct
from itertools import chain

from services.dedup.story_model import StoryState

FORMAT = 1
_HEAD = struct.Struct("<BBIdd7H")
_SPAN = struct.Struct("<dd")
_SPAN_AT = struct.calcsize("<BBI")  # where first and last sit in _HEAD
_FIRST, _LAST, _UTF8 = 1, 2, 4
_SEP = "\x1f"
_I32 = 2**31 - 1


def encode_state(state: StoryState) -> bytes:
    """The centroid as bytes (the packed form, or JSON when it does not fit)."""
    weights = (state.terms, state.title_terms)
    counts = (state.places, state.countries, state.actors, state.types, state.numbers)
    values = [round(round(w, 3) * 1000) for d in weights for w in d.values()]
    values += chain.from_iterable(d.values() for d in counts)
    names = _SEP.join(chain(*weights, *counts))
    fits = (
        0 <= state.size <= 0xFFFF_FFFF
        and all(len(d) <= 0xFFFF for d in (*weights, *counts))
        and all(-_I32 <= v <= _I32 for v in values)
        and names.count(_SEP) == max(0, len(values) - 1)  # no key holds the separator
    )
    if not fits:
        return encode_json(state)
    flags = (_FIRST if state.first is not None else 0) | (_LAST if state.last is not None else 0)
    try:
        keys = names.encode("cp1256")
    except UnicodeEncodeError:
        keys, flags = names.encode(), flags | _UTF8
    head = _HEAD.pack(
        FORMAT,
        flags,
        state.size,
        state.first if state.first is not None else 0.0,
        state.last if state.last is not None else 0.0,
        *(len(d) for d in (*weights, *counts)),
    )
    return head + struct.pack(f"<{len(values)}i", *values) + keys


def decode_state(story_id: str, raw: bytes | str) -> StoryState:
    """The centroid of encode_state (either form)."""
    if isinstance(raw, str) or raw[:1] == b"[":
        return decode_json(story_id, raw)
    form, flags, size, first, last, *lengths = _HEAD.unpack_from(raw)
    if form != FORMAT:
        raise ValueError(f"centroid of {story_id}: unknown format {form}")
    n = sum(lengths)
    ints: tuple[int, ...] = struct.unpack_from(f"<{n}i", raw, _HEAD.size)
    keys = raw[_HEAD.size + 4 * n :].decode("utf-8" if flags & _UTF8 else "cp1256").split(_SEP)
    split, weighted = lengths[0], lengths[0] + lengths[1]
    weights = [k / 1000 for k in ints[:weighted]]
    counts: list[dict[str, int]] = []
    start = weighted
    for length in lengths[2:]:
        counts.append(
            dict(zip(keys[start : start + length], ints[start : start + length], strict=True))
        )
        start += length
    places, countries, actors, types, numbers = counts
    return StoryState(
        story_id,
        size,
        dict(zip(keys[:split], weights[:split], strict=True)),
        dict(zip(keys[split:weighted], weights[split:], strict=True)),
        places,
        countries,
        actors,
        types,
        numbers,
        first if flags & _FIRST else None,
        last if flags & _LAST else None,
    )


def respanned(encoded: bytes, first: float, last: float) -> bytes | None:
    """encode_state's bytes of a centroid with both ends of its span set, the span replaced; None
    for the JSON form (bulk loads write one story over many rounds)."""
    if encoded[:1] == b"[" or encoded[1] & (_FIRST | _LAST) != _FIRST | _LAST:
        return None
    return encoded[:_SPAN_AT] + _SPAN.pack(first, last) + encoded[_SPAN_AT + _SPAN.size :]


def encode_json(state: StoryState) -> bytes:
    """The JSON form of a centroid (weights to 3 decimals)."""
    return json.dumps(
        [
            state.size,
            state.first,
            state.last,
            {t: round(w, 3) for t, w in state.terms.items()},
            {t: round(w, 3) for t, w in state.title_terms.items()},
            state.places,
            state.countries,
            state.actors,
            state.types,
            state.numbers,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def decode_json(story_id: str, raw: str | bytes) -> StoryState:
    """The centroid of encode_json."""
    size, first, last, terms, title, places, countries, actors, types, numbers = json.loads(raw)
    return StoryState(
        story_id, size, terms, title, places, countries, actors, types, numbers, first, last
    )
