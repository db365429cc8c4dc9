"""The search page in headless Chromium, against the API and a real index."""

import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from elasticsearch7 import Elasticsearch
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from services.api import create_app
from shared.settings import ServiceSettings
from tests import servers
from tests.integration.search.corpus import corpus_article

pytestmark = [pytest.mark.integration, pytest.mark.browser]

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
INSTALL_SCRIPT = servers.ROOT / "infra" / "chromium.sh"
WAIT_S = 30


@pytest.fixture(scope="module")
def page_url(es_url: str, es_client: Elasticsearch, corpus_alias: str) -> Iterator[str]:
    """The API and page served by uvicorn on 127.0.0.1, searching the corpus alias."""
    settings = ServiceSettings(es_url=es_url, es_index=corpus_alias)
    port = servers.free_port()
    config = uvicorn.Config(
        create_app(settings, es_client), host="127.0.0.1", port=port, log_level="warning"
    )
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


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebDriver]:
    """Debian's headless Chromium with a fresh profile; selenium-manager stays offline."""
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        subprocess.run([str(INSTALL_SCRIPT), "install"], check=True)
    monkeypatch.setenv("SE_OFFLINE", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=ar",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _wait_done(browser: WebDriver) -> None:
    # The page marks <body data-state> busy when a search starts and done when it is drawn.
    WebDriverWait(browser, WAIT_S).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-state") == "done"
    )


def _open(browser: WebDriver, url: str) -> None:
    browser.get(url)
    _wait_done(browser)


def _search(browser: WebDriver, query: str) -> None:
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(query)
    browser.find_element(By.ID, "go").click()
    _wait_done(browser)


def test_arabic_query_shows_results_grouped_by_story_and_facets(
    browser: WebDriver, page_url: str, tmp_path: Path
) -> None:
    _open(browser, page_url)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    _search(browser, "لافروف وروبيو")

    hits = browser.find_elements(By.CSS_SELECTOR, "#results article.hit")
    assert hits
    assert browser.find_elements(By.CSS_SELECTOR, "#results mark")
    story_sizes = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "button.story-size")]
    assert any(text.startswith("3 ") for text in story_sizes)
    sources = browser.find_elements(By.CSS_SELECTOR, "#facet-sources li button")
    assert "الأمصار" in {b.get_attribute("data-value") for b in sources}
    assert browser.find_elements(By.CSS_SELECTOR, "#facet-per li button")

    screenshot = tmp_path / "search.png"
    assert browser.save_screenshot(str(screenshot))
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 20_000


def test_clicking_a_source_facet_filters_the_results(browser: WebDriver, page_url: str) -> None:
    _open(browser, page_url)
    _search(browser, "لافروف")
    browser.find_element(By.CSS_SELECTOR, '#facet-sources button[data-value="صدى البلد"]').click()
    _wait_done(browser)
    metas = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#results .meta")]
    assert metas
    assert all(meta.startswith("صدى البلد") for meta in metas)


def _wait_story(browser: WebDriver) -> None:
    # <body data-story> is busy while a story loads and done once its view is drawn.
    WebDriverWait(browser, WAIT_S).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-story") == "done"
    )


def test_story_button_opens_the_story_with_every_report_in_time_order(
    browser: WebDriver, page_url: str, tmp_path: Path
) -> None:
    _open(browser, page_url)
    _search(browser, "لافروف وروبيو")
    browser.find_element(By.CSS_SELECTOR, 'button.story-size[data-story="budapest-call"]').click()
    _wait_story(browser)

    assert browser.current_url.endswith("#story=budapest-call")
    assert not browser.find_element(By.ID, "results-view").is_displayed()
    reports = browser.find_elements(By.CSS_SELECTOR, "#timeline li.report")
    # Balad printed only the day (sorted as midnight), Amsar 19:24 that day, Ittihad the next day.
    in_order = ["lavrov_rubio_balad", "lavrov_rubio_amsar", "us_russia_ittihad"]
    assert [r.get_attribute("data-id") for r in reports] == [corpus_article(k).id for k in in_order]
    outlets = [r.find_element(By.CSS_SELECTOR, ".outlet").text for r in reports]
    assert outlets == ["صدى البلد", "الأمصار", "صحيفة الاتحاد"]
    assert "صدى البلد" in browser.find_element(By.ID, "first-report").text
    shared = browser.find_elements(By.CSS_SELECTOR, "#story-entities .chips button")
    assert {"سيرغي لافروف", "ماركو روبيو"} <= {b.get_attribute("data-value") for b in shared}
    assert browser.find_elements(By.CSS_SELECTOR, "#story-places .chips button")
    screenshot = tmp_path / "story.png"
    assert browser.save_screenshot(str(screenshot))

    browser.find_element(By.ID, "story-back").click()
    WebDriverWait(browser, WAIT_S).until(lambda b: b.find_element(By.ID, "results").is_displayed())
    assert not browser.find_element(By.ID, "story-view").is_displayed()
    assert browser.find_elements(By.CSS_SELECTOR, "#results article.hit")
    assert browser.find_element(By.ID, "q").get_attribute("value") == "لافروف وروبيو"


def test_a_story_link_opens_the_story_directly(browser: WebDriver, page_url: str) -> None:
    browser.get(page_url + "#story=kremlin-budapest")
    _wait_story(browser)
    reports = browser.find_elements(By.CSS_SELECTOR, "#timeline li.report")
    assert [r.get_attribute("data-id") for r in reports] == [corpus_article("kremlin_budapest").id]
    browser.get(page_url + "#story=no-such-story")
    WebDriverWait(browser, WAIT_S).until(
        lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-story") == "error"
    )
    assert "لا توجد مقالات" in browser.find_element(By.ID, "story-view").text


def test_highlights_show_quotes_as_text_with_the_matched_word_marked(
    browser: WebDriver, page_url: str
) -> None:
    _open(browser, page_url)
    _search(browser, "أجواء بناءة")
    text = browser.find_element(By.ID, "results").text
    assert '"بناءة"' in text
    assert "&quot;" not in text
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#results mark")]
    assert "بناءة" in marks
