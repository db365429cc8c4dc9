"""Language from script shares."""

import pytest

from services.enricher.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع نظيره الأميركي", "ar"),
        ("Russian Foreign Minister Sergei Lavrov spoke with the US Secretary of State", "en"),
        ("Le ministre russe des affaires étrangères a parlé avec son homologue", "fr"),
        ("Министр иностранных дел России Сергей Лавров провёл переговоры", "ru"),
        ("وزیر امور خارجه روسیه با همتای آمریکایی خود گفتگو کرد و پیشنهاد داد", "fa"),
        ("2025 - 10 - 20", "und"),
        ("نعم", "und"),
    ],
    ids=["arabic", "english", "french", "russian", "persian", "digits-only", "too-short"],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_arabic_with_some_english_names_is_arabic() -> None:
    text = "قال المتحدث باسم الكرملين إن قمة Budapest Summit ستعقد قريبا في العاصمة المجرية"
    assert detect_language(text) == "ar"
