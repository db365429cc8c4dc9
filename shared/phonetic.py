"""The spelling-blind key of a name, and the entity id built from it.

The enricher keys entity mentions with it (every spelling of an entity gets one id); the indexer
keys the name-like words of every article with it, so search finds ترمب for ترامب. A Latin word
(Nvidia, iPhone) gets the key of the Arabic letters it would be written with (إنفيديا, آيفون).
"""

import hashlib
import itertools
import re
from collections.abc import Iterable

from shared.arabic import matching_form
from shared.clitics import split_article_clitics

_LETTER_CLASSES = {
    **dict.fromkeys("غجقكگچ", "ك"),
    **dict.fromkeys("تط", "ت"),
    **dict.fromkeys("سصث", "س"),
    **dict.fromkeys("زذظ", "ز"),
    **dict.fromkeys("دض", "د"),
    **dict.fromkeys("بپ", "ب"),
    **dict.fromkeys("فڤ", "ف"),
}
_VOWEL_LETTERS = frozenset("اوي")
# غ ج ق گ each write a foreign g by some writers' convention; ك is a k.
_FOREIGN_G = frozenset("غجقگ")

# Latin letters and digraphs as Arabic writes them in names; a tuple holds every usual choice
# (Thomas توماس / Smith سميث, Chanel شانيل / Chrome كروم). Vowels become ا: the key drops vowel
# letters after the first, and a word's first vowel is written with alef (Uber أوبر, iPhone آيفون).
_LATIN_DIGRAPHS: dict[str, tuple[str, ...]] = {
    "sch": ("ش",),
    "ph": ("ف",),
    "th": ("ت", "ث"),
    "sh": ("ش",),
    "ch": ("ش", "تش", "ك"),
    "kh": ("خ",),
    "gh": ("غ",),
    "ck": ("ك",),
    "qu": ("كو",),
    "wh": ("و",),
}
_LATIN_LETTERS = {
    **dict(zip("bdfghjklmnpqrstvwz", "بدفغهجكلمنبقرستفوز", strict=True)),
    "x": "كس",
}
_LATIN_VOWELS = frozenset("aeiouy")
_LATIN_WORD = re.compile("[a-z]+")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_DIGRAPHS = frozenset(d[:2] for d in _LATIN_DIGRAPHS)
MAX_LATIN_KEYS = 4
MIN_LATIN_KEY = 2


def phonetic_key(name: str) -> str:
    """A spelling-blind key: article off, final ه off, vowel letters after the first letter dropped,
    غ/ج/ق/ك and other look-alike consonants folded, doubled letters collapsed."""
    return " ".join(_fold(_prepared(word)) for word in matching_form(name).split())


def joined_key(words: Iterable[str]) -> str:
    """The key of words written apart that another writer joins into one (تيك توك / TikTok,
    بيونغ يانغ / بيونغيانغ): the key of their letters run together."""
    return _fold("".join(_prepared(word) for word in matching_form(" ".join(words)).split()))


def latin_keys(word: str) -> tuple[str, ...]:
    """The keys of a Latin word as written in Arabic letters (Google → غوغل/جوجل's key), one per
    usual reading of its digraphs, and with a leading alef when it opens on two consonants
    (Nvidia, إنفيديا)."""
    lowered = word.lower()
    if not _LATIN_WORD.fullmatch(lowered):
        return ()
    # Doubled letters are written once; a final e after a consonant is silent (Google, iPhone).
    lowered = re.sub(r"(.)\1", r"\1", lowered)
    if len(lowered) > 3 and lowered.endswith("e") and lowered[-2] not in _LATIN_VOWELS:
        lowered = lowered[:-1]
    opens_on_consonants = not _LATIN_VOWELS & set(lowered[:2]) and lowered[:2] not in _DIGRAPHS
    keys: list[str] = []
    for spelled in _arabic_letters(lowered):
        key = _fold(_drop_final_heh(spelled))
        for found in (key, "ا" + key) if opens_on_consonants else (key,):
            if len(found) >= MIN_LATIN_KEY and found not in keys:
                keys.append(found)
    return tuple(keys[:MAX_LATIN_KEYS])


def _arabic_letters(word: str) -> Iterable[str]:
    pieces: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        digraph = next((d for d in _LATIN_DIGRAPHS if word.startswith(d, i)), None)
        if digraph:
            pieces.append(_LATIN_DIGRAPHS[digraph])
            i += len(digraph)
            continue
        letter = word[i]
        if letter == "y" and i == 0 and word[1:2] in _LATIN_VOWELS:
            pieces.append(("ي",))
        elif letter in _LATIN_VOWELS:
            pieces.append(("ا",))
        elif letter == "c":
            pieces.append(("س",) if word[i + 1 : i + 2] in ("e", "i", "y") else ("ك",))
        else:
            pieces.append((_LATIN_LETTERS.get(letter, ""),))
        i += 1
    return ("".join(choice) for choice in itertools.product(*pieces))


def _prepared(word: str) -> str:
    _, word = split_article_clitics(word)
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return _drop_final_heh(word)


def _drop_final_heh(word: str) -> str:
    return word[:-1] if len(word) > 2 and word.endswith("ه") else word


def _fold(word: str) -> str:
    folded = word[:1] + "".join(c for c in word[1:] if c not in _VOWEL_LETTERS)
    letters = [_LETTER_CLASSES.get(c, c) for c in folded]
    return "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])


def spellings_agree(first: str, second: str, *, both_words: bool = False) -> bool:
    """True when two spellings with one key can be one name: letter by letter they differ only
    in a vowel letter one of them leaves out (ترامب/ترمب, not بوتين/بوتان) or in look-alike
    consonants, where ك stays apart from the letters of a foreign g (غوغل/جوجل/قوقل, not
    جمال/كمال); a Latin spelling agrees with any. When both are words of the language
    (`both_words`), only the letters of a foreign g and a final alef may differ (غوغل/جوجل,
    not حسن/حسين)."""
    if not _ARABIC_LETTERS.search(first) or not _ARABIC_LETTERS.search(second):
        return True
    words = ["".join(map(_prepared, matching_form(word).split())) for word in (first, second)]
    if both_words:
        # A final alef is the accusative's (دولار/دولارا), not a letter of the name.
        first_word, second_word = (w[:-1] if len(w) > 3 and w.endswith("ا") else w for w in words)
        return len(first_word) == len(second_word) and all(
            a == b or {a, b} <= _FOREIGN_G for a, b in zip(first_word, second_word, strict=True)
        )
    units = [_units(word) for word in words]
    if len(units[0]) != len(units[1]):
        return False
    for (letters_a, vowels_a), (letters_b, vowels_b) in zip(*units, strict=True):
        if not (letters_a & letters_b or _look_alike(letters_a, letters_b)):
            return False
        if vowels_a and vowels_b and vowels_a not in vowels_b and vowels_b not in vowels_a:
            return False
    return True


def _units(word: str) -> list[tuple[set[str], str]]:
    """The word as key letters, each with the letters it folds from and the vowels after it."""
    units: list[tuple[set[str], str]] = []
    for i, letter in enumerate(word):
        if i and letter in _VOWEL_LETTERS:
            letters, vowels = units[-1]
            units[-1] = (letters, vowels + letter)
        elif units and _LETTER_CLASSES.get(letter, letter) == _class(units[-1][0]):
            units[-1][0].add(letter)  # a doubled letter, or two look-alikes in a row
        else:
            units.append(({letter}, ""))
    return units


def _class(letters: set[str]) -> str:
    return _LETTER_CLASSES.get(next(iter(letters)), next(iter(letters)))


def _look_alike(first: set[str], second: set[str]) -> bool:
    if _class(first) != _class(second):
        return False
    return not (("ك" in first) ^ ("ك" in second))


def registry_key(name: str, label: str) -> str:
    """The key an entity is registered under: its label and the name's phonetic key."""
    return f"{label}:{phonetic_key(name)}"


def entity_id_for(label: str, key: str) -> str:
    """A stable id from the label and the phonetic key of the first spelling seen."""
    return f"{label.lower()}-{hashlib.sha1(f'{label}|{key}'.encode()).hexdigest()[:16]}"  # noqa: S324
