"""The index template file and the names of versioned indices behind an alias."""

import json
import re
from pathlib import Path
from typing import Any

from elasticsearch7 import Elasticsearch

TEMPLATE_PATH = Path(__file__).resolve().parents[1] / "infra" / "index-template.json"
WORD_FORMS_PATH = TEMPLATE_PATH.with_name("word-forms.txt")
BASE_PRIORITY = 100


def load_template(path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    """The composable index template in infra/index-template.json, with the `word_forms` rules
    from infra/word-forms.txt written in (one file for the local node and compose's ES 8 alike)."""
    template: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    filters = template["template"]["settings"]["analysis"]["filter"]
    if "word_forms" in filters:
        filters["word_forms"]["rules"] = read_word_forms()
    return template


def read_word_forms(path: Path = WORD_FORMS_PATH) -> list[str]:
    """The `stemmer_override` rules of a word-forms file, comments and blank lines skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def template_for(alias: str, path: Path = TEMPLATE_PATH) -> dict[str, Any]:
    """The template body that applies to `<alias>-*` indices."""
    template = load_template(path)
    template["index_patterns"] = [f"{alias}-*"]
    # ES refuses two overlapping templates of equal priority; a longer alias is a more specific
    # pattern, so ranking by length keeps `khabar-articles-*` and `khabar-articles-t1-*` apart.
    template["priority"] = BASE_PRIORITY + len(alias)
    return template


def template_name(alias: str) -> str:
    """The name the template is stored under for an alias."""
    return alias


def put_template(client: Elasticsearch, alias: str, path: Path = TEMPLATE_PATH) -> None:
    """Create or replace the alias's index template (idempotent)."""
    client.indices.put_index_template(name=template_name(alias), body=template_for(alias, path))


def versioned_index(alias: str, version: int) -> str:
    """The concrete index name for a version: `<alias>-v<version>`."""
    return f"{alias}-v{version}"


def index_version(alias: str, index: str) -> int | None:
    """The version number of `<alias>-v<n>`, None for any other name."""
    match = re.fullmatch(re.escape(alias) + r"-v(\d+)", index)
    return int(match.group(1)) if match else None


def mapped_fields(mappings: dict[str, Any], prefix: str = "") -> set[str]:
    """Every field path a mapping defines, subfields included (`body.exact`, `entities.label`)."""
    fields: set[str] = set()
    for name, spec in mappings.get("properties", {}).items():
        path = f"{prefix}{name}"
        fields.add(path)
        fields |= mapped_fields(spec, f"{path}.")
        for sub in spec.get("fields", {}):
            fields.add(f"{path}.{sub}")
    return fields
