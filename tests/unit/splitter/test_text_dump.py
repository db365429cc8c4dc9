"""Text dumps: wrapped paragraphs joined, row cells apart, link numbers off."""

import textwrap

from services.splitter.text_dump import read_text_dump, split_cells, unwrap, wrap_width

PARAGRAPHS = [
    "قالت وزارة الزراعة إن موسم قطف الزيتون بدأ مبكرا هذا العام في المحافظات الشمالية بسبب "
    "ارتفاع درجات الحرارة خلال الصيف، وإن الإنتاج المتوقع يزيد على ما جمعه المزارعون في "
    "الموسم الماضي بنحو الخمس",
    "وأضافت الوزارة في بيان أن فرق الإرشاد الزراعي ستجول على القرى لتقديم النصح حول أساليب "
    "القطف والتخزين، وأن المعاصر ستعمل على مدار الساعة طوال أسابيع الموسم لتلبية الطلب "
    "المتزايد من المزارعين",
    "ويشكو مزارعون من ارتفاع كلفة اليد العاملة والنقل، مطالبين بدعم حكومي يعوض تراجع أسعار "
    "الزيت في الأسواق الخارجية خلال العامين الأخيرين ويحمي صغار المنتجين من الخسارة",
]


def _wrapped(width: int) -> str:
    blocks = [
        textwrap.fill(p, width, initial_indent="   ", subsequent_indent="   ") for p in PARAGRAPHS
    ]
    return "\n\n".join(["   * الرئيسية", "   * محليات", *blocks, "   * اتصل بنا"])


def test_a_page_wrapped_at_a_fixed_width_gets_its_paragraphs_back_whole() -> None:
    for width in (60, 76, 79):
        lines = read_text_dump(_wrapped(width)).split("\n")
        stripped = [line.strip() for line in lines]
        for paragraph in PARAGRAPHS:
            assert paragraph in stripped, width
        assert "* الرئيسية" in stripped
        assert "* محليات" in stripped
        assert "* اتصل بنا" in stripped


def test_one_line_paragraphs_that_end_their_sentences_are_not_joined() -> None:
    lines = [f"هذه جملة قصيرة رقم {n} تنتهي بنقطة في آخرها كما ينبغي أن تكون." for n in range(12)]
    assert wrap_width(lines) is None
    assert read_text_dump("\n".join(lines)).split("\n") == lines


def test_long_paragraph_lines_are_not_a_wrapped_page() -> None:
    assert wrap_width([" ".join(PARAGRAPHS)] * 8) is None


def test_a_list_item_after_a_full_line_starts_its_own_line() -> None:
    full = "ق" * 10 + " " + "كلمة " * 12
    lines = [full.rstrip(), "* بند من قائمة", "1. بند مرقم"]
    assert unwrap(lines, len(full.rstrip()) + 2) == lines


def test_a_row_of_short_cells_becomes_one_line_each() -> None:
    row = "مصر    السعودية    الإمارات    الكويت"
    assert split_cells(row) == ["مصر", "السعودية", "الإمارات", "الكويت"]
    assert split_cells("   الرئيسية   اقتصاد   رياضة") == ["   الرئيسية", "   اقتصاد", "   رياضة"]


def test_prose_with_a_wide_gap_stays_one_line() -> None:
    line = f"{PARAGRAPHS[0]}   {PARAGRAPHS[1]}"
    assert split_cells(line) == [line]
    pair = "قال الوزير إن الحكومة ستعرض الخطة على البرلمان   في جلسته المقبلة"
    assert split_cells(pair) == [pair]


def test_link_reference_numbers_go_only_from_a_page_full_of_them() -> None:
    one = "انظر [1]الملحق في آخر التقرير"
    assert read_text_dump(one) == one
    many = "\n".join(f"[{n}]عنوان خبر رقم {n}" for n in range(1, 7))
    assert read_text_dump(many).split("\n") == [f"عنوان خبر رقم {n}" for n in range(1, 7)]
