"""Bundles pushed with the CLI or redis-cli flow through every consumer group into Elasticsearch."""

import os
import subprocess
import sys

import httpx
import pytest
import redis

from shared.contracts import Bundle, DeadLetter, DedupedArticle
from shared.streams import Streams
from shared.wire import decode
from tests.integration.pipeline.processes import ROOT, SAMPLES, Workers, indexed_ids, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]


def published_ids(client: redis.Redis, stream: str) -> set[str]:
    """Ids of every message on a stream."""
    return {fields[b"id"].decode() for _, fields in client.xrange(stream)}  # type: ignore[union-attr]


def test_sample_bundles_pushed_with_the_cli_become_searchable_articles(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    env = {**os.environ, **{k: workers.env[k] for k in ("REDIS_URL", "STREAM_PREFIX")}}
    pushed = subprocess.run(
        [sys.executable, "-m", "services.cli", "push", str(SAMPLES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "5 bundles pushed" in pushed.stdout
    workers.start_all()

    def everything_indexed() -> bool:
        articles = published_ids(rclient, streams.name("articles"))
        bundles = {article_id.rsplit("-", 1)[0] for article_id in articles}
        return len(bundles) == 5 and set(indexed_ids(es_url, es_index)) == articles

    wait_for(
        everything_indexed, 300, "every article of the 5 bundles in Elasticsearch", workers.logs
    )
    articles = published_ids(rclient, streams.name("articles"))
    assert set(indexed_ids(es_url, es_index)) == articles
    assert published_ids(rclient, streams.name("deduped")) == articles
    bundles_seen = {article_id.rsplit("-", 1)[0] for article_id in articles}
    assert len(bundles_seen) == 5, "every sample bundle gave at least one article"

    # An Arabic query written with other letter forms finds the Lavrov-Rubio articles.
    found = httpx.post(
        f"{es_url}/{es_index}/_search",
        json={"query": {"multi_match": {"query": "لافروف وروبيو", "fields": ["title", "body"]}}},
        timeout=30,
    ).json()["hits"]["hits"]
    assert found, "an Arabic query finds articles"
    assert any("لافروف" in (hit["_source"].get("title") or "") for hit in found[:3])
    assert rclient.xlen(streams.dead_letters) == 0


def test_a_bundle_added_with_redis_cli_in_the_documented_layout_is_indexed(
    workers: Workers,
    rclient: redis.Redis,
    streams: Streams,
    es_url: str,
    es_index: str,
    redis_url: str,
) -> None:
    page = (SAMPLES / "000_45972460642910f9.txt").read_text(encoding="utf-8")
    subprocess.run(
        [
            "redis-cli",
            "-u",
            redis_url,
            "XADD",
            streams.bundles,
            "*",
            "name",
            "page.txt",
            "captured_at",
            "2025-10-21T09:00:00+03:00",
            "body",
            page,
        ],
        check=True,
        capture_output=True,
    )
    workers.start_all()
    wait_for(
        lambda: len(indexed_ids(es_url, es_index)) >= 1,
        300,
        "the article in Elasticsearch",
        workers.logs,
    )
    _, fields = rclient.xrange(streams.name("deduped"))[0]  # type: ignore[index]
    article = decode(fields, DedupedArticle)
    assert article.title == "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب"
    assert article.captured_at is not None
    assert article.captured_at.utcoffset() is not None


def test_bad_bundles_become_dead_letters_with_reasons_while_html_and_english_pages_flow(
    workers: Workers, rclient: redis.Redis, streams: Streams, es_url: str, es_index: str
) -> None:
    arabic = (SAMPLES / "000_45972460642910f9.txt").read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in arabic.split("\n\n")[3:])
    html = (
        "<html><head><title>x</title><script>var ad = 1;</script></head><body><nav>الرئيسية | أخبار</nav>"
        f"<h1>لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب</h1>{paragraphs}</body></html>"
    )
    english = (
        "Lavrov and Rubio discuss the Budapest summit\n\n"
        + "The Russian and American foreign ministers spoke by phone on Monday about the summit. "
        * 5
    )
    entries = {
        "empty.txt": b"",
        "image.png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "page.html": html.encode("utf-8"),
        "english.txt": english.encode(),
        "cp1256.txt": arabic.encode("cp1256"),
    }
    for name, body in entries.items():
        rclient.xadd(streams.bundles, {"name": name, "body": body})
    workers.start_all()
    wait_for(lambda: rclient.xlen(streams.dead_letters) >= 2, 300, "two dead letters", workers.logs)
    readable = {
        Bundle.from_raw(entries[n]).bundle_id for n in ("page.html", "english.txt", "cp1256.txt")
    }

    def readable_pages_indexed() -> bool:
        articles = published_ids(rclient, streams.name("articles"))
        bundles = {article_id.rsplit("-", 1)[0] for article_id in articles}
        return bundles == readable and set(indexed_ids(es_url, es_index)) == articles

    wait_for(readable_pages_indexed, 300, "the readable pages indexed", workers.logs)
    letters = [decode(fields, DeadLetter) for _, fields in rclient.xrange(streams.dead_letters)]
    reasons = {letter.fields["name"].decode(): letter for letter in letters}
    assert set(reasons) == {"empty.txt", "image.png"}
    assert reasons["empty.txt"].error_type == "EmptyBundle"
    assert "PNG" in reasons["image.png"].reason
    mains = {
        a.bundle_id: a
        for _, fields in rclient.xrange(streams.name("deduped"))
        if (a := decode(fields, DedupedArticle)).role == "main"
    }
    ids = {name: Bundle.from_raw(body).bundle_id for name, body in entries.items()}
    assert set(mains) == readable
    assert (mains[ids["english.txt"]].language, mains[ids["english.txt"]].is_arabic) == (
        "en",
        False,
    )
    html_main = mains[ids["page.html"]]
    assert html_main.title == "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب"
    assert "var ad" not in html_main.body
    assert "الرئيسية | أخبار" not in html_main.body
    assert mains[ids["cp1256.txt"]].title == html_main.title
    assert all(p.poll() is None for procs in workers.procs.values() for p in procs), "a worker died"
