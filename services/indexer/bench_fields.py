"""What the fields that find other spellings and word forms cost: index size per document and
indexing rate with and without them, on the same documents in the same run.

Four indices from the same template: `without` (no name fields, no `*.forms` subfields),
`names` (+ `name_keys`/`name_forms`), `all` (+ `title.forms`/`body.forms` too), and `es_keys`
(`without` + the keys computed by the node's analyzer chain instead of Python: es_name_keys.py). Each round times
`_bulk` of prepared documents on each, and separately the Python work the name fields add to
building a document: warm (a running worker's word cache) and cold (the first round, cache
cleared, as a fresh worker starts).

`python -m services.indexer.bench_fields` runs this piece alone on the bench corpus.
"""

import argparse
import copy
import json
import statistics
import time
from collections.abc import Sequence
from contextlib import ExitStack
from typing import Any

from elasticsearch7 import Elasticsearch

from services.indexer import es_name_keys
from shared.contracts import DedupedArticle
from shared.index_documents import document_id, name_fields, to_document
from shared.index_template import template_for, versioned_index
from shared.name_keys import readings

NAME_FIELDS = ("name_keys", "name_forms")
FORMS_SUBFIELD = "forms"
TEXT_FIELDS = ("title", "body")
VARIANTS = ("without", "names", "all", "es_keys")
ES_KEYS_SUBFIELD = "name_keys"


def variant_template(alias: str, variant: str) -> dict[str, Any]:
    """The template for `alias` with the fields `variant` leaves out removed from the mapping."""
    template = copy.deepcopy(template_for(alias))
    properties = template["template"]["mappings"]["properties"]
    if variant in ("without", "es_keys"):
        for field in NAME_FIELDS:
            properties.pop(field)
    if variant in ("without", "names", "es_keys"):
        for field in TEXT_FIELDS:
            properties[field]["fields"].pop(FORMS_SUBFIELD)
    if variant == "es_keys":
        # The keys computed by the node instead (es_name_keys.py), as freqs-only subfields.
        settings = template["template"]["settings"]["analysis"]
        for part, entries in es_name_keys.analysis().items():
            settings[part].update(entries)
        for field in TEXT_FIELDS:
            properties[field]["fields"][ES_KEYS_SUBFIELD] = {
                "type": "text",
                "analyzer": es_name_keys.ANALYZER,
                "index_options": "freqs",
            }
    return template


def bench_spelling_fields(
    client: Elasticsearch,
    docs: Sequence[DedupedArticle],
    *,
    alias_prefix: str = "khabar-bench-fields",
    batch_size: int = 500,
    rounds: int = 3,
    cleanup: bool = True,
) -> dict[str, Any]:
    """Bytes per document and `_bulk` documents per second for each variant, and the ratios."""
    aliases = {variant: f"{alias_prefix}-{variant}" for variant in VARIANTS}
    documents = [(document_id(d), to_document(d)) for d in docs]
    bodies: dict[str, list[str]] = {}
    for variant, alias in aliases.items():
        client.indices.put_index_template(name=alias, body=variant_template(alias, variant))
        client.indices.create(index=versioned_index(alias, 1), aliases={alias: {}})
        kept = [(i, _without(d, variant)) for i, d in documents]
        bodies[variant] = [
            _ndjson(alias, kept[i : i + batch_size]) for i in range(0, len(kept), batch_size)
        ]
    rates: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    name_rates: list[float] = []
    try:
        for round_number in range(rounds):
            # Each round starts with another variant, so none always pays for a cold node.
            turn = round_number % len(VARIANTS)
            order = VARIANTS[turn:] + VARIANTS[:turn]
            for variant in order:
                started = time.perf_counter()
                for body in bodies[variant]:
                    if client.bulk(body=body).get("errors"):
                        raise RuntimeError(f"_bulk into the {variant} index reported errors")
                rates[variant].append(len(docs) / (time.perf_counter() - started))
            if not name_rates:
                readings.cache_clear()  # the first round prices a fresh worker's word cache
            started = time.perf_counter()
            for article in docs:
                name_fields(article)
            name_rates.append(len(docs) / (time.perf_counter() - started))
        sizes = {v: _bytes_per_doc(client, alias, bodies[v]) for v, alias in aliases.items()}
    finally:
        if cleanup:
            for alias in aliases.values():
                client.indices.delete(index=versioned_index(alias, 1))
                client.indices.delete_index_template(name=alias)
    rate = {variant: statistics.median(values) for variant, values in rates.items()}
    names_rate = statistics.median(name_rates[1:] or name_rates)
    # Building the name fields and writing them are sequential in a worker: their times add up.
    with_everything = 1 / (1 / rate["all"] + 1 / names_rate)
    return {
        "documents": len(docs),
        "rounds": rounds,
        "bytes_per_doc": {variant: round(size) for variant, size in sizes.items()},
        "bulk_docs_per_s": {variant: round(value, 1) for variant, value in rate.items()},
        "name_fields_docs_per_s": round(names_rate, 1),
        "name_fields_docs_per_s_cold": round(name_rates[0], 1),
        "size_ratio": round(sizes["all"] / sizes["without"], 3),
        "size_ratio_names": round(sizes["names"] / sizes["without"], 3),
        "rate_ratio": round(with_everything / rate["without"], 3),
        # The keys alone, Python (`names`: ES writing them + building them) vs the node's chain.
        "es_keys_over_python_keys": round(
            rate["es_keys"] / (1 / (1 / rate["names"] + 1 / names_rate)), 3
        ),
        "size_ratio_es_keys": round(sizes["es_keys"] / sizes["without"], 3),
    }


def _without(document: dict[str, Any], variant: str) -> dict[str, Any]:
    if variant not in ("without", "es_keys"):
        return document
    return {key: value for key, value in document.items() if key not in NAME_FIELDS}


def _ndjson(alias: str, documents: Sequence[tuple[str, dict[str, Any]]]) -> str:
    lines = []
    for doc_id, document in documents:
        lines.append(json.dumps({"index": {"_index": alias, "_id": doc_id}}))
        lines.append(json.dumps(document, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def _bytes_per_doc(client: Elasticsearch, alias: str, bodies: Sequence[str]) -> float:
    """Store size per article of a fresh index written once and merged to one segment (the timed
    rounds' rewrites stay as soft deletes, so their index is not measured)."""
    index = versioned_index(alias, 1)
    client.indices.delete(index=index)
    client.indices.create(index=index, aliases={alias: {}})
    for body in bodies:
        client.bulk(body=body)
    client.indices.refresh(index=alias)
    client.indices.forcemerge(index=alias, max_num_segments=1, request_timeout=600)
    client.indices.refresh(index=alias)
    stats = client.indices.stats(index=alias, metric="store")["_all"]["primaries"]
    # `count`, not the docs stat: that one also counts each nested entity as a document.
    articles = int(client.count(index=alias)["count"])
    return float(stats["store"]["size_in_bytes"]) / max(1, articles)


def main() -> None:
    """Run the piece alone: the bench corpus's first pages through the pipeline, fresh servers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pages", type=int, default=150, help="bench corpus pages to split")
    parser.add_argument("--documents", type=int, default=1500, help="documents indexed per pass")
    parser.add_argument("--es-url", help="an Elasticsearch to use instead of a fresh node")
    args = parser.parse_args()
    from services.bench.corpus_files import ensure_corpus
    from services.bench.servers import bench_servers
    from services.pipeline import InProcessPipeline
    from shared.contracts import Bundle

    corpus = ensure_corpus(500)
    pipeline = InProcessPipeline()
    articles = [
        article
        for path in corpus.files[: args.pages]
        for article in pipeline.run(Bundle.from_raw(path.read_bytes(), name=path.name)).articles
    ]
    # The articles again under fresh ids, as `khabar bench` shapes its documents.
    docs = [
        articles[i % len(articles)].model_copy(
            update={"id": f"{articles[i % len(articles)].id}-{i}"}
        )
        for i in range(args.documents)
    ]
    with ExitStack() as stack:
        es_url = args.es_url or stack.enter_context(bench_servers()).es_url
        client = Elasticsearch([es_url], timeout=120)
        report = bench_spelling_fields(client, docs)
        client.transport.close()
    print(json.dumps(report, indent=1))  # noqa: T201


if __name__ == "__main__":
    main()
