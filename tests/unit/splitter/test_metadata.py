"""Printed metadata above and below an article."""

from datetime import datetime

import pytest

from services.splitter.metadata import date_line, read_header, split_dateline, split_keywords


def test_header_reads_section_title_date_author_and_source() -> None:
    header = read_header(
        ["جيران العرب", "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب",
         "الإثنين 20 أكتوبر 2025 - 07:24 م", "هايدي سيد", "الأمصار"]
    )  # fmt: skip
    assert header.section == "جيران العرب"
    assert header.title == "لافروف وروبيو يبحثان تنفيذ تفاهمات بوتين وترامب"
    assert (header.author, header.source) == ("هايدي سيد", "الأمصار")
    assert header.published is not None
    assert header.published.iso() == "2025-10-20T19:24"


def test_the_date_below_the_title_wins_over_the_masthead_date_above_it() -> None:
    header = read_header(
        ["الجمعة 31 مايو 2024", "وزير الخارجية الروسي: سنجد حلا للوضع في أوكرانيا",
         "3-3-2022 | 15:05", "دار الهلال"]
    )  # fmt: skip
    assert header.title == "وزير الخارجية الروسي: سنجد حلا للوضع في أوكرانيا"
    assert header.published is not None
    assert header.published.iso() == "2022-03-03T15:05"


def test_a_lone_date_above_the_title_is_the_article_date() -> None:
    header = read_header(["الجمعة 31 مايو 2024", "وزير الخارجية الروسي: سنجد حلا للوضع"])
    assert header.published is not None
    assert header.published.iso() == "2024-05-31"


@pytest.mark.parametrize(
    ("line", "author"),
    [("بقلم: أحمد علي", "أحمد علي"), ("كتب - محمد حسن", "محمد حسن"), ("By Jane Doe", "Jane Doe")],
)
def test_header_reads_a_byline_with_its_prefix(line: str, author: str) -> None:
    assert read_header(["عنوان الخبر هنا اليوم", line]).author == author


def test_header_reads_published_and_updated_from_one_line() -> None:
    dates = date_line("يناير 26, 2025آخر تحديث: يناير 27, 2025")
    assert dates is not None
    assert [d.iso() for d in dates] == ["2025-01-26", "2025-01-27"]


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    assert date_line("قال الرئيس في 16 أكتوبر 2025 إن المحادثات كانت بناءة ومثمرة جدا") is None


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        (
            "المستقلة/- أكد الرئيس الأمريكي دونالد ترامب أنه يأمل التحدث مع نظيره قريباً.",
            "المستقلة/-",
        ),
        (
            "القاهرة (رويترز) - قال مسؤولون اليوم إن المحادثات ستستأنف الأسبوع المقبل.",
            "القاهرة (رويترز) -",
        ),
        (
            "السعودية/ نبأ- أعلنت وزارة الصحة تسجيل 119 إصابة جديدة بفيروس كورونا اليوم.",
            "السعودية/ نبأ-",
        ),
        ("قال مسؤولون اليوم - وفق بيان - إن المحادثات ستستأنف الأسبوع المقبل في القاهرة.", None),
    ],
    ids=["slash-dash", "agency-dash", "place-slash-agency-dash", "dash-inside-sentence"],
)
def test_dateline_is_cut_from_the_first_paragraph(paragraph: str, dateline: str | None) -> None:
    assert split_dateline(paragraph)[0] == dateline


@pytest.mark.parametrize(
    ("raw", "phrases"),
    [
        ("روسيا، أوكرانيا، الولايات المتحدة", ["روسيا", "أوكرانيا", "الولايات المتحدة"]),
        ("روسيا | أوكرانيا", ["روسيا", "أوكرانيا"]),
        ("روسيا  أوكرانيا  موسكو", ["روسيا", "أوكرانيا", "موسكو"]),
        ("الولايات المتحدة روسيا أوكرانيا", []),
    ],
    ids=["arabic-comma", "pipe", "double-space", "one-run"],
)
def test_keywords_split_only_where_the_line_separates_them(raw: str, phrases: list[str]) -> None:
    assert split_keywords(raw) == phrases


def test_a_masthead_date_above_everything_does_not_hide_the_title() -> None:
    header = read_header(
        [
            "Dimanche 25 mai 2025",
            "الأحد 25 ماي 2025",
            "آفاق الجزائر",
            "Sport | رياضة",
            "ثنائية ماسية للصبار بعد الدوحة والرباط",
            "وقت القراءة: 3 دقائق",
            "Publié le 25 mai 2025 - الأحد 25 ماي 2025",
        ]
    )
    assert header.title == "ثنائية ماسية للصبار بعد الدوحة والرباط"
    assert header.published is not None
    assert header.published.value.date().isoformat() == "2025-05-25"


def test_a_date_line_may_carry_its_reading_time() -> None:
    found = date_line("13 نوفمبر 2025، الساعة 08:30 وقت القراءة: 6 دقائق")
    assert found is not None
    assert found[0].value.isoformat() == "2025-11-13T08:30:00"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("نشر بواسطة سامر حداد", "سامر حداد"),
        ("Par يوسف بن علي", "يوسف بن علي"),
        ("تقرير خاص", None),
    ],
)
def test_byline_labels_and_kickers(line: str, name: str | None) -> None:
    from services.splitter.metadata import author_of

    assert author_of(line) == name


def test_a_counter_in_brackets_is_no_dateline() -> None:
    from services.splitter.metadata import is_dateline

    assert is_dateline("موسكو (وكالات)")
    assert not is_dateline("عدد المشاهدات (3498)")


def test_an_outlet_quoted_after_a_place_is_a_dateline_and_a_credited_caption_is_not() -> None:
    from services.splitter.metadata import is_dateline

    assert is_dateline("القاهرة: «المنارة»")
    assert is_dateline("عمّان - «الرأي»")
    assert not is_dateline("منظر للسوق من الأعلى (رويترز)")
    assert not is_dateline("صورة أرشيفية (أ ف ب)")
    header = read_header(["بيروت: «الساحل»", "عنوان الخبر الذي يقرؤه الناس اليوم"])
    assert (header.dateline, header.author) == ("بيروت: «الساحل»", None)


def test_a_french_clock_and_the_same_day_printed_again_with_its_time() -> None:
    found = date_line("نُشر في: الثلاثاء 22 أفريل 2025، 08h05")
    assert found is not None
    assert found[0].value.isoformat() == "2025-04-22T08:05:00"
    header = read_header(
        [
            "محادثات بوزنيقة تختتم باتفاق على معايير اختيار رئيس حكومة موحدة",
            "الثلاثاء 4 مارس 2025",
            "Publié le 04.03.2025 21:00",
        ]
    )
    assert header.published is not None
    assert header.published.value.isoformat() == "2025-03-04T21:00:00"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("26 - 03 - 2025", "2025-03-26T00:00:00"),
        ("نشر في 16 ماي 2025 على الساعة 23:45", "2025-05-16T23:45:00"),
        ("اليمن - الإثنين 02 حزيران 2025 - 11:35 - صوت الجبل", "2025-06-02T11:35:00"),
    ],
)
def test_archive_and_header_row_date_forms(line: str, iso: str) -> None:
    found = date_line(line)
    assert found is not None
    assert found[0].value.isoformat() == iso


def test_a_score_or_a_long_sentence_with_a_date_is_no_date_line() -> None:
    assert date_line("فاز الفريق 3 - 1 أمس") is None
    assert date_line("قال الوزير في مؤتمر صحفي عقده يوم 02 حزيران 2025 إن الحكومة ستعرض") is None


def test_an_archive_credit_names_the_paper_it_copied() -> None:
    header = read_header(["نشر في نجمة الصباح يوم 26 - 03 - 2025"])
    assert header.source == "نجمة الصباح"
    assert header.published is not None
    assert header.published.value.day == 26


def test_the_title_below_the_days_date_when_nothing_above_it_reads_like_one() -> None:
    header = read_header(
        [
            "Menu",
            "الجمعة 16 ماي 2025",
            "رياضة | نشر في 16 ماي 2025 على الساعة 23:45",
            "المغربي يفوز بسباق الموانع في ملتقى الدوحة",
        ]
    )
    assert header.title == "المغربي يفوز بسباق الموانع في ملتقى الدوحة"


def test_the_mastheads_name_in_either_script_is_the_outlet_not_a_writer() -> None:
    from services.splitter.metadata import names_outlet, outlet_names

    lines = [
        "Sahil Presse",
        "صحيفة الساحل",
        "سياسة",
        "نص",
        "© 2025 Sahil Presse - Tous droits réservés",
    ]
    outlets = outlet_names(lines)
    assert names_outlet("صحيفة الساحل", outlets)
    assert names_outlet("Sahil Presse", outlets)
    assert not names_outlet("سمير الهادي", outlets)
    arabic = outlet_names(["جميع الحقوق محفوظة لأطلس بريس"])
    assert names_outlet("أطلس بريس", arabic)
    assert outlet_names(["سطر عادي من النص"]) == frozenset()


def test_a_clock_before_the_weekday_and_day_is_the_days_time() -> None:
    found = date_line("03:25 م الإثنين 14 يوليو 2025")
    assert found is not None
    assert found[0].value.isoformat() == "2025-07-14T15:25:00"


def test_a_printed_day_takes_the_markups_local_time_of_that_day_never_a_utc_one() -> None:
    from services.splitter.dates import ParsedDate
    from services.splitter.split import _best_date

    day = ParsedDate(datetime(2025, 7, 14), False, "14 يوليو 2025", 0, 13)
    local = ParsedDate(datetime(2025, 7, 14, 15, 25), True, "2025-07-14T15:25:00+02:00", 0, 0)
    utc = ParsedDate(datetime(2025, 7, 14, 13, 25), True, "2025-07-14T13:25:00+00:00", 0, 0)
    other_day = ParsedDate(datetime(2025, 7, 15, 1, 0), True, "2025-07-15T01:00:00+03:00", 0, 0)
    best = _best_date(day, local)
    assert best is not None
    assert (best.value, best.has_time) == (datetime(2025, 7, 14, 15, 25), True)
    assert _best_date(day, utc) == day
    assert _best_date(day, other_day) == day
