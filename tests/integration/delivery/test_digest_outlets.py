"""The digest names every outlet Elasticsearch holds for a story, not only the alert's own."""

from datetime import timedelta

import pytest

from services.alert_list import AlertRow, daily_digest
from services.alert_text import outlets_from_search
from services.delivery.records import DeliveryState
from services.indexer.bulk import ensure_index, index_batch
from shared.search import make_client
from shared.settings import ServiceSettings
from tests import servers
from tests.integration.delivery.alerts import MATCHED, make_alert
from tests.integration.search.corpus import corpus

pytestmark = pytest.mark.integration


def test_digest_lists_the_outlets_of_each_story_from_the_index(es_url: str, es_index: str) -> None:
    settings = ServiceSettings(es_url=es_url, es_index=es_index)
    client = make_client(settings)
    ensure_index(client, es_index)
    articles = [a for a in corpus().values() if a.story_id == "budapest-call"]
    assert not index_batch(client, es_index, articles, refresh=True).rejected
    client.transport.close()
    rows = [
        AlertRow(alert=make_alert(1, None, story_id="budapest-call"), state=DeliveryState.QUEUED),
        AlertRow(alert=make_alert(2, None, story_id="not-indexed"), state=DeliveryState.QUEUED),
    ]
    [digest] = daily_digest(rows, MATCHED.date(), outlets_from_search(settings))
    by_story = {story.story_id: story.outlets for story in digest.stories}
    assert set(by_story["budapest-call"]) == {a.source for a in articles}
    assert by_story["not-indexed"] == ["صدى البلد"]  # the alert's own source


def test_digest_falls_back_to_the_alerts_source_without_elasticsearch() -> None:
    settings = ServiceSettings(es_url=f"http://127.0.0.1:{servers.free_port()}")
    row = AlertRow(alert=make_alert(1, None), state=DeliveryState.QUEUED)
    late = AlertRow(
        alert=make_alert(2, None, matched_at=MATCHED + timedelta(days=1)),
        state=DeliveryState.QUEUED,
    )
    [digest] = daily_digest([row, late], MATCHED.date(), outlets_from_search(settings))
    assert [story.outlets for story in digest.stories] == [["صدى البلد"]]
