"""Render the page corpus: every template prints three pages from the articles written for it.

    uv run python -m tests.corpus.pages.build          # writes tests/corpus/pages/built/
    uv run python -m tests.corpus.pages.build --check  # fails when built/ is out of date

Articles come from `articles_*.json` here and from the story set's reports
(`tests/corpus/stories/events_*.json`); both were written for the project. The output, pages and
`truth.json` in the format of ../shared/eval/seeds-truth.json, is committed so that `make eval`
reads plain files and anyone can open a page.
"""

from __future__ import annotations

import argparse
import html
import importlib
import json
import pkgutil
import random
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from tests.corpus.pages import templates
from tests.corpus.pages.model import Page, PageSpec, Story, Template

HERE = Path(__file__).parent
BUILT = HERE / "built"
STORIES = HERE.parent / "stories"
PAGES_PER_TEMPLATE = 3
_TAG = re.compile(r"<[^>]*>")


def load_stories() -> list[Story]:
    """Every article written for the corpus, in a fixed order."""
    stories: list[Story] = []
    for path in sorted(HERE.glob("articles_*.json")):
        stories.extend(Story(**item) for item in json.loads(path.read_text("utf-8")))
    for path in sorted(STORIES.glob("events_*.json")):
        for event in json.loads(path.read_text("utf-8"))["events"]:
            for k, report in enumerate(event["reports"]):
                stories.append(_story_of_report(event, k, report))
    return stories


def _story_of_report(event: dict[str, Any], k: int, report: dict[str, Any]) -> Story:
    return Story(
        key=f"{event['id']}/{k}",
        title=report["title"],
        paragraphs=list(report["paragraphs"]),
        published=report["published"],
        place=report.get("place"),
        agency=report.get("agency"),
        author=report.get("author"),
        section=_SECTIONS.get(event.get("category", ""), "أخبار"),
        keywords=list(report.get("keywords", [])),
    )


_SECTIONS = {
    "disaster": "حوادث",
    "weather": "طقس",
    "politics": "سياسة",
    "sport": "رياضة",
    "economy": "اقتصاد",
    "crime": "حوادث",
    "other": "منوعات",
}


def load_templates() -> list[Template]:
    """Every module of the templates package that defines TEMPLATE, by id."""
    found = []
    for info in pkgutil.iter_modules(templates.__path__):
        module = importlib.import_module(f"{templates.__name__}.{info.name}")
        template = getattr(module, "TEMPLATE", None)
        if isinstance(template, Template):
            found.append(template)
    ids = [t.id for t in found]
    if len(set(ids)) != len(ids):
        raise SystemExit(f"two templates share an id: {sorted(ids)}")
    return sorted(found, key=lambda t: t.id)


def plan(templates_: list[Template], stories: list[Story]) -> list[PageSpec]:
    """PAGES_PER_TEMPLATE pages a template, its articles drawn by the template's own seed.

    A template's pages depend only on its id and the article pool, so adding a template leaves
    every other template's pages as they were.
    """
    specs: list[PageSpec] = []
    for template in templates_:
        draw = random.Random(zlib.crc32(f"articles/{template.id}".encode()))
        chosen = draw.sample(stories, min(len(stories), PAGES_PER_TEMPLATE * 3))
        for k in range(PAGES_PER_TEMPLATE):
            rng = random.Random(zlib.crc32(f"{template.id}/{k}".encode()))
            main, glued = chosen[3 * k], chosen[3 * k + 1 : 3 * k + 1 + k % 3]
            others = [
                s for s in rng.sample(stories, min(len(stories), 12)) if s not in (main, *glued)
            ]
            related = [s.title for s in others[: rng.randint(3, 8)]]
            specs.append(PageSpec(f"{template.id}-{k}", template.site, main, glued, related, rng))
    return specs


def render_all() -> list[tuple[Template, Page]]:
    """Every page of the corpus with its template."""
    templates_ = load_templates()
    by_id = {t.id: t for t in templates_}
    pages = []
    for spec in plan(templates_, load_stories()):
        template = by_id[spec.name.rsplit("-", 1)[0]]
        page = template.render(spec)
        _validate(page)
        pages.append((template, page))
    return pages


def visible_text(page: Page) -> str:
    """The page's words as a reader sees them: tags gone, entities decoded, spaces single."""
    text = page.content
    if page.content_type == "text/html":
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split())


def _validate(page: Page) -> None:
    """The truth names text the page really prints."""
    text = visible_text(page)
    for article in page.truth["articles"]:
        for key in ("first_words", "last_words", "title"):
            value = article.get(key)
            if value and " ".join(value.split()) not in text:
                raise SystemExit(f"{page.name}: {key} {value!r} is not printed on the page")


def _file_name(page: Page) -> str:
    return page.name + (".html" if page.content_type == "text/html" else ".txt")


def truth_document(pages: list[tuple[Template, Page]]) -> dict[str, Any]:
    """The corpus truth in the format of ../shared/eval/seeds-truth.json, plus template ids."""
    bundles = []
    for template, page in pages:
        entry = {"bundle": _file_name(page), "template": template.id, "kind": template.kind}
        if page.url:
            entry["url"] = page.url
        entry.update(page.truth)
        entry["bundle"] = _file_name(page)
        bundles.append(entry)
    return {
        "format": "ground truth for the development pages in this folder (see build.py)",
        "bundles": bundles,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when built/ is out of date")
    args = parser.parse_args()
    pages = render_all()
    files = {_file_name(p): p.content for _, p in pages}
    files["truth.json"] = json.dumps(truth_document(pages), ensure_ascii=False, indent=1) + "\n"
    if args.check:
        stale = [
            n
            for n, c in files.items()
            if not (BUILT / n).exists() or (BUILT / n).read_text("utf-8") != c
        ]
        extra = sorted(p.name for p in BUILT.glob("*") if p.name not in files)
        if stale or extra:
            sys.stderr.write(f"built/ is out of date: {stale[:5]} {extra[:5]}; run the build\n")
            return 1
        return 0
    BUILT.mkdir(exist_ok=True)
    for old in BUILT.glob("*"):
        old.unlink()
    for name, content in files.items():
        (BUILT / name).write_text(content, "utf-8")
    kinds = {t.kind for t, _ in pages}
    sys.stdout.write(
        f"{len(pages)} pages from {len({t.id for t, _ in pages})} templates ({', '.join(sorted(kinds))})\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
