"""Read the IOB2 NER corpora (ANERcorp CAMeL split, NewsFANE Gold) into spaCy docs with coarse labels."""

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

Sentence = list[tuple[str, str]]  # (token, IOB2 tag)

LABELS = ("PER", "ORG", "LOC", "MISC")
ANERCORP_LABELS = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}

# NewsFANE's fine classes folded onto ANERcorp's four (ACE-style; GPE and facilities count as LOC).
NEWSFANE_LABELS = {
    **dict.fromkeys(
        [
            "Politician",
            "Athlete",
            "Artist",
            "Other_PER",
            "Religious_PER",
            "Scientist",
            "Businessperson",
            "Lawyer",
            "Engineer",
        ],
        "PER",
    ),
    **dict.fromkeys(
        [
            "Non-Governmental",
            "Sports",
            "Media",
            "Government",
            "Commercial",
            "Educational",
            "Police",
            "Religious_ORG",
            "Medical-Science",
            "Entertainment",
        ],
        "ORG",
    ),
    **dict.fromkeys(
        [
            "Nation",
            "Population-Center",
            "State-or-Province",
            "County-or-District",
            "GPE-Cluster",
            "Continent",
            "Water-Body",
            "Land-Region-Natural",
            "Celestial",
            "Building-Grounds",
            "Airport",
            "Path",
            "Subarea-Facility",
        ],
        "LOC",
    ),
}
_INVISIBLE = "\u200e\u200f\ufeff"


def read_conll(path: Path) -> list[Sentence]:
    """Sentences of (token, tag) pairs from a `token TAG` (space or tab) file with blank-line breaks."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip(" \t\r" + _INVISIBLE)
        if not line:
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, tag = line.rpartition("\t") if "\t" in line else line.rpartition(" ")
        token = token.strip(_INVISIBLE + " ")
        if token:
            current.append((token, tag.strip()))
    if current:
        sentences.append(current)
    return sentences


def coarse_tags(sentence: Sentence, mapping: dict[str, str]) -> list[str]:
    """IOB2 tags with each class mapped to a coarse label (unmapped classes become O)."""
    tags: list[str] = []
    for _, tag in sentence:
        prefix, _, label = tag.partition("-")
        coarse = mapping.get(label)
        if prefix not in ("B", "I") or coarse is None:
            tags.append("O")
        elif prefix == "I" and (not tags or tags[-1] == "O" or tags[-1][2:] != coarse):
            tags.append(f"B-{coarse}")  # an I- after another class starts a new entity
        else:
            tags.append(f"{prefix}-{coarse}")
    return tags


def to_docs(
    vocab: Vocab,
    sentences: Iterable[Sentence],
    mapping: dict[str, str],
    unmapped_missing: bool = False,
) -> list[Doc]:
    """One Doc per sentence, tokens joined by single spaces, entities set from the tags.

    With `unmapped_missing`, a token of a class the mapping lacks (NewsFANE's Book, Group, ...) is
    left unannotated rather than O, so the model is not taught that such names are not entities
    (ANERcorp would call many of them MISC).
    """
    docs = []
    for sentence in sentences:
        if not sentence:
            continue
        tags: list[str | None] = list(coarse_tags(sentence, mapping))
        if unmapped_missing:
            for i, (_, tag) in enumerate(sentence):
                if tag[:2] in ("B-", "I-") and tag[2:] not in mapping:
                    tags[i] = None
        # None marks a token unannotated; spaCy accepts it though its stub lists only str.
        docs.append(Doc(vocab, words=[t for t, _ in sentence], ents=tags))  # type: ignore[arg-type]
    return docs


def _starts_article(sentence: Sentence) -> bool:
    """A dateline opens an ANERcorp article: a place name, then "-" within the first tokens."""
    return sentence[0][1] == "B-LOC" and any(word == "-" for word, _ in sentence[1:4])


def split_train_dev(
    sentences: Sequence[Sentence], dev_share: float = 0.1
) -> tuple[list[Sentence], list[Sentence]]:
    """First ~90% for training, the rest for dev, cut at the next article start when one is near."""
    cut = int(len(sentences) * (1 - dev_share))
    for i in range(cut, min(cut + 60, len(sentences))):
        if _starts_article(sentences[i]):
            cut = i
            break
    return list(sentences[:cut]), list(sentences[cut:])


def write_conll(sentences: Iterable[Sentence], path: Path) -> None:
    """Write sentences back as `token TAG` lines with blank-line breaks."""
    blocks = ("\n".join(f"{token} {tag}" for token, tag in s) for s in sentences)
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def mostly_untagged(sentences: Iterable[Sentence], normalize: Callable[[str], str]) -> set[str]:
    """Single words tagged as an entity in under half of their (3+) occurrences: risky patterns."""
    seen: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    for sentence in sentences:
        for token, tag in sentence:
            key = normalize(token)
            seen[key] += 1
            tagged[key] += tag != "O"
    return {word for word, n in seen.items() if n >= 3 and tagged[word] / n < 0.5}


def mention_counts(sentences: Iterable[Sentence]) -> Counter[tuple[str, str]]:
    """How often each (surface text, coarse label) entity occurs, as the gazetteer files count them."""
    counts: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        tokens = [token for token, _ in sentence]
        for start, end, label in _token_spans(coarse_tags(sentence, ANERCORP_LABELS)):
            counts[" ".join(tokens[start:end]), label] += 1
    return counts


def _token_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            spans.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
    return spans
