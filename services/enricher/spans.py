"""Article-level clean-up of NER spans, on the display form of an article's title and body.

Four general passes, none tied to a name:
* edges: a span loses leading/trailing words that cannot be part of a name (particles, common
  reporting verbs, adverbs in tanween such as هاتفياً) and stray punctuation;
* clitics: a glued و/ف/ب/ل/ك comes off the first word when what is left is a known name (the
  caller's `known`) or is written bare elsewhere in the same article ("وبوتين" beside "بوتين");
* coordination: a person or place span that runs over "و" + a name ("لافروف وروبيو") is cut in
  two when the name after و is known or written bare elsewhere in the article;
* consistency: a person tagged once is tagged at its other occurrences in the article, full name
  or surname alone, with or without a glued clitic, and a known full name replaces a piece of it
  tagged alone; an organisation or other name (MISC) is tagged again where written in full (the
  document-level consistency post-pass). A name the article gives two labels is left alone.
  Places are not propagated: the model finds them well, and propagating them did not help.
"""

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Literal, NamedTuple, Protocol

from shared.arabic import display_form, matching_form, normalize_with_offsets
from shared.clitics import split_article_clitics, strip_leading_clitic

Field = Literal["title", "body"]


class WordFacts(Protocol):
    """What the clean-up knows of a word (matching form) beyond the article."""

    def frequency(self, word: str) -> int:
        """Half-Zipf class of the word in general Arabic text (wordfreq): 12 for قال, 0 unseen."""
        ...

    def listed(self, word: str) -> bool:
        """Whether a name list (gazetteer, aliases, name lexicon) has the word as written."""
        ...


class Span(NamedTuple):
    """An entity span in the display form of one field."""

    field: Field
    start: int
    end: int
    label: str


_NOT_NAME_WORDS = """
في من على إلى الى عن مع أن إن أنه إنه ان انه الذي التي الذين قد لقد وقد كما حيث بعد قبل خلال
و أو ثم لكن بل هو هي هم هما هذا هذه ذلك تلك عبر أمام بين عند منذ حول ضد لدى يوم اليوم أمس
أيضا أيضاً كان كانت يكون تكون ليس وليس لا لم لن ما ماذا
قال قالت قالا قالوا يقول تقول أكد أكدت أكدا أكدوا يؤكد تؤكد أعلن أعلنت أعلنا يعلن تعلن
أجرى أجرت أجريا أجروا يجري تجري بحث بحثت بحثا يبحث تبحث يبحثان تبحثان
أضاف أضافت يضيف تضيف أوضح أوضحت يوضح توضح أشار أشارت يشير تشير التقى التقت يلتقي تلتقي
جاء جاءت جاءا يجيء تجيء وصل وصلت يصل تصل دعا دعت يدعو تدعو رأى رأت يرى ترى
طالب طالبت يطالب تطالب شدد شددت يشدد تشدد اعتبر اعتبرت يعتبر تعتبر أفاد أفادت يفيد تفيد
صرح صرحت يصرح تصرح كشف كشفت يكشف تكشف ذكر ذكرت يذكر تذكر نفى نفت ينفي تنفي
هدد هددت يهدد تهدد حذر حذرت يحذر تحذر أبلغ أبلغت يبلغ تبلغ اتفق اتفقت يتفق تتفق
ناقش ناقشت يناقش تناقش استقبل استقبلت يستقبل تستقبل زار زارت يزور تزور اتصل اتصلت يتصل تتصل
"""


def _plain(word: str) -> str:
    """Display form without marks and with hamza-seated alefs plain; ى and ي stay apart (على/علي)."""
    return "".join(
        "ا" if c in "أإآ" else c for c in display_form(word) if unicodedata.category(c) != "Mn"
    )


NOT_NAME_WORDS = frozenset(_plain(w) for w in _NOT_NAME_WORDS.split())
_TANWEEN_FATH = "\u064b"
_CLITICS = "وفبلك"
_EDGE_PUNCT = " \t\n.,;:!?\"'()[]{}«»“”-_/،؛؟…"
_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"\w+")
MIN_PROPAGATED_LETTERS = 4  # shorter surnames collide with common words (علي/على once folded)


def _not_name(word: str) -> bool:
    stripped = word.strip(_EDGE_PUNCT)
    if not stripped:
        return True
    # Tanween fath marks an adverb or accusative (هاتفياً، ميدانيًا: before or after the alef);
    # names do not take it.
    return _TANWEEN_FATH in stripped[-2:] or _plain(stripped) in NOT_NAME_WORDS


def trim_edges(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span without non-name words and punctuation at its edges; None when nothing is left."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    while words and _not_name(text[words[0][0] : words[0][1]]):
        words.pop(0)
    while words and _not_name(text[words[-1][0] : words[-1][1]]):
        words.pop()
    if not words:
        return None
    new_start, new_end = words[0][0], words[-1][1]
    while new_start < new_end and text[new_start] in _EDGE_PUNCT:
        new_start += 1
    while new_end > new_start and text[new_end - 1] in _EDGE_PUNCT:
        new_end -= 1
    return (new_start, new_end) if new_end > new_start else None


def clitic_length(
    word: str, known: Callable[[str], bool], facts: WordFacts | None = None, written: str = ""
) -> int:
    """How many leading clitic letters to drop from `word` (matching form; `written` is its
    display form, for frequencies): 0, 1 or 2."""
    if facts is not None and written and _listed_whole(word, written, facts):
        return 0
    for n in (1, 2):
        if len(word) - n < 3 or any(c not in _CLITICS for c in word[:n]):
            break
        rest = word[n:]
        if (
            rest.startswith("ال")
            or known(rest)
            or (n == 1 and joined_conjunction(written or word, facts))
        ):
            return n
    return 0


_CONJUNCTIONS = "و"  # ف too often begins a name (فيفي، فيصل) whose rest is a common word


def _listed_whole(word: str, written: str, facts: WordFacts) -> bool:
    """A listed name that starts with a clitic letter and is at least as common whole as without
    it ("بكين" f8, "كين" f8), where a glued clitic makes the word rarer ("وبوتين" f5, "بوتين" f8)."""
    bare = _MARKS.sub("", written.strip(_EDGE_PUNCT))
    return facts.listed(word) and facts.frequency(bare) >= facts.frequency(bare[1:])


MIN_CONJOINED_LETTERS = 3
RARE_CLASS = 3  # half-Zipf class of a word seen about once in 30 million
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")  # tatweel and diacritics


def joined_conjunction(word: str, facts: WordFacts | None) -> bool:
    """Whether a leading و of `word` (display form) is a glued conjunction, by the word's form
    and frequency: the word is not a listed name at least as common whole (وليد، وجدي), and what
    is left is more common written alone ("وديار" f5 < "ديار" f7), or listed while the joined
    form is rare ("وشاهرود" unseen, "شاهرود" a listed place).
    """
    word = _MARKS.sub("", word.strip(_EDGE_PUNCT))
    if facts is None or word[:1] not in _CONJUNCTIONS or len(word) - 1 < MIN_CONJOINED_LETTERS:
        return False
    rest = word[1:]
    if _listed_whole(matching_form(word), word, facts):
        return False
    joined, alone = facts.frequency(word), facts.frequency(rest)
    return alone > joined or (joined <= RARE_CLASS and facts.listed(matching_form(rest)))


def _matching_with_offsets(text: str) -> tuple[str, list[int]]:
    return normalize_with_offsets(text, "matching")


def clean_spans(
    texts: Mapping[Field, str],
    spans: Sequence[Span],
    known: Callable[[str], bool],
    people: Mapping[str, Collection[str]] | None = None,
    facts: WordFacts | None = None,
) -> list[Span]:
    """Trim, un-clitic and propagate the spans of one article (texts are display forms).

    `people` maps a surname to full names (matching form) tagged in earlier articles: a full name
    written here is tagged too, though the model missed it in this article. With `facts`, glued
    conjunctions are told by frequency too and generic words are dropped (see `generic`).
    """
    matching = {field: _matching_with_offsets(text) for field, text in texts.items()}
    # Words without the punctuation glued to them: "روبيو،" is the bare word روبيو.
    bare_words = {w for form, _ in matching.values() for w in _LETTERS.findall(form)}

    def is_known(word: str) -> bool:
        return word in bare_words or known(word)

    def is_conjoined(word: str) -> bool:
        """ "وY" where Y is a name of its own (known, or و told apart by frequency)."""
        return (len(word) - 1 >= MIN_PROPAGATED_LETTERS and is_known(word[1:])) or (
            joined_conjunction(word, facts)
        )

    cleaned: list[Span] = []
    for span in spans:
        text = texts[span.field]
        trimmed = trim_edges(text, span.start, span.end)
        if trimmed is None:
            continue
        start, end = trimmed
        written = text[start:end].split()[0]
        drop = clitic_length(matching_form(written), is_known, facts, written)
        if drop:
            start = _skip_letters(text, start, drop)
        if start < end:
            pieces = split_coordinated(text, Span(span.field, start, end, span.label), is_conjoined)
            cleaned += [p for p in pieces if facts is None or not generic(text, p, facts)]
    person_names = _person_names(texts, cleaned)
    forms = [form for form, _ in matching.values()]
    for word in bare_words & (people or {}).keys():
        for full in (people or {})[word]:
            if any(full in form for form in forms):
                person_names |= {full, word}
    propagated = _propagated(matching, cleaned, _consistent_labels(texts, cleaned, person_names))
    return organisations(texts, propagated, facts)


COORDINATED_LABELS = frozenset({"PER", "LOC"})  # organisation names often hold و (للتربية والعلوم)


def split_coordinated(text: str, span: Span, conjoined: Callable[[str], bool]) -> list[Span]:
    """Cut "X وY" into X and Y when `conjoined("وY")` (as written) says و joins two names."""
    if span.label not in COORDINATED_LABELS:
        return [span]
    piece = text[span.start : span.end]
    words = [(span.start + m.start(), span.start + m.end()) for m in _WORD.finditer(piece)]
    for i, (word_start, word_end) in enumerate(words[1:], 1):
        written = text[word_start:word_end]
        if matching_form(written).startswith("و") and conjoined(written):
            left = Span(span.field, span.start, words[i - 1][1], span.label)
            right = Span(span.field, _skip_letters(text, word_start, 1), span.end, span.label)
            return [left, *split_coordinated(text, right, conjoined)]
    return [span]


def _skip_letters(text: str, start: int, letters: int) -> int:
    """The offset after `letters` letters from `start`, with any marks that follow them."""
    i, seen = start, 0
    while i < len(text) and seen < letters:
        i += 1
        seen += 1
        while i < len(text) and not matching_form(text[i]):
            i += 1
    return i


def _person_names(texts: Mapping[Field, str], spans: Sequence[Span]) -> set[str]:
    names: set[str] = set()
    for span in spans:
        if span.label != "PER":
            continue
        words = matching_form(texts[span.field][span.start : span.end]).split()
        names |= {name for name in (" ".join(words), words[-1]) if _may_propagate(name)}
    return names


PROPAGATED_LABELS = frozenset({"ORG", "MISC"})  # besides persons, whose surnames count too


def _consistent_labels(
    texts: Mapping[Field, str], spans: Sequence[Span], person_names: set[str]
) -> dict[str, str]:
    """Names (matching form) to tag throughout the article, each with its one label."""
    labels: dict[str, set[str]] = {name: {"PER"} for name in person_names}
    named = [
        (" ".join(matching_form(texts[s.field][s.start : s.end]).split()), s.label) for s in spans
    ]
    for name, label in named:
        if label in PROPAGATED_LABELS and _may_propagate(name):
            labels.setdefault(name, set()).add(label)
    for name, label in named:  # a name the article also tags with another label is left alone
        if name in labels:
            labels[name].add(label)
    return {name: found.pop() for name, found in labels.items() if len(found) == 1}


def _may_propagate(name: str) -> bool:
    return (
        len(name.replace(" ", "")) >= MIN_PROPAGATED_LETTERS and _plain(name) not in NOT_NAME_WORDS
    )


def _propagated(
    matching: Mapping[Field, tuple[str, list[int]]], spans: Sequence[Span], names: Mapping[str, str]
) -> list[Span]:
    """The spans plus the other occurrences of the names, each with its label; a person's full
    name replaces its own pieces."""
    if not names:
        return list(spans)
    # Longest first, so a full name wins over its own surname.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)[{_CLITICS}]{{0,2}}({alternatives})(?!\w)")
    taken = {field: [(s.start, s.end) for s in spans if s.field == field] for field in matching}
    people = {
        field: {(s.start, s.end) for s in spans if s.field == field and s.label == "PER"}
        for field in matching
    }
    found: list[Span] = []
    dropped: set[Span] = set()
    for field, (form, offsets) in matching.items():
        for m in pattern.finditer(form):
            start, end = offsets[m.start(1)], offsets[m.end(1) - 1] + 1
            label = names[m.group(1)]
            overlapping = [(s, e) for s, e in taken[field] if start < e and s < end]
            # A known full name wins over a piece of it the model tagged alone ("دونالد" of
            # "دونالد ترامب"); any other overlap keeps what the model found.
            if overlapping and label != "PER":
                continue
            if not all((s, e) in people[field] and start <= s and e <= end for s, e in overlapping):
                continue
            for piece in overlapping:
                taken[field].remove(piece)
                people[field].discard(piece)
                dropped.add(Span(field, *piece, "PER"))
            taken[field].append((start, end))
            found.append(Span(field, start, end, label))
    return [s for s in spans if s not in dropped] + found


GENERIC_CLASS = 10  # half-Zipf class: الولايات، المنطقة (f11) and up; names such as ترامب are f8
# Organisation names are often common words (القاعدة), so only persons and places are judged.
GENERIC_LABELS = frozenset({"PER", "LOC"})


def generic(text: str, span: Span, facts: WordFacts) -> bool:
    """Whether a person or place span is a common word, not a name, judged by frequency: its first
    word is common Arabic (f10 and up) and no name list has it, nor any other word of the span
    ("الولايات"، "الولايات المجاورة"; "الضفة الغربية" starts with a rarer word and stays)."""
    if span.label not in GENERIC_LABELS:
        return False
    written = [_MARKS.sub("", w.strip(_EDGE_PUNCT)) for w in text[span.start : span.end].split()]
    written = [w for w in written if w]
    words = [matching_form(w) for w in written]
    if not words or any(facts.listed(w) or facts.listed(stem_of(w)) for w in words):
        return False
    return facts.frequency(written[0]) >= GENERIC_CLASS


def stem_of(word: str) -> str:
    """The word without a glued و/ف/ب/ل/ك and article: "والكويت" → "كويت"."""
    _, rest = split_article_clitics(strip_leading_clitic(word))
    return rest


# Indefinite head nouns that open an organisation's name in construct state ("وزارة الخارجية
# الروسية"، "جامعة سمنان للعلوم"): a grammar rule, not a list of organisations. قناة (also a
# canal) and إدارة (also "management of") are left out on purpose.
_ORG_HEADS = frozenset(
    matching_form(w)
    for w in [
        "وزارة",
        "جريدة",
        "صحيفة",
        "بلدية",
        "جامعة",
        "شركة",
        "وكالة",
        "هيئة",
        "مؤسسة",
        "منظمة",
        "مجلس",
        "حزب",
        "بنك",
        "مصرف",
        "نادي",
        "محكمة",
        "جمعية",
    ]
)
# Time words that follow a name without belonging to it ("مجلس الأمن الأربعاء").
_TIME_WORDS = frozenset(
    matching_form(w)
    for w in [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "الماضي",
        "المقبل",
        "الحالي",
    ]
)
RARE_NAME_CLASS = 6  # a word this rare right after the head is a name (نوفوستي، سبوتنيك)
MAX_ORG_WORDS = 4
# When the words after the head are already tagged ORG, keep that span (ANERcorp's convention:
# the head is outside, "صحيفة [واشنطن بوست]"); the head is joined only to untagged words or to a
# place or person inside the name ("بلدية [الإسكندرية]"). Chosen on held-out dev (NOTES.md).
KEEP_NAMED_ORGANISATIONS = True  # the head and at most four words after it


def organisations(
    texts: Mapping[Field, str], spans: Sequence[Span], facts: WordFacts | None = None
) -> list[Span]:
    """Tag "head noun + name" whole as ORG: an indefinite head (وزارة، جامعة، شركة...) followed by
    definite words, words the model tagged or, with `facts`, a rare word (a foreign name:
    "وكالة نوفوستي"); spans inside it (the place in "بلدية الإسكندرية")
    give way to it. ANERcorp's annotation of these is thin, so the model alone misses them."""
    found = list(spans)
    for field, text in texts.items():
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        for i, (start, end) in enumerate(words):
            head = matching_form(text[start:end])
            clitic = 1 if head[:1] in _CLITICS and head[1:] in _ORG_HEADS else 0
            if head[clitic:] not in _ORG_HEADS:
                continue
            head_start = _skip_letters(text, start, clitic)
            following = words[i + 1 : i + 1 + MAX_ORG_WORDS]
            last = _org_extent(text, following, end, found, field, facts)
            if last is None:
                continue
            overlapping = [
                s for s in found if s.field == field and s.start < last and head_start < s.end
            ]
            if any(s.start < head_start for s in overlapping):
                continue  # a span the model began earlier holds the head: keep it
            if KEEP_NAMED_ORGANISATIONS and any(s.label == "ORG" for s in overlapping):
                continue  # "شركة [ميتسوبيشي]": the organisation is already named, as ANERcorp does
            last = max([last, *(s.end for s in overlapping)])
            found = [s for s in found if s not in overlapping]
            found.append(Span(field, head_start, last, "ORG"))
    return found


def _org_extent(
    text: str,
    following: Sequence[tuple[int, int]],
    head_end: int,
    spans: Sequence[Span],
    field: Field,
    facts: WordFacts | None = None,
) -> int | None:
    """Where the organisation's name after its head ends; None when no word belongs to it."""
    if text[head_end - 1] in _EDGE_PUNCT:
        return None
    last = None
    for start, end in following:
        raw = text[start:end]
        word = matching_form(raw.strip(_EDGE_PUNCT))
        word_end = start + len(raw.rstrip(_EDGE_PUNCT))
        tagged = any(s.field == field and s.start <= start and word_end <= s.end for s in spans)
        # After the first, a definite word belongs only as an adjective: nisba or feminine
        # ending ("الخارجية الروسية"، "الأشغال العامة"), not "وزارة الصحة المصابين".
        adjective = last is None or word.endswith(("ي", "يه", "ه"))
        definite = word.startswith("ال") and len(word) > 3 and word not in _TIME_WORDS and adjective
        bare = _MARKS.sub("", raw.strip(_EDGE_PUNCT))
        rare = last is None and facts is not None and facts.frequency(bare) <= RARE_NAME_CLASS
        if not word or _not_name(raw) or not (tagged or definite or rare) or not raw[:1].isalpha():
            break
        last = word_end
        if raw[-1] in _EDGE_PUNCT:
            break
    return last
