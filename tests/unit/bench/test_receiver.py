"""The benches' webhook receiver: first arrivals by alert id, and whether it keeps connections."""

import json

import httpx
import pytest

from services.bench.receiver import WebhookReceiver


def post(client: httpx.Client, url: str, alert_id: str, article_id: str) -> httpx.Response:
    body = json.dumps({"article_id": article_id}).encode()
    return client.post(url, content=body, headers={"X-Khabar-Alert-Id": alert_id})


def test_receiver_keeps_the_first_arrival_of_each_alert_id() -> None:
    with WebhookReceiver() as receiver, httpx.Client() as client:
        assert post(client, receiver.url, "a1", "b1-000").status_code == 204
        post(client, receiver.url, "a1", "b1-001")
        post(client, receiver.url, "a2", "b2-000")
    assert (receiver.count(), receiver.requests) == (2, 3)
    assert sorted(a.article_id for a in receiver.arrivals()) == ["b1-000", "b2-000"]


@pytest.mark.parametrize("protocol", ["HTTP/1.1", "HTTP/1.0"], ids=["keep-alive", "close"])
def test_receiver_answers_in_the_protocol_asked_so_http_1_0_closes_each_connection(
    protocol: str,
) -> None:
    with WebhookReceiver(protocol) as receiver, httpx.Client() as client:
        response = post(client, receiver.url, "a1", "b1-000")
    assert response.http_version == protocol
    assert response.headers["content-length"] == "0"
