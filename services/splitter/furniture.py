"""Page furniture learned per source: short lines that recur across many bundles of one outlet.

A line counts once per bundle: `learn` counts a bundle's lines only the first time it sees the
bundle's id, so a redelivered bundle (at-least-once delivery) is not counted twice, and `known`
leaves the bundle's own count out. A line is furniture for a bundle once seen in at least
`min_bundles` other bundles of its source. Only lines under MAX_LINE_CHARS are kept, so memory
is bounded by the number of distinct short lines a source prints.
"""

from collections import Counter
from typing import Protocol, cast

import redis

MAX_LINE_CHARS = 120
DEFAULT_MIN_BUNDLES = 5


class Furniture(Protocol):
    """Recurring lines per source."""

    def known(self, source: str | None, lines: list[str], bundle_id: str) -> set[str]:
        """The given lines that are furniture for this source, not counting this bundle."""
        ...

    def learn(self, source: str | None, lines: list[str], bundle_id: str) -> None:
        """Count one bundle's lines toward this source's furniture, once per bundle id."""
        ...


def countable(lines: list[str]) -> list[str]:
    """One bundle's distinct lines short enough to be furniture, in a stable order."""
    return sorted({line for line in lines if 0 < len(line) < MAX_LINE_CHARS})


class InMemoryFurniture:
    """Furniture counts held in this process (for `khabar analyze`, eval and tests)."""

    def __init__(self, min_bundles: int = DEFAULT_MIN_BUNDLES) -> None:
        self.min_bundles = min_bundles
        self._counts: dict[str, Counter[str]] = {}
        self._counted: set[str] = set()

    def known(self, source: str | None, lines: list[str], bundle_id: str) -> set[str]:
        """The given lines seen in at least min_bundles other bundles of this source."""
        counts = self._counts.get(source or "", Counter())
        least = self.min_bundles + (bundle_id in self._counted)
        return {line for line in countable(lines) if counts[line] >= least}

    def learn(self, source: str | None, lines: list[str], bundle_id: str) -> None:
        """Add one bundle's distinct short lines to this source's counts, once per bundle."""
        if bundle_id not in self._counted:
            self._counted.add(bundle_id)
            self._counts.setdefault(source or "", Counter()).update(countable(lines))


# Counts a bundle's lines only if its marker was not set yet, atomically, so a bundle delivered
# twice, even to two workers at once, is counted once.
_LEARN_ONCE = """
if not redis.call('SET', KEYS[2], 1, 'NX', 'EX', ARGV[1]) then return 0 end
for i = 2, #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end
return 1
"""
COUNTED_TTL_S = 7 * 24 * 3600  # redeliveries come within minutes; the markers stay bounded


class RedisFurniture:
    """Furniture counts in one Redis hash per source: `<prefix>:furniture:<source>`.

    Each counted bundle leaves a marker `<prefix>:furniture-counted:<bundle id>` for COUNTED_TTL_S.

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
        self._learn_once = client.register_script(_LEARN_ONCE)

    def key(self, source: str | None) -> str:
        """The hash holding one source's line counts."""
        return f"{self.prefix}:furniture:{source or '_'}"

    def counted_key(self, bundle_id: str) -> str:
        """The marker saying this bundle's lines were counted."""
        return f"{self.prefix}:furniture-counted:{bundle_id}"

    def known(self, source: str | None, lines: list[str], bundle_id: str) -> set[str]:
        """The given lines seen in at least min_bundles other bundles of this source."""
        fields = countable(lines)
        if not fields:
            return set()
        with self.client.pipeline(transaction=False) as pipe:
            pipe.hmget(self.key(source), fields)
            pipe.exists(self.counted_key(bundle_id))
            counts, counted = cast(tuple[list[bytes | str | None], int], pipe.execute())
        least = self.min_bundles + (counted > 0)
        return {f for f, c in zip(fields, counts, strict=True) if c and int(c) >= least}

    def learn(self, source: str | None, lines: list[str], bundle_id: str) -> None:
        """HINCRBY each distinct short line once, unless this bundle was counted before."""
        fields = countable(lines)
        if not fields:
            return
        keys = [self.key(source), self.counted_key(bundle_id)]
        self._learn_once(keys=keys, args=[COUNTED_TTL_S, *fields])
