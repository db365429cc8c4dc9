"""Webhook signatures: HMAC-SHA256 of "<timestamp>.<body>", checked in constant time."""

import pytest

from services.delivery.signing import sign, verify, webhook_headers

SECRET = "whsec-example"  # noqa: S105 (a test key)
BODY = b'{"alert_id":"abc"}'
STAMP = 1764576000
# `printf '1764576000.{"alert_id":"abc"}' | openssl dgst -sha256 -hmac whsec-example`
OPENSSL = "sha256=a9b2a89a209cc9524c6eed87491e14f6295b156b2b5f0caeea28a088e6047902"


def test_sign_matches_openssl_hmac_of_timestamp_dot_body() -> None:
    assert sign(SECRET, STAMP, BODY) == OPENSSL


def test_verify_accepts_the_signature_it_was_sent() -> None:
    assert verify(SECRET, str(STAMP), BODY, OPENSSL)


@pytest.mark.parametrize(
    ("secret", "stamp", "body", "signature"),
    [
        ("other-secret", str(STAMP), BODY, OPENSSL),
        (SECRET, str(STAMP + 1), BODY, OPENSSL),
        (SECRET, str(STAMP), BODY + b" ", OPENSSL),
        (SECRET, str(STAMP), BODY, OPENSSL.removeprefix("sha256=")),
        (SECRET, "", BODY, OPENSSL),
        (SECRET, "-1", BODY, OPENSSL),
    ],
    ids=["wrong-secret", "other-timestamp", "changed-body", "no-prefix", "no-timestamp", "sign"],
)
def test_verify_rejects_anything_changed(
    secret: str, stamp: str, body: bytes, signature: str
) -> None:
    assert not verify(secret, stamp, body, signature)


def test_webhook_headers_carry_type_alert_id_timestamp_and_signature() -> None:
    assert webhook_headers("abc", BODY, SECRET, STAMP) == {
        "Content-Type": "application/json",
        "X-Khabar-Alert-Id": "abc",
        "X-Khabar-Timestamp": str(STAMP),
        "X-Khabar-Signature": OPENSSL,
    }
