"""Issue 16 on a real node: every spelling of a name and every form of a word finds the same
articles, the exact spelling ranks first, and search says which other spellings it searched."""

from collections.abc import Iterator
from hashlib import sha256

import httpx
import pytest
from elasticsearch7 import Elasticsearch
from typer.testing import CliRunner

from services.api import create_app
from services.cli import app as cli
from services.enricher.canonical import Canonicalizer, InMemoryRegistry
from services.indexer.bulk import ensure_index, index_batch
from services.search import SearchResult, search
from shared.contracts import DedupedArticle, Entity, Role
from shared.settings import ServiceSettings
from tests import servers

pytestmark = pytest.mark.integration

# Short articles written for this test: title, body, and the mentions the enricher finds
# (the last one has none: a name the NER missed).
ARTICLES: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "trump": (
        "ترامب يلتقي قادة الكونغرس",
        "قال الرئيس الأمريكي دونالد ترامب إنه سيلتقي قادة الكونغرس الأسبوع المقبل.",
        [("دونالد ترامب", "PER")],
    ),
    "tramb": (
        "ترمب يهاجم الصحافة",
        "هاجم الرئيس الأمريكي دونالد ترمب الصحافة مرة أخرى في خطاب ألقاه أمس.",
        [("دونالد ترمب", "PER")],
    ),
    "tramb_missed": (
        "عطلة في فلوريدا",
        "أمضى ترمب عطلة نهاية الأسبوع في منتجعه بعيدا عن العاصمة.",
        [],
    ),
    "sergei_gh": (
        "سيرغي لافروف يزور أنقرة",
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى أنقرة في زيارة رسمية.",
        [("سيرغي لافروف", "PER"), ("أنقرة", "LOC")],
    ),
    "sergei_j": (
        "سيرجي لافروف في بكين",
        "بحث وزير الخارجية الروسي سيرجي لافروف مع نظيره الصيني العلاقات الثنائية.",
        [("سيرجي لافروف", "PER"), ("بكين", "LOC")],
    ),
    "pyongyang_gh": (
        "صاروخ جديد من بيونغ يانغ",
        "أطلقت بيونغ يانغ صاروخا باليستيا جديدا باتجاه البحر.",
        [("بيونغ يانغ", "LOC")],
    ),
    "pyongyang_j": (
        "بيونج يانج تحذر سول",
        "حذرت بيونج يانج جارتها الجنوبية من عواقب المناورات.",
        [("بيونج يانج", "LOC"), ("سول", "LOC")],
    ),
    "fire": (
        "حريق في مصنع للنسيج",
        "اندلع حريق كبير في مصنع للنسيج وتمكن رجال الإطفاء من إخماده.",
        [],
    ),
    "fires": (
        "حرائق الغابات تتمدد",
        "تتمدد حرائق الغابات في الجنوب بفعل الرياح الشديدة.",
        [],
    ),
    "quake": (
        "زلزال بقوة ست درجات",
        "ضرب زلزال بقوة ست درجات المنطقة الساحلية فجر اليوم.",
        [],
    ),
    "quakes": (
        "الزلازل تتكرر في المنطقة",
        "يقول خبراء إن الزلازل تتكرر في المنطقة كل بضع سنوات.",
        [],
    ),
    "snows": (
        "ثلوج كثيفة تغلق الطرق",
        "أغلقت ثلوج كثيفة الطرق الجبلية في الشمال.",
        [],
    ),
    "snow": (
        "الثلج يغطي القمم",
        "غطى الثلج قمم الجبال للمرة الأولى هذا الموسم.",
        [],
    ),
    "books": (
        "كتب جديدة في المعرض",
        "عرضت دور النشر كتب التاريخ والأدب في المعرض السنوي.",
        [],
    ),
    "library": (
        "مكتبة المدينة تفتح أبوابها",
        "افتتحت مكتبة المدينة قاعة جديدة للقراء، وتضم مكتبة المدينة آلاف العناوين.",
        [],
    ),
    "book": (
        "كتاب عن الحرب",
        "صدر كتاب جديد يروي قصة الحرب، والكتاب من تأليف صحفي عاش الحرب، وكتاب آخر قريبا.",
        [],
    ),
}

# (query, the other spelling or form, articles both must find, the article written as the query)
PAIRS = [
    ("ترامب", "ترمب", {"trump", "tramb", "tramb_missed"}, "trump", "trump-tramb"),
    ("سيرغي لافروف", "سيرجي لافروف", {"sergei_gh", "sergei_j"}, "sergei_gh", "sergei"),
    ("بيونغ يانغ", "بيونج يانج", {"pyongyang_gh", "pyongyang_j"}, "pyongyang_gh", "pyongyang"),
    ("حريق", "حرائق", {"fire", "fires"}, "fire", "fire-fires"),
    ("زلزال", "الزلازل", {"quake", "quakes"}, "quake", "quake-quakes"),
    ("ثلوج", "الثلج", {"snows", "snow"}, "snows", "snows-snow"),
]


def _article(key: str, canonicalizer: Canonicalizer) -> DedupedArticle:
    title, body, mentions = ARTICLES[key]
    entities = []
    for (text, label), known in zip(mentions, canonicalizer.resolve(mentions), strict=True):
        field = "body" if text in body else "title"
        start = (body if field == "body" else title).index(text)
        entities.append(
            Entity(
                text=text,
                label=label,
                field=field,
                start=start,
                end=start + len(text),
                canonical=known.canonical,
                entity_id=known.entity_id,
            )
        )
    bundle = sha256(key.encode()).hexdigest()[:32]
    return DedupedArticle(
        id=f"{bundle}-000",
        bundle_id=bundle,
        position=0,
        role=Role.MAIN,
        title=title,
        body=body,
        language="ar",
        is_arabic=True,
        word_count=len(body.split()),
        entities=entities,
        content_hash=sha256(body.encode()).hexdigest()[:32],
        story_id=key,
    )


ARTICLE_IDS = {key: f"{sha256(key.encode()).hexdigest()[:32]}-000" for key in ARTICLES}


@pytest.fixture(scope="module")
def forms_alias(es_url: str, es_client: Elasticsearch) -> Iterator[str]:
    """An index holding the articles above, enriched with one shared entity registry."""
    alias = servers.unique_name("forms")
    ensure_index(es_client, alias)
    canonicalizer = Canonicalizer(InMemoryRegistry())
    articles = [_article(key, canonicalizer) for key in ARTICLES]
    assert not index_batch(es_client, alias, articles, refresh=True).rejected
    yield alias
    servers.delete_indices(es_url, alias)


def _found(result: SearchResult) -> list[str]:
    keys = {article_id: key for key, article_id in ARTICLE_IDS.items()}
    return [keys[hit.id] for hit in result.hits]


@pytest.mark.parametrize(
    ("query", "other", "both", "exact"), [p[:4] for p in PAIRS], ids=[p[4] for p in PAIRS]
)
def test_both_spellings_find_the_same_articles_and_the_exact_one_first(
    es_client: Elasticsearch,
    forms_alias: str,
    query: str,
    other: str,
    both: set[str],
    exact: str,
) -> None:
    found = _found(search(es_client, forms_alias, query, collapse=None, size=10))
    found_other = _found(search(es_client, forms_alias, other, collapse=None, size=10))
    assert set(found) == both
    assert set(found_other) == both
    assert found[0] == exact
    assert found_other[0] != exact


def test_search_reports_the_other_spellings_it_searched(
    es_client: Elasticsearch, forms_alias: str
) -> None:
    assert search(es_client, forms_alias, "ترامب").also == {"ترامب": ["ترمب"]}
    assert search(es_client, forms_alias, "ترمب").also == {"ترمب": ["ترامب"]}
    # Each word's other spelling, and the name's written as one (بيونغ يانغ, both words).
    assert search(es_client, forms_alias, "بيونج يانج").also == {
        "بيونج": ["بيونغ", "بيونغ يانغ"],
        "يانج": ["يانغ", "بيونغ يانغ"],
    }
    assert search(es_client, forms_alias, "حريق").also == {}


def test_cli_says_which_spellings_it_also_searched(
    es_url: str, forms_alias: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ES_INDEX", forms_alias)
    printed = CliRunner().invoke(cli, ["search", "ترامب", "--es-url", es_url])
    assert printed.exit_code == 0, printed.output
    assert "also: ترمب" in printed.output


async def test_api_says_which_spellings_it_also_searched(
    es_url: str, es_client: Elasticsearch, forms_alias: str
) -> None:
    app = create_app(ServiceSettings(es_url=es_url, es_index=forms_alias), es_client)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://khabar.test") as http:
        response = await http.get("/api/search", params={"q": "ترمب"})
    assert response.json()["also"] == {"ترمب": ["ترامب"]}


def test_a_related_form_never_ranks_above_the_exact_word(
    es_client: Elasticsearch, forms_alias: str
) -> None:
    found = _found(search(es_client, forms_alias, "كتب", collapse=None, size=10))
    assert found[0] == "books"
    assert "library" not in found[:1]
    assert set(found) <= {"books", "book", "library"}


def test_a_common_word_does_not_match_a_name_through_its_key(
    es_client: Elasticsearch, forms_alias: str
) -> None:
    # سول (Seoul) and the common word سؤال share no article; neither does الثلج with names.
    assert _found(search(es_client, forms_alias, "سؤال", collapse=None)) == []
