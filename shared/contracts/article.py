"""Article and what each stage adds to it: the messages on `articles`, `enriched` and `deduped`."""

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import Field

from shared.contracts.base import ArticleId, BundleId, Contract, EntityId


class Role(StrEnum):
    """Where an article sits on its page."""

    MAIN = "main"  # the page's own article
    READ_ALSO = "read_also"  # a full article glued under "إقرأ أيضاً"
    HEADLINE = "headline"  # a title only, from a related-headlines list


class Entity(Contract):
    """A named entity found in an article's title or body."""

    text: str = Field(description="the mention as written")
    label: str = Field(description="PER, ORG, LOC, MISC, ...")
    field: Literal["title", "body"] = "body"
    start: int = Field(ge=0, description="character offset into that field")
    end: int = Field(ge=0)
    canonical: str = Field(description="one display form for every spelling of this entity")
    entity_id: EntityId = Field(description="stable id shared by every spelling")


class NearDuplicate(Contract):
    """Another article whose text is close to this one."""

    id: ArticleId
    similarity: float = Field(ge=0.0, le=1.0)


class Article(Contract):
    """One article cut out of a bundle by the splitter, with its printed metadata."""

    # 2 added `agency`; version 1 messages (no agency) still read, so a rolling upgrade loses none.
    schema_version: Literal[1, 2] = 2
    id: ArticleId = Field(description="<bundle_id>-<position>: stable for the same bundle")
    bundle_id: BundleId
    position: int = Field(ge=0, le=999, description="order on the page, from 0")
    role: Role
    title: str | None = None
    title_derived: bool = Field(default=False, description="the page printed no title")
    same_as: ArticleId | None = Field(
        default=None, description="for a headline: the full article of this bundle it names"
    )
    body: str = ""
    subheadings: list[str] = Field(default_factory=list)
    section: str | None = None
    published_at: datetime | None = Field(
        default=None, description="naive = the outlet's local time; midnight when only a day"
    )
    published_text: str | None = Field(default=None, description="the date exactly as printed")
    published_has_time: bool = Field(default=False, description="False when only a day")
    updated_at: datetime | None = None
    updated_text: str | None = None
    author: str | None = None
    source: str | None = None
    dateline: str | None = Field(
        default=None,
        description='the place (and credit) the body opens with, as printed: "نيروبي - (د ب أ)"',
    )
    agency: str | None = Field(
        default=None,
        description='the news agency credited, one name per agency ("ا ف ب" -> "فرانس برس")',
    )
    keywords_raw: str | None = Field(default=None, description="the keywords line as printed")
    keywords: list[str] = Field(default_factory=list)
    url: str | None = None
    captured_at: datetime | None = None
    page_cut: bool = Field(
        default=False,
        description="the bundle went on past what the splitter lays out (8 MiB, 100,000 lines, "
        "1,000 articles): the text after the cut is in no article",
    )


class EnrichedArticle(Article):
    """An article after the enricher: language, entities, key phrases."""

    schema_version: Literal[1, 2] = 2
    language: str = Field(description="ISO 639-1 code, 'und' when unknown")
    is_arabic: bool
    word_count: int = Field(ge=0)
    entities: list[Entity] = Field(default_factory=list)
    key_phrases: list[str] = Field(default_factory=list)


class DedupVerdict(Contract):
    """What the dedup stage decided about one article."""

    content_hash: str = Field(description="hash of the body's matching form")
    duplicate_of: ArticleId | None = Field(
        default=None, description="the first article seen with the same content, if not this one"
    )
    near_duplicates: list[NearDuplicate] = Field(default_factory=list)
    story_id: str = Field(description="articles about the same event share it")


class DedupedArticle(EnrichedArticle):
    """An enriched article with its dedup verdict: what the indexer writes."""

    schema_version: Literal[1, 2] = 2
    content_hash: str
    duplicate_of: ArticleId | None = None
    near_duplicates: list[NearDuplicate] = Field(default_factory=list)
    story_id: str
