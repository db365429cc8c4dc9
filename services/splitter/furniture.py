"""Page furniture learned per source: short lines that recur across many bundles of one outlet.

A line counts once per bundle (callers pass one bundle's lines per `learn` call). It is furniture
once seen in at least `min_bundles` bundles. Only lines under MAX_LINE_CHARS are kept, so memory
is bounded by the number of distinct short lines a source prints.
"""

from collections import Counter
from typing import Protocol, cast

import redis

MAX_LINE_CHARS = 120
DEFAULT_MIN_BUNDLES = 5


class Furniture(Protocol):
    """Recurring lines per source."""

    def known(self, source: str | None, lines: list[str]) -> set[str]:
        """The given lines that are furniture for this source."""
        ...

    def learn(self, source: str | None, lines: list[str]) -> None:
        """Count one bundle's lines toward this source's furniture."""
        ...


def countable(lines: list[str]) -> list[str]:
    """One bundle's distinct lines short enough to be furniture, in a stable order."""
    return sorted({line for line in lines if 0 < len(line) < MAX_LINE_CHARS})


class InMemoryFurniture:
    """Furniture counts held in this process (for `khabar analyze`, eval and tests)."""

    def __init__(self, min_bundles: int = DEFAULT_MIN_BUNDLES) -> None:
        self.min_bundles = min_bundles
        self._counts: dict[str, Counter[str]] = {}

    def known(self, source: str | None, lines: list[str]) -> set[str]:
        """The given lines seen in at least min_bundles bundles of this source."""
        counts = self._counts.get(source or "", Counter())
        return {line for line in countable(lines) if counts[line] >= self.min_bundles}

    def learn(self, source: str | None, lines: list[str]) -> None:
        """Add one bundle's distinct short lines to this source's counts."""
        self._counts.setdefault(source or "", Counter()).update(countable(lines))


class RedisFurniture:
    """Furniture counts in one Redis hash per source: `<prefix>:furniture:<source>`.

    Args:
        client: a synchronous redis.Redis (decode_responses either way).
        prefix: the deployment's stream prefix, so tests and tenants stay apart.
        min_bundles: bundles a line must appear in before it counts as furniture.
    """

    def __init__(
        self, client: redis.Redis, prefix: str = "khabar",
        min_bundles: int = DEFAULT_MIN_BUNDLES,
    ) -> None:  # fmt: skip
        self.client, self.prefix, self.min_bundles = client, prefix, min_bundles

    def key(self, source: str | None) -> str:
        """The hash holding one source's line counts."""
        return f"{self.prefix}:furniture:{source or '_'}"

    def known(self, source: str | None, lines: list[str]) -> set[str]:
        """The given lines seen in at least min_bundles bundles of this source (one HMGET)."""
        fields = countable(lines)
        if not fields:
            return set()
        counts = cast(list[bytes | str | None], self.client.hmget(self.key(source), fields))
        return {f for f, c in zip(fields, counts, strict=True) if c and int(c) >= self.min_bundles}

    def learn(self, source: str | None, lines: list[str]) -> None:
        """HINCRBY each distinct short line once, in one pipeline round trip."""
        fields = countable(lines)
        if not fields:
            return
        key = self.key(source)
        with self.client.pipeline(transaction=False) as pipe:
            for line in fields:
                pipe.hincrby(key, line, 1)
            pipe.execute()
