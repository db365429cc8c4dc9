"""Content words for story matching: matching-form tokens, a light stemmer, numbers, a prior DF.

The stemmer is deliberately light: proclitics and the article off the front (services/enricher
/clitics.py), then one common suffix (plural, dual, feminine, pronoun) off the end while three
letters remain. Reports of one event word it differently ("الزلزال"/"زلزالا", "المصابين"/
"مصابون"); a root stemmer would also fold words of different events together (حرق/محرقة).
Names of places are never stemmed (services/dedup/vocabulary.py matches them whole).
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from wordfreq import word_frequency

from shared.arabic import matching_form
from shared.clitics import stem as strip_clitics
from shared.clitics import strip_leading_clitic

_TOKEN = re.compile(r"\d+(?:\.\d+)?|[^\W\d_]+")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_SUFFIXES = ("يات", "ات", "ون", "ين", "ان", "تان", "تين", "ها", "هم", "هما", "يه", "ه", "ي", "ا")
_MIN_STEM = 3
# Function words and reporting verbs every news text has (matching form, clitics off).
STOPWORDS = frozenset(
    [
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "ان",
        "او",
        "ثم",
        "قد",
        "لا",
        "لم",
        "لن",
        "ما",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "التي",
        "الذي",
        "الذين",
        "اللذين",
        "بعد",
        "قبل",
        "حتي",
        "منذ",
        "عند",
        "كان",
        "كانت",
        "يكون",
        "تكون",
        "وقال",
        "قال",
        "قالت",
        "يقول",
        "تقول",
        "اكد",
        "اكدت",
        "اشار",
        "اشارت",
        "اوضح",
        "اوضحت",
        "اضاف",
        "اضافت",
        "وفق",
        "وفقا",
        "حسب",
        "بحسب",
        "خلال",
        "اليوم",
        "امس",
        "غدا",
        "صباح",
        "مساء",
        "ليل",
        "ليله",
        "فجر",
        "ظهر",
        "حيث",
        "كما",
        "بين",
        "كل",
        "بعض",
        "غير",
        "اي",
        "هو",
        "هي",
        "هم",
        "نحو",
        "اكثر",
        "اقل",
        "اخر",
        "اخري",
        "اخرين",
        "ايضا",
        "فقط",
        "الا",
        "لدي",
        "لقد",
        "انه",
        "انها",
        "ولايه",
        "محافظه",
        "مدينه",
        "منطقه",
        "بلده",
        "قريه",
        "مركز",
        "شرق",
        "غرب",
        "شمال",
        "جنوب",
        "شرقي",
        "غربي",
        "شمالي",
        "جنوبي",
        "يوم",
    ]
)
YEARS = range(1900, 2101)  # a year dates the background ("زلزال 2023"), not the event


def tokens(text: str) -> list[str]:
    """Matching-form words of a text, with digits and decimal points kept inside numbers."""
    return list(_tokens(text))


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[str, ...]:
    # A story profile tokenizes its title and lede several times over: normalize them once.
    return tuple(_TOKEN.findall(matching_form(text)))


@lru_cache(maxsize=65_536)
def light_stem(word: str) -> str:
    """The word without clitics, article and one common suffix: "والمصابين" -> "مصاب"."""
    word = strip_clitics(word)
    if word[:1] in "وف" and len(word) >= 5:  # a conjunction on a verb: "وتغطي"
        word = word[1:]
    if word.startswith("ال") and len(word) - 2 >= _MIN_STEM:
        word = word[2:]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65_536)
def place_keys(word: str) -> tuple[str, ...]:
    """What a place-name word may be once clitics are off, not stemmed: "وبملطيه" -> "ملطيه"."""
    keys = [word]
    bare = word
    for _ in range(2):  # و/ف then ب/ل/ك at most
        shorter = strip_leading_clitic(bare)
        if shorter == bare:
            break
        bare = shorter
        keys.append(bare)
    keys.append(strip_clitics(word))
    return tuple(dict.fromkeys(k[2:] if k.startswith("ال") and len(k) > 4 else k for k in keys))


def content_stems(text: str) -> list[str]:
    """Light stems of the content words of a text, in order (numbers and stopwords dropped)."""
    return content_stems_in(tokens(text))


def content_stems_in(words: Iterable[str]) -> list[str]:
    """content_stems of a text already cut into tokens()."""
    return [stem for token in words if (stem := _content_stem(token)) is not None]


@lru_cache(maxsize=65_536)
def word_stems(word: str) -> tuple[str, ...]:
    """content_stems of one word, remembered: story profiles ask it of every lede word."""
    return tuple(content_stems(word))


@lru_cache(maxsize=65_536)
def _content_stem(token: str) -> str | None:
    if _NUMBER.match(token) or not token.isalpha():
        return None
    stem = light_stem(token)
    bare = strip_clitics(token)
    if len(stem) >= _MIN_STEM and not {stem, bare, bare[1:]} & STOPWORDS:
        return stem
    return None


def numbers(text: str) -> set[str]:
    """The figures of a text (casualties, magnitudes), years left out."""
    return numbers_in(tokens(text))


def numbers_in(words: Iterable[str]) -> set[str]:
    """numbers of a text already cut into tokens()."""
    found = set()
    for token in words:
        if _NUMBER.match(token):
            value = float(token)
            if not (value.is_integer() and int(value) in YEARS) and value >= 2:
                found.add(f"{value:g}")
    return found


@lru_cache(maxsize=65_536)
def prior_df(word: str) -> float:
    """How often a news text holds this word, from wordfreq, as a share of documents (0..1).

    Seeds document frequencies, so IDF is sensible from the first article on and the online
    counts take over as they grow (stories.py).
    """
    return min(1.0, word_frequency(word, "ar") * 400)  # ~400 words per news text
