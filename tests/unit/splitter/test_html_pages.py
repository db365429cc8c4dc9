"""HTML pages: trafilatura's main text with the splitter's news reading on top."""

from services.splitter.split import split_bundle
from shared.contracts import Bundle, Role

TITLE = "فيضانات تشرد آلاف الأسر في غرب البلاد"
PARAGRAPHS = [
    "نيروبي (د.ب.أ) -- قالت السلطات إن أكثر من أربعة آلاف أسرة اضطرت إلى ترك منازلها بعد"
    " أمطار غزيرة استمرت ثلاثة أيام في المقاطعات الغربية، وغمرت المياه مدارس ومراكز صحية.",
    "وأعلنت وزارة الداخلية أن ستة أشخاص على الأقل لقوا حتفهم، بينهم طفلان جرفتهما المياه"
    " أثناء عبورهما جسرا خشبيا، فيما لا يزال ثلاثة آخرون في عداد المفقودين حتى الآن.",
    "وحذرت هيئة الأرصاد الجوية من استمرار هطول الأمطار حتى نهاية الأسبوع، ودعت السكان"
    " القاطنين قرب ضفاف الأنهار إلى التوجه نحو المرتفعات ومراكز الإيواء المؤقتة.",
]
RELATED = [
    "ارتفاع أسعار الخضروات في الأسواق مع بداية الصيف",
    "المنتخب الوطني يستعد لمباراة ودية الأسبوع المقبل",
    "افتتاح معرض الكتاب بمشاركة مئات دور النشر العربية",
]


def _page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    cards = "".join(
        f'<div class="card"><a href="/a/{k}">{t}</a><span>منذ يومين</span></div>'
        for k, t in enumerate(RELATED)
    )
    return (
        "<!doctype html><html lang='ar'><head>"
        f"<title>{TITLE} | المدار</title>"
        f'<meta property="og:title" content="{TITLE} - المدار">'
        '<meta property="og:site_name" content="المدار">'
        '<meta property="article:published_time" content="2025-04-22T08:05:00+03:00">'
        "</head><body>"
        '<div class="ticker">عاجل ◆ خبر أول عن الطقس ◆ خبر ثان عن الاقتصاد</div>'
        '<ul id="main-menu"><li><a href="/">الرئيسية</a></li><li><a href="/w">العالم</a></li></ul>'
        f"<article><h1>{TITLE}</h1><div class='byline'>الثلاثاء 22 أبريل 2025 - 08:05</div>"
        f"<div class='content'>{body}</div>"
        "<div class='tags'>الكلمات المفتاحية: أمطار، فيضانات</div></article>"
        f"<section class='related'><h3>مقالات مشابهة</h3>{cards}</section>"
        "<div class='comments'><h3>التعليقات (1)</h3><p>تعليق من قارئ يقول إن الحكومة تأخرت كثيرا في"
        " الاستجابة للكارثة هذه المرة أيضا.</p></div>"
        "<footer>جميع الحقوق محفوظة © 2025 المدار | من نحن | اتصل بنا</footer>"
        "</body></html>"
    )


def test_an_html_page_gives_its_article_whole_with_its_metadata() -> None:
    articles = split_bundle(Bundle.from_raw(_page().encode(), content_type="text/html"))
    main = next(a for a in articles if a.role is Role.MAIN)
    assert main.title == TITLE  # no site name
    assert main.body.startswith("قالت السلطات")
    assert main.body.endswith("ومراكز الإيواء المؤقتة.")
    assert (main.dateline, main.agency) == ("نيروبي (د.ب.أ)", "د ب أ")
    assert main.published_at is not None
    assert (main.published_at.hour, main.published_at.minute) == (
        8,
        5,
    )
    assert main.keywords_raw == "أمطار، فيضانات"
    assert "تعليق من قارئ" not in main.body
    assert "عاجل" not in main.body


def test_link_cards_are_headlines_without_their_times() -> None:
    articles = split_bundle(Bundle.from_raw(_page().encode(), content_type="text/html"))
    assert [a.title for a in articles if a.role is Role.HEADLINE] == RELATED


def test_tag_links_are_read_from_their_block_as_printed() -> None:
    import lxml.html

    from services.splitter.html_page import tags_in_markup

    def tags(block: str) -> str | None:
        return tags_in_markup(
            lxml.html.document_fromstring(f"<html><body><p>نص</p>{block}</body></html>")
        )

    labelled = (
        '<div class="mots-cles"><span>الكلمات المفتاحية:</span> <a>الأردن</a>، <a>المياه</a></div>'
    )
    assert tags(labelled) == "الأردن، المياه"
    listed = '<ul class="tags inline"><li><a>حريق</a></li>\n<li><a>البصرة</a></li></ul>'
    assert tags(listed) == "حريق البصرة"
    keywords = '<p itemprop="keywords"><a>#زلزال</a> <a>#ملطية</a></p>'
    assert tags(keywords) == "#زلزال #ملطية"
    assert tags('<div class="related"><a>عنوان أول طويل</a><a>عنوان ثان طويل</a></div>') is None


GLUED_TITLE = "انهيار منزل قديم في حي الجمرك بالإسكندرية"
GLUED = [
    "شهدت الإسكندرية حادث انهيار جديدا، إذ سقط منزل من ثلاثة أدوار في حي الجمرك على ساكنيه،"
    " ما أدى إلى وفاة شخصين وإصابة ثلاثة آخرين نقلوا إلى المستشفى.",
    "وقالت المحافظة إن المنزل كان صادرا بحقه قرار إزالة منذ سنوات، وإن لجنة هندسية ستعاين"
    " المنازل المجاورة للتأكد من سلامتها خلال الأيام المقبلة.",
]


def _glued_page(inline_link: bool) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    box = '<div class="related-inline">اقرأ أيضاً <a href="/x">خبر آخر عن الطقس في الشمال</a></div>'
    glued = "".join(f"<p>{p}</p>" for p in GLUED)
    return (
        "<html><head><title>" + TITLE + " | المدار</title></head><body><article>"
        f"<h1>{TITLE}</h1><div class='content'>{body}{box if inline_link else ''}"
        f"<p>{PARAGRAPHS[2]}</p><p>الكاتب: سامر حداد</p>"
        f"<h3>اقرأ أيضاً: {GLUED_TITLE}</h3>{glued}</div></article></body></html>"
    )


def test_an_unlinked_read_also_heading_starts_the_article_printed_under_it() -> None:
    articles = split_bundle(Bundle.from_raw(_glued_page(True).encode(), content_type="text/html"))
    roles = {(a.role, a.title) for a in articles}
    assert (Role.READ_ALSO, GLUED_TITLE) in roles
    assert (Role.HEADLINE, "خبر آخر عن الطقس في الشمال") in roles  # the link box stays a link
    main = next(a for a in articles if a.role is Role.MAIN)
    assert "شهدت الإسكندرية" not in main.body
    assert PARAGRAPHS[2][:30] in main.body


def test_paid_links_and_a_scrolling_tickers_links_are_no_headlines() -> None:
    paid = "".join(
        f'<a class="feed-item" href="https://ads.example/c?i={k}" rel="sponsored">'
        f"<span>{t}</span></a>"
        for k, t in enumerate(
            [
                "عروض خاصة على الهواتف الذكية حتى نهاية الشهر",
                "شقق للبيع بالتقسيط المريح على عشر سنوات",
            ]
        )
    )
    ticker = (
        '<div id="last-news"><marquee><a href="/n/1">نقابة المعلمين تعلن نتائج انتخاباتها الداخلية</a>'
        '<a href="/n/2">توقف مؤقت لحركة القطارات على خط الشمال</a></marquee></div>'
    )
    page = (
        _page()
        .replace("<body>", f"<body>{ticker}")
        .replace("</section>", f"</section><div>{paid}</div>")
    )
    articles = split_bundle(Bundle.from_raw(page.encode(), content_type="text/html"))
    assert [a.title for a in articles if a.role is Role.HEADLINE] == RELATED
