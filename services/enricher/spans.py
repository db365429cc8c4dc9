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
from typing import Literal, NamedTuple

from shared.arabic import display_form, matching_form, normalize_with_offsets

Field = Literal["title", "body"]


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
    # Tanween fath marks an adverb or accusative (هاتفياً، رسمياً); names do not take it.
    return stripped.endswith(_TANWEEN_FATH) or _plain(stripped) in NOT_NAME_WORDS


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


def clitic_length(word: str, known: Callable[[str], bool]) -> int:
    """How many leading clitic letters to drop from `word` (matching form): 0, 1 or 2."""
    for n in (1, 2):
        if len(word) - n < 3 or any(c not in _CLITICS for c in word[:n]):
            break
        rest = word[n:]
        if rest.startswith("ال") or known(rest):
            return n
    return 0


def _matching_with_offsets(text: str) -> tuple[str, list[int]]:
    return normalize_with_offsets(text, "matching")


def clean_spans(
    texts: Mapping[Field, str],
    spans: Sequence[Span],
    known: Callable[[str], bool],
    people: Mapping[str, Collection[str]] | None = None,
) -> list[Span]:
    """Trim, un-clitic and propagate the spans of one article (texts are display forms).

    `people` maps a surname to full names (matching form) tagged in earlier articles: a full name
    written here is tagged too, though the model missed it in this article.
    """
    matching = {field: _matching_with_offsets(text) for field, text in texts.items()}
    # Words without the punctuation glued to them: "روبيو،" is the bare word روبيو.
    bare_words = {w for form, _ in matching.values() for w in _LETTERS.findall(form)}

    def is_known(word: str) -> bool:
        return word in bare_words or known(word)

    cleaned: list[Span] = []
    for span in spans:
        text = texts[span.field]
        trimmed = trim_edges(text, span.start, span.end)
        if trimmed is None:
            continue
        start, end = trimmed
        first = matching_form(text[start:end].split()[0])
        drop = clitic_length(first, is_known)
        if drop:
            start = _skip_letters(text, start, drop)
        if start < end:
            cleaned += split_coordinated(text, Span(span.field, start, end, span.label), is_known)
    person_names = _person_names(texts, cleaned)
    forms = [form for form, _ in matching.values()]
    for word in bare_words & (people or {}).keys():
        for full in (people or {})[word]:
            if any(full in form for form in forms):
                person_names |= {full, word}
    return _propagated(matching, cleaned, _consistent_labels(texts, cleaned, person_names))


COORDINATED_LABELS = frozenset({"PER", "LOC"})  # organisation names often hold و (للتربية والعلوم)


def split_coordinated(text: str, span: Span, known: Callable[[str], bool]) -> list[Span]:
    """Cut "X وY" into X and Y when Y (matching form, without و) is a known name; else [span]."""
    if span.label not in COORDINATED_LABELS:
        return [span]
    piece = text[span.start : span.end]
    words = [(span.start + m.start(), span.start + m.end()) for m in _WORD.finditer(piece)]
    for i, (word_start, word_end) in enumerate(words[1:], 1):
        word = matching_form(text[word_start:word_end])
        # Short remainders are left alone: وليد is a name, not و + ليد.
        if word.startswith("و") and len(word) - 1 >= MIN_PROPAGATED_LETTERS and known(word[1:]):
            left = Span(span.field, span.start, words[i - 1][1], span.label)
            right = Span(span.field, _skip_letters(text, word_start, 1), span.end, span.label)
            return [left, *split_coordinated(text, right, known)]
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
