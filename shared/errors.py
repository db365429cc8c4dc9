"""Khabar's exceptions. A dead letter's reason comes from the class, so a person knows what to do.

KhabarError
├── BadInput                 the message itself is wrong: dead-lettered at once, never retried
│   ├── UndecodableBundle    bytes in no encoding Khabar reads
│   ├── EmptyBundle          nothing but whitespace or markup
│   ├── BundleTooLarge       over the configured size limit
│   ├── NotNews              binary data, or text with no article in it
│   ├── BadMessage           invalid JSON, unknown schema_version, contract violation
│   ├── DocumentRejected     Elasticsearch refused a document for good
│   └── AlertUndeliverable   a webhook refused an alert, or kept failing past its retries
└── Transient                a dependency failed: retried, never dead-lettered for it
    ├── SearchUnavailable    Elasticsearch did not confirm a write
    └── ReceiverUnavailable  a webhook receiver failed; the delivery stage retries with backoff
"""


class KhabarError(Exception):
    """Base of every error Khabar raises on purpose."""

    advice = "See the worker's log for details."

    def reason(self) -> str:
        """One line for a dead letter: what happened, then what to do."""
        return f"{self} {self.advice}".strip()


class BadInput(KhabarError):
    """The message can never be processed as it is."""

    advice = "Fix the input and push it again."


class UndecodableBundle(BadInput):
    """The bundle's bytes are not text in any encoding Khabar reads."""

    advice = "Push the page as UTF-8 (or UTF-16, Windows-1256, ISO-8859-6) text or HTML."


class EmptyBundle(BadInput):
    """The bundle holds no text."""

    advice = "Check the crawler: it captured an empty page."


class BundleTooLarge(BadInput):
    """The bundle is larger than the configured limit."""

    advice = "Split the dump into one page per bundle, or raise MAX_BUNDLE_BYTES."


class NotNews(BadInput):
    """The bundle is binary or has no article text in it."""

    advice = "Push text dumps of news pages; binary files and empty pages are not articles."


class BadMessage(BadInput):
    """A stream entry is not a valid message of the expected contract."""

    advice = "Produce messages that match shared/contracts (see contracts/schemas/)."


class DocumentRejected(BadInput):
    """Elasticsearch refused the document for good (a mapping error, say)."""

    advice = "Check the document against infra/index-template.json, then `khabar dlq retry`."


class AlertUndeliverable(BadInput):
    """A webhook receiver refused an alert for good, or kept failing past the delivery's retries."""

    advice = "Fix the receiver (or KHABAR_WEBHOOK_SECRET), then `khabar dlq retry`."


class Transient(KhabarError):
    """A dependency failed; the same message may succeed later."""

    advice = "It will be retried; check the dependency if it keeps failing."


class SearchUnavailable(Transient):
    """Elasticsearch did not confirm a write."""

    advice = "Check that Elasticsearch is up (khabar status)."


class ReceiverUnavailable(Transient):
    """A webhook receiver timed out or answered 5xx/408/429; the delivery stage tries again later."""

    advice = "It will be retried with backoff; check the receiver if it keeps failing."
