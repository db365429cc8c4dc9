"""One canonical form and a stable entity_id for every spelling of an entity.

A mention is cleaned (display form, clitics off, known aliases, ministry short forms), then keyed by
`phonetic_key`, which folds the letters transliterations disagree on, so سيرغي/سيرجي, دميتري/ديمتري
and بودابست/بوادبست share a key. A surname alone joins the full name seen in the same article, or
else one the registry knows. The registry decides the canonical form: the first writer wins.
"""

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from shared.arabic import display_form, matching_form
from shared.clitics import split_article_clitics, strip_leading_clitic
from shared.phonetic import entity_id_for, phonetic_key, registry_key


class KnownEntity(NamedTuple):
    """What the registry holds per key."""

    canonical: str
    entity_id: str


class EntityRegistry(Protocol):
    """Key → entity store shared by every enricher worker; the first writer of a key wins."""

    def lookup(self, key: str) -> KnownEntity | None:
        """The entity stored under `key`, if any."""
        ...

    def insert(self, key: str, entity: KnownEntity) -> KnownEntity:
        """Store `entity` under `key` unless one is there; return the one that is stored."""
        ...


class InMemoryRegistry:
    """A registry in a dict, for one process (`khabar analyze`, eval, tests)."""

    def __init__(self) -> None:
        self._entries: dict[str, KnownEntity] = {}

    def lookup(self, key: str) -> KnownEntity | None:
        """The entity stored under `key`, if any."""
        return self._entries.get(key)

    def insert(self, key: str, entity: KnownEntity) -> KnownEntity:
        """Store `entity` under `key` unless one is there; return the one that is stored."""
        return self._entries.setdefault(key, entity)


# Names that are another entity's usual short or metonymic form.
ALIASES = {
    matching_form(alias): canonical
    for canonical, aliases in {
        "الولايات المتحدة": ("أمريكا", "أميركا", "امريكا", "واشنطن", "الولايات المتحدة الأمريكية"),
        "المملكة المتحدة": ("بريطانيا",),
        "الإمارات": ("الإمارات العربية المتحدة",),
        "السعودية": ("المملكة العربية السعودية",),
    }.items()
    for alias in aliases
}
# A ministry named by its portfolio alone ("الخارجية الروسية") is the ministry.
MINISTRY_PORTFOLIOS = frozenset(
    matching_form(w)
    for w in [
        "الخارجية",
        "الداخلية",
        "الدفاع",
        "المالية",
        "الصحة",
        "العدل",
        "التعليم",
        "الزراعة",
        "الطاقة",
        "الاقتصاد",
    ]
)
MINISTRY = "وزارة"
_STRIP = " \t\n.,;:!?\"'()[]{}«»“”-_/"
MIN_FUZZY_LENGTH = 6


def one_edit_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion or substitution turns `a` into `b` (and a != b); linear."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    # Past the first difference the rest must match, shifted by one if the lengths differ.
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


class Canonicalizer:
    """Resolves the entity mentions of one article to canonical forms and ids through a registry."""

    def __init__(self, registry: EntityRegistry) -> None:
        self.registry = registry

    def clean(self, text: str, label: str) -> str:
        """The display name of a mention: clitics off, aliases and ministry short forms resolved."""
        words = display_form(text).strip(_STRIP).split()
        if not words:
            return text.strip()
        _, first = split_article_clitics(words[0])
        if first == words[0]:
            bare = strip_leading_clitic(first, min_stem=4)
            if bare != first and self.registry.lookup(self._key(bare, label)) is not None:
                first = bare
        name = " ".join([first, *words[1:]])
        alias = ALIASES.get(matching_form(name))
        if alias is not None:
            return alias
        if label == "ORG" and matching_form(words[0]) in MINISTRY_PORTFOLIOS and len(words) <= 3:
            return f"{MINISTRY} {name}"
        return name

    @staticmethod
    def _key(name: str, label: str) -> str:
        return registry_key(name, label)

    def resolve(self, mentions: Sequence[tuple[str, str]]) -> list[KnownEntity]:
        """(text, label) mentions of one article → their canonical entities, in order."""
        names = [self.clean(text, label) for text, label in mentions]
        # Full names first, so a surname alone can join the full name written later in the article.
        order = sorted(range(len(names)), key=lambda i: -len(names[i].split()))
        resolved: dict[int, KnownEntity] = {}
        article_surnames: dict[str, KnownEntity] = {}
        for i in order:
            name, label = names[i], mentions[i][1]
            entity = self._resolve_one(name, label, article_surnames, names)
            resolved[i] = entity
            words = name.split()
            if label == "PER" and len(words) > 1:
                surname_key = f"PER-surname:{phonetic_key(words[-1])}"
                article_surnames.setdefault(surname_key, entity)
                self.registry.insert(surname_key, entity)
        return [resolved[i] for i in range(len(names))]

    def _resolve_one(
        self,
        name: str,
        label: str,
        article_surnames: dict[str, KnownEntity],
        article_names: Sequence[str],
    ) -> KnownEntity:
        if label == "PER" and len(name.split()) == 1:
            surname_key = f"PER-surname:{phonetic_key(name)}"
            known = article_surnames.get(surname_key) or self.registry.lookup(surname_key)
            if known is not None:
                return known
        key = self._key(name, label)
        known = self.registry.lookup(key)
        if known is not None:
            return known
        near = self._near_miss(name, label, article_names)
        if near is not None:
            return near
        return self.registry.insert(key, KnownEntity(name, entity_id_for(label, key)))

    def _near_miss(self, name: str, label: str, article_names: Sequence[str]) -> KnownEntity | None:
        """A known entity of this article one typo away from a long-enough name."""
        form = matching_form(name)
        if len(form) < MIN_FUZZY_LENGTH:
            return None
        for other in dict.fromkeys(article_names):
            if one_edit_apart(form, matching_form(other)):
                known = self.registry.lookup(self._key(other, label))
                if known is not None:
                    return known
        return None
