"""The node's arabic_forms analyzer gives what the word-forms build computed in Python."""

import random
from collections.abc import Iterator

import pytest
from elasticsearch7 import Elasticsearch

from services.indexer.bulk import ensure_index
from services.indexer.word_forms_build import light_stem, normalize, vocabulary
from shared.index_template import read_word_forms
from shared.search import make_client
from shared.settings import ServiceSettings
from tests import servers

pytestmark = pytest.mark.integration
SAMPLE = 3000


@pytest.fixture
def forms_index(es_url: str) -> Iterator[tuple[Elasticsearch, str]]:
    client = make_client(ServiceSettings(es_url=es_url))
    alias = servers.unique_name("forms-analysis")
    index = ensure_index(client, alias)
    yield client, index
    servers.delete_indices(es_url, alias)
    client.transport.close()


def test_the_node_stems_and_joins_words_as_the_build_did(
    forms_index: tuple[Elasticsearch, str],
) -> None:
    client, index = forms_index
    groups = {}
    for rule in read_word_forms():
        stems, _, target = rule.partition(" => ")
        groups.update(dict.fromkeys(stems.split(", "), target))
    words = [w for w in random.Random(16).sample(vocabulary(), SAMPLE) if w.isalpha()]
    tokens = client.indices.analyze(
        index=index, body={"analyzer": "arabic_forms", "text": "\n".join(words)}
    )["tokens"]
    by_position = {token["position"]: token["token"] for token in tokens}
    joined = 0
    for position, word in enumerate(words):
        # Only words with other forms keep a token; stop words and the rest leave a gap.
        group = groups.get(light_stem(normalize(word)))
        assert by_position.get(position) == group, word
        joined += group is not None
    assert joined > 0.2 * len(words)
