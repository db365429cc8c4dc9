"""The development pages: committed output matches the templates, and the truth is printed."""

import subprocess
import sys

from services.evaluation.pages import load_corpus


def test_the_committed_pages_are_what_the_templates_render() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.corpus.pages.build", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_corpus_holds_twenty_templates_of_three_pages_html_and_text() -> None:
    pages = load_corpus()
    templates = {p["template"] for p in pages}
    assert len(pages) >= 60
    assert len(templates) >= 20
    assert {p["kind"] for p in pages} == {"html", "text"}
    assert all(sum(1 for a in p["articles"] if a["role"] == "main") == 1 for p in pages)
