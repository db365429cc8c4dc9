"""The node's arabic_forms analyzer gives what the word-forms build computed in Python."""

import random
import re
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
# The analyzer's forms_clitics capture (infra/index-template.json).
CLITIC = re.compile("^[وف]?[بلك](.{3,})$")


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
    # Stop words leave the analyzer before any reading: ask the node which words are.
    kept = client.indices.analyze(
        index=index,
        body={"tokenizer": "standard", "filter": ["arabic_stop"], "text": "\n".join(words)},
    )["tokens"]
    stop_words = {words[i] for i in set(range(len(words))) - {t["position"] for t in kept}}
    by_position: dict[int, set[str]] = {}
    for token in tokens:
        by_position.setdefault(token["position"], set()).add(token["token"])
    joined = 0
    for position, word in enumerate(words):
        # Only words with other forms keep a token; stop words and the rest leave a gap. A word
        # opening on ب/ل/ك (after و/ف) is also read without it (بسعر as سعر).
        form = normalize(word)
        readings = [form, *CLITIC.findall(form)]
        expected = {groups.get(light_stem(r)) for r in readings} - {None}
        if word in stop_words:
            expected = set()
        assert by_position.get(position, set()) == expected, word
        joined += bool(expected)
    assert joined > 0.2 * len(words)
