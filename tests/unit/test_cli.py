"""The `khabar` command as a person meets it: help, analyze, and clear errors."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from services.cli import app
from shared.contracts import DedupedArticle

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
runner = CliRunner()


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in (
        "push",
        "worker",
        "run",
        "stop",
        "status",
        "search",
        "story",
        "analyze",
        "dlq",
        "reindex",
        "serve",
    ):
        assert command in result.output


@pytest.mark.slow
def test_analyze_prints_one_valid_contract_article_per_line() -> None:
    result = runner.invoke(app, ["analyze", str(SAMPLES), "--jsonl"])
    assert result.exit_code == 0, result.output
    articles = [
        DedupedArticle.model_validate(json.loads(line)) for line in result.stdout.splitlines()
    ]
    assert len({a.bundle_id for a in articles}) == 5
    assert sum(a.role == "main" for a in articles) == 5
    assert all(a.story_id for a in articles)


def test_push_of_a_missing_path_says_what_to_do() -> None:
    result = runner.invoke(app, ["push", "/no/such/folder"])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_status_without_redis_says_how_to_start_it() -> None:
    result = runner.invoke(app, ["status", "--redis-url", "redis://127.0.0.1:1/0"])
    assert result.exit_code == 2
    assert "make run" in result.output


def test_story_help_says_what_it_shows_and_where_ids_come_from() -> None:
    result = runner.invoke(app, ["story", "--help"])
    assert result.exit_code == 0
    assert "first report" in result.output
    assert "khabar search" in result.output
    assert "--json" in result.output


def test_story_without_elasticsearch_says_how_to_start_it() -> None:
    result = runner.invoke(app, ["story", "abc-000", "--es-url", "http://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "make run" in result.output


def test_watch_help_lists_its_commands() -> None:
    result = runner.invoke(app, ["watch", "--help"])
    assert result.exit_code == 0
    for command in ("add", "list", "pause", "resume", "rm"):
        assert command in result.output


def test_watch_add_that_would_match_everything_says_what_to_give() -> None:
    result = runner.invoke(app, ["watch", "add", "كل شيء", "--owner", "desk"])
    assert result.exit_code == 2
    assert "--source or --entity" in result.output


def test_watch_list_without_elasticsearch_says_how_to_start_it() -> None:
    result = runner.invoke(app, ["watch", "list", "--es-url", "http://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "make run" in result.output
