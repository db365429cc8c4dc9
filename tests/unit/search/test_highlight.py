"""Highlights: what search asks Elasticsearch to mark and how marked fragments are read back."""

from services.highlight import highlight_request, merge_subfields, pieces, plain
from services.search import build_request, read_response
from shared.search_names import NameMatch


def test_pieces_unescape_the_text_and_keep_which_words_were_marked() -> None:
    fragment = "قال إن الأجواء &quot;<mark>بناءة</mark>&quot; &amp; &lt;b&gt; &#x27;هادئة&#x27;"
    assert pieces(fragment) == [
        ('قال إن الأجواء "', False),
        ("بناءة", True),
        ("\" & <b> 'هادئة'", False),
    ]


def test_plain_drops_the_markers_and_leaves_no_entity() -> None:
    assert plain("&quot;<mark>حرائق</mark> الغابات&quot;") == '"حرائق الغابات"'


def test_merge_takes_a_subfield_fragment_when_only_it_marks_the_word() -> None:
    found = {
        "body": ["انتشار الحرائق في الغابات"],
        "body.forms": ["انتشار <mark>الحرائق</mark> في الغابات"],
        "title": ["<mark>حريق</mark> في مستودع"],
        "title.exact": ["<mark>حريق</mark> في مستودع"],
    }
    assert merge_subfields(found) == {
        "body": ["انتشار <mark>الحرائق</mark> في الغابات"],
        "title": ["<mark>حريق</mark> في مستودع"],
    }


def test_merge_keeps_the_unmarked_opening_when_nothing_matched_in_the_body() -> None:
    assert merge_subfields({"body": ["بداية المقال"]}) == {"body": ["بداية المقال"]}


def test_the_request_highlights_every_subfield_of_title_and_body_escaped() -> None:
    request = highlight_request()
    assert request["encoder"] == "html"
    assert request["require_field_match"] is False
    assert {"title", "body", "title.*", "body.*"} <= set(request["fields"])
    assert "highlight_query" not in request


def test_other_spellings_of_a_name_are_highlighted_beside_the_query() -> None:
    names = {"ترمب": NameMatch("ترمب", ("trmb",), ("ترامب",))}
    body = build_request("ترمب", names=names)
    should = body["highlight"]["highlight_query"]["bool"]["should"]
    assert should[0] == body["query"]
    assert should[1]["multi_match"]["query"] == "ترامب"


def test_a_hit_carries_one_highlight_list_per_displayed_field() -> None:
    response = {
        "hits": {
            "total": {"value": 1},
            "hits": [
                {
                    "_id": "a-000",
                    "_source": {"title": "عنوان"},
                    "highlight": {"body": ["نص"], "body.forms": ["<mark>نص</mark>"]},
                }
            ],
        }
    }
    assert read_response(response).hits[0].highlights == {"body": ["<mark>نص</mark>"]}
