"""The enricher's pure logic given a loaded spaCy pipeline: language, entities, key phrases, word count.

NER runs on the display form of each title and body; entity offsets are mapped back to the original
text, so `article.body[e.start:e.end] == e.text`.
"""

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import spacy
from spacy.language import Language

import services.enricher.components  # noqa: F401  (registers the custom spaCy parts before load)
from services.enricher.canonical import (
    ALIASES,
    Canonicalizer,
    EntityRegistry,
    KnownEntity,
)
from services.enricher.components import frequency_class
from services.enricher.entities import Mention, mention_at, ruler_names, spans_of, to_entities
from services.enricher.keyphrases import key_phrases
from services.enricher.language import detect_language
from services.enricher.names import shipped_lexicon
from services.enricher.spans import Span, clean_spans
from shared.arabic import matching_form, normalize_with_offsets
from shared.contracts import Article, EnrichedArticle
from shared.phonetic import phonetic_key

MODEL_DIR = Path(__file__).parent / "model"
BATCH_SIZE = 64
RECENT_PEOPLE = 20_000  # surnames remembered across articles before the memory starts afresh
_WORD = re.compile(r"\w+")
Field = Literal["title", "body"]


def load_pipeline(path: Path | None = None) -> Language:
    """Load the trained NER pipeline (services/enricher/model by default), offline."""
    return spacy.load(path or MODEL_DIR)


def word_count(text: str) -> int:
    """Words (runs of letters or digits) in a text."""
    return len(_WORD.findall(text))


class ListedWords:
    """WordFacts for the clean-up: wordfreq's frequency class, and the gazetteer's, the aliases'
    and the name lexicon's words (the gazetteer drops common words that only open longer names,
    such as "الولايات": gazetteer.py)."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names
        self.lexicon = shipped_lexicon()

    def frequency(self, word: str) -> int:
        return int(frequency_class(word)[1:])

    def listed(self, word: str) -> bool:
        return word in self.names or word in self.lexicon.kinds


class Enricher:
    """Adds language, entities with canonical ids, key phrases and word counts to articles."""

    def __init__(self, nlp: Language, registry: EntityRegistry) -> None:
        self.nlp = nlp
        self.canonicalizer = Canonicalizer(registry)
        self.known_names = ruler_names(nlp) | frozenset(ALIASES)
        self.facts = ListedWords(self.known_names)
        # Surname -> full names of persons tagged in recent articles (matching form), bounded.
        self.recent_people: dict[str, set[str]] = {}

    def enrich_many(self, articles: Sequence[Article]) -> list[EnrichedArticle]:
        """Enrich a batch; NER for all Arabic titles and bodies runs in one nlp.pipe pass."""
        languages = [detect_language(f"{a.title or ''}\n{a.body}") for a in articles]
        jobs: list[tuple[int, Field, str, list[int]]] = []
        for i, (article, language) in enumerate(zip(articles, languages, strict=True)):
            if language != "ar":
                continue
            for field, original in (("title", article.title or ""), ("body", article.body)):
                if original.strip():
                    normalized, offsets = normalize_with_offsets(original, "display")
                    jobs.append((i, field, normalized, offsets))  # type: ignore[arg-type]
        found: list[dict[Field, tuple[str, list[int], list[Span]]]] = [{} for _ in articles]
        docs = self.nlp.pipe((text for _, _, text, _ in jobs), batch_size=BATCH_SIZE)
        for (i, field, normalized, offsets), doc in zip(jobs, docs, strict=True):
            spans = [Span(field, s, e, label) for s, e, label in spans_of(doc)]
            found[i][field] = (normalized, offsets, spans)
        mentions = [
            self._mentions(article, fields) for article, fields in zip(articles, found, strict=True)
        ]
        return [
            self._enriched(article, language, found)
            for article, language, found in zip(articles, languages, mentions, strict=True)
        ]

    def _mentions(
        self, article: Article, fields: dict[Field, tuple[str, list[int], list[Span]]]
    ) -> list[Mention]:
        """The article's cleaned spans (see spans.py) as mentions in its original text."""
        texts = {field: text for field, (text, _, _) in fields.items()}
        found = [s for _, _, spans in fields.values() for s in spans]
        spans = clean_spans(texts, found, self._known, self.recent_people, self.facts)
        originals: dict[Field, str] = {"title": article.title or "", "body": article.body}
        mentions = [
            mention_at(s.field, originals[s.field], fields[s.field][1], s.start, s.end, s.label)
            for s in spans
        ]
        self._remember_people(mentions)
        return sorted(mentions, key=lambda m: (m.field != "title", m.start))

    def _remember_people(self, mentions: list[Mention]) -> None:
        if len(self.recent_people) > RECENT_PEOPLE:
            self.recent_people.clear()
        for m in mentions:
            words = matching_form(m.text).split()
            if m.label == "PER" and len(words) > 1:
                self.recent_people.setdefault(words[-1], set()).add(" ".join(words))

    def _known(self, word: str) -> bool:
        """A name the gazetteer, the aliases or the registry (as a place or person) knows."""
        if word in self.known_names:
            return True
        return any(
            self.canonicalizer.registry.lookup(f"{label}:{phonetic_key(word)}") is not None
            for label in ("PER", "LOC")
        )

    def resolve_mention(self, text: str, label: str) -> tuple[str, str]:
        """Canonical form and entity_id of one mention, as the registry now stands."""
        known = self.canonicalizer.resolve([(text, label)])[0]
        return known.canonical, known.entity_id

    def _enriched(
        self, article: Article, language: str, mentions: list[Mention]
    ) -> EnrichedArticle:
        resolved: list[KnownEntity] = self.canonicalizer.resolve(
            [(m.text, m.label) for m in mentions]
        )
        is_arabic = language == "ar"
        return EnrichedArticle(
            **article.model_dump(),
            language=language,
            is_arabic=is_arabic,
            word_count=word_count(article.body),
            entities=to_entities(mentions, resolved),
            key_phrases=key_phrases(article.title or "", article.body, article.keywords)
            if is_arabic or article.keywords
            else [],
        )
