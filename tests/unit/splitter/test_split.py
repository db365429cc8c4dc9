"""Pages cut into articles: the five sample bundles against their truth, and the hard cases."""

import json
from pathlib import Path
from typing import Any

import pytest

from services.evaluation.splitter import evaluate_splitter
from services.splitter.split import split_bundle, title_key
from shared.contracts import Article, Bundle, Role

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
SEEDS, TRUTH = SHARED / "seeds", SHARED / "eval" / "seeds-truth.json"
needs_seeds = pytest.mark.skipif(
    not TRUTH.exists(), reason=f"sample bundles and truth not found at {SHARED.resolve()}"
)


def _truth() -> list[dict[str, Any]]:
    return list(json.loads(TRUTH.read_text("utf-8"))["bundles"]) if TRUTH.exists() else []


def _split(text: str) -> list[Article]:
    return split_bundle(Bundle.from_raw(text.encode()))


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


@needs_seeds
@pytest.mark.parametrize("entry", _truth(), ids=lambda e: e["bundle"][:3])
def test_split_finds_every_article_of_a_sample_in_page_order(entry: dict[str, Any]) -> None:
    articles = split_bundle(Bundle.from_raw((SEEDS / entry["bundle"]).read_bytes()))
    assert [a.role.value for a in articles] == [t["role"] for t in entry["articles"]]
    for truth, article in zip(entry["articles"], articles, strict=True):
        if truth.get("title"):
            assert title_key(article.title or "") == title_key(truth["title"])
        else:
            assert article.title_derived
        if truth.get("first_words"):
            assert _words(article.body).startswith(_words(truth["first_words"]))
            assert _words(article.body).endswith(_words(truth["last_words"]))


@needs_seeds
def test_split_reaches_every_floor_of_the_eval_on_the_samples() -> None:
    failed = [m for m in evaluate_splitter(SEEDS, TRUTH) if not m.passed]
    assert failed == []


BODY = (
    "أعلن وزير الخارجية الروسي أن موسكو وواشنطن تستعدان لعقد اجتماع يهدف إلى حل الخلافات "
    "وتطبيع الاتصالات بين البلدين في وقت قريب جدا."
)


def test_split_cuts_headlines_glued_without_a_separator() -> None:
    page = (
        f"{BODY}\n\nمقالات مشابهة\n"
        "روسيا تعلن شروطها لإنهاء الحربقبل المحادثات بين كييف وواشنطن روسيا تشن هجوما على العراق"
        "الرئيس الفرنسي في بكين لتعزيز الحوار مع الصين\n"
    )
    titles = [a.title for a in _split(page) if a.role is Role.HEADLINE]
    assert titles == [
        "روسيا تعلن شروطها لإنهاء الحرب",
        "قبل المحادثات بين كييف وواشنطن روسيا تشن هجوما على العراق",
        "الرئيس الفرنسي في بكين لتعزيز الحوار مع الصين",
    ]


def test_split_separates_a_subheading_glued_to_the_next_sentence() -> None:
    page = (
        f"{BODY}\n\nالموقف الأوروبي من الخلافوقالت المفوضية الأوروبية إنها تتابع الخلاف، "
        "ولم تعلن بعد أي خطوة.\n"
    )
    main = _split(page)[0]
    assert main.subheadings == ["الموقف الأوروبي من الخلاف"]
    assert main.body.split("\n\n")[1:] == [
        "الموقف الأوروبي من الخلاف",
        "وقالت المفوضية الأوروبية إنها تتابع الخلاف، ولم تعلن بعد أي خطوة.",
    ]


def test_split_keeps_a_read_also_article_separate_and_links_its_headline() -> None:
    page = (
        f"{BODY}\n\nإقرأ أيضاً:\nالكرملين يكشف سبب اختيار بودابست\n"
        "كشف المتحدث باسم الكرملين اليوم عن السبب وراء اختيار العاصمة المجرية مكانا للقمة.\n\n"
        "مقالات مشابهة\n  • رسالة من ترامب في طريقها إلى موسكو\n  • الكرملين يكشف سبب اختيار بودابست\n"
    )
    articles = _split(page)
    assert [a.role for a in articles] == [Role.MAIN, Role.READ_ALSO, Role.HEADLINE, Role.HEADLINE]
    assert articles[1].title == "الكرملين يكشف سبب اختيار بودابست"
    assert articles[3].same_as == articles[1].id
    assert articles[2].same_as is None


@pytest.mark.parametrize(
    "furniture",
    ["انتقل إلى اختصارات الوصول شارك محادثة", "شارك", "المزيد", "Facebook Twitter WhatsApp"],
)
def test_split_drops_navigation_and_share_lines(furniture: str) -> None:
    main = _split(f"{BODY}\n{furniture}\n{BODY}\n")[0]
    assert main.body == f"{BODY}\n\n{BODY}"


def test_split_drops_widget_labels_glued_after_the_last_sentence() -> None:
    main = _split(f"{BODY} أخبار ذات صلة\nالمصدر: صحيفة الاتحاد\n")[0]
    assert main.body == BODY
    assert main.source == "صحيفة الاتحاد"


def test_split_reads_keywords_without_the_furniture_after_them() -> None:
    main = _split(f"{BODY}\nكلمات دلالية: روسيا، الولايات المتحدة، لافروف المزيد\n")[0]
    assert main.keywords_raw == "روسيا، الولايات المتحدة، لافروف"
    assert main.keywords == ["روسيا", "الولايات المتحدة", "لافروف"]


def test_split_derives_a_title_when_the_page_prints_none() -> None:
    main = _split(BODY)[0]
    assert main.title_derived
    assert main.title == " ".join(BODY.split()[:12])


def test_split_gives_ids_from_the_bundle_and_position() -> None:
    bundle = Bundle.from_raw(f"{BODY}\nمقالات مشابهة\n• خبر أول هنا\n• خبر ثان هنا\n".encode())
    assert [a.id for a in split_bundle(bundle)] == [f"{bundle.bundle_id}-{i:03d}" for i in range(3)]


def test_split_reads_an_english_page() -> None:
    page = (
        "Lavrov and Rubio discuss the summit\nBy Jane Doe\n"
        "The Russian and US foreign ministers spoke by phone on Monday, the ministry said.\n"
    )
    main = _split(page)[0]
    assert (main.title, main.author) == ("Lavrov and Rubio discuss the summit", "Jane Doe")


def test_a_date_printed_only_below_the_text_dates_the_article() -> None:
    body = [
        "أعلنت بلدية المدينة عن خطة لتوسيع شبكة الحدائق العامة في الأحياء الشرقية خلال العام المقبل.",
        "وقال رئيس البلدية إن الخطة تشمل زراعة آلاف الأشجار وتجهيز ملاعب صغيرة للأطفال قرب المدارس.",
        "وأضاف أن التمويل سيأتي من موازنة البلدية ومن منحة قدمها صندوق تنمية إقليمي لهذا الغرض.",
    ]
    text = "\n".join(
        [
            "بلدية المدينة توسع شبكة الحدائق العامة",
            "",
            *body,
            "",
            "نشر في صحيفة الضفة يوم 14 - 05 - 2025",
        ]
    )
    main = next(a for a in _split(text) if a.role is Role.MAIN)
    assert main.published_at is not None
    assert main.published_at.date().isoformat() == "2025-05-14"
    assert main.source == "صحيفة الضفة"
    assert main.body.endswith("لهذا الغرض.")


def test_a_list_title_with_a_date_and_text_below_is_a_glued_article() -> None:
    body = [
        "أعلنت بلدية المدينة عن خطة لتوسيع شبكة الحدائق العامة في الأحياء الشرقية خلال العام المقبل.",
        "وقال رئيس البلدية إن الخطة تشمل زراعة آلاف الأشجار وتجهيز ملاعب صغيرة للأطفال قرب المدارس.",
    ]
    glued = [
        "وقعت وزارة النقل عقدا لتوسيع الطريق الساحلي بين المدينتين على مرحلتين خلال ثلاث سنوات.",
        "وقال الوزير إن المشروع سيخفف الازدحام ويختصر زمن الرحلة إلى النصف في ساعات الذروة.",
    ]
    lines = [
        "بلدية المدينة توسع شبكة الحدائق العامة",
        *body,
        "أخبار ذات صلة",
        "افتتاح معرض الكتاب بمشاركة دور نشر عربية",
        "نجمة الصباح - 05 - 03 - 2025",
        "ارتفاع أسعار الخضروات في سوق الجملة هذا الأسبوع",
        "توقيع عقد لتوسيع الطريق الساحلي بين المدينتين",
        "نشر في صحيفة الضفة يوم 14 - 07 - 2025",
        *glued,
    ]
    articles = _split("\n".join(lines))
    main = next(a for a in articles if a.role is Role.MAIN)
    assert main.body.endswith("قرب المدارس.")
    glued_article = next(a for a in articles if a.role is Role.READ_ALSO)
    assert glued_article.title == "توقيع عقد لتوسيع الطريق الساحلي بين المدينتين"
    assert glued_article.body.endswith("في ساعات الذروة.")
    headlines = {a.title for a in articles if a.role is Role.HEADLINE}
    assert "افتتاح معرض الكتاب بمشاركة دور نشر عربية" in headlines
    assert glued_article.title not in headlines


def test_an_aggregators_frame_around_a_copied_article_is_cut_and_a_lede_echoing_the_title_kept() -> (
    None
):
    title = "البلدية تطلق حملة لزراعة ألف شجرة في الأحياء الشرقية"
    paragraphs = [
        "أطلقت البلدية اليوم حملة لزراعة ألف شجرة في الأحياء الشرقية بمشاركة متطوعين من المدارس.",
        "وقال رئيس البلدية إن الحملة تستمر شهرا كاملا وتشمل الحدائق والأرصفة وساحات المدارس.",
        "وأضاف أن البلدية ستتابع ري الأشجار خلال الصيف بالتعاون مع جمعيات الأحياء.",
    ]
    framed = [
        f"نستعرض لكم تفاصيل خبر «{title}» كما نشرته صحيفة الضفة، وإليكم نص الخبر كاملاً:",
        *paragraphs,
        f"كانت هذه تفاصيل خبر {title} لهذا اليوم، ويمكنكم متابعة المستجدات عبر موقعنا.",
    ]
    main = next(a for a in _split("\n".join([title, *framed])) if a.role is Role.MAIN)
    assert main.body.startswith("أطلقت البلدية")
    assert main.body.endswith("جمعيات الأحياء.")
    echo = [f"{title} صباح اليوم بمشاركة متطوعين من المدارس والجمعيات.", *paragraphs[1:]]
    echoed = next(a for a in _split("\n".join([title, *echo])) if a.role is Role.MAIN)
    assert echoed.body.startswith(title)


def test_a_sources_link_prompt_is_no_part_of_its_name() -> None:
    from services.splitter.split import _without_prompt

    assert _without_prompt("صحيفة الرصيف - اضغط هنا لقراءة الخبر من المصدر") == "صحيفة الرصيف"
    assert _without_prompt("وكالة الأنباء - القاهرة") == "وكالة الأنباء - القاهرة"


def test_a_byline_on_a_line_of_its_own_over_the_text_is_the_author_not_text() -> None:
    lines = [
        "البلدية تطلق حملة لزراعة ألف شجرة",
        "كتبت: سلمى الخطيب",
        "أطلقت البلدية اليوم حملة لزراعة ألف شجرة في الأحياء الشرقية بمشاركة متطوعين من المدارس.",
        "وقال رئيس البلدية إن الحملة تستمر شهرا كاملا وتشمل الحدائق والأرصفة وساحات المدارس.",
    ]
    main = next(a for a in _split("\n\n".join(lines)) if a.role is Role.MAIN)
    assert main.author == "سلمى الخطيب"
    assert main.body.startswith("أطلقت البلدية")
