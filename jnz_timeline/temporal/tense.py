"""Clause-level tense: which way a bare weekday, month, day-month or season points.

News convention: a bare weekday or month refers to the past or the current period,
unless the clause around it is about the future ("will meet on Monday").

The decision, for the expression text[start:end]:

1. The clause: the sentence around the expression (cut at sentence punctuation, ';',
   ':' and dashes), narrowed to the clause at a comma + conjunction (", and", ", but",
   ", while"), a subordinator ("when", "because", "although", "if") or a conjunction
   followed by a subject pronoun ("and they", "after he").
2. A lead word right before the expression decides alone: "effective Feb. 1",
   "payable June 1", "the deadline is Tuesday" (future), "since March" (past).
3. Otherwise the verb group nearest to the expression on its left in the clause decides,
   by its head: "will be held" -> future, "had been due to" -> past, "has signed" -> past,
   "is" -> present (no direction: the news default applies). With no verb group on the
   left, the first one on the right ("On Tuesday, the league plans to ...").
   A present-tense verb of a scheduled event ("the talks resume Tuesday", "Merkel faces an
   election in September", "is expecting") points forward; a base form after "to" or a
   determiner is not a finite verb ("agreed to resume", "the start") and is skipped.
   Copula-like verbs ("remain", "stay") head their group like "is", so the participle
   after them is no past tense ("will remain closed until Tuesday").
4. Otherwise (no verb group, or one with no direction) a weak lead word ("by August",
   "until Friday") -> future.

The cue words and their classes are data: ``rules/<lang>/normalization/tense_cue.yaml``.
"""
from __future__ import annotations

import re

from .resources import Grammar

# Sentence ends: . ! ? (not after a one-letter or known abbreviation: "p.m.", "U.S."), ;
# a colon not inside a clock time ("8:45"), dashes, blank lines.
_SENT_END = (r"(?<![A-Z])(?<!\b[a-z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs|Co|Lt))(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Inc|Ltd|Jan|Feb|"
             r"Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\b(?:Corp|Sept))[.!?]+['\"’”)]*(?=\s)"
             # "a.m."/"p.m." end a sentence when a capitalised word follows that is no
             # weekday, month or time zone ("at 6 p.m. On Monday, ..." but "6 p.m. Monday")
             r"|(?<=\b[ap]\.m\.)(?=\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
             r"|Eastern|Pacific|Central|Mountain|Atlantic|[A-Z]{2,4}\b))[A-Z])"
             r"|;|:(?!\d)|\s--\s|\s_\s|\n\s*\n")
_CLAUSE_START = (
    r",\s*(?:and|but|or|while|whereas|although|though|because|since|when|after|before|if|unless|until|as)\b"
    r"|\b(?:when|whereas|although|though|because|unless|if)\b"
    r"|\b(?:and|but|or|while|after|before|since|until|as)\s+(?=(?:he|she|they|we|i|it|you|there)\b)")
_WORD = r"[A-Za-z]+n['’]t\b|[A-Za-z]+|['’](?:ll|ve|s|re|d)\b"
_LEAD = r"(\w+)\s+(?:(?:on|in|at|of|the|about|around|early|late|mid|shortly|just|right|after|before)\s+)*$"
_RX: list[re.Pattern] = []


def _rx() -> list[re.Pattern]:
    """The regexes of this module, compiled on first use (start-up pays nothing)."""
    if not _RX:
        _RX.extend([re.compile(_SENT_END), re.compile(_CLAUSE_START, re.IGNORECASE),
                    re.compile(_WORD), re.compile(_LEAD, re.IGNORECASE)])
    return _RX


_WINDOW = 200
_BARE_LEAD = r"\s+(?:on\s+)?"  # matched with re.fullmatch (cached), so import compiles nothing
# A date as a noun modifier: "Tuesday's vote", "the March 11 response" (re caches these).
_POSSESSIVE = r"['’]s\b"
_THE_END = r"(?i:\bthe)\s+$"
_NOUN_NEXT = r"\s+(?!(?:and|or|to|at|in|on|by|for|from|with|until|when|as|after|before|following|preceding|that|which)\b)[a-z]"
_DEFER_LEADS = ("until", "till", "to")  # the words that give a putting-off verb its new date
_BE = ("is", "are", "am", "was", "were", "be", "been", "being")  # forms of "be" that head a progressive
_VERB = ("future", "past", "present", "perfect", "sched", "prog")  # the cue classes of a verb group


class _Cues:
    """The cue table of a language, as lookups."""

    def __init__(self, table: dict[str, str]):
        self.one = {k: v for k, v in table.items() if " " not in k and k[0] not in "*@"}
        self.two = {k: v for k, v in table.items() if " " in k}
        self.suffix = {k[1:]: v for k, v in table.items() if k.startswith("*")}
        # "@is": the word as a lead word only (right before the expression).
        self.lead = {k[1:]: v for k, v in table.items() if k.startswith("@")}

    def at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """Class of the cue ending at words[i] (two-word cues first) and its first index."""
        c, first = self._word(words, i)
        if c in ("sched", "present", "prog") and first > 0 and self.one.get(words[first - 1]) in ("inf", "det"):
            return None, i  # "to resume", "to become", "the start", "a stay": not a finite verb
        return c, first

    def suffixed(self, words: list[str], i: int) -> bool:
        """Whether the cue ending at words[i] is one only by its ending ("*ed")."""
        return words[i] not in self.one and not (i > 0 and words[i - 1] + " " + words[i] in self.two)

    def progressive(self, words: list[str], i: int) -> bool:
        """Whether a form of "be" heads the "-ing" word at words[i] ("is visiting",
        "will be meeting"); without one it is no verb group ("after meeting", "holding company")."""
        j = i - 1
        while j >= 0 and words[j] not in _BE and self.one.get(words[j]) == "aux":
            j -= 1
        return j >= 0 and words[j] in _BE

    def _word(self, words: list[str], i: int) -> tuple[str | None, int]:
        if i > 0:
            c = self.two.get(words[i - 1] + " " + words[i])
            if c is not None:
                return c, i - 1
        c = self.one.get(words[i])
        if c is not None:
            return c, i
        for suf, c in self.suffix.items():
            if len(words[i]) > len(suf) + 2 and words[i].endswith(suf) and not self._adjective(words, i):
                return c, i
        return None, i

    def _adjective(self, words: list[str], i: int) -> bool:
        """An "ed" word after a determiner (over adverbs): "the proposed", "a still unspecified"."""
        j = i - 1
        while j >= 0 and self.one.get(words[j]) == "aux":
            j -= 1
        return j >= 0 and self.one.get(words[j]) in ("det", "dem")

    def at_start(self, words: list[str], i: int) -> tuple[str | None, int]:
        """Class of the cue starting at words[i] and its last index (for scanning right)."""
        if i + 1 < len(words):
            c = self.two.get(words[i] + " " + words[i + 1])
            if c is not None:
                return c, i + 1
        c, _ = self.at(words, i)
        return c, i


_CACHE: dict[int, _Cues] = {}


def _cues(g: Grammar) -> _Cues:
    c = _CACHE.get(id(g))
    if c is None:
        c = _CACHE[id(g)] = _Cues(g.tables.get("tense_cue", {}))
    return c


def _group(words: list[str], lo: int, hi: int, cues: _Cues) -> str | None:
    """Direction of the verb group whose cue spans words[lo..hi], by its head.

    Walks left over auxiliaries ("had been", "will not be") to the head of the group."""
    cls, _ = cues.at(words, hi)
    head = cls
    j = lo - 1
    while j >= 0:
        c, first = cues.at(words, j)
        if c == "aux":
            j = first - 1
            continue
        if c == "past" and head in ("present", "sched") and cues.suffixed(words, j):
            break  # "the offer, which was extended, expires Friday": not an auxiliary
        if c in _VERB:
            head = c
            j = first - 1
            if c in ("future", "past"):
                break
            continue
        break
    if head == "perfect":  # "has signed" -> past; "has been scheduled to" -> future; "has" -> present
        return "future" if cls == "future" else "past" if cls != "perfect" else None
    if head in ("present", "sched"):  # "is expecting", "is visiting", "begins" -> future; "is" -> present
        return "future" if cls in ("future", "sched", "prog") else None
    if head in ("future", "past"):
        return head
    return None


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    sent_end, clause_start = _rx()[:2]
    left = text[max(0, start - _WINDOW): start]
    cut = 0
    for m in sent_end.finditer(left):
        cut = m.end()
    left = left[cut:]
    cut = 0
    for m in clause_start.finditer(left):
        cut = m.end()
    left = left[cut:]
    right = text[end: end + _WINDOW]
    m = sent_end.search(right)
    if m:
        right = right[: m.start()]
    m = clause_start.search(right)
    if m:
        right = right[: m.start()]
    return left, right


def _words(word_rx: re.Pattern, s: str) -> list[str]:
    """The words of `s` as cue-table keys: lower case, curly apostrophes straight. A "May"
    inside the clause is a month or a name ("Theresa May said"), not the modal: kept as is."""
    return [w if w == "May" and i else w.lower().replace("’", "'") for i, w in enumerate(word_rx.findall(s))]


def tense_at(text: str, start: int, end: int, g: Grammar) -> str | None:
    """Return "future", "past" or None for the clause containing text[start:end]."""
    cues = _cues(g)
    word_rx, lead_rx = _rx()[2:]
    left, right = _clause(text, start, end)
    lead = lead_rx.search(left)
    lead_word = lead.group(1).lower() if lead else None
    weak = None
    # A date that modifies a noun ("over the March 11 response") is no time of a timetable
    # verb; a possessive one ("Tuesday's vote") is none of a copula either ("the focus is on
    # Tuesday's vote"), though it may be of a timetable verb ("faces Sunday's election").
    modifier = re.search(_THE_END, left) is not None and re.match(_NOUN_NEXT, right) is not None
    nominal = modifier or re.match(_POSSESSIVE, right) is not None
    if lead:
        # An "@word" lead ("the deadline is Tuesday") counts only right before the
        # expression, "on" aside: not in "is about the January crash", "is in January".
        c = cues.lead.get(lead_word) if not nominal and re.fullmatch(_BARE_LEAD, left[lead.end(1):]) else None
        c = c or cues.one.get(lead_word)
        if c == "lead_future":
            return "future"
        if c == "lead_past":
            return "past"
        if c == "weak_future":
            weak = "future"
    words = _words(word_rx, left)
    i = len(words) - 1
    while i >= 0:
        c, first = cues.at(words, i)
        if c == "perfect" and i + 1 < len(words) and words[i + 1] == "been":
            return "past"  # "have been searching for him since ..."
        if c == "defer":  # "postponed until Tuesday" points past the act, to a later day;
            # "delayed by Tuesday's storm", "extended losses through Tuesday" do not
            return "future" if lead_word in _DEFER_LEADS else "past"
        if c == "prog" and not cues.progressive(words, first):
            i -= 1
            continue
        if c in _VERB:
            if modifier and c in ("sched", "present", "prog"):
                return weak
            return _group(words, first, i, cues) or weak
        i -= 1
    words = _words(word_rx, right)
    for i in range(len(words)):
        c, last = cues.at_start(words, i)
        if c == "prog" and not cues.progressive(words, i):
            continue
        if c == "defer":  # "On Monday the government extended the lockdown": a past verb here
            return "past"
        if c in _VERB:
            # Scan on to the last cue of the group ("plans to", "will be held"), which
            # `_group` then reads back to its head.
            lo, hi = i, last
            k = last
            while k + 1 < len(words):
                c2, last2 = cues.at_start(words, k + 1)
                if c2 == "aux":
                    k = last2
                    continue
                if c2 in _VERB:
                    lo, hi = k + 1, last2
                    k = last2
                    continue
                break
            return _group(words, lo, hi, cues) or weak
    return weak
