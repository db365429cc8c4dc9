"""An index made from the template before the name fields takes the new documents."""

import copy

import pytest

from services.indexer.bulk import ensure_index, index_batch
from shared.index_template import template_for, template_name, versioned_index
from shared.search import make_client
from shared.settings import ServiceSettings
from tests import servers
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration


def test_an_older_index_gets_the_plain_new_fields_and_takes_new_documents(es_url: str) -> None:
    client = make_client(ServiceSettings(es_url=es_url))
    alias = servers.unique_name("upgrade")
    old = copy.deepcopy(template_for(alias))
    for field in ("name_keys", "name_forms"):
        old["template"]["mappings"]["properties"].pop(field)
    client.indices.put_index_template(name=template_name(alias), body=old)
    client.indices.create(index=versioned_index(alias, 1), aliases={alias: {}})
    try:
        ensure_index(client, alias)
        outcome = index_batch(client, alias, [make_deduped()], refresh=True)
        assert not outcome.rejected
        hits = client.search(index=alias, query={"term": {"name_keys": "لفرف"}})["hits"]
        assert hits["total"]["value"] == 1
    finally:
        servers.delete_indices(es_url, alias)
        client.transport.close()
