"""One row of `make eval`: a measured figure beside the floor it must stay above."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Metric:
    """A named score of one part of the pipeline on one data set."""

    part: str  # splitter, metadata, ner, canonical, dedup, stories
    name: str  # e.g. "recall (headline)", "F1 micro"
    value: float
    floor: float | None = None  # the eval gate fails when value < floor
    detail: str = ""  # counts behind the figure, e.g. "23/25"

    @property
    def passed(self) -> bool:
        """True when there is no floor or the value reaches it."""
        return self.floor is None or self.value >= self.floor


def render(metrics: list[Metric]) -> str:
    """A plain-text table, one metric per line, grouped by part."""
    header = f"{'part':<10} {'metric':<36} {'value':>7} {'floor':>7}  detail"
    lines = [header, "-" * len(header)]
    for m in metrics:
        floor = f"{m.floor:.3f}" if m.floor is not None else ""
        mark = "" if m.passed else "  << below floor"
        lines.append(f"{m.part:<10} {m.name:<36} {m.value:>7.3f} {floor:>7}  {m.detail}{mark}")
    return "\n".join(lines)
