"""validate: cross-checks of ids, citations, quotes, dates and publication dates."""
from conftest import SAMPLE

from jnz_timeline.validate import validate


def edit(path, old: str, new: str, count: int = 1):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def messages(path) -> list[str]:
    return [f"{p.where.line}:{p.where.col}: {p.message}" for p in validate(path).problems]


def test_sample_is_valid_and_counted():
    report = validate(SAMPLE / "events.yaml")
    assert report.ok, report.problems
    assert (report.events, report.quotes_checked, report.url_only, report.dates_checked) == (5, 5, 3, 3)


def test_quotes_ignore_whitespace_differences(sample):
    edit(sample, "quote: on Friday signed a logistics agreement", "quote: \"on  Friday\\n signed a\\tlogistics agreement\"")
    assert validate(sample).ok


def test_quote_not_in_article(sample):
    edit(sample, "quote: on Friday signed a logistics agreement", "quote: on Friday signed a defence treaty")
    assert messages(sample) == ["41:16: quote not found in article 'wire-2024-03-08': 'on Friday signed a defence treaty'"]


def test_unknown_article_with_did_you_mean(sample):
    edit(sample, "- article: wire-2024-03-08\n        quote: on Friday", "- article: wire-2024-03-80\n        quote: on Friday")
    assert messages(sample) == ["40:18: unknown article 'wire-2024-03-80'; did you mean 'wire-2024-03-08'?"]


def test_duplicate_event_ids(sample):
    edit(sample, "id: 2024-03-07-ministers-meet", "id: 2024-03-08-pact-signed")
    assert any("duplicate event id '2024-03-08-pact-signed' (first at line 30)" in m for m in messages(sample))


def test_curated_date_disagreeing_with_source(sample):
    edit(sample, "date: 2024-03-07\n", "date: 2024-03-06\n")
    found = messages(sample)
    assert len(found) == 1
    assert "date 2024-03-06 disagrees with article 'wire-2024-03-08', where 'on Thursday' means 2024-03-07" in found[0]


def test_month_precision_source_accepts_a_day_in_that_month(sample):
    edit(sample, "date: 2024-02\n", "date: 2024-02-20\n")
    assert validate(sample).ok
    edit(sample, "date: 2024-02-20\n", "date: 2024-01-20\n")
    assert "'Last month' means 2024-02" in messages(sample)[0]


def test_date_text_must_be_in_quote(sample):
    edit(sample, "date_text: on Thursday", "date_text: on Friday")
    assert messages(sample) == ["62:20: date_text 'on Friday' is not part of the quote"]


def test_expression_date_needs_known_publication(sample):
    index = sample.parent / "articles" / "articles.yaml"
    edit(index, "earliest: 2024-03-05\n      latest: 2024-03-06", "unknown: true")
    found = messages(sample)
    assert any("'tomorrow' is relative, and the publication date of article 'herald-2024-03' is unknown" in m for m in found)


def test_expression_must_occur_in_article(sample):
    edit(sample, "{expression: tomorrow,", "{expression: next week,")
    assert any("'next week' does not occur in article 'herald-2024-03'" in m for m in messages(sample))


def test_vague_expression_is_not_a_date(sample):
    edit(sample, "{expression: tomorrow, article: herald-2024-03}", "{expression: in recent years, article: wire-2024-03-08}")
    edit(sample, "      - article: herald-2024-03\n        quote: will depart", "      - article: wire-2024-03-08\n        quote: Exchanges have grown in recent years.\n      - article: herald-2024-03\n        quote: will depart")
    assert any("does not name a date (it means PAST_REF" in m for m in messages(sample))


def test_expression_article_must_be_cited(sample):
    edit(sample, "      - article: herald-2024-03\n        quote: will depart for Freedonia tomorrow", "      - url: https://example.org/x\n        outlet: X")
    assert any("the date quotes article 'herald-2024-03'; cite it in 'sources' too" in m for m in messages(sample))


def test_publication_date_disagreeing_with_dateline(sample):
    index = sample.parent / "articles" / "articles.yaml"
    edit(index, "date: 2024-03-08", "date: 2024-03-09")
    found = messages(sample)
    assert any("curated publication date 2024-03-09 disagrees with the text's wire dateline 'Fredonia City, Mar. 8 (Example Wire)'" in m for m in found)


def test_confidence_below_high_needs_a_note(sample):
    edit(sample, "    confidence_note: The article's publication date is known only to two days.\n", "")
    assert any("say why in 'confidence_note'" in m for m in messages(sample))


def test_dispute_needs_two_claims(sample):
    edit(sample, """          - claim: The ambassador signed
            source: {url: https://example.org/other, outlet: Other Outlet}
""", "")
    assert any("needs at least two claims" in m for m in messages(sample))


def test_a_disputed_claim_may_disagree_with_the_event_date(sample):
    edit(sample, """          - claim: The ambassador signed
            source: {url: https://example.org/other, outlet: Other Outlet}""", """          - claim: It was signed the day before
            source: {article: wire-2024-03-08, quote: met on Thursday, date_text: on Thursday}""")
    assert validate(sample).ok, validate(sample).problems


def test_dates_further_down_an_article_are_not_date_lines(sample):
    article = sample.parent / "articles" / "wire-2024-03-08.txt"
    article.write_text(article.read_text() + "\n" * 14 + "2023-01-05 first meeting held.\nLondon, Jan. 5 - talks began.\n")
    assert validate(sample).ok
