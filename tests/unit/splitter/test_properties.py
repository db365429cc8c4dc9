"""Properties over generated input: only BadInput escapes, and no body word is lost."""

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.splitter.split import split_bundle
from shared.contracts import Bundle
from shared.errors import BadInput

ARABIC_WORDS = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=3, max_size=7)
SENTENCE = st.lists(ARABIC_WORDS, min_size=20, max_size=30).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(str.encode)))
def test_split_raises_only_bad_input_on_arbitrary_bytes(raw: bytes) -> None:
    with contextlib.suppress(BadInput):
        split_bundle(Bundle.from_raw(raw))


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=8), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_split_keeps_every_word_of_a_plain_page(paragraphs: list[str], newline: str) -> None:
    articles = split_bundle(Bundle.from_raw(newline.join(paragraphs).encode()))
    words = {w for a in articles for w in a.body.split()}
    assert {w for p in paragraphs for w in p.split()} <= words
