"""An article glued below another with no label, told apart from a subheading by its date."""

from services.splitter.split import split_bundle
from shared.contracts import Article, Bundle, Role

MAIN = [
    "السلطات تعلن خطة لإعادة إعمار الأحياء المتضررة من الفيضانات",
    "الاثنين 3 مارس 2025 - 10:30",
    "أعلنت الحكومة اليوم الاثنين خطة لإعادة إعمار الأحياء التي غمرتها مياه الفيضانات الأسبوع الماضي، بكلفة تقديرية تبلغ مئتي مليون دولار.",
    "وقال وزير الأشغال في مؤتمر صحفي إن العمل سيبدأ خلال أسابيع، وإن الأولوية للمدارس والمستشفيات والطرق الرئيسية في المناطق الأكثر تضررا.",
    "وأضاف أن الحكومة ستعوض الأسر التي فقدت منازلها، وستوفر لها مساكن مؤقتة حتى انتهاء الأشغال.",
]
GLUED_TITLE = "ارتفاع أسعار الذهب إلى مستوى قياسي جديد مع تزايد الطلب"
GLUED = [
    "ارتفعت أسعار الذهب في المعاملات الفورية اليوم إلى مستوى قياسي جديد، مدفوعة بتزايد الطلب على الملاذات الآمنة.",
    "وقال محللون إن تراجع الدولار وتوقعات خفض أسعار الفائدة يدعمان المعدن النفيس في الأسابيع المقبلة.",
]


def split_lines(lines: list[str]) -> list[Article]:
    return split_bundle(Bundle.from_raw("\n".join(lines).encode(), name="page.txt"))


def test_a_titled_and_dated_block_below_the_article_is_another_article() -> None:
    for date_first in (False, True):
        head = ["الثلاثاء 4 مارس 2025", GLUED_TITLE] if date_first else [GLUED_TITLE, "4 مارس 2025"]
        articles = split_lines([*MAIN, "", *head, *GLUED])
        roles = [(a.role, a.title) for a in articles]
        assert roles[1] == (Role.READ_ALSO, GLUED_TITLE), roles
        assert articles[0].body.endswith("حتى انتهاء الأشغال.")
        assert articles[1].body.startswith("ارتفعت أسعار الذهب")


def test_a_subheading_without_a_date_stays_in_the_article() -> None:
    articles = split_lines([*MAIN, "", "تعويضات للأسر المتضررة", *GLUED])
    assert [a.role for a in articles] == [Role.MAIN]
    assert "تعويضات للأسر المتضررة" in articles[0].subheadings
    assert articles[0].body.endswith("في الأسابيع المقبلة.")


def test_the_note_about_the_writer_under_the_article_is_not_its_text() -> None:
    for note in (
        ["سامر حداد محرر في قسم الأخبار، يتابع الشأن المحلي والملفات الخدمية."],
        ["سامر حداد", "محرر في قسم الأخبار، يتابع الشأن المحلي والملفات الخدمية."],
    ):
        lines = [MAIN[0], "بقلم: سامر حداد", *MAIN[1:], *note]
        main = split_lines(lines)[0]
        assert main.author == "سامر حداد"
        assert main.body.endswith("حتى انتهاء الأشغال."), main.body[-80:]
