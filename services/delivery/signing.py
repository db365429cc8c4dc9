"""Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>", sent as `sha256=<hex>`."""

import hashlib
import hmac

SIGNATURE_HEADER = "X-Khabar-Signature"
TIMESTAMP_HEADER = "X-Khabar-Timestamp"
ALERT_ID_HEADER = "X-Khabar-Alert-Id"


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The signature header's value for a body sent at `timestamp` (Unix seconds)."""
    message = str(timestamp).encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does: recompute the signature and compare in constant time."""
    if not timestamp.isdigit():
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


def webhook_headers(alert_id: str, body: bytes, secret: str, timestamp: int) -> dict[str, str]:
    """Every header of one delivery attempt; each attempt is signed with its own timestamp."""
    return {
        "Content-Type": "application/json",
        ALERT_ID_HEADER: alert_id,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }
