"""Page furniture is recognized by what it says, whatever page it sits on."""

import pytest

from services.splitter.markers import is_furniture


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
