"""The dedup stage's logic: exact copies, near copies, repeated headlines and story ids.

Bodies are compared on 3-word shingles: an article is a near duplicate of an earlier one when
their MinHash-estimated Jaccard reaches NEAR_THRESHOLD. On the evaluation set, lightly edited
copies (a sentence added or removed, paragraphs swapped) sit at 0.45-1.0 and different articles
that share a footer or a topic stay below 0.25; 0.40 leaves room for the estimate's noise
(about ±0.05 at 128 permutations). Headlines (a title and no body) are compared on 4-character
shingles of the title against earlier titles: TITLE_NEAR_THRESHOLD tolerates a dropped word or
a trailing "تفاصيل"; a full article is preferred over an earlier headline as what it duplicates.
"""

from services.dedup.fingerprint import (
    Fingerprint,
    body_fingerprint,
    content_hash,
    estimated_jaccard,
    title_fingerprint,
)
from services.dedup.store import Candidate, DedupStore, Namespace, Outcome
from services.dedup.stories import StoryAssigner
from shared.contracts import DedupedArticle, DedupVerdict, EnrichedArticle, NearDuplicate

NEAR_THRESHOLD = 0.40
TITLE_NEAR_THRESHOLD = 0.55
TITLE_DUPLICATE_THRESHOLD = 0.80
MAX_NEAR = 10


class Deduplicator:
    """Judges each article against everything seen before, through shared stores."""

    def __init__(self, store: DedupStore, stories: StoryAssigner) -> None:
        self._store = store
        self._stories = stories

    def judge(self, article: EnrichedArticle) -> DedupVerdict:
        """The verdict for one article; the same verdict every time the same id is judged."""
        body = body_fingerprint(article.body)
        if not body.is_empty:
            verdict = self._judge_body(article, body)
        elif article.title and article.title.strip():
            verdict = self._judge_headline(article, title_fingerprint(article.title))
        else:
            verdict = DedupVerdict(content_hash=content_hash(""), story_id=article.id)
        copy_of = verdict.duplicate_of or next((n.id for n in verdict.near_duplicates), None)
        story = self._stories.assign(article, copy_of=copy_of)
        return verdict.model_copy(update={"story_id": story})

    def apply(self, article: EnrichedArticle) -> DedupedArticle:
        """The article with its verdict: what the dedup stage publishes."""
        verdict = self.judge(article)
        return DedupedArticle(**article.model_dump(), **verdict.model_dump())

    def _judge_body(self, article: EnrichedArticle, body: Fingerprint) -> DedupVerdict:
        outcome = self._store.check_and_insert(Namespace.BODY, article.id, body, has_body=True)
        if article.title and article.title.strip():
            # Registered so that later headlines can find this article by its title.
            title = title_fingerprint(article.title)
            self._store.check_and_insert(Namespace.TITLE, article.id, title, has_body=True)
        duplicate_of = outcome.original if outcome.original != article.id else None
        near = _near(body, outcome, NEAR_THRESHOLD, exclude={article.id, duplicate_of})
        return DedupVerdict(
            content_hash=body.content_hash,
            duplicate_of=duplicate_of,
            near_duplicates=near,
            story_id=article.id,
        )

    def _judge_headline(self, article: EnrichedArticle, title: Fingerprint) -> DedupVerdict:
        outcome = self._store.check_and_insert(Namespace.TITLE, article.id, title, has_body=False)
        close = [c for c in outcome.candidates if _similarity(title, c) >= TITLE_NEAR_THRESHOLD]
        full = [
            c for c in close if c.has_body and _similarity(title, c) >= TITLE_DUPLICATE_THRESHOLD
        ]
        if article.same_as:
            duplicate_of: str | None = article.same_as
        elif full:
            duplicate_of = max(full, key=lambda c: (_similarity(title, c), -c.seq)).article_id
        else:
            duplicate_of = outcome.original if outcome.original != article.id else None
        near = _near(title, outcome, TITLE_NEAR_THRESHOLD, exclude={article.id, duplicate_of})
        return DedupVerdict(
            content_hash=title.content_hash,
            duplicate_of=duplicate_of,
            near_duplicates=near,
            story_id=article.id,
        )


def _similarity(fingerprint: Fingerprint, candidate: Candidate) -> float:
    return estimated_jaccard(fingerprint.signature, candidate.signature)


def _near(
    fingerprint: Fingerprint, outcome: Outcome, threshold: float, exclude: set[str | None]
) -> list[NearDuplicate]:
    scored = [
        (round(_similarity(fingerprint, c), 3), c)
        for c in outcome.candidates
        if c.article_id not in exclude
    ]
    scored = [(s, c) for s, c in scored if s >= threshold]
    scored.sort(key=lambda sc: (-sc[0], sc[1].seq))
    return [NearDuplicate(id=c.article_id, similarity=s) for s, c in scored[:MAX_NEAR]]
