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
from services.enricher.canonical import Canonicalizer, EntityRegistry, KnownEntity
from services.enricher.entities import Mention, mentions_in, to_entities
from services.enricher.keyphrases import key_phrases
from services.enricher.language import detect_language
from shared.arabic import normalize_with_offsets
from shared.contracts import Article, EnrichedArticle

MODEL_DIR = Path(__file__).parent / "model"
BATCH_SIZE = 64
_WORD = re.compile(r"\w+")
Field = Literal["title", "body"]


def load_pipeline(path: Path | None = None) -> Language:
    """Load the trained NER pipeline (services/enricher/model by default), offline."""
    return spacy.load(path or MODEL_DIR)


def word_count(text: str) -> int:
    """Words (runs of letters or digits) in a text."""
    return len(_WORD.findall(text))


class Enricher:
    """Adds language, entities with canonical ids, key phrases and word counts to articles."""

    def __init__(self, nlp: Language, registry: EntityRegistry) -> None:
        self.nlp = nlp
        self.canonicalizer = Canonicalizer(registry)

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
        mentions: list[list[Mention]] = [[] for _ in articles]
        docs = self.nlp.pipe((text for _, _, text, _ in jobs), batch_size=BATCH_SIZE)
        for (i, field, _, offsets), doc in zip(jobs, docs, strict=True):
            original = articles[i].title or "" if field == "title" else articles[i].body
            mentions[i].extend(mentions_in(doc, field, original, offsets))
        return [
            self._enriched(article, language, found)
            for article, language, found in zip(articles, languages, mentions, strict=True)
        ]

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
