"""The page's watchlist section in headless Chromium: save the current search, pause it, remove it."""

import threading
from collections.abc import Iterator

import pytest
import uvicorn
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from services.api import create_app
from shared.settings import ServiceSettings
from tests import servers
from tests.integration.search.test_search_page import WAIT_S, browser  # noqa: F401

pytestmark = [pytest.mark.integration, pytest.mark.browser]


@pytest.fixture
def page_url(es_url: str, es_index: str) -> Iterator[str]:
    """The API and page on 127.0.0.1 over this test's (empty) alias."""
    settings = ServiceSettings(es_url=es_url, es_index=es_index)
    port = servers.free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        started = threading.Event()
        while not server.started and thread.is_alive():
            started.wait(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(WAIT_S)


def watchlists_drawn(browser: WebDriver) -> None:  # noqa: F811 (the imported fixture's name)
    WebDriverWait(browser, WAIT_S).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-watchlists") == "done"
    )


def test_the_current_search_is_saved_as_a_watchlist_paused_and_removed(
    browser: WebDriver,  # noqa: F811
    page_url: str,
) -> None:
    browser.get(page_url)
    watchlists_drawn(browser)
    assert "لا قوائم بعد" in browser.find_element(By.ID, "watchlist-list").text
    browser.find_element(By.ID, "q").send_keys('"انفجار بيروت"')
    browser.find_element(By.CSS_SELECTOR, "#watchlists summary").click()
    browser.find_element(By.ID, "watch-name").send_keys("بيروت")
    browser.find_element(By.ID, "watch-owner").send_keys("مكتب الأخبار")
    browser.find_element(By.ID, "watch-add").click()
    WebDriverWait(browser, WAIT_S).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "#watchlist-list li.watchlist")
    )
    [item] = browser.find_elements(By.CSS_SELECTOR, "#watchlist-list li.watchlist")
    assert "بيروت" in item.text
    assert '"انفجار بيروت"' in item.text
    item.find_element(By.CSS_SELECTOR, "button.watch-toggle").click()
    WebDriverWait(browser, WAIT_S).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, "#watchlist-list li.watchlist.paused")
    )
    paused = browser.find_element(By.CSS_SELECTOR, "#watchlist-list li.watchlist.paused")
    paused.find_element(By.CSS_SELECTOR, "button.watch-remove").click()
    WebDriverWait(browser, WAIT_S).until(
        lambda b: not b.find_elements(By.CSS_SELECTOR, "#watchlist-list li.watchlist")
    )
