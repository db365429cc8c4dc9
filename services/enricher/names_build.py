"""Build the name lexicon in services/enricher/lexicon/: `uv run python -m services.enricher.names_build`.

Sources, each a pinned package on PyPI (downloaded, never imported):
* arabic-name-romanizer: its name index holds Wikidata's Arabic labels of people (CC0), split
  into given names and surnames. Only the Wikidata rows are used.
* arabnamer: an English → Arabic dictionary of 22,797 names, many of them Western (CC BY 4.0).
* arwikicats: Arabic Wikipedia's names of 3,000 well-known people and of 17,000 places (MIT).
The lexicon keeps words and names in matching form; NOTICE.md beside it carries the licences.
"""

import argparse
import importlib.util
import json
import logging
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from services.enricher.names import (
    FULL_NAMES_FILE,
    GIVEN,
    LEXICON_DIR,
    NAME,
    PLACE,
    SURNAME,
    WORDS_FILE,
)
from shared.arabic import matching_form

PACKAGES = ("arabic-name-romanizer==0.2.0", "arabnamer==0.1.3", "arwikicats==0.2.3")
PLACE_FILES = (
    "jsons/cities/cities_full.json",
    "jsons/geography/P17_PP.json",
    "jsons/geography/popopo.json",
    "jsons/geography/India_dd.json",
)
# "محافظة النبطية" lists النبطية; the generic word before a place's own name is dropped.
PLACE_HEADS = frozenset(
    [
        "مدينه",
        "مقاطعه",
        "محافظه",
        "منطقه",
        "اماره",
        "ولايه",
        "اقليم",
        "جزيره",
        "جزر",
        "بلديه",
        "قضاء",
        "ناحيه",
        "جمهوريه",
        "مملكه",
    ]
)
log = logging.getLogger("khabar.names_build")
MIN_COUNT = 2  # Wikidata people bearing a given name or surname before it is listed
_ARABIC_LETTERS = frozenset(chr(c) for c in range(0x0621, 0x064B))


def arabic_words(text: str) -> list[str]:
    """Matching forms of the words of a name, if every letter is Arabic; else none."""
    words = matching_form(text).split()
    if not words or any(set(word) - _ARABIC_LETTERS for word in words):
        return []
    return words


def wikidata_rows(index: Path) -> tuple[list[tuple[str, str, int]], list[str]]:
    """(word, role, people) rows and full names from the romanizer's index, Wikidata rows only."""
    with sqlite3.connect(index) as db:
        units = db.execute(
            "SELECT arabic_key, role, SUM(count) FROM units WHERE source = 'wikidata'"
            " GROUP BY arabic_key, role"
        ).fetchall()
        full = [
            row[0]
            for row in db.execute(
                "SELECT DISTINCT arabic_key FROM full_names WHERE source = 'wikidata'"
            )
        ]
    return units, full


def place_words(places: Iterable[str]) -> set[str]:
    """Words that name a place on their own: one-word names, and "محافظة النبطية" → النبطية."""
    words = set()
    for place in places:
        found = arabic_words(re.sub(r"\(.*?\)", " ", place))
        if len(found) == 2 and found[0] in PLACE_HEADS:
            found = found[1:]
        if len(found) == 1:
            words.add(found[0])
    return words


def name_kinds(
    units: Iterable[tuple[str, str, int]],
    other_names: Iterable[str],
    places: Iterable[str] = (),
) -> dict[str, str]:
    """Each word's kinds: g if enough people bear it as a given name, s as a surname, n if listed
    as a name, p if it names a place."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text, role, people in units:
        for word in arabic_words(text):
            counts[word][role] += people
    kinds: dict[str, set[str]] = defaultdict(set)
    for word, roles in counts.items():
        if roles["given"] >= MIN_COUNT:
            kinds[word].add(GIVEN)
        if roles["surname"] >= MIN_COUNT:
            kinds[word].add(SURNAME)
    for name in other_names:
        for word in arabic_words(name):
            kinds[word].add(NAME)
    for word in place_words(places):
        kinds[word].add(PLACE)
    order = (GIVEN, SURNAME, NAME, PLACE)
    return {word: "".join(k for k in order if k in found) for word, found in kinds.items()}


def full_name_lines(names: Iterable[str]) -> list[str]:
    """Distinct full names of two to four Arabic words, in matching form, sorted."""
    lines = set()
    for name in names:
        words = arabic_words(name)
        if 2 <= len(words) <= 4:
            lines.add(" ".join(words))
    return sorted(lines)


def download(target: Path) -> dict[str, Path]:
    """Download the pinned wheels (no dependencies) and return them by package name."""
    # uv's virtual environments have no pip of their own; uvx runs one.
    pip = [sys.executable, "-m", "pip"] if importlib.util.find_spec("pip") else ["uvx", "pip"]
    command = [*pip, "download", "--no-deps", "-q", "-d", str(target), *PACKAGES]
    try:
        subprocess.run(command, check=True)  # noqa: S603 (fixed arguments)
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(
            f"could not download {', '.join(PACKAGES)} from PyPI ({error}); the lexicon build"
            " needs PyPI (pip, or uv's uvx). The shipped lexicon in services/enricher/lexicon"
            " is unchanged."
        ) from error
    wheels = {}
    for wheel in target.glob("*.whl"):
        wheels[wheel.name.split("-")[0].lower()] = wheel
    return wheels


def _member(wheel: Path, suffix: str) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        names = [n for n in archive.namelist() if n.endswith(suffix)]
        if not names:
            raise SystemExit(
                f"{wheel.name} has no file ending in {suffix}: its layout changed; check the"
                " versions pinned in PACKAGES (services/enricher/names_build.py)."
            )
        return archive.read(names[0])


def build(wheels: dict[str, Path], work: Path, output: Path) -> tuple[int, int]:
    """Write the lexicon files; return (name words, full names)."""
    index = work / "names.sqlite3"
    index.write_bytes(_member(wheels["arabic_name_romanizer"], "resources/names.sqlite3"))
    units, full = wikidata_rows(index)
    dictionary = json.loads(_member(wheels["arabnamer"], "data/dict_FINAL.json"))
    people = json.loads(_member(wheels["arwikicats"], "jsons/people/peoples.json"))
    places = [
        place
        for member in PLACE_FILES
        for place in json.loads(_member(wheels["arwikicats"], member)).values()
        if isinstance(place, str)
    ]
    kinds = name_kinds(units, [*dictionary.values(), *people.values()], places)
    names = full_name_lines([*full, *people.values()])
    output.mkdir(parents=True, exist_ok=True)
    header = "# built by services/enricher/names_build.py; licences in NOTICE.md\n"
    (output / WORDS_FILE).write_text(
        header + "".join(f"{w}\t{k}\n" for w, k in sorted(kinds.items())), encoding="utf-8"
    )
    (output / FULL_NAMES_FILE).write_text(
        header + "".join(f"{n}\n" for n in names), encoding="utf-8"
    )
    return len(kinds), len(names)


def main() -> None:
    """Download the sources and rebuild the lexicon."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=LEXICON_DIR)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as temp:
        words, names = build(download(Path(temp)), Path(temp), args.output)
    log.info(
        "%s name words and %s full names written to %s", f"{words:,}", f"{names:,}", args.output
    )


if __name__ == "__main__":
    main()
