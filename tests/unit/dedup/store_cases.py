"""Behaviour every DedupStore must have; run on the in-memory store (unit) and Redis (integration)."""

from services.dedup.fingerprint import body_fingerprint, stored_signature
from services.dedup.store import DedupStore, Namespace
from tests.unit.dedup.factories import BODY, OTHER_BODY, article_id

A, B, C = article_id("a"), article_id("b"), article_id("c")


def first_article_is_its_own_original(store: DedupStore) -> None:
    outcome = store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    assert (outcome.original, outcome.is_new, outcome.candidates) == (A, True, ())


def exact_copy_points_to_first_article(store: DedupStore) -> None:
    store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    outcome = store.check_and_insert(Namespace.BODY, B, body_fingerprint(BODY), has_body=True)
    assert outcome.original == A
    assert [c.article_id for c in outcome.candidates] == [A]


def second_call_with_same_id_returns_same_outcome(store: DedupStore) -> None:
    store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    first = store.check_and_insert(Namespace.BODY, B, body_fingerprint(BODY), has_body=True)
    store.check_and_insert(Namespace.BODY, C, body_fingerprint(BODY), has_body=True)
    again = store.check_and_insert(Namespace.BODY, B, body_fingerprint(BODY), has_body=True)
    assert again.original == first.original == A
    assert [c.article_id for c in again.candidates] == [c.article_id for c in first.candidates]
    assert not again.is_new


def redelivered_original_is_not_a_copy_of_itself(store: DedupStore) -> None:
    store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    again = store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    assert (again.original, again.candidates) == (A, ())


def edited_copy_finds_earlier_article_with_its_signature(store: DedupStore) -> None:
    original = body_fingerprint(BODY)
    store.check_and_insert(Namespace.BODY, A, original, has_body=True)
    edited = body_fingerprint(BODY.rsplit(".", 2)[0] + ".")
    outcome = store.check_and_insert(Namespace.BODY, B, edited, has_body=True)
    assert outcome.original == B
    (candidate,) = outcome.candidates
    assert candidate.article_id == A
    assert list(candidate.signature) == list(stored_signature(original.signature))
    assert candidate.has_body


def different_article_has_no_candidates(store: DedupStore) -> None:
    store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    outcome = store.check_and_insert(Namespace.BODY, B, body_fingerprint(OTHER_BODY), has_body=True)
    assert (outcome.original, outcome.candidates) == (B, ())


def namespaces_are_separate(store: DedupStore) -> None:
    store.check_and_insert(Namespace.BODY, A, body_fingerprint(BODY), has_body=True)
    outcome = store.check_and_insert(Namespace.TITLE, B, body_fingerprint(BODY), has_body=False)
    assert (outcome.original, outcome.candidates) == (B, ())


CASES = [
    first_article_is_its_own_original,
    exact_copy_points_to_first_article,
    second_call_with_same_id_returns_same_outcome,
    redelivered_original_is_not_a_copy_of_itself,
    edited_copy_finds_earlier_article_with_its_signature,
    different_article_has_no_candidates,
    namespaces_are_separate,
]


def full_article_is_indexed_after_headline_with_same_text(store: DedupStore) -> None:
    title = body_fingerprint("لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب")
    store.check_and_insert(Namespace.TITLE, A, title, has_body=False)
    store.check_and_insert(Namespace.TITLE, B, title, has_body=True)
    outcome = store.check_and_insert(Namespace.TITLE, C, title, has_body=False)
    assert outcome.original == A
    assert {(c.article_id, c.has_body) for c in outcome.candidates} == {(A, False), (B, True)}


CASES.append(full_article_is_indexed_after_headline_with_same_text)
