"""Write the JSON Schema of every stream message to shared/contracts/schemas/ (`make schemas`)."""

import json
from pathlib import Path

from pydantic import BaseModel

from shared.contracts import (
    Alert,
    Article,
    Bundle,
    DeadLetter,
    DedupedArticle,
    DedupVerdict,
    EnrichedArticle,
)

SCHEMA_DIR = Path(__file__).parent / "schemas"
MODELS: tuple[type[BaseModel], ...] = (
    Bundle,
    Article,
    EnrichedArticle,
    DedupVerdict,
    DedupedArticle,
    DeadLetter,
    Alert,
)


def schema_file(model: type[BaseModel]) -> Path:
    """Where a model's schema lives, e.g. schemas/article.v1.json."""
    version = (
        model.model_fields["schema_version"].default
        if "schema_version" in model.model_fields
        else 1
    )
    return SCHEMA_DIR / f"{model.__name__.lower()}.v{version}.json"


def render(model: type[BaseModel]) -> str:
    """The schema as committed: sorted keys, two-space indent, newline at the end."""
    return (
        json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    )


def main() -> None:
    """Write every schema."""
    SCHEMA_DIR.mkdir(exist_ok=True)
    for model in MODELS:
        schema_file(model).write_text(render(model), encoding="utf-8")


if __name__ == "__main__":
    main()
