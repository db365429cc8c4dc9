"""Search quality on a real node: other spellings find the article, exact phrases rank first."""

import pytest
from elasticsearch7 import Elasticsearch

from services.search import search
from tests.integration.search.corpus import corpus_article

pytestmark = pytest.mark.integration

SPELLING_CASES = [
    ("منفتحون علي الحوار مع سوريه", "lavrov_syria", "alef-maqsura-and-ta-marbuta"),
    ("صيغة استانا", "lavrov_syria", "hamza-on-alef"),
    ("وزیر الخارجیة الروسی منفتحون", "lavrov_syria", "farsi-yeh"),
    ("کرملین بیسکوف اوربان", "kremlin_budapest", "farsi-kaf-and-yeh"),
    ("الْقَوَاعِدِ الْعَسْكَرِيَّةِ", "lavrov_syria", "diacritics"),
    ("المعـــادن النـــادرة", "germany_china", "tatweel"),
    ("١٧٠٠ كيلومتر", "us_russia_ittihad", "arabic-indic-digits"),
    ("۱۷۰۰ كيلومتر", "us_russia_ittihad", "persian-digits"),
    ("وفاديفول وبكين", "germany_china", "wa-clitic"),
    ("ببودابست أوربان", "kremlin_budapest", "bi-clitic"),
    ("بالعاصمة المجرية", "kremlin_budapest", "bi-al-clitic"),
    ("للمعادن النادرة", "germany_china", "lil-clitic"),
    ("كرملين أوربان", "kremlin_budapest", "without-al"),
    ("رفع العقوبة عن سوريا", "lavrov_syria", "singular-of-sound-plural"),
    ("الرياض والقاهره", "saudi_egypt", "ta-marbuta-as-ha"),
    ("مستوي وزراء الخارجية الرياض", "saudi_egypt", "yeh-for-alef-maqsura"),
    ("ايران اتفاق نووي", "headline_iran", "headline-title-only"),
    ("اوروبا الفوقيه", "headline_europe", "title-only-two-variants"),
    ("مصفاة نفط سامارا", "us_russia_ittihad", "plain"),
]

PHRASE_CASES = [
    ('"الأمن الأوروبي"', "lavrov_rubio_amsar", "exact-beats-clitic-form"),
    ('"تسوية سلمية للصراع"', "us_russia_ittihad", "exact-beats-scattered-words"),
    ("«الحرب في أوكرانيا»", "germany_china", "guillemets"),
]


@pytest.mark.parametrize(
    ("query", "target"),
    [case[:2] for case in SPELLING_CASES],
    ids=[case[2] for case in SPELLING_CASES],
)
def test_another_spelling_finds_the_article_in_the_top_three(
    es_client: Elasticsearch, corpus_alias: str, query: str, target: str
) -> None:
    result = search(es_client, corpus_alias, query, collapse=None, size=3)
    assert corpus_article(target).id in [hit.id for hit in result.hits]


@pytest.mark.parametrize(
    ("query", "target"),
    [case[:2] for case in PHRASE_CASES],
    ids=[case[2] for case in PHRASE_CASES],
)
def test_exact_phrase_ranks_the_article_containing_it_first(
    es_client: Elasticsearch, corpus_alias: str, query: str, target: str
) -> None:
    result = search(es_client, corpus_alias, query, collapse=None, size=5)
    assert result.hits
    assert result.hits[0].id == corpus_article(target).id


def test_unrelated_words_find_nothing(es_client: Elasticsearch, corpus_alias: str) -> None:
    assert search(es_client, corpus_alias, "كرة القدم الدوري الإسباني").total == 0
