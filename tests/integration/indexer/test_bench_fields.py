"""The spelling-fields benchmark indexes three variants on a real node and cleans up after itself."""

import pytest
from elasticsearch7 import Elasticsearch

from services.indexer import es_name_keys
from services.indexer.bench_fields import bench_spelling_fields, variant_template
from shared.name_keys import bare_word
from shared.phonetic import phonetic_key
from shared.search import make_client
from shared.settings import ServiceSettings
from tests.unit.indexer.factory import make_deduped

pytestmark = pytest.mark.integration


def test_variants_leave_out_the_name_fields_and_the_forms_subfields() -> None:
    without = variant_template("a", "without")["template"]["mappings"]["properties"]
    names = variant_template("a", "names")["template"]["mappings"]["properties"]
    assert "name_keys" not in without
    assert "forms" not in without["body"]["fields"]
    assert "name_keys" in names
    assert "forms" not in names["title"]["fields"]


def test_bench_reports_sizes_and_rates_of_each_variant(es_url: str, es_index: str) -> None:
    client: Elasticsearch = make_client(ServiceSettings(es_url=es_url))
    docs = [make_deduped(position=i) for i in range(40)]
    report = bench_spelling_fields(client, docs, alias_prefix=es_index, batch_size=20, rounds=2)
    sizes = report["bytes_per_doc"]
    assert sizes["without"] < sizes["names"] < sizes["all"]
    assert report["size_ratio"] == pytest.approx(sizes["all"] / sizes["without"], rel=0.01)
    assert set(report["bulk_docs_per_s"]) == {"without", "names", "all", "es_keys"}
    assert report["name_fields_docs_per_s"] > 0
    assert client.indices.get(index=f"{es_index}*") == {}
    client.transport.close()


def test_the_node_chain_keys_rare_names_as_python_does_and_drops_common_words(
    es_url: str, es_index: str
) -> None:
    client: Elasticsearch = make_client(ServiceSettings(es_url=es_url))
    index = f"{es_index}-es-keys"
    template = variant_template(es_index, "es_keys")["template"]
    client.indices.create(index=index, settings=template["settings"])
    names = ["ترمب", "لافروف", "سيرغي", "بيونج", "ماكرون", "زيلينسكي", "والترمب", "غوتيريش"]
    try:
        analyzed = client.indices.analyze(
            index=index, body={"analyzer": es_name_keys.ANALYZER, "text": " ".join(names)}
        )
        keys = [token["token"] for token in analyzed["tokens"]]
        assert keys == [phonetic_key(bare_word(name)) for name in names]
        common = client.indices.analyze(
            index=index, body={"analyzer": es_name_keys.ANALYZER, "text": "حريق الزلازل الكتاب"}
        )
        assert common["tokens"] == []
    finally:
        client.indices.delete(index=index)
        client.transport.close()
