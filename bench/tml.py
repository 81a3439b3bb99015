"""Read TempEval-3 TimeML files: plain text of <TEXT>, gold TIMEX3 spans, DCT.

Not shipped; used by bench/tempeval.py only.
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass
class Doc:
    name: str
    dct: str
    text: str
    timexes: list[Gold]


def split_of(name: str) -> str:
    """Deterministic split: sha1 of the file name; first byte < 77 (~30%) is held out."""
    return "heldout" if hashlib.sha1(name.encode()).digest()[0] < 77 else "tune"


def parse(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    m = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = dict(_ATTR.findall(m.group(0)))["value"] if m else ""
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0  # offset in plain text
    stack: list[tuple[dict, int]] = []
    timexes: list[Gold] = []
    last = 0
    for t in _TAG.finditer(body):
        chunk = html.unescape(body[last : t.start()])
        out.append(chunk)
        pos += len(chunk)
        last = t.end()
        closing, name = t.group(1), t.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            stack.append((dict(_ATTR.findall(t.group(3))), pos))
        else:
            attrs, s = stack.pop()
            timexes.append(Gold(s, pos, "", attrs.get("type", ""), attrs.get("value", ""), attrs.get("mod")))
    out.append(html.unescape(body[last:]))
    text = "".join(out)
    for g in timexes:
        g.text = text[g.start : g.end]
    timexes.sort(key=lambda g: g.start)
    return Doc(path.name, dct, text, timexes)


def load(data: Path, split: str = "all") -> list[Doc]:
    docs = []
    for p in sorted(data.rglob("*.tml")):
        if split != "all" and split_of(p.name) != split:
            continue
        docs.append(parse(p))
    return docs
