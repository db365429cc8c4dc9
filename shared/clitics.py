"""Arabic proclitics: the conjunction, preposition and article letters glued to a word's front.

Works on the matching form (see shared.arabic). Only prefixes are handled: suffixed pronouns
(كتابهم) never attach to the proper names this stage cares about.
"""

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
_ARTICLE = "ال"
_MIN_STEM = 2  # letters left after the article; shorter leftovers are part of the word itself


def split_article_clitics(word: str) -> tuple[str, str]:
    """Split و/ف + ب/ك/ل before the article: "وبالعراق" → ("وب", "العراق"), "للعراق" → ("ل", "العراق")."""
    i = 0
    if word[i : i + 1] in _CONJUNCTIONS and len(word) > 1:
        i += 1
    if word[i : i + 2] == "لل" and len(word) - i - 2 >= _MIN_STEM:
        # ل + ال is written لل: the article's alef drops after the preposition.
        return word[: i + 1], _ARTICLE + word[i + 2 :]
    if word[i : i + 1] in _PREPOSITIONS and word[i + 1 : i + 3] == _ARTICLE:
        i += 1
    rest = word[i:]
    if i and rest.startswith(_ARTICLE) and len(rest) - len(_ARTICLE) >= _MIN_STEM:
        return word[:i], rest
    return "", word


def strip_leading_clitic(word: str, min_stem: int = 3) -> str:
    """Drop one و/ف/ب/ل/ك from a bare word: "وروسيا" → "روسيا"; only when a long-enough stem is left."""
    if word[:1] in _CONJUNCTIONS + _PREPOSITIONS and len(word) - 1 >= min_stem:
        return word[1:]
    return word


def stem(word: str) -> str:
    """A key for features: proclitics and the article removed ("وبالعراق" → "عراق").

    A bare leading و/ب/ل is kept: it cannot be told from a root letter (بوتين) without a lexicon.
    """
    _, rest = split_article_clitics(word)
    if rest.startswith(_ARTICLE) and len(rest) - len(_ARTICLE) >= _MIN_STEM:
        return rest[len(_ARTICLE) :]
    return rest
