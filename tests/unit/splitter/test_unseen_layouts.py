"""Pages of a site never seen: furniture, comments and related blocks stay out of the article.

Each page is written here for the case it tests; none is copied from a site.
"""

from services.splitter.split import split_bundle
from shared.contracts import Article, Bundle, Role

TITLE = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الجافة"
P1 = (
    "أعلنت الحكومة اليوم الأحد خطة جديدة لدعم المزارعين في المناطق الجافة، تشمل قروضا ميسرة"
    " وتوزيع بذور مقاومة للجفاف على أكثر من عشرة آلاف أسرة ريفية."
)
P2 = (
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تمتد ثلاث سنوات، وإن تمويلها يأتي من موازنة"
    " الدولة ومن منحة دولية خصصت لمواجهة آثار التغير المناخي في الأرياف."
)
P3 = (
    "وأضاف أن فرق الوزارة ستبدأ الأسبوع المقبل زيارات ميدانية لتحديد المستفيدين، على أن"
    " تعلن القوائم النهائية قبل بداية موسم الزراعة المقبل في الخريف."
)


def _main(page: str) -> Article:
    articles = split_bundle(Bundle.from_raw(page.encode()))
    return next(a for a in articles if a.role is Role.MAIN)


def _roles(page: str) -> list[tuple[Role, str | None]]:
    return [(a.role, a.title) for a in split_bundle(Bundle.from_raw(page.encode()))]


def test_a_comment_section_ends_the_article() -> None:
    page = "\n".join(
        [
            TITLE,
            P1,
            P2,
            "التعليقات (2)",
            "أبو خالد",
            "خطة جيدة لكن المهم هو التنفيذ على الأرض وليس الوعود التي نسمعها كل عام من المسؤولين.",
            "سارة",
            "نتمنى أن تصل هذه القروض إلى صغار المزارعين فعلا وليس إلى أصحاب النفوذ كما يحدث عادة.",
            "أضف تعليقك",
        ]
    )
    main = _main(page)
    assert main.body.endswith(P2)
    assert "المسؤولين" not in main.body


def test_a_consent_banner_above_the_title_is_not_the_body() -> None:
    banner = (
        "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك وتحليل الزيارات وعرض إعلانات"
        " تناسب اهتماماتك، ويمكنك تغيير تفضيلاتك في أي وقت من صفحة الإعدادات الخاصة بالموقع."
    )
    main = _main("\n".join([banner, "موافق", TITLE, P1, P2]))
    assert main.body.startswith(P1)
    assert main.title == TITLE


def test_an_inline_read_also_box_keeps_the_body_whole() -> None:
    box = "إقرأ أيضاً: وزير المالية يعرض مشروع الموازنة على البرلمان الأسبوع المقبل"
    page = "\n".join([TITLE, P1, box, P2, P3])
    articles = split_bundle(Bundle.from_raw(page.encode()))
    main = articles[0]
    assert main.body.startswith(P1)
    assert main.body.endswith(P3)
    assert [a.title for a in articles if a.role is Role.HEADLINE] == [
        "وزير المالية يعرض مشروع الموازنة على البرلمان الأسبوع المقبل"
    ]


def test_a_label_alone_then_a_title_then_a_paragraph_that_carries_on_is_an_inline_box() -> None:
    page = "\n".join(
        [TITLE, P1, "إقرأ أيضاً", "وزير المالية يعرض مشروع الموازنة على البرلمان", P2, P3]
    )
    main = _main(page)
    assert main.body.endswith(P3)


def test_unlabelled_titles_below_the_article_are_headlines() -> None:
    titles = [
        "ارتفاع أسعار الخضروات في الأسواق مع بداية الصيف",
        "المنتخب الوطني يستعد لمباراة ودية الأسبوع المقبل",
        "افتتاح معرض الكتاب بمشاركة مئات دور النشر العربية",
    ]
    page = "\n".join([TITLE, P1, P2, "أرسل لصديق | نسخة للطباعة | حفظ", *titles])
    roles = _roles(page)
    assert roles[0] == (Role.MAIN, TITLE)
    assert [t for r, t in roles if r is Role.HEADLINE] == titles
    assert _main(page).body.endswith(P2)


def test_a_wire_sign_off_and_a_credit_line_end_the_body() -> None:
    for tail in ("(النهاية) س ص / ع ف", "(أ ف ب)", "(ر.ك/م.ح) - خدمة الأخبار"):
        assert _main("\n".join([TITLE, P1, P2, tail])).body.endswith(P2)


def test_a_photo_caption_above_the_body_is_neither_title_nor_body() -> None:
    page = "\n".join([TITLE, "الصورة من الأرشيف - الموقع", P1, P2])
    main = _main(page)
    assert main.title == TITLE
    assert main.body.startswith(P1)


def test_a_share_bar_and_a_syndication_line_are_not_body() -> None:
    page = "\n".join(
        [
            TITLE,
            P1,
            P2,
            "The post الحكومة تعلن خطة جديدة appeared first on نبض المدينة.",
            "شارك هذا:",
            "انقر للمشاركة على فيسبوك (فتح في نافذة جديدة)",
        ]
    )
    assert _main(page).body.endswith(P2)


def test_a_date_line_with_its_writer_is_a_byline_not_body() -> None:
    page = "\n".join([TITLE, "نُشر في 6 مارس، 2025 الساعة 1:10 م بواسطة هبة عبد الرحمن", P1, P2])
    main = _main(page)
    assert main.body.startswith(P1)
    assert main.author == "هبة عبد الرحمن"
    assert main.published_at is not None
    assert (main.published_at.hour, main.published_at.minute) == (
        13,
        10,
    )


def test_a_masthead_date_above_gives_way_to_the_date_nearest_the_title() -> None:
    page = "\n".join(
        ["الخميس، 20 تشرين الثاني 2025", "قائمة", "19-11-2025 07:00 PM", TITLE, P1, P2]
    )
    main = _main(page)
    assert main.published_at is not None
    assert (main.published_at.day, main.published_at.hour) == (19, 19)


def test_a_menu_line_is_never_the_title() -> None:
    page = "\n".join(
        ["محليات | عربي | دولي | اقتصاد | رياضة | منوعات", TITLE, "12/03/2025", P1, P2]
    )
    assert _main(page).title == TITLE
