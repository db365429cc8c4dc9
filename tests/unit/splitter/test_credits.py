"""The opening of a body: dateline, agency and byline forms Arabic outlets print."""

import pytest

from services.splitter.credits import agency_of, known_places, split_credits

REST = "أعلنت السلطات المحلية اليوم الثلاثاء عن ارتفاع حصيلة ضحايا الفيضانات إلى عشرين شخصا."


@pytest.mark.parametrize(
    ("prefix", "dateline", "agency", "author"),
    [
        ("ا ف ب: ", None, "فرانس برس", None),
        ("رويترز - ", None, "رويترز", None),
        ("نيروبي - (د ب أ) - ", "نيروبي - (د ب أ)", "د ب أ", None),
        ("نيروبي (د.ب.أ) -- ", "نيروبي (د.ب.أ)", "د ب أ", None),
        ("الرباط في 12 أغسطس/وام/ ", "الرباط في 12 أغسطس/وام/", "وام", None),
        (
            "الجزائر 20 تشرين الثاني (الاناضول) - ",
            "الجزائر 20 تشرين الثاني (الاناضول)",
            "الأناضول",
            None,
        ),
        ("دمشق، سوريا (CNN) -- ", "دمشق، سوريا (CNN)", "CNN", None),
        ("عمّان - ", "عمّان", None, None),
        ("DUBAI: ", "DUBAI", None, None),
        ("بيروت ـ «الفجر»: ", "بيروت ـ «الفجر»", None, None),
        ("أبو ظبي - (وام) - ", "أبو ظبي - (وام)", "وام", None),
        ("محمد السيد - ", None, None, "محمد السيد"),
        ("موسكو (وكالات) - ", "موسكو (وكالات)", None, None),
        # Initials with no separator (bold type that lost its dash).
        ("أ ف ب ", None, "فرانس برس", None),
        ("د.ب.أ ", None, "د ب أ", None),
        ("(أ ش أ) ", None, "أ ش أ", None),
        ("بوزنيقة - أ ف ب ", "بوزنيقة - أ ف ب", "فرانس برس", None),
        ("إربد – مرآة سايس: ", "إربد – مرآة سايس", None, None),
        ("عواصم 13-11-2025 وفا - ", "عواصم 13-11-2025 وفا", "وفا", None),
    ],
)
def test_a_credit_prefix_is_read_and_the_body_starts_at_its_first_word(
    prefix: str, dateline: str | None, agency: str | None, author: str | None
) -> None:
    credits = split_credits(prefix + REST, known_places())
    assert (credits.dateline, credits.agency, credits.author) == (dateline, agency, author)
    assert credits.rest == REST


@pytest.mark.parametrize(
    "paragraph",
    [
        REST,
        "وقال: " + REST,  # a quote, not a dateline
        "عاجل - " + REST,  # a kicker
        "قال الوزير - في تصريح - " + REST,
        "في " + REST,  # two letters, but a word
        "أب " + REST,  # a word spelled like AP's initials run together
    ],
)
def test_running_text_keeps_its_opening(paragraph: str) -> None:
    credits = split_credits(paragraph, known_places())
    assert credits.rest == paragraph
    assert (credits.dateline, credits.agency, credits.author) == (None, None, None)


def test_every_printed_form_of_an_agency_names_one_agency() -> None:
    assert {agency_of(f) for f in ("أ ف ب", "ا.ف.ب", "AFP", "وكالة فرانس برس")} == {"فرانس برس"}
    assert agency_of("وزارة الداخلية") is None


def test_a_quote_after_the_dateline_is_no_outlet() -> None:
    credits = split_credits("القاهرة - قال الوزير: " + REST, known_places())
    assert (credits.dateline, credits.rest) == ("القاهرة", "قال الوزير: " + REST)
