"""Every message model on Khabar's streams, in one import."""

from shared.contracts.alert import Alert
from shared.contracts.article import (
    Article,
    DedupedArticle,
    DedupVerdict,
    EnrichedArticle,
    Entity,
    NearDuplicate,
    Role,
)
from shared.contracts.base import ArticleId, BundleId, Contract, EntityId
from shared.contracts.bundle import MAX_BUNDLE_BYTES, Bundle, bundle_id_for
from shared.contracts.dead_letter import DeadLetter

__all__ = [
    "MAX_BUNDLE_BYTES",
    "Alert",
    "Article",
    "ArticleId",
    "Bundle",
    "BundleId",
    "Contract",
    "DeadLetter",
    "DedupVerdict",
    "DedupedArticle",
    "EnrichedArticle",
    "Entity",
    "EntityId",
    "NearDuplicate",
    "Role",
    "bundle_id_for",
]
