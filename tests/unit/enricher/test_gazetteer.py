"""EntityRuler patterns from the gazetteers."""

from pathlib import Path

import pytest

from services.enricher.gazetteer import clitic_variants, load_patterns

GAZETTEERS = Path(__file__).resolve().parents[4] / "shared" / "data" / "gazetteers"


def test_clitic_variants_of_a_name_with_the_article() -> None:
    variants = clitic_variants("العراق")
    assert {"العراق", "والعراق", "بالعراق", "للعراق"} <= set(variants)


def test_clitic_variants_of_a_bare_name() -> None:
    assert {"روسيا", "وروسيا", "لروسيا", "بروسيا"} <= set(clitic_variants("روسيا"))


@pytest.mark.skipif(not GAZETTEERS.exists(), reason="shared/data is not beside the repo")
def test_patterns_cover_countries_short_forms_and_train_mentions() -> None:
    patterns = {(p["pattern"], p["label"]) for p in load_patterns(GAZETTEERS)}
    assert ("السعوديه", "LOC") in patterns
    assert ("بالعراق", "LOC") in patterns
    assert ("الامم المتحده", "ORG") in patterns
