"""What every renderer says the same way: safe text, actors, sources, disputes."""
from __future__ import annotations

import re

from ..models import Actor, Article, ArticleSource, Claim, Dispute, Source, Timeline
from ..vocab import event_types

# C0 controls but tab and newline, DEL, C1 controls, and the Unicode bidi
# overrides: shown as escapes so data can neither style a terminal nor hide.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text from data with control characters made visible (\\x1b, \\u202e)."""
    return _CONTROL.sub(lambda m: repr(m.group(0))[1:-1], text)


def one_line(text: str) -> str:
    """Safe text with all white space folded, for places where a newline would break layout."""
    return " ".join(safe(text).split())


def type_label(key: str) -> str:
    return event_types().get(key, {}).get("label", key)


def actor_label(actor: Actor) -> str:
    details = ", ".join(part for part in (actor.role, actor.country) if part)
    return f"{actor.name} ({details})" if details else actor.name


def source_outlet(source: Source, timeline: Timeline) -> str:
    """Who published a source: the outlet of a corpus article or of a URL reference."""
    if isinstance(source, ArticleSource):
        article: Article | None = timeline.articles.get(source.article)
        return article.outlet if article else source.article
    return source.outlet


def source_url(source: Source, timeline: Timeline) -> str | None:
    if isinstance(source, ArticleSource):
        article = timeline.articles.get(source.article)
        return article.url if article else None
    return source.url


def source_published(source: Source, timeline: Timeline) -> str | None:
    if isinstance(source, ArticleSource):
        article = timeline.articles.get(source.article)
        return article.published.label() if article else None
    return source.published


CHECKED = "quote checked against the article text"
URL_ONLY = "URL only: not quote-checked"


def claim_lines(dispute: Dispute, timeline: Timeline) -> list[tuple[str, str]]:
    """(claim, who says it) for each claim of a dispute."""
    return [(claim.claim, claim_attribution(claim, timeline)) for claim in dispute.claims]


def claim_attribution(claim: Claim, timeline: Timeline) -> str:
    """Who makes a claim: its sources' outlets, or why no source can be cited."""
    if claim.sources:
        return "; ".join(dict.fromkeys(source_outlet(s, timeline) for s in claim.sources))
    return f"no citable source: {claim.unsourced}"
