"""What a reader sees: organisations tagged whole, no glued conjunction in an entity, no common
words or adverbs as entities (spans.py with WordFacts)."""

from typing import ClassVar

from services.enricher.spans import Field, Span, clean_spans, joined_conjunction


class Facts:
    """Frequencies and name lists standing in for wordfreq and the name lexicon."""

    FREQUENCY: ClassVar[dict[str, int]] = {"ديار": 7, "وديار": 5, "شاهرود": 2, "وليد": 9}
    FREQUENCY |= {"ليد": 4, "الولايات": 11, "كبيرة": 10, "بكين": 8, "كين": 8}
    FREQUENCY |= {"بوتين": 8, "وبوتين": 5}
    LISTED: ClassVar[set[str]] = {"شاهرود", "وليد", "اديامان", "بكر", "بكين", "كين"}
    LISTED |= {"بوتين", "وبوتين"}

    def frequency(self, word: str) -> int:
        return self.FREQUENCY.get(word, 0)

    def listed(self, word: str) -> bool:
        return word in self.LISTED


def _never(_: str) -> bool:
    return False


def _span(text: str, piece: str, label: str, field: Field = "body") -> Span:
    start = text.index(piece)
    return Span(field, start, start + len(piece), label)


def _shown(texts: dict[Field, str], spans: list[Span]) -> set[tuple[str, str]]:
    return {(s.label, texts[s.field][s.start : s.end]) for s in spans}


def test_a_ministry_is_one_organisation_not_the_place_inside_it() -> None:
    body = "وقالت وزارة الخارجية الروسية إن لافروف سيزور بلدية الإسكندرية غدا."
    texts: dict[Field, str] = {"body": body}
    spans = [_span(body, "لافروف", "PER"), _span(body, "الإسكندرية", "LOC")]
    shown = _shown(texts, clean_spans(texts, spans, _never, facts=Facts()))
    assert shown == {
        ("ORG", "وزارة الخارجية الروسية"),
        ("PER", "لافروف"),
        ("ORG", "بلدية الإسكندرية"),
    }


def test_an_organisation_stops_before_a_noun_that_is_not_its_name() -> None:
    body = "وأعلنت وزارة الصحة المصابين في المستشفى. وتحدثت شركة كبيرة عن الأمر"
    texts: dict[Field, str] = {"body": body}
    shown = _shown(texts, clean_spans(texts, [], _never, facts=Facts()))
    assert shown == {("ORG", "وزارة الصحة")}


def test_a_glued_conjunction_is_told_by_frequency_and_name_lists() -> None:
    assert joined_conjunction("وديار", Facts())
    assert joined_conjunction("وشاهرود", Facts())
    assert not joined_conjunction("وليد", Facts())


def test_no_entity_text_holds_a_joined_conjunction() -> None:
    body = "شعر بالزلزال سكان أديامان وإلازيغ وديار بكر، وضرب وشاهرود أيضا."
    texts: dict[Field, str] = {"body": body}
    spans = [_span(body, "أديامان وإلازيغ وديار بكر", "LOC"), _span(body, "وشاهرود", "LOC")]
    shown = _shown(texts, clean_spans(texts, spans, _never, facts=Facts()))
    assert shown == {("LOC", "أديامان وإلازيغ"), ("LOC", "ديار بكر"), ("LOC", "شاهرود")}


def test_common_words_and_adverbs_are_never_entities() -> None:
    body = "وصل المسعفون ميدانيًا إلى الولايات المتضررة وإلى أديامان"
    texts: dict[Field, str] = {"body": body}
    spans = [
        _span(body, "ميدانيًا", "LOC"),
        _span(body, "الولايات", "LOC"),
        _span(body, "أديامان", "LOC"),
    ]
    shown = _shown(texts, clean_spans(texts, spans, _never, facts=Facts()))
    assert shown == {("LOC", "أديامان")}


def test_a_listed_name_that_starts_with_a_clitic_letter_keeps_it() -> None:
    body = "قال وانغ يي في بكين إن وبوتين"
    texts: dict[Field, str] = {"body": body}
    spans = [_span(body, "بكين", "LOC"), _span(body, "وبوتين", "PER")]
    shown = _shown(texts, clean_spans(texts, spans, _never, facts=Facts()))
    assert shown == {("LOC", "بكين"), ("PER", "بوتين")}
