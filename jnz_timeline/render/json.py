"""Timeline -> JSON: {"events": [...]} in chronological order, ISO dates, stable key order."""
from __future__ import annotations

import json
from typing import Any

from ..models import ArticleSource, Entry, Timeline
from .common import source_outlet, source_published, source_url

SCHEMA = "jnz.timeline/1"


def render(timeline: Timeline) -> str:
    """The timeline as a JSON document (UTF-8 text, trailing newline)."""
    document = {
        "schema": SCHEMA,
        "timeline": {
            "id": timeline.info.id,
            "title": timeline.info.title,
            "parties": list(timeline.info.parties),
        },
        "events": [_event(entry, timeline) for entry in timeline.entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _event(entry: Entry, timeline: Timeline) -> dict[str, Any]:
    event, span = entry.event, entry.span
    return {
        "id": event.id,
        "date": span.value,
        "earliest": span.earliest.isoformat(),
        "latest": span.latest.isoformat(),
        "precision": span.precision,
        "range": span.is_range,
        "date_explanation": span.explanation or None,
        "title": event.title,
        "summary": event.summary,
        "type": event.type,
        "place": event.place,
        "actors": [{"name": a.name, "role": a.role, "country": a.country} for a in event.actors],
        "confidence": event.confidence,
        "confidence_note": event.confidence_note,
        "sources": [_source(s, timeline) for s in event.sources],
        "disputes": [
            {
                "topic": d.topic,
                "claims": [
                    {"claim": c.claim, "sources": [_source(s, timeline) for s in c.sources], "unsourced": c.unsourced}
                    for c in d.claims
                ],
                "note": d.note,
            }
            for d in event.disputes
        ],
        "notes": event.notes,
    }


def _source(source, timeline: Timeline) -> dict[str, Any]:
    base = {
        "outlet": source_outlet(source, timeline),
        "url": source_url(source, timeline),
        "published": source_published(source, timeline),
    }
    if isinstance(source, ArticleSource):
        return {"kind": "article", "article": source.article, **base, "quote": source.quote,
                "date_text": source.date_text, "quote_checked": True}
    return {"kind": "url", **base, "title": source.title, "note": source.note, "quote_checked": False}
