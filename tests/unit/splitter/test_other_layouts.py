"""Page shapes the five samples don't show: hand-written in the style of other Arabic outlets."""

from datetime import datetime
from pathlib import Path

from services.splitter.split import split_bundle
from shared.contracts import Article, Bundle, Role

PAGES = Path(__file__).parent / "pages"


def split(name: str) -> list[Article]:
    return split_bundle(Bundle.from_raw((PAGES / name).read_bytes(), name=name))


def test_share_prompts_and_copyright_footers_stay_out_of_articles() -> None:
    articles = split("inline_share_footer.txt")
    assert [a.role for a in articles] == [Role.MAIN, Role.READ_ALSO, *[Role.HEADLINE] * 3]
    main = articles[0]
    assert (main.section, main.author, main.dateline) == ("سياسة", "أحمد علي", "القاهرة")
    assert main.published_at == datetime(2025, 1, 14, 15, 15)
    assert "شارك" not in main.body
    assert all("الحقوق" not in (a.title or "") for a in articles)


def test_a_read_also_link_list_inside_the_article_leaves_the_article_whole() -> None:
    articles = split("inline_read_also_links.txt")
    assert [a.role for a in articles] == [Role.MAIN, Role.HEADLINE, Role.HEADLINE]
    main = articles[0]
    assert main.body.endswith("مؤكدا التزام لبنان بالقرار الدولي 1701.")
    assert main.source == "الجزيرة + وكالات"
    assert main.section == "سياسة"
    assert main.published_at == datetime(2025, 1, 14)
    assert not any("list" in (a.title or "") for a in articles)
