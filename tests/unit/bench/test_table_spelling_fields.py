"""The README table's rows for what the spelling fields cost the index."""

from services.bench.table import render_table

FIELDS = {
    "bytes_per_doc": {"without": 4734, "names": 5470, "all": 5601, "es_keys": 4799},
    "size_ratio": 1.183,
    "rate_ratio": 0.846,
}


def test_table_shows_size_without_and_with_the_fields_and_both_ratios() -> None:
    table = render_table({"stages": {"indexer": {"spelling_fields": FIELDS}}})
    assert (
        "| Index size per article, without / with spelling fields | 4,734 / 5,601 bytes |" in table
    )
    assert "| Index size with / without spelling fields | 1.18 (aim ≤ 1.25) |" in table
    assert "| Indexing rate with / without spelling fields | 0.85 |" in table
