"""Name-like words and their phonetic keys: the index's `name_keys`/`name_forms` and the query's.

The rule (NOTES "Search: names and word forms"): a word, clitics and article off, is name-like when
it has at least three letters and is a word of an entity the enricher found in the article, a place
word of the gazetteer (country names, uncommon place words), or not common in Arabic: it and its ال
form are below NAME_ZIPF in wordfreq's list. Common words never get a key, so the key cannot join
كتاب to كاتب; rare words that do get one only meet other rare words or names with the same key.
So is a word in a name's place, after a noun names follow (تطبيق واتساب, الرئيس الأمريكي ترامب),
however common, unless very common; and a capitalized Latin word (Nvidia) that is not common
English, keyed as Arabic would write it. Two short name-like words written apart (تيك توك) also
get the key of the two joined.
"""

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from wordfreq import get_frequency_dict, zipf_frequency

from shared.arabic import matching_form
from shared.clitics import split_article_clitics, strip_leading_clitic
from shared.phonetic import joined_key, latin_keys, phonetic_key
from shared.places import load_places

# ترمب 3.3, لافروف 3.2, سيرغي 3.4, بيونغ 3.3 stay under it; حريق 4.3, الزلازل 3.7 are over it.
NAME_ZIPF = 3.5
MIN_LETTERS = 3
# Keeps a bare ب/ل/ك/و/ف off only when this many letters remain (as the index's clitic filter).
MIN_STRIPPED_LETTERS = 4
FORM_SEPARATOR = "|"
# A Latin word under this Zipf in English is a name: Google 4.9, Apple 4.8, Nvidia 3.3 are;
# minister 5.0, world 5.9, the 7.7 are not.
LATIN_NAME_ZIPF = 5.0
# Nouns a name follows (شركة قوقل, منصة تيك توك, الرئيس ترامب): the words after one are names
# when no commoner than SLOT_ZIPF (واتساب 4.0, جوجل 4.6, ترامب 4.4 are; جديدة, كبير are not)
# and written without ال or clitic.
SLOT_NOUNS = frozenset(
    {
        *("شركه", "شركات", "تطبيق", "منصه", "موقع", "هاتف", "هواتف", "متصفح", "برنامج"),
        *("صحيفه", "مجله", "قناه"),
        *("رييس", "امين", "وزير", "مستشار", "ملك", "امير", "زعيم", "نايب"),
    }
)
SLOT_ZIPF = 5.0
SLOT_WORDS = 2
SLOT_SKIPS = 4  # words with ال between the noun and the name (العام للأمم المتحدة)
# Names written as short words apart (تيك توك, بيونغ يانغ) are also written as one.
PAIR_LETTERS = 5
# Attached pronouns (ه also ends ة words, matching form): أعلنتها, أسبوعه, عملائهم.
_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]+")
_TOKEN_SPLIT = re.compile("([\u0621-\u064a\u0671-\u06d3]+|[A-Za-z][A-Za-z0-9]*)")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")


@lru_cache(maxsize=200_000)
def bare_word(word: str) -> str:
    """The matching form of a word with و/ف + ب/ك/ل + ال off: "وبالزلازل" → "زلازل"."""
    _, rest = split_article_clitics(matching_form(word))
    if rest.startswith("ال") and len(rest) > 4:
        rest = rest[2:]
    return rest


def common_words() -> frozenset[str]:
    """Bare matching forms of every word at or above NAME_ZIPF in wordfreq's Arabic list."""
    return words_above(NAME_ZIPF)


@lru_cache(maxsize=4)
def words_above(zipf: float) -> frozenset[str]:
    """Bare matching forms of every word at or above `zipf` in wordfreq's Arabic list."""
    floor = 10 ** (zipf - 9)
    words = set()
    for word, frequency in get_frequency_dict("ar", wordlist="best").items():
        if frequency < floor:
            break  # the list is sorted by frequency
        if _ARABIC_WORD.fullmatch(word):
            words.add(bare_word(word))
    return frozenset(words)


@lru_cache(maxsize=50_000)
def latin_name(word: str, *, in_text: bool = False) -> bool:
    """A Latin word is a name when it has three letters or more and is not common English; in an
    article it must carry a capital too (Nvidia, iPhone), short capitals aside (BBC is spelled
    out in Arabic, بي بي سي)."""
    if len(word) < MIN_LETTERS or not word.isalpha() or not latin_keys(word):
        return False
    if in_text and (word.islower() or (word.isupper() and len(word) <= MIN_LETTERS)):
        return False
    return zipf_frequency(word.lower(), "en") < LATIN_NAME_ZIPF


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Bare words of the gazetteer's places (shared/places.py) that are names whatever their
    frequency: country names (روسيا, بنغلاديش) and every place word not common in Arabic; a
    common word of a city or a longer name (الباب, المملكة) stays a word."""
    common = common_words()
    found: set[str] = set()
    for place in load_places():
        for spelling in place.spellings:
            words = [bare_word(word) for word in _ARABIC_WORD.findall(spelling)]
            country = place.kind == "country" and len(words) == 1
            found.update(word for word in words if country or word not in common)
    return frozenset(found)


def is_common(word: str) -> bool:
    """True when the word (bare) is common Arabic by wordfreq; a word absent there is not."""
    return bare_word(word) in common_words()


def word_candidates(word: str) -> list[str]:
    """The word as written and without a glued و/ف then ب/ل/ك, when enough letters remain."""
    found = [word]
    for _ in range(2):
        stripped = strip_leading_clitic(found[-1], min_stem=MIN_STRIPPED_LETTERS)
        if stripped == found[-1]:
            break
        found.append(stripped)
    return found


class Reading(NamedTuple):
    """One way to read a written word: its bare form, key, spelling shown, and what was cut."""

    bare: str
    key: str
    spelled: str
    cut: str


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[Reading, ...]:
    """The word's readings, as written first; only those with MIN_LETTERS letters left."""
    shown = _MARKS.sub("", word)
    found = []
    for candidate in word_candidates(shown):
        bare = bare_word(candidate)
        if len(bare) >= MIN_LETTERS:
            _, spelled = split_article_clitics(candidate)
            found.append(Reading(bare, phonetic_key(bare), spelled, shown[: -len(candidate)]))
    return tuple(found)


def name_like(reading: Reading, known: frozenset[str], common: frozenset[str]) -> bool:
    """A reading is name-like when the article names it, or when it is not common Arabic and
    at most a conjunction was cut: a bare ب/ل/ك is cut only toward a name the article knows
    (بلاده is not ب + a name لاده)."""
    if reading.bare in known:
        return True
    return reading.bare not in common and all(letter in "وف" for letter in reading.cut)


def _word_names(word: str, entities: frozenset[str], known: frozenset[str]) -> list[Reading]:
    """The readings of a word of an article that are names; a Latin name's keys come with no
    bare form (it pairs with no Arabic word). `entities`: the article's own name words, `known`:
    those and the gazetteer's."""
    options, names = _names_of(word)
    if entities and any(reading.bare in entities for reading in options):
        return _name_readings(options, known, common_words())
    return list(names)


@lru_cache(maxsize=200_000)
def _names_of(word: str) -> tuple[tuple[Reading, ...], tuple[Reading, ...]]:
    """A word's readings and those that are names whatever the article (rare, places, Latin)."""
    if not _ARABIC_WORD.fullmatch(word):
        if not latin_name(word, in_text=True):
            return (), ()
        return (), tuple(Reading("", key, word, "") for key in latin_keys(word))
    options = readings(word)
    if not options:
        return (), ()
    return options, tuple(_name_readings(options, place_words(), common_words()))


def _name_readings(
    options: tuple[Reading, ...], known: frozenset[str], common: frozenset[str]
) -> list[Reading]:
    """The readings of a word that are names: a common word, or a common one with a conjunction
    or pronoun glued on, is read only as what the article names (وبوتين as بوتين)."""
    if options[0].bare in common or inflected(options, common):
        return [reading for reading in options if reading.bare in known]
    return [reading for reading in options if name_like(reading, known, common)]


def inflected(options: tuple[Reading, ...], common: frozenset[str]) -> bool:
    """True when a rare word is a common one with a conjunction or a pronoun glued on (وأفاد,
    أعلنتها, أسبوعه): its rarity says nothing of a name."""
    for reading in options:
        if reading.bare in common and all(letter in "وف" for letter in reading.cut):
            return True
        for pronoun in _PRONOUNS:
            rest = reading.bare.removesuffix(pronoun)
            if rest != reading.bare and len(rest) >= MIN_LETTERS and rest in common:
                return True
    return False


def entity_words(mentions: Iterable[str]) -> frozenset[str]:
    """Bare forms of every word of the given entity mentions."""
    return frozenset(
        bare_word(word) for mention in mentions for word in _ARABIC_WORD.findall(mention)
    )


def name_forms(texts: Iterable[str], known: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Key → spellings (clitics off, as written) of the name-like words of the texts and of the
    pairs of short ones written apart (module docstring).

    `known` holds the bare words of the article's entities: name-like whatever their frequency,
    as are the gazetteer's place words.
    A word that is itself common (وكالة) is never read as a clitic plus a name (و + كالة).
    """
    # The enricher's organisation spans hold their head noun (شركة أوبن): that noun is no name.
    entities = known - SLOT_NOUNS
    known = entities | place_words()
    forms: dict[str, set[str]] = {}
    found: dict[str, Reading | None] = {}  # word → its first reading that is a name (Arabic)
    for text in texts:
        tokens = _tokens(text)
        slots = _slot_positions(tokens, known)
        previous: Reading | None = None
        for i, (word, apart) in enumerate(tokens):
            if word not in found:
                names = _word_names(word, entities, known)
                for reading in names:
                    forms.setdefault(reading.key, set()).add(reading.spelled)
                found[word] = names[0] if names and names[0].bare else None
            current = found[word]
            if current is None and i in slots:
                current = readings(word)[0]
                forms.setdefault(current.key, set()).add(current.spelled)
            if previous and current and apart and _short_pair(previous, current):
                pair = f"{previous.spelled} {current.spelled}"
                forms.setdefault(joined_key([previous.bare, current.bare]), set()).add(pair)
            previous = current
    return forms


def _short_pair(first: Reading, second: Reading) -> bool:
    """Two short words without article, the second without clitic: pieces of one name."""
    if second.cut or any(r.spelled.startswith("ال") for r in (first, second)):
        return False
    return max(len(first.bare), len(second.bare)) <= PAIR_LETTERS


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Arabic and Latin words, each with whether only spaces part it from the word before."""
    parts = _TOKEN_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    return [
        (word, i > 0 and (gap == " " or gap.isspace()))
        for i, (gap, word) in enumerate(zip(parts[0:-1:2], parts[1::2], strict=True))
    ]


def _slot_positions(tokens: list[tuple[str, bool]], known: frozenset[str]) -> set[int]:
    """Positions of the words in a name's place: right after a noun names follow (SLOT_NOUNS),
    past its adjectives and complements with ال (الرئيس الأمريكي ترامب, الأمين العام للأمم
    المتحدة غوتيريس); a second word when the first is a name the article knows (دونالد ترامب)
    or both are short pieces (تيك توك)."""
    frequent = words_above(SLOT_ZIPF)
    found: set[int] = set()
    for i, (word, _) in enumerate(tokens):
        if bare_word(word) not in SLOT_NOUNS:
            continue
        j = i + 1
        while j < min(i + 1 + SLOT_SKIPS, len(tokens)) and tokens[j][1]:
            if not matching_form(tokens[j][0]).startswith(("ال", "لل")):
                break
            j += 1
        for k in range(j, min(j + SLOT_WORDS, len(tokens))):
            follower, apart = tokens[k]
            if not apart or not _ARABIC_WORD.fullmatch(follower):
                break  # a Latin name fills the slot and is keyed on its own (شركة Nvidia)
            bare = bare_word(follower)
            if bare != matching_form(follower) or len(bare) < MIN_LETTERS or bare in frequent:
                break
            previous = bare_word(tokens[k - 1][0])
            if k > j and previous not in known and max(len(bare), len(previous)) > PAIR_LETTERS:
                break
            found.add(k)
    return found


def form_value(key: str, spelling: str) -> str:
    """The `name_forms` value pairing a key with one spelling seen under it."""
    return f"{key}{FORM_SEPARATOR}{spelling}"


def query_key(word: str) -> str | None:
    """The key a query word is searched under, None for a word too short to key."""
    bare = bare_word(_MARKS.sub("", word))
    return phonetic_key(bare) if len(bare) >= MIN_LETTERS and _ARABIC_WORD.fullmatch(bare) else None
