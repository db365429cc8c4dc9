"""The benchmark corpus: deterministic, duplicates at the rate it promises, shaped like pages."""

from services.bench.corpus import Kind, build_corpus, read_sentences

CONLL = "\n".join(
    f"{word} O" if word else ""
    for n in range(80)
    for word in [*f"قال الوزير {n} إن المحادثات مع الوفد كانت بناءة .".split(), ""]
)
SENTENCES = read_sentences(CONLL)
SAMPLES = ["عنوان الصفحة الأولى\nنص\n", "عنوان الصفحة الثانية\nنص\n"]


def test_read_sentences_joins_tokens_and_glues_punctuation() -> None:
    assert SENTENCES[3] == "قال الوزير 3 إن المحادثات مع الوفد كانت بناءة."
    assert len(SENTENCES) == 80


def test_corpus_is_the_same_for_the_same_seed() -> None:
    first = build_corpus(SENTENCES, SAMPLES, 300, seed=3)
    again = build_corpus(SENTENCES, SAMPLES, 300, seed=3)
    other = build_corpus(SENTENCES, SAMPLES, 300, seed=4)
    assert first == again
    assert first != other


def test_corpus_mixes_duplicates_at_the_known_rate() -> None:
    pages = build_corpus(SENTENCES, SAMPLES, 1000, exact_rate=0.1, near_rate=0.05)
    kinds = [page.kind for page in pages]
    assert kinds.count(Kind.EXACT) == 100
    assert kinds.count(Kind.NEAR) == 50
    assert kinds[:2] == [Kind.SAMPLE, Kind.SAMPLE]


def test_duplicates_repeat_an_earlier_original() -> None:
    pages = build_corpus(SENTENCES, SAMPLES, 400)
    for index, page in enumerate(pages):
        if page.kind in (Kind.EXACT, Kind.NEAR):
            assert page.copy_of is not None
            assert page.copy_of < index
            assert pages[page.copy_of].kind is Kind.ORIGINAL


def test_exact_duplicate_repeats_the_article_in_a_different_page() -> None:
    pages = build_corpus(SENTENCES, SAMPLES, 400)
    exact = next(p for p in pages if p.kind is Kind.EXACT)
    assert exact.copy_of is not None
    original = pages[exact.copy_of]
    body_lines = [line for line in original.text.splitlines() if line.count(" ") > 12]
    assert body_lines
    assert all(line in exact.text for line in body_lines[:3])


def test_pages_carry_a_source_line() -> None:
    pages = build_corpus(SENTENCES, SAMPLES, 50)
    assert all("المصدر: " in page.text for page in pages if page.kind is Kind.ORIGINAL)
