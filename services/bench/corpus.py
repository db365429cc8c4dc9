"""A benchmark corpus: page dumps shaped like real ones, rebuilt from ANERCorp sentences.

Pure: `build_corpus` turns sentences and sample pages into named page texts, with exact and near
duplicates mixed in at a known rate; `services/bench/corpus_files.py` caches them on disk.
"""

import random
from dataclasses import dataclass
from enum import StrEnum

SITES = ("جيران العرب", "أخبار اليوم", "الوطن العربي", "صوت الأمة", "المشهد", "بوابة الخبر")
OUTLETS = ("صدى البلد", "صحيفة الاتحاد", "وكالة الصحافة المستقلة", "الأمصار", "وكالات", "رويترز")
AUTHORS = ("هايدي سيد", "محمد علي", "سارة حسن", "أحمد عبد الله", "ليلى منصور", "كريم يوسف")
MONTHS_AR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
DAYS_AR = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

# Punctuation that ANERCorp writes as its own token but a page glues to the previous word.
_GLUED = (".", "،", ",", ":", "؛", "؟", "!", ")")


class Kind(StrEnum):
    """Why a page is in the corpus."""

    ORIGINAL = "original"  # a fresh recombination of sentences
    SAMPLE = "sample"  # a real sample page, verbatim
    EXACT = "exact"  # an earlier page's article, word for word, in a different page frame
    NEAR = "near"  # an earlier page's article with light edits


@dataclass(frozen=True)
class CorpusPage:
    """One page of the corpus and how it relates to the others."""

    name: str
    text: str
    kind: Kind
    copy_of: int | None = None  # index of the page whose article this one repeats


@dataclass(frozen=True)
class Story:
    """The article a page carries, kept so duplicates can repeat or edit it."""

    title: str
    paragraphs: tuple[str, ...]


def read_sentences(conll_text: str) -> list[str]:
    """Sentences of a token-per-line corpus (first column; blank line between sentences)."""
    sentences: list[str] = []
    tokens: list[str] = []
    for line in [*conll_text.splitlines(), ""]:
        word = line.split(maxsplit=1)[0] if line.strip() else ""
        if word:
            tokens.append(word)
        elif tokens:
            sentences.append(_join(tokens))
            tokens = []
    return [s for s in sentences if len(s.split()) >= 4]


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    for mark in _GLUED:
        text = text.replace(f" {mark}", mark)
    return text.replace("( ", "(")


def build_corpus(
    sentences: list[str],
    samples: list[str],
    n_pages: int,
    *,
    exact_rate: float = 0.1,
    near_rate: float = 0.1,
    seed: int = 7,
) -> list[CorpusPage]:
    """`n_pages` pages: the samples verbatim, then originals, with duplicates at the given rates.

    Exactly round(n_pages * rate) pages are exact (resp. near) duplicates, each of an earlier
    original; their positions are drawn from the seed, so the same arguments give the same corpus.
    """
    if len(sentences) < 50:
        raise ValueError("need at least 50 sentences to build pages")
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not secrets
    n_exact, n_near = round(n_pages * exact_rate), round(n_pages * near_rate)
    first_free = min(len(samples), n_pages) + 1  # a duplicate needs an original before it
    if n_exact + n_near > n_pages - first_free:
        raise ValueError("duplicate rates leave no room for originals")
    slots = rng.sample(range(first_free, n_pages), n_exact + n_near)
    kinds = dict.fromkeys(slots[:n_exact], Kind.EXACT)
    kinds.update(dict.fromkeys(slots[n_exact:], Kind.NEAR))
    pages: list[CorpusPage] = []
    stories: dict[int, Story] = {}
    originals: list[int] = []
    for index in range(n_pages):
        name = f"{index:05d}.txt"
        if index < len(samples):
            pages.append(CorpusPage(name, samples[index], Kind.SAMPLE))
            continue
        kind = kinds.get(index, Kind.ORIGINAL)
        if kind is Kind.ORIGINAL:
            story = _story(rng, sentences)
            originals.append(index)
            copy_of = None
        else:
            copy_of = rng.choice(originals)
            source = stories[copy_of]
            story = source if kind is Kind.EXACT else _edit(rng, source, sentences)
        stories[index] = story
        pages.append(CorpusPage(name, _page(rng, story, sentences), kind, copy_of))
    return pages


def _story(rng: random.Random, sentences: list[str]) -> Story:
    title_words = rng.choice(sentences).split()[: rng.randint(6, 12)]
    paragraphs = tuple(
        " ".join(rng.sample(sentences, rng.randint(1, 3))) for _ in range(rng.randint(3, 7))
    )
    return Story(" ".join(title_words).rstrip(".،,:"), paragraphs)


def _edit(rng: random.Random, story: Story, sentences: list[str]) -> Story:
    """A light edit, as outlets do when they rewrite a wire story: a few words change."""
    paragraphs = list(story.paragraphs)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(paragraphs))
        words = paragraphs[at].split()
        pos = rng.randrange(len(words))
        if rng.random() < 0.5 and len(words) > 5:
            del words[pos]
        else:
            words.insert(pos, rng.choice(rng.choice(sentences).split()))
        paragraphs[at] = " ".join(words)
    if rng.random() < 0.3:
        paragraphs.append(rng.choice(sentences))  # an added closing sentence
    return Story(story.title, tuple(paragraphs))


def _date_line(rng: random.Random) -> str:
    day, year = rng.randint(1, 28), rng.choice((2024, 2025))
    month = rng.randrange(len(MONTHS_AR))
    hour, minute = rng.randint(1, 12), rng.randint(0, 59)
    return rng.choice(
        (
            f"{rng.choice(DAYS_AR)} {day} {MONTHS_AR[month]} {year} - {hour:02d}:{minute:02d} م",
            f"تاريخ النشر: {day}th, {MONTHS_EN[month]} {year} GMT",
            f"{MONTHS_AR[month]} {day}, {year}آخر تحديث: {MONTHS_AR[month]} {day}, {year}",
        )
    )


def _page(rng: random.Random, story: Story, sentences: list[str]) -> str:
    """A page dump around a story: header, date, paragraphs, source, extras."""
    spaced = rng.random() < 0.5  # some dumps keep a blank line between blocks, some don't
    lines: list[str] = []
    if spaced:
        lines += [rng.choice(SITES), story.title, _date_line(rng), rng.choice(AUTHORS)]
    else:
        lines += [story.title, _date_line(rng)]
    lines += story.paragraphs
    lines.append(f"المصدر: {rng.choice(OUTLETS)}")
    if rng.random() < 0.4:
        second = _story(rng, sentences)
        lines += ["إقرأ أيضاً:", second.title, *second.paragraphs]
    if rng.random() < 0.3:
        lines.append("مقالات مشابهة")
        lines += [f"  • {_story(rng, sentences).title}" for _ in range(rng.randint(3, 8))]
    return ("\n\n" if spaced else "\n").join(lines) + "\n"
