"""Arabic proclitics for the enricher; the functions live in shared.clitics (the indexer uses them too)."""

from shared.clitics import split_article_clitics, stem, strip_leading_clitic

__all__ = ["split_article_clitics", "stem", "strip_leading_clitic"]
