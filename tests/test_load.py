"""Loading events files and corpora: the schema, with every problem located."""
from pathlib import Path

from conftest import HEADER, SAMPLE

from jnz_timeline.load import load_corpus, load_dataset, shipped_events_path
from jnz_timeline.models import ArticleSource, DateExpression, UrlSource

EVENT = """  - id: e1
    date: 2024-03-08
    title: T
    summary: S
    type: summit
    sources:
      - url: https://example.org/a
        outlet: O
"""


def problems_of(write_events, text: str) -> list[str]:
    dataset, problems = load_dataset(write_events(text))
    return [str(p).split("/", )[-1] for p in problems]


def test_sample_loads_into_models():
    dataset, problems = load_dataset(SAMPLE / "events.yaml")
    assert problems == []
    assert dataset.info.parties == ("Freedonia", "Sylvania")
    assert [e.id for e in dataset.events][:2] == ["2024-02-joint-exercise", "2024-03-berg-departs"]
    departs = dataset.events[1]
    assert departs.date == DateExpression("tomorrow", "herald-2024-03")
    signed = dataset.events[2]
    assert isinstance(signed.sources[0], ArticleSource) and isinstance(signed.sources[1], UrlSource)
    assert signed.disputes[0].claims[1].sources[0].outlet == "Other Outlet"
    herald = dataset.articles["herald-2024-03"]
    assert herald.published.known and not herald.published.exact
    assert herald.text.startswith("Minister to travel")


def test_unknown_key_gets_did_you_mean(write_events):
    found = problems_of(write_events, HEADER + EVENT.replace("    title: T", "    titel: T"))
    assert any(p.endswith("events.yaml:9:5: unknown key 'titel' in event; did you mean 'title'?") for p in found)
    assert any("missing required field 'title'" in p for p in found)


def test_wrong_types_are_located(write_events):
    found = problems_of(write_events, HEADER + EVENT.replace("      - url: https://example.org/a\n        outlet: O\n", "      url: x\n"))
    assert any(":13:7: expected a list of sources, got a mapping" in p for p in found)


def test_impossible_date_is_located(write_events):
    found = problems_of(write_events, HEADER + EVENT.replace("2024-03-08", "2025-02-30"))
    assert found == ["events.yaml:8:11: '2025-02-30' is not a valid date: February 2025 has 28 days"]


def test_bad_slug_and_type_and_confidence(write_events):
    text = HEADER + EVENT.replace("id: e1", "id: E 1").replace("type: summit", "type: sumit") + "    confidence: sure\n"
    found = " | ".join(problems_of(write_events, text))
    assert "'E 1' is not an id" in found
    assert "unknown event type 'sumit'; did you mean 'summit'?" in found
    assert "unknown confidence 'sure'" in found


def test_source_must_be_article_or_url(write_events):
    text = HEADER + EVENT.replace("      - url: https://example.org/a\n        outlet: O\n", "      - outlet: O\n")
    assert any("a source needs 'article'" in p for p in problems_of(write_events, text))


def test_bad_events_are_left_out_good_ones_kept(write_events):
    text = HEADER + EVENT + EVENT.replace("id: e1", "id: e2").replace("type: summit", "type: nope")
    dataset, problems = load_dataset(write_events(text))
    assert [e.id for e in dataset.events] == ["e1"]
    assert len(problems) == 1


def test_top_level_must_be_a_mapping(write_events):
    dataset, problems = load_dataset(write_events("- a\n- b\n"))
    assert dataset is None and "mapping" in problems[0].message


def test_missing_corpus_index_is_located(write_events):
    dataset, problems = load_dataset(write_events(HEADER.replace("articles/articles.yaml", "nope.yaml") + EVENT))
    assert [(p.where.line, "nope.yaml: no such file" in p.message) for p in problems] == [(5, True)]


def test_missing_and_non_utf8_article_files(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    (tmp_path / "empty.txt").write_text("  \n")
    index = tmp_path / "articles.yaml"
    entry = """  - id: {id}
    file: {file}
    title: T
    outlet: O
    language: en
    published: {{unknown: true, evidence: none, confidence: low}}
"""
    index.write_text("articles:\n" + "".join(entry.format(id=i, file=f) for i, f in (("a", "missing.txt"), ("b", "bad.txt"), ("c", "empty.txt"))))
    corpus = load_corpus(index)
    articles, problems = corpus.articles, corpus.problems
    assert articles == {} and corpus.broken == {"a", "b", "c"}
    messages = [p.message for p in problems]
    assert "no such file" in messages[0] and "not valid UTF-8" in messages[1] and "is empty" in messages[2]
    assert [p.where.line for p in problems] == [3, 9, 15]


def test_publication_forms_are_exclusive(tmp_path):
    index = tmp_path / "articles.yaml"
    (tmp_path / "a.txt").write_text("text")
    index.write_text("""articles:
  - id: a
    file: a.txt
    title: T
    outlet: O
    language: en
    published: {date: 2024-01-01, earliest: 2023-12-01, evidence: e, confidence: high}
  - id: b
    file: a.txt
    title: T
    outlet: O
    language: en
    published: {earliest: 2024-01-02, latest: 2024-01-01, evidence: e, confidence: high}
""")
    problems = load_corpus(index).problems
    assert ["not both" in problems[0].message, "after" in problems[1].message] == [True, True]


def test_shipped_events_path_exists():
    assert Path(shipped_events_path()).is_file()


def test_claim_needs_exactly_one_kind_of_attribution(write_events):
    from test_load import EVENT as event

    dispute = """    disputes:
      - topic: X
        claims:
          - claim: A
            unsourced: other reports, not named
          - claim: B
          - claim: C
            sources:
              - {url: https://example.org/a, outlet: O}
              - {url: https://example.org/b, outlet: P}
"""
    dataset, problems = load_dataset(write_events(HEADER + event + dispute))
    assert [p.where.line for p in problems] == [20]
    assert "exactly one of 'source', 'sources' or 'unsourced'" in problems[0].message
