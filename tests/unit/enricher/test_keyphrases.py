"""Key phrases: printed keywords first, else frequent content n-grams."""

from services.enricher.keyphrases import key_phrases

BODY = (
    "قال وزير الخارجية الروسي إن القمة ستعقد في بودابست. "
    "وأضاف وزير الخارجية الروسي أن التحضير للقمة جار. "
    "وأكد أن القمة مهمة."
)


def test_printed_keywords_are_used_as_they_are() -> None:
    assert key_phrases("عنوان", BODY, ["لافروف", "روبيو", "لافروف"]) == ["لافروف", "روبيو"]


def test_repeated_phrase_becomes_a_key_phrase() -> None:
    phrases = key_phrases("لقاء في بودابست", BODY)
    assert "وزير الخارجية الروسي" in phrases


def test_stop_words_never_start_or_end_a_phrase() -> None:
    phrases = key_phrases("", BODY)
    assert all(not p.startswith(("في ", "أن ")) and p not in {"في", "أن", "إن"} for p in phrases)


def test_empty_text_has_no_key_phrases() -> None:
    assert key_phrases("", "") == []
