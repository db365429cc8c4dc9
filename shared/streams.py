"""Stage, stream and consumer-group names: the only place they are spelled."""

from enum import StrEnum


class Stage(StrEnum):
    """A pipeline stage; each reads one stream through a consumer group named after it."""

    SPLITTER = "splitter"
    ENRICHER = "enricher"
    DEDUP = "dedup"
    INDEXER = "indexer"
    ALERTS = "alerts"
    DELIVERY = "delivery"


# Which stream each stage reads, and which it writes (the indexer writes to Elasticsearch).
_INPUT = {
    Stage.SPLITTER: "bundles",
    Stage.ENRICHER: "articles",
    Stage.DEDUP: "enriched",
    Stage.INDEXER: "deduped",
    Stage.ALERTS: "deduped",
    Stage.DELIVERY: "alerts",
}
_OUTPUT = {
    Stage.SPLITTER: "articles",
    Stage.ENRICHER: "enriched",
    Stage.DEDUP: "deduped",
    Stage.ALERTS: "alerts",
}
DEAD_LETTERS = "dead-letters"


class Streams:
    """Stream names under one prefix, so tests and deployments never collide."""

    def __init__(self, prefix: str = "khabar") -> None:
        self.prefix = prefix

    def name(self, short: str) -> str:
        """Full stream name for a short name such as 'bundles'."""
        return f"{self.prefix}:{short}"

    @property
    def bundles(self) -> str:
        """Where pushers write raw pages."""
        return self.name("bundles")

    @property
    def dead_letters(self) -> str:
        """Where every stage puts what it could not process."""
        return self.name(DEAD_LETTERS)

    def input_of(self, stage: Stage) -> str:
        """The stream a stage consumes."""
        return self.name(_INPUT[stage])

    def output_of(self, stage: Stage) -> str | None:
        """The stream a stage produces, None for the indexer."""
        short = _OUTPUT.get(stage)
        return self.name(short) if short else None

    def key(self, *parts: str) -> str:
        """A non-stream Redis key under the prefix (dedup bands, entity registry, ...)."""
        return ":".join((self.prefix, *parts))

    def all_streams(self) -> list[str]:
        """Every stream in pipeline order, each once, dead letters last."""
        names = [self.input_of(stage) for stage in Stage]
        names += [name for stage in Stage if (name := self.output_of(stage))]
        return [*dict.fromkeys(names), self.dead_letters]


def group_of(stage: Stage) -> str:
    """The consumer group of a stage: every worker of a stage shares it."""
    return stage.value
