"""A StoryView as lines of plain text for `khabar story` (pure)."""

from datetime import datetime

from services.search import Facet
from services.story_view import StoryView, TimelineEntry

ENTITY_TITLES = {"per": "people", "org": "organisations", "misc": "other"}
ROLE_MARKS = {"read_also": "read-also", "headline": "headline only"}
LABEL_WIDTH = 14


def when(entry: TimelineEntry) -> str:
    """`YYYY-MM-DD HH:MM` as published (local to the outlet), the day alone when no time was printed."""
    if not entry.published_at:
        return "undated"
    try:
        moment = datetime.fromisoformat(entry.published_at)
    except ValueError:
        return entry.published_at
    return moment.strftime("%Y-%m-%d %H:%M" if entry.has_time else "%Y-%m-%d")


def story_lines(view: StoryView) -> list[str]:
    """Header, first report, numbered timeline (copies marked), shared entities and places."""
    numbers = {entry.id: n for n, entry in enumerate(view.timeline, start=1)}
    dated = [when(e) for e in view.timeline if e.published_at]
    span = f", {dated[0]} to {dated[-1]}" if dated and dated[0] != dated[-1] else ""
    outlets = len(view.outlets)
    lines = [
        f"Story {view.story_id}: {_plural(view.total, 'report')} from "
        f"{_plural(outlets, 'outlet')}{span}",
        "",
        "First report",
        f"  {_outlet(view.first_report)} · {when(view.first_report)}",
        f"  {_title(view.first_report)}",
        "",
        "Timeline",
    ]
    time_width = max(len(when(e)) for e in view.timeline)
    outlet_width = max(len(_outlet(e)) for e in view.timeline)
    for n, entry in enumerate(view.timeline, start=1):
        marks = _marks(entry, numbers)
        lines.append(
            f"  {n:>2}. {when(entry):<{time_width}}  {_outlet(entry):<{outlet_width}}  "
            f"{_title(entry)}{marks}"
        )
    if view.total > len(view.timeline):
        more = view.total - len(view.timeline)
        lines.append(f"  … and {_plural(more, 'later report')} not listed")
    lines += ["", "Shared entities (how many reports name each)"]
    for key, title in ENTITY_TITLES.items():
        lines.append(f"  {title:<{LABEL_WIDTH}}{_facets(view.entities.get(key, []))}")
    lines.append(f"  {'places':<{LABEL_WIDTH}}{_facets(view.places)}")
    return lines


def _marks(entry: TimelineEntry, numbers: dict[str, int]) -> str:
    marks = []
    if entry.copy_kind is not None and entry.copy_of is not None:
        kind = "copy" if entry.copy_kind == "exact" else "near copy"
        target = numbers.get(entry.copy_of)
        marks.append(f"{kind} of {target if target is not None else entry.copy_of}")
    if entry.role in ROLE_MARKS:
        marks.append(ROLE_MARKS[entry.role])
    return f"  [{'; '.join(marks)}]" if marks else ""


def _outlet(entry: TimelineEntry) -> str:
    return entry.source or "(outlet unknown)"


def _title(entry: TimelineEntry) -> str:
    return entry.title or "(no title)"


def _facets(facets: list[Facet]) -> str:
    return " · ".join(f"{f.value} {f.count}" for f in facets) if facets else "-"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
