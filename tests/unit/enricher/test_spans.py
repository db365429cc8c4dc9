"""Article-level span clean-up: edges trimmed, clitics off known names, persons tagged throughout."""

from services.enricher.spans import Field, Span, clean_spans, clitic_length, trim_edges


def _never(_: str) -> bool:
    return False


def _texts_of(texts: dict[Field, str], spans: list[Span]) -> list[tuple[str, str, str]]:
    return [(s.field, s.label, texts[s.field][s.start : s.end]) for s in spans]


def test_trailing_verb_and_adverb_leave_a_person_span() -> None:
    text = "ماركو روبيو أجريا اتصالا هاتفياً"
    assert trim_edges(text, 0, len("ماركو روبيو أجريا")) == (0, len("ماركو روبيو"))
    text = "ماركو روبيو هاتفياً"
    assert trim_edges(text, 0, len(text)) == (0, len("ماركو روبيو"))


def test_edge_punctuation_is_trimmed_and_a_span_of_particles_is_dropped() -> None:
    text = 'دونالد ترامب". قال في'
    assert trim_edges(text, 0, len('دونالد ترامب".')) == (0, len("دونالد ترامب"))
    assert trim_edges(text, text.index("قال"), len(text)) is None


def test_clitic_comes_off_only_a_known_remainder() -> None:
    known = {"واشنطن", "بوتين"}.__contains__
    assert clitic_length("وواشنطن", known) == 1
    assert clitic_length("وبوتين", known) == 1
    assert clitic_length("ببوتين", known) == 1
    assert clitic_length("والعراق", _never) == 1
    assert clitic_length("وليد", known) == 0
    assert clitic_length("بوتين", known) == 0


def test_clitic_comes_off_when_the_bare_name_is_written_elsewhere_in_the_article() -> None:
    texts: dict[Field, str] = {"title": "لقاء بوتين", "body": "التقى وبوتين أمس"}
    start = texts["body"].index("وبوتين")
    spans = [Span("body", start, start + len("وبوتين"), "PER")]
    cleaned = clean_spans(texts, spans, _never)
    assert ("body", "PER", "بوتين") in _texts_of(texts, cleaned)


def test_a_tagged_person_is_tagged_again_by_surname_and_with_a_clitic() -> None:
    texts: dict[Field, str] = {
        "title": "لافروف وروبيو يبحثان القمة",
        "body": "قال ماركو روبيو إن روبيو سيلتقي لافروف.",
    }
    start = texts["body"].index("ماركو")
    spans = [Span("body", start, start + len("ماركو روبيو"), "PER")]
    found = _texts_of(texts, clean_spans(texts, spans, _never))
    assert found.count(("body", "PER", "ماركو روبيو")) == 1
    assert found.count(("body", "PER", "روبيو")) == 1
    assert ("title", "PER", "روبيو") in found
    assert all(text != "لافروف" for _, _, text in found)


def test_short_surnames_are_not_propagated() -> None:
    texts: dict[Field, str] = {"title": "", "body": "محمد علي وصل على عجل"}
    spans = [Span("body", 0, len("محمد علي"), "PER")]
    assert _texts_of(texts, clean_spans(texts, spans, _never)) == [("body", "PER", "محمد علي")]


def test_a_person_tagged_in_an_earlier_article_is_tagged_where_the_model_missed_it() -> None:
    texts: dict[Field, str] = {"title": "", "body": "وصل ودونالد ترامب ثم تحدث ترامب."}
    people = {"ترامب": {"دونالد ترامب"}}
    found = _texts_of(texts, clean_spans(texts, [], _never, people))
    assert found == [("body", "PER", "دونالد ترامب"), ("body", "PER", "ترامب")]
    assert clean_spans({"title": "", "body": "تحدث ترامب."}, [], _never, people) == []


def test_coordinated_names_are_cut_in_two_when_the_second_is_written_bare() -> None:
    # "روبيو" is written bare only with a comma glued to it: that still counts.
    texts: dict[Field, str] = {
        "title": "اتصال بين لافروف وروبيو",
        "body": "تحدث الوزير ماركو روبيو، وقال إن لافروف وروبيو تطرقا إلى الأزمة",
    }
    spans = [
        Span("title", texts["title"].index("لافروف"), len(texts["title"]), "PER"),
        Span("body", texts["body"].index("لافروف"), texts["body"].index(" تطرقا"), "PER"),
    ]
    found = _texts_of(texts, clean_spans(texts, spans, _never))
    for field in ("title", "body"):
        assert (field, "PER", "لافروف") in found
        assert (field, "PER", "روبيو") in found
    assert not any("وروبيو" in text for _, _, text in found)


def test_a_name_that_starts_with_waw_and_organisations_stay_whole() -> None:
    texts: dict[Field, str] = {"body": "قال محمد وليد إن منظمة التربية والعلوم تعمل"}
    body = texts["body"]
    person = Span("body", body.index("محمد"), body.index(" إن"), "PER")
    org = Span("body", body.index("منظمة"), body.index(" تعمل"), "ORG")
    known = {"ليد", "العلوم"}.__contains__  # even when what follows و is known
    found = _texts_of(texts, clean_spans(texts, [person, org], known))
    assert ("body", "ORG", "منظمة التربية والعلوم") in found
    assert ("body", "PER", "محمد وليد") in found


def test_a_known_full_name_replaces_the_piece_of_it_tagged_alone() -> None:
    body = "التقى دونالد ترامب بوتين. وقال نظيره الأمريكي دونالد ترامب إن القمة قريبة في ألاسكا"
    first = body.index("دونالد")
    second = body.index("دونالد", first + 1)
    spans = [
        Span("body", first, first + len("دونالد ترامب"), "PER"),
        Span("body", second, second + len("دونالد"), "PER"),  # the model stopped early
        Span("body", body.index("ألاسكا"), len(body), "LOC"),
    ]
    found = sorted(_texts_of({"body": body}, clean_spans({"body": body}, spans, _never)))
    assert found == [
        ("body", "LOC", "ألاسكا"),
        ("body", "PER", "دونالد ترامب"),
        ("body", "PER", "دونالد ترامب"),
    ]


def test_a_known_name_does_not_take_over_a_span_of_another_kind() -> None:
    body = "قال جورج واشنطن كلمته. ووصل الوفد إلى جورج واشنطن"
    place = body.rindex("جورج واشنطن")
    spans = [
        Span("body", 4, 4 + len("جورج واشنطن"), "PER"),
        Span("body", place + len("جورج "), len(body), "LOC"),
    ]
    found = _texts_of({"body": body}, clean_spans({"body": body}, spans, _never))
    assert ("body", "LOC", "واشنطن") in found
    assert found.count(("body", "PER", "جورج واشنطن")) == 1


def test_an_organisation_is_tagged_again_where_written_in_full() -> None:
    body = "أعلنت شركة ميتسوبيشي أرباحها. وقالت ميتسوبيشي إن مبيعات لميتسوبيشي ارتفعت"
    first = body.index("ميتسوبيشي")
    spans = [Span("body", first, first + len("ميتسوبيشي"), "ORG")]
    found = _texts_of({"body": body}, clean_spans({"body": body}, spans, _never))
    # Already named ORG after its head noun, so the head stays out (spans.KEEP_NAMED_ORGANISATIONS).
    assert found == [("body", "ORG", "ميتسوبيشي")] * 3


def test_a_name_the_article_labels_two_ways_is_not_propagated() -> None:
    body = "فاز نادي الحسين على الوحدة. وقال الحسين إن الفريق جاهز، وأشاد الحسين باللاعبين"
    club = body.index("الحسين")
    person = body.index("الحسين", club + 1)
    spans = [
        Span("body", club, club + len("الحسين"), "ORG"),
        Span("body", person, person + len("الحسين"), "PER"),
    ]
    found = _texts_of({"body": body}, clean_spans({"body": body}, spans, _never))
    assert sorted(found) == [("body", "ORG", "الحسين"), ("body", "PER", "الحسين")]
