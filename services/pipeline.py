"""The four stages chained in one process, without Redis or Elasticsearch (`khabar analyze`, eval)."""

from dataclasses import dataclass, field

from spacy.language import Language

from services.dedup.dedup import Deduplicator
from services.dedup.store import InMemoryDedupStore
from services.dedup.stories import InMemoryStoryStore, StoryAssigner
from services.enricher.canonical import InMemoryRegistry
from services.enricher.enrich import Enricher, load_pipeline
from services.splitter.furniture import InMemoryFurniture
from services.splitter.split import split_bundle
from shared.contracts import Bundle, DedupedArticle
from shared.errors import BadInput


@dataclass
class Outcome:
    """What one bundle became: its articles, or the reason it could not be read."""

    articles: list[DedupedArticle] = field(default_factory=list)
    error: BadInput | None = None


class InProcessPipeline:
    """Split, enrich and deduplicate bundles with in-memory stores shared across calls."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.furniture = InMemoryFurniture()
        self.enricher = Enricher(nlp or load_pipeline(), InMemoryRegistry())
        self.deduplicator = Deduplicator(InMemoryDedupStore(), StoryAssigner(InMemoryStoryStore()))

    def run(self, bundle: Bundle) -> Outcome:
        """One bundle through every stage; bad input is reported, not raised."""
        try:
            articles = split_bundle(bundle, self.furniture)
        except BadInput as exc:
            return Outcome(error=exc)
        enriched = self.enricher.enrich_many(articles)
        return Outcome(articles=[self.deduplicator.apply(article) for article in enriched])
