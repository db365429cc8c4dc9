"""Write services/splitter/data/given_names.txt from the name lexicon's given names.

    uv run python -m services.splitter.given_names_build

The splitter reads it to tell a byline ("هبة عبد الرحمن") from a section or outlet name
("أخبار السودان") printed in the same place. The words are the lexicon's given names (kind g:
borne by at least two people in Wikidata, CC0; see services/enricher/lexicon/NOTICE.md), without
words that start with the article ال.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "services" / "enricher" / "lexicon" / "name_words.tsv"
TARGET = Path(__file__).parent / "data" / "given_names.txt"


def main() -> None:
    """Write the given names, one per line, sorted."""
    names = set()
    for line in SOURCE.read_text("utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        word, kinds = line.split("\t", 1)
        if "g" in kinds and not word.startswith("ال") and len(word) >= 2:
            names.add(word)
    header = "# given names (Wikidata, CC0 1.0) from services/enricher/lexicon; see given_names_build.py\n"
    TARGET.write_text(header + "\n".join(sorted(names)) + "\n", "utf-8")


if __name__ == "__main__":
    main()
