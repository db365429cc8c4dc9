"""The search-quality suite on a real node: articles through the indexer, queries through search,
and highlights a reader can read (no HTML entities in the CLI, no HTML injected in the page)."""

from collections.abc import Iterator

import pytest
from elasticsearch7 import Elasticsearch
from typer.testing import CliRunner

from services.cli import app
from services.evaluation.search import indexed_suite, suite_document_id
from services.evaluation.search_suite import load_articles, load_queries
from services.highlight import plain
from services.indexer.bulk import ensure_index, index_batch
from services.search import build_request, read_response, run_request, search
from shared.search_names import NameMatch
from tests import servers

pytestmark = pytest.mark.integration

# Orthographic variants, phrases and digits: what Khabar's search already finds.
GREEN_QUERIES = [
    "orthographic:الامم المتحدة",
    "orthographic:وزیر الزراعة",
    "orthographic:رِيخْتَر",
    "orthographic:مـعـرض الـكـتـاب",
    "orthographic:القاهره",
    'phrases:"حرائق الغابات"',
    'phrases:"مجلس الأمن"',
    "numbers:٢٠٣٠",
    "numbers:١٥٠٠ منزل",
]


@pytest.fixture(scope="module")
def suite_alias(es_client: Elasticsearch, es_url: str) -> Iterator[str]:
    """An alias holding every suite article, indexed the way the indexer stage does it."""
    alias = servers.unique_name("suite")
    ensure_index(es_client, alias)
    outcome = index_batch(es_client, alias, indexed_suite(load_articles()), refresh=True)
    assert not outcome.rejected
    yield alias
    servers.delete_indices(es_url, alias)


@pytest.mark.parametrize("query_id", GREEN_QUERIES)
def test_suite_query_finds_every_article_it_must_in_the_top_ten(
    es_client: Elasticsearch, suite_alias: str, query_id: str
) -> None:
    query = next(q for q in load_queries() if q.id == query_id)
    ids = {suite_document_id(a): a.id for a in load_articles()}
    result = search(es_client, suite_alias, query.text, collapse=None, size=10)
    found = {ids[hit.id] for hit in result.hits}
    assert query.must_find <= found
    assert not query.must_not & found


def test_search_marks_the_matched_word_and_escapes_the_quotes_around_it(
    es_client: Elasticsearch, corpus_alias: str
) -> None:
    result = search(es_client, corpus_alias, "أجواء بناءة", collapse=None, size=3)
    fragments = [f for hit in result.hits for f in hit.snippets]
    quoted = [f for f in fragments if "بناءة</mark>&quot;" in f]
    assert quoted  # escaped for HTML, the marker around the word itself
    assert '"بناءة"' in plain(quoted[0])


def test_cli_search_prints_quotes_not_html_entities(
    corpus_alias: str, es_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ES_INDEX", corpus_alias)
    result = CliRunner().invoke(app, ["search", "أجواء بناءة", "--es-url", es_url])
    assert result.exit_code == 0, result.output
    assert '"بناءة"' in result.output
    assert "&quot;" not in result.output
    assert "<mark>" not in result.output


def test_another_spelling_found_for_a_name_is_marked_in_the_text(
    es_client: Elasticsearch, suite_alias: str
) -> None:
    names = {"ترمب": NameMatch("ترمب", ("trmb",), ("ترامب",))}
    body = build_request("الرئيس ترمب", collapse=None, size=20, names=names)
    body["query"] = {"match": {"body": "الرئيس"}}  # stands in for a name-key match
    body["highlight"]["highlight_query"]["bool"]["should"][0] = body["query"]
    response = run_request(es_client, suite_alias, body)
    assert response is not None
    fragments = [f for hit in read_response(response).hits for f in hit.snippets]
    assert any("<mark>ترامب</mark>" in f for f in fragments)
