"""The story development set (tests/corpus/stories): events, their reports, and event folds.

Each event has reports by several outlets; a hard negative (`negative_of`) is another event that
looks like one (a quake in another city, a fire in the next province) and must stay apart.
A report becomes an Article the way the splitter would cut it: the dateline and agency apart
from the body, paragraphs joined by blank lines.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from shared.contracts import Article, Role

EVENTS_DIR = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "stories"


@dataclass(frozen=True, slots=True)
class Report:
    """One report of an event, as an Article, with its event and the event's group."""

    article: Article
    event: str
    group: str  # the main event's id: an event and its hard negatives share it


def load_events(folder: Path = EVENTS_DIR) -> list[dict[str, Any]]:
    """Every event of events_*.json, in file order."""
    return [
        event
        for path in sorted(folder.glob("events_*.json"))
        for event in json.loads(path.read_text(encoding="utf-8"))["events"]
    ]


def _article(event_id: str, index: int, report: dict[str, Any]) -> Article:
    digest = hashlib.sha256(f"{event_id}/{index}".encode()).hexdigest()[:16]
    place, agency = report.get("place"), report.get("agency")
    return Article(
        id=f"{digest}-000",
        bundle_id=digest,
        position=0,
        role=Role.MAIN,
        title=report["title"],
        body="\n\n".join(report["paragraphs"]),
        published_at=datetime.fromisoformat(report["published"]),
        published_has_time=True,
        source=report.get("outlet"),
        author=report.get("author"),
        dateline=f"{place} ({agency})" if place and agency else place,
        agency=agency,
        keywords=list(report.get("keywords") or []),
    )


def load_reports(folder: Path = EVENTS_DIR) -> list[Report]:
    """Every report of the set in published order (ties by event and position)."""
    events = load_events(folder)
    by_id = {e["id"]: e for e in events}

    def group_of(event: dict[str, Any]) -> str:
        while event.get("negative_of") in by_id:
            event = by_id[event["negative_of"]]
        return str(event["id"])

    reports = [
        Report(_article(e["id"], k, r), e["id"], group_of(e))
        for e in events
        for k, r in enumerate(e["reports"])
    ]
    reports.sort(key=lambda r: (r.article.published_at or datetime.min, r.event, r.article.id))
    return reports


def folds(reports: list[Report], k: int = 5) -> list[set[str]]:
    """k sets of event groups, each group whole in one fold, dealt round-robin in id order."""
    groups = sorted({r.group for r in reports})
    return [set(groups[i::k]) for i in range(k)]
