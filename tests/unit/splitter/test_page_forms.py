"""A page wrapped whole in one <form> (ASP.NET WebForms) still gives its text."""

from services.splitter.decode import html_to_text

PARAGRAPH = (
    "قالت السلطات المحلية اليوم إن الأمطار الغزيرة أغلقت عددا من الطرق الرئيسية في المدينة. " * 15
)


def test_a_page_inside_one_form_keeps_its_text_and_a_search_box_goes() -> None:
    page = (
        "<html><body><form id='aspnetForm' action='/news.aspx'>"
        "<form class='search'><input name='q'>ابحث</form>"
        f"<h1>عنوان الخبر</h1><p>{PARAGRAPH}</p></form></body></html>"
    )
    text = html_to_text(page)
    assert PARAGRAPH.strip() in " ".join(text.split())
    assert "ابحث" not in text
