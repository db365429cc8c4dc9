"""EntityRuler patterns from the gazetteers."""

from pathlib import Path

import pytest

from services.enricher.gazetteer import clitic_variants, load_patterns
from shared.arabic import matching_form

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


def test_a_common_word_that_only_opens_longer_names_is_no_pattern_alone(tmp_path: Path) -> None:
    # ANERcorp once tags "الولايات" alone; as a pattern it would tag the common word everywhere.
    mentions = {("الولايات المتحدة", "LOC"): 50, ("الولايات", "LOC"): 3, ("لافروف", "PER"): 3}
    mentions |= {("سيرغي لافروف", "PER"): 4}
    patterns = {p["pattern"] for p in load_patterns(GAZETTEERS, mentions)}
    assert "الولايات" not in patterns
    assert matching_form("الولايات المتحدة") in patterns
    assert "لافروف" in patterns  # a rare word is kept though it opens nothing
