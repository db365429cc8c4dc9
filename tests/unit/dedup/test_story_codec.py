"""Story centroids as bytes: what is read back is what the JSON form gave, float for float."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.dedup.story_codec import (
    decode_json,
    decode_state,
    encode_json,
    encode_state,
    respanned,
)
from services.dedup.story_model import MAX_TERMS, MAX_TITLE_TERMS, StoryState


def _quake(**over: object) -> StoryState:
    state = StoryState(
        "0123456789abcdef-000",
        size=3,
        terms={"زلزال": 2.41234, "ملطيه": 1.5, "مصاب": 0.0004, "هز": 0.9996},
        title_terms={"زلزال": 1.732, "قوي": 0.5},
        places={"ملطية": 3},
        countries={"تركيا": 3, "سوريا": 1},
        actors={"per-0a1b2c3d4e5f6a7b": 2},
        types={"quake": 6, "fire": 1},
        numbers={"5.6": 2, "12": 1},
        first=493_104.25,
        last=493_130.0166666667,
    )
    for name, value in over.items():
        setattr(state, name, value)
    return state


def _as_json_reads(state: StoryState) -> StoryState:
    """What the JSON form reads back: the floats every decision was made on so far."""
    return decode_json(state.story_id, encode_json(state))


def _exactly(state: StoryState) -> tuple[object, ...]:
    """Every field, with dict order and value types (ties in the model keep dict order)."""
    weights = (state.terms, state.title_terms)
    counts = (state.places, state.countries, state.actors, state.types, state.numbers)
    return (
        state.story_id,
        state.size,
        state.first,
        state.last,
        *([(k, type(v), v) for k, v in d.items()] for d in (*weights, *counts)),
    )


def test_packed_centroid_reads_back_as_the_json_form_does() -> None:
    state = _quake()
    assert _exactly(decode_state(state.story_id, encode_state(state))) == _exactly(
        _as_json_reads(state)
    )


def test_a_full_centroid_packs_in_about_half_the_bytes_of_json() -> None:
    letters = "بتثجحخدذرزسشصضطظعغفق"
    stems = [f"زلز{letters[k % 20]}{letters[k // 20]}" for k in range(MAX_TERMS)]
    state = _quake(
        terms={t: 0.1 + k / 7 for k, t in enumerate(stems)},
        title_terms={t: 1 / (k + 1) for k, t in enumerate(stems[:MAX_TITLE_TERMS])},
    )
    assert len(encode_state(state)) < 0.6 * len(encode_json(state))


@given(st.lists(st.floats(min_value=0.0, max_value=2_000_000.0), min_size=1, max_size=40))
def test_weights_read_back_as_the_floats_round_to_3_decimals_gives(weights: list[float]) -> None:
    state = _quake(terms={f"t{k}": w for k, w in enumerate(weights)})
    assert decode_state("s", encode_state(state)).terms == {
        f"t{k}": round(w, 3) for k, w in enumerate(weights)
    }


@pytest.mark.parametrize(
    "over",
    [
        {"first": None, "last": None},
        {"size": 0, "terms": {}, "title_terms": {}, "places": {}, "countries": {}, "actors": {}},
        {"types": {}, "numbers": {}},
        {"actors": {"": 1, "per-1": 2}},
        {"places": {"東京": 1}, "actors": {"org-😀": 1}},
    ],
    ids=["no-time-span", "empty", "no-types-or-numbers", "empty-key", "keys-cp1256-lacks"],
)
def test_edge_centroids_round_trip(over: dict[str, object]) -> None:
    state = _quake(**over)
    encoded = encode_state(state)
    assert encoded[:1] != b"["  # still the packed form
    assert _exactly(decode_state(state.story_id, encoded)) == _exactly(_as_json_reads(state))


@pytest.mark.parametrize(
    "over",
    [{"actors": {"per\x1fone": 1}}, {"terms": {"زلزال": 3_000_000.0}}, {"numbers": {"7": 2**31}}],
    ids=["key-holds-the-separator", "weight-past-i32", "count-past-i32"],
)
def test_centroids_the_layout_cannot_hold_are_kept_as_json(over: dict[str, object]) -> None:
    state = _quake(**over)
    encoded = encode_state(state)
    assert encoded == encode_json(state)
    assert _exactly(decode_state(state.story_id, encoded)) == _exactly(_as_json_reads(state))


@pytest.mark.parametrize("as_text", [False, True], ids=["bytes", "str"])
def test_centroids_stored_as_json_before_are_still_read(as_text: bool) -> None:
    state = _quake()
    stored = encode_json(state)
    raw = stored.decode() if as_text else stored
    assert _exactly(decode_state(state.story_id, raw)) == _exactly(_as_json_reads(state))


def test_an_unknown_format_is_refused_not_misread() -> None:
    with pytest.raises(ValueError, match="unknown format 2"):
        decode_state("s", b"\x02" + encode_state(_quake())[1:])


def test_respanned_moves_only_the_time_span() -> None:
    state = _quake()
    moved = respanned(encode_state(state), 500_000.5, 500_001.75)
    assert moved is not None
    state.first, state.last = 500_000.5, 500_001.75
    assert moved == encode_state(state)


def test_respanned_leaves_json_and_spanless_centroids_to_the_caller() -> None:
    assert respanned(encode_json(_quake()), 1.0, 2.0) is None
    assert respanned(encode_state(_quake(first=None, last=None)), 1.0, 2.0) is None
