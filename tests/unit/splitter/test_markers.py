"""Page furniture is recognized by what it says, whatever page it sits on."""

import pytest

from services.splitter.markers import is_furniture, is_notice


@pytest.mark.parametrize(
    "line",
    [
        "شارك هذا الخبر",
        "فيسبوك تويتر واتساب",
        "جميع الحقوق محفوظة © 2025",
        "حقوق النشر محفوظة",
        "انتقل إلى اختصارات الوصول شارك محادثة",
        "Share | Facebook | Twitter",
        "All rights reserved",
    ],
)
def test_share_buttons_navigation_and_footers_are_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "شارك الآلاف في المظاهرة التي جرت أمس في وسط العاصمة",
        "الحقوق والحريات محفوظة في الدستور الجديد بحسب الوزير",
        "المزيد من التفاصيل في تقرير البنك الدولي",
    ],
)
def test_sentences_that_merely_start_like_furniture_are_not(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "متوفر على App Store و Google Play",
        "Download the AlBarq app for instant alerts",
        "هل كانت هذه المعلومات مفيدة؟",
        "أفضل عرض للموقع باستخدام أحدث إصدارات المتصفحات",
        "يسمح بإعادة النشر شرط ذكر اسم الموقع والرابط",
        "صحيفة يومية تصدر عن مؤسسة النخيل للصحافة والنشر",
        "يبدو أنك تستخدم أداة لحجب الإعلانات، نرجو دعمنا بتعطيلها لهذا الموقع",
    ],
)
def test_app_feedback_republishing_and_ad_block_prompts_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "أعلنت شركة آبل تحديث متجر App Store للمطورين في الولايات المتحدة وأوروبا خلال الأسبوع.",
        "وقالت الصحيفة التي تصدر عن مؤسسة حكومية إن الوزير استقال.",
        "هل كانت هذه الحرب ضرورية؟ سؤال يطرحه كثيرون بعد عام من القتال",
    ],
)
def test_news_sentences_about_apps_and_papers_are_no_notices(line: str) -> None:
    assert not is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "تابع قناة النهار اليوم على واتساب لتصلك آخر الأخبار",
        "تابع أحدث الأخبار عبر تطبيق جوجل نيوز",
        "شاهد البرامج كاملة على موقع وتطبيق القناة",
        "العودة إلى أعلى الصفحة",
        "Back to top",
        "Votre adresse e-mail",
    ],
)
def test_follow_watch_and_back_to_top_prompts_are_notices(line: str) -> None:
    assert is_notice(line)


@pytest.mark.parametrize(
    "line",
    ["تابع الرئيس كلمته على موقع الوزارة", "شاهد عيان قال إن القصف استمر على الحي ساعتين"],
)
def test_news_sentences_that_open_with_follow_or_watch_are_not_notices(line: str) -> None:
    assert not is_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "المقالات المنشورة تعبر عن رأي كتابها، والموقع غير مسؤول عن محتواها",
        "حقوق المقالات محفوظة للصحف التي نشرتها",
        "المزيد من صحيفة الضفة",
    ],
)
def test_archive_disclaimers_rights_and_more_from_links_are_notices(line: str) -> None:
    assert is_notice(line)


def test_more_details_in_a_sentence_is_not_a_notice() -> None:
    assert not is_notice("المزيد من التفاصيل حول الحادث كشفتها الشرطة في بيان")


@pytest.mark.parametrize(
    "line",
    [
        "تخطى إلى المحتوى",
        "Aller au contenu",
        "Skip to main content",
        "Rechercher : ____________________ (BUTTON) OK",
        "البث المباشر استمعوا إلينا مباشرة على موقعنا",
    ],
)
def test_skip_links_text_mode_forms_and_live_promos_are_notices(line: str) -> None:
    assert is_notice(line)


def test_a_sentence_about_a_live_broadcast_is_not_a_notice() -> None:
    assert not is_notice(
        "البث المباشر للقناة توقف أمس بسبب عطل فني في محطة الإرسال الرئيسية حسب ما أعلنت الإدارة"
    )


def test_a_long_sentence_that_opens_like_a_follow_prompt_is_text() -> None:
    line = "تابعنا " + "كلمة " * 18 + "أخيرة."
    assert not is_notice(line)
    assert is_notice("تابعونا على فيسبوك وتويتر.")
