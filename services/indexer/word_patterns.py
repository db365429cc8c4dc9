"""Classical Arabic noun patterns for the word-forms build: which pattern a word fits, with which
root, and which patterns pair up (a singular and its broken plurals, the nouns of one verb form);
a word is read without an attached pronoun, tanween or sound plural ending when its list has
what is left.

Patterns are written as grammarians write them, ف ع ل standing for the root's letters (a second ل
for a fourth, فعلل). Words are read in their pattern form: marks off and every hamza seat as ء, so رئيس (فعيل) and رؤساء (فعلاء) share the root رءس; ى stays, so قتلى (فعلى) is a plural
and مدني a nisba (in a root ى is ي: قرى and قرية share قري). Roots compare letter for
letter; a weak root that news plurals need is a pattern of its own (ميعال for ميناء/ميزان).
"""

import re
from functools import cache
from typing import NamedTuple

_MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u061c\u200b-\u200f\u202a-\u202e"
    "\u2066-\u2069\ufeff]"
)
# One character for one: a pattern form lines up letter by letter with the index's form.
_PATTERN_LETTERS = str.maketrans(
    {
        "أ": "ء",
        "إ": "ء",
        "آ": "ء",
        "ؤ": "ء",
        "ئ": "ء",
        "ٱ": "ا",
        "\u06cc": "ي",
        "\u06a9": "ك",
    }
)
_ROOT_SLOTS = "فعل"
MIN_BASE_LETTERS = 3
# Attached pronouns the light stemmer keeps (منازلهم), longest first: those of the third person,
# the ones news writes (كم and نا end too many words: ملاكم, قرانا); ها, ه and ي it removes itself.
_PRONOUNS = ("هما", "هم", "هن")
# Singular pattern → its broken plurals. فاعل (كاتب) never takes فعال (كتاب is a book first).
PLURALS: dict[str, tuple[str, ...]] = {
    "فعل": ("أفعال", "فعول", "فعال", "أفعل"),  # نهر/أنهار, ثلج/ثلوج, بحر/بحار, شهر/أشهر
    "فعيل": ("فعلاء", "أفعلاء", "فعائل", "فعلى", "فعال", "أفعلة"),  # سجين/سجناء, حريق/حرائق
    "فعيلة": ("فعائل", "فعل"),  # حديقة/حدائق, مدينة/مدن
    "فعال": ("فعل", "أفعلة"),  # كتاب/كتب, سلاح/أسلحة
    "فعالة": ("فعائل",),  # رسالة/رسائل
    # قرية/قرى, رقبة/رقاب, شجرة/أشجار; and a verb's one act beside its act, هجمة/هجوم
    "فعلة": ("فعل", "فعال", "أفعال", "فعول"),
    "فاعل": ("فواعل", "فعلاء", "فعلة"),  # شارع/شوارع, شاعر/شعراء, طالب/طلبة
    "فاعلة": ("فواعل",),  # عاصفة/عواصف
    "فاعول": ("فواعيل",),  # قانون/قوانين, صاروخ/صواريخ
    "فعلول": ("فعاليل",),  # مليون/ملايين, صندوق/صناديق
    "فعلال": ("فعالل", "فعاليل"),  # زلزال/زلازل
    "مفعل": ("مفاعل",),  # منزل/منازل, مصنع/مصانع
    "مفعلة": ("مفاعل",),  # مدرسة/مدارس
    "مفعال": ("مفاعيل",),  # مفتاح/مفاتيح
    "مفعول": ("مفاعيل",),  # مشروع/مشاريع
    "تفعيل": ("تفاعيل",),  # تقرير/تقارير
    "أفعل": ("أفاعل",),  # إصبع/أصابع
    # A root opening on و, written ي in the singular (ميناء/موانئ, ميزان/موازين). Hollow roots
    # (قائد/قادة, باب/أبواب) are left out: two letters of root meet too many other words.
    "ميعال": ("مواعل", "مواعيل"),
}
# Nouns and participles of one derived verb a reader expects to match each other: form III
# and VI (مظاهرة, تظاهرة, متظاهر; مفاوضات, تفاوض). The bare verb forms (فاعل, يتفاعل) stay out:
# فاعل is also the active participle of the plain verb (ظاهر, كاتب).
FAMILIES: tuple[frozenset[str], ...] = (frozenset({"مفاعلة", "تفاعل", "تفاعلة", "متفاعل"}),)


class Shape(NamedTuple):
    """A word read as a pattern over a root."""

    pattern: str
    root: str


def pattern_form(word: str) -> str:
    """The word as patterns read it (module docstring), as long as its marks-free form."""
    return _MARKS.sub("", word).translate(_PATTERN_LETTERS)


def shapes(word: str) -> list[Shape]:
    """Every listed pattern the word (pattern form, no prefix or suffix) fits, with its root."""
    found = []
    for pattern, compiled in _compiled_patterns().get(len(word), []):
        match = compiled.fullmatch(word)
        if match:
            found.append(Shape(pattern, "".join(match.groups()).replace("ى", "ي")))
    return found


def cut(word: str, known: frozenset[str]) -> str:
    """A prefix-free word (pattern form) without an attached pronoun or tanween alef when what
    is left is a word of `known` (منازلهم → منازل, مدينتهم → مدينة, منزلا → منزل)."""
    return cut_to(word, cut_at(word, known), "ة")


def cut_at(word: str, known: frozenset[str]) -> tuple[int, bool]:
    """Where the base of a prefix-free word ends, and whether its last ت stands for ة."""
    for pronoun in _PRONOUNS:
        rest = word.removesuffix(pronoun)
        if rest != word and len(rest) >= MIN_BASE_LETTERS:
            if rest.endswith("ت") and rest[:-1] + "ة" in known:
                return len(rest), True
            if rest in known:
                return len(rest), False
    if word.endswith("ا") and len(word) > MIN_BASE_LETTERS and word[:-1] in known:
        return len(word) - 1, False
    return len(word), False


def cut_to(word: str, at: tuple[int, bool], teh_marbuta: str) -> str:
    """The word cut where cut_at says, its last ت written as `teh_marbuta` when it stands for ة."""
    end, feminine = at
    return word[: end - 1] + teh_marbuta if feminine else word[:end]


def readings(word: str, known: frozenset[str]) -> list[Shape]:
    """The patterns a base word (pattern form) fits; a sound plural is read as its singular when
    the list has it (مظاهرات as مظاهرة; متظاهرين as متظاهر, but مليون is no plural of ملي)."""
    if len(word) > MIN_BASE_LETTERS + 1 and word.endswith("ات"):
        # ات ends a sound plural whenever its singular is a word (هجمات is no four-letter root).
        rest = word[:-2]
        singular = next((option for option in (rest + "ة", rest) if option in known), None)
        if singular:
            return shapes(singular)
    found = shapes(word)
    if not found and len(word) > MIN_BASE_LETTERS + 1 and word.endswith(("ون", "ين")):
        found = shapes(word[:-2]) if word[:-2] in known else []
    return found


def plural_pairs() -> set[tuple[str, str]]:
    """A singular pattern and each of its plurals."""
    return {(singular, plural) for singular, plurals in PLURALS.items() for plural in plurals}


def family_pairs() -> set[tuple[str, str]]:
    """Two patterns of one family (FAMILIES)."""
    return {(a, b) for family in FAMILIES for a in family for b in family if a != b}


def of_family(shape: Shape) -> bool:
    """True when the reading is a noun of a derived verb form (a pattern of FAMILIES)."""
    return any(shape.pattern in family for family in FAMILIES)


@cache
def _compiled_patterns() -> dict[int, list[tuple[str, re.Pattern[str]]]]:
    names = set(PLURALS) | {p for plurals in PLURALS.values() for p in plurals}
    names |= {p for family in FAMILIES for p in family}
    by_length: dict[int, list[tuple[str, re.Pattern[str]]]] = {}
    for name in sorted(names):
        letters = pattern_form(name)
        # ا is a long vowel and ة an ending, never root letters (a hamza reads ء): حال is no
        # root ح-ا-ل, مدة no root م-د-ة.
        regex = "".join("([^اة])" if c in _ROOT_SLOTS else re.escape(c) for c in letters)
        by_length.setdefault(len(letters), []).append((name, re.compile(regex)))
    return by_length
