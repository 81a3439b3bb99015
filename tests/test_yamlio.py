"""Reading YAML: safe-load semantics only, every error located, values kept as written."""
import pytest

from jnz_timeline import yamlio
from jnz_timeline.errors import LocatedError


def error_of(text: str) -> LocatedError:
    with pytest.raises(LocatedError) as info:
        yamlio.loads(text, "f.yaml")
    return info.value


def test_scalars_stay_as_written():
    doc = yamlio.loads("date: 2025-12-19\nyear: 2022\ncountry: NO\nempty:\nquoted: 'null'\n", "f.yaml")
    assert doc == {"date": "2025-12-19", "year": "2022", "country": "NO", "empty": None, "quoted": "null"}


def test_locations_are_one_based():
    doc = yamlio.loads("a: 1\nlist:\n  - x\n  - {k: v}\n", "f.yaml")
    assert (doc.key_where["list"].line, doc.key_where["list"].col) == (2, 1)
    assert doc["list"].item_where[1].line == 4
    assert doc["list"][1].value_where["k"].col == 9


def test_python_tags_are_refused_not_executed():
    err = error_of("x: !!python/object/apply:os.system ['echo pwned']\n")
    assert str(err).startswith("f.yaml:1:4: ")
    assert "not allowed" in err.message


def test_custom_tag_is_refused():
    assert "not allowed" in error_of("x: !secret abc\n").message


def test_aliases_are_refused_which_defuses_alias_bombs():
    bomb = 'a: &a ["lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'
    err = error_of(bomb)
    assert err.where.line == 1 and "anchors" in err.message


def test_duplicate_key_names_both_places():
    err = error_of("id: a\ntitle: x\nid: b\n")
    assert err.where.line == 3 and "duplicate key 'id' (first at line 1)" in err.message


def test_syntax_error_is_located():
    err = error_of("events:\n  - id: a\n   title: [unclosed\n")
    assert err.where.line >= 2 and err.message.startswith("YAML syntax")


def test_empty_document():
    assert "empty" in error_of("").message
    assert "empty" in error_of("# only a comment\n").message


def test_merge_keys_are_refused():
    assert "merge keys" in error_of("a:\n  <<: {b: 1}\n").message


def test_non_utf8_file_is_located(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    with pytest.raises(LocatedError) as info:
        yamlio.load(path)
    assert (info.value.where.line, info.value.where.col) == (1, 11)
    assert "UTF-8" in info.value.message


def test_missing_file(tmp_path):
    with pytest.raises(LocatedError) as info:
        yamlio.load(tmp_path / "nope.yaml")
    assert "no such file" in info.value.message


def test_oversized_files_are_refused_before_reading(tmp_path, monkeypatch):
    from jnz_timeline import textio

    monkeypatch.setattr(textio, "MAX_BYTES", 16)
    path = tmp_path / "big.yaml"
    path.write_text("title: " + "x" * 40 + "\n")
    with pytest.raises(LocatedError) as info:
        yamlio.load(path)
    assert "too large" in info.value.message
