"""Proclitic splitting on matching-form words."""

import pytest

from shared.clitics import split_article_clitics, stem, strip_leading_clitic


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("والعراق", ("و", "العراق")),
        ("بالعراق", ("ب", "العراق")),
        ("للعراق", ("ل", "العراق")),
        ("وبالعراق", ("وب", "العراق")),
        ("العراق", ("", "العراق")),
        ("والي", ("", "والي")),
        ("روسيا", ("", "روسيا")),
    ],
    ids=["wa", "bi", "lil", "wa-bi", "bare-article", "short-word-kept", "no-article"],
)
def test_split_article_clitics(word: str, expected: tuple[str, str]) -> None:
    assert split_article_clitics(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("لروسيا", "روسيا"), ("وروسيا", "روسيا"), ("بكين", "بكين")],
    ids=["li", "wa", "too-short-to-strip"],
)
def test_strip_leading_clitic(word: str, expected: str) -> None:
    assert strip_leading_clitic(word, min_stem=4) == expected


def test_stem_removes_clitics_and_article_but_not_root_letters() -> None:
    assert [stem(w) for w in ("وبالعراق", "العراق", "بوتين")] == ["عراق", "عراق", "بوتين"]
