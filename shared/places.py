"""The places gazetteer: cities, provinces and countries with their country and spellings.

`shared/data/places.tsv` (name, country, kind, variants joined by "|") was written for the
project from general knowledge. The splitter reads it to tell a two-word dateline ("أبو ظبي")
from a writer's name; story matching reads it to match and to tell apart the places of events.
"""

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PLACES_FILE = Path(__file__).parent / "data" / "places.tsv"


@dataclass(frozen=True, slots=True)
class Place:
    """One place with every spelling news uses for it."""

    name: str
    country: str
    kind: str  # country | province | city
    variants: tuple[str, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        """The usual name first, then its variants."""
        return (self.name, *self.variants)


@lru_cache(maxsize=1)
def load_places(path: Path = PLACES_FILE) -> tuple[Place, ...]:
    """Every place of the gazetteer, in file order; empty when the file is missing."""
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return tuple(
        Place(
            name=row["name"].strip(),
            country=row["country"].strip(),
            kind=row["kind"].strip(),
            variants=tuple(v.strip() for v in (row.get("variants") or "").split("|") if v.strip()),
        )
        for row in rows
        if row.get("name", "").strip()
    )
