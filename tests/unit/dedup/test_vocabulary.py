"""The event vocabulary: forms read as the event they name, not as a country or a number."""

import pytest

from services.dedup.terms import light_stem, tokens
from services.dedup.vocabulary import _nisbas, load_vocabulary, read_event_types
from shared.places import load_places


def test_no_single_word_form_reads_like_a_country_or_its_adjective() -> None:
    # "الفروسية" stemmed to روس (الروسي) and "مجرة" to مجر (المجري) before these were dropped.
    countries = {
        light_stem(word)
        for place in load_places()
        if place.kind == "country"
        for name in (*place.spellings, *_nisbas(place.name))
        for word in tokens(name)[:1]
        if len(tokens(name)) == 1
    }
    clashes = [
        (kind, form)
        for kind, _, forms in read_event_types()
        for form in forms
        if len(tokens(form)) == 1 and light_stem(tokens(form)[0]) in countries
    ]
    assert clashes == []


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("أجرى وزير الخارجية الروسي اتصالا هاتفيا مع نظيره المجري", ["talks"]),
        ("أسفرت العملية عن ثلاثة قتلى إثر الزلزال", ["quake"]),
        ("فاز الفارس بذهبية الفروسية في الألعاب الأولمبية", ["olympics"]),
    ],
    ids=["politics-reads-no-sport", "casualties-are-not-murder", "sport-still-found"],
)
def test_event_types_of_a_sentence(text: str, types: list[str]) -> None:
    assert load_vocabulary().event_types(text) == types
