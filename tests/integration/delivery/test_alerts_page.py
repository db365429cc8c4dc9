"""The search page's list of recent alerts, in headless Chromium, over a real Redis."""

import threading
from collections.abc import Iterator

import pytest
import redis
import uvicorn
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from services.api import create_app
from shared.settings import ServiceSettings
from shared.streams import Streams
from tests import servers
from tests.integration.delivery.alerts import make_alert, publish
from tests.integration.search.test_search_page import browser  # noqa: F401 (a fixture)

pytestmark = [pytest.mark.integration, pytest.mark.browser]

WAIT_S = 30


@pytest.fixture
def page_url(redis_url: str, stream_prefix: str) -> Iterator[str]:
    """The page and API on 127.0.0.1, reading alerts under this test's prefix; no search."""
    settings = ServiceSettings(
        redis_url=redis_url,
        stream_prefix=stream_prefix,
        es_url=f"http://127.0.0.1:{servers.free_port()}",
    )
    port = servers.free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started and thread.is_alive():
            threading.Event().wait(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(WAIT_S)


def _alerts_drawn(driver: WebDriver) -> None:
    WebDriverWait(driver, WAIT_S).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-alerts") == "done"
    )


def test_page_lists_the_newest_alerts_with_watchlist_and_state(
    browser: WebDriver,  # noqa: F811 (the imported fixture)
    page_url: str,
    redis_url: str,
    stream_prefix: str,
) -> None:
    client = redis.Redis.from_url(redis_url)
    publish(client, Streams(stream_prefix), [make_alert(n, None) for n in range(7)])
    client.close()
    browser.get(page_url)
    _alerts_drawn(browser)
    assert browser.find_element(By.ID, "alerts").is_displayed()
    items = browser.find_elements(By.CSS_SELECTOR, "#alert-list li.alert")
    assert len(items) == 5
    assert items[0].find_element(By.TAG_NAME, "button").text == "فتح معبر رفح أمام المسافرين (6)"
    meta = items[0].find_element(By.CSS_SELECTOR, ".meta").text
    assert "غزة والمعابر" in meta
    assert "في الانتظار" in meta


def test_page_hides_the_alerts_box_when_there_are_none(
    browser: WebDriver,  # noqa: F811 (the imported fixture)
    page_url: str,
) -> None:
    browser.get(page_url)
    _alerts_drawn(browser)
    assert not browser.find_element(By.ID, "alerts").is_displayed()
