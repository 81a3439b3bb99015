"""Clause-level tense: which way a bare weekday, month, day-month or season points.

News convention: a bare weekday or month refers to the past or the current period,
unless the clause around it is about the future ("will meet on Monday").

The decision, for the expression text[start:end]:

1. The clause: the sentence around the expression (cut at sentence punctuation, ';',
   ':' and dashes), narrowed to the clause at a comma + conjunction (", and", ", but",
   ", while"), a subordinator ("when", "because", "although", "if", "that") or a conjunction
   followed by a subject pronoun ("and they", "after he"). An attribution that ends the
   clause on the right (", officials said Thursday") is cut off: it is not its verb.
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
   A plan given up ("was originally due in June") points no way (`superseded`; not in an
   aside set off by commas). An "-ed" word after a preposition and before its noun is
   an adjective ("from failed thrifts", `prep_adj`).
   A present perfect "until" a day ("has closed the line until Tuesday") or, in a clause
   opened by "if/unless", negated "by" a day ("if the deal hasn't closed by Dec. 31") looks
   ahead; a participle after "and be" takes the modal before it ("will begin in April
   and be finished by June").
4. Otherwise (no verb group, or one with no direction) a clause opened by "when/if/
   until" takes the future of the clause before it ("will be the first ... when clocks
   strike midnight on Friday"); else a weak lead word ("by August", "until Friday") ->
   future.
5. A habit adverb after a subject and before the verb ("the rainy season usually starts in
   May"; not "would normally be", "the normally quiet town") or a period's own bounds
   ("whose fiscal year ends June 30") make the clause "habitual:<direction>": its bare
   months, days and seasons are of any year (XXXX-05), a weekday keeps the direction.
A capitalised "May" inside a sentence is a name or month, not the modal (`keep_case`).

The words are data, in ``rules/<lang>/normalization/``: the cue words and their classes
in ``tense_cue.yaml``, the word lists of the clause finder (abbreviations, conjunctions,
pronouns, lead fillers, ...) in ``tense_words.yaml``. Both are turned into lookups and
regexes on first use, once per grammar.
"""
from __future__ import annotations

import re

from .resources import Deferred, Grammar, LazyRegexes, alternation

_WINDOW = 200
# At most this many words before the expression a prog_stop word ends a timetable reading.
_STOP_REACH = 4
# At most this many words from a verb of deciding to the "to" of its infinitive ("urged
# people to", "voted 7 to 4 late Tuesday to"), so that "asked him about the deal to be
# signed" is none; the listed adverbs and "not" between do not count ("ordered producers not to ship").
_INTENT_REACH = 4
_VERB = ("future", "past", "present", "perfect", "modal_perfect", "sched", "prog")  # the cue classes of a verb group
_DEFER = ("defer", "defer_for")  # past verbs that put their object at a later date (tense_cue.yaml)
# The prefix of a habit's tense, before the clause's own direction ("habitual:future").
HABITUAL = "habitual:"
# At most this many words before a participle its "has/have" stands ("has also been closed").
_PERFECT_REACH = 3
# At most this many words before a timetable verb's base form a bare_inf verb stands ("saw
# the hostages return").
_BARE_INF_REACH = 4
# At most this many words before an "@word" lead a lead_void word voids it.
_LEAD_VOID_REACH = 2


def _by_length(words: list[str]) -> list[list[str]]:
    """`words` grouped by length, shortest first: a lookbehind needs a fixed width."""
    groups: dict[int, list[str]] = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return [groups[n] for n in sorted(groups)]


class _Words(LazyRegexes):
    """The word lists of a language (``tense_words.yaml``) as the regexes and sets of the
    clause finder. A missing list is empty: no abbreviations, clauses only at punctuation."""

    def __init__(self, table: dict[str, str], verbs: list[str] = (), day_names: list[str] = ()):
        """`verbs`: the verb words of the cue table (a "that" before one opens a clause);
        `day_names`: month and weekday names (a comparison with a date told before)."""
        w = {k: v.split() for k, v in table.items()}
        # Sentence ends: . ! ? (not after a one-letter or listed abbreviation: "U.S.", "Mr."),
        # ; a colon not inside a clock time ("8:45"), dashes, blank lines.
        not_abbr = "".join(rf"(?<!\b(?:{alternation(g)}))" for g in _by_length(w.get("abbreviation", [])))
        sent = [rf"(?<!\b[A-Z])(?<!\b[a-z]){not_abbr}[.!?]+['\"’”)]*(?=\s)"]
        if w.get("ampm"):
            # "p.m." ends a sentence when a capitalised word follows that is no weekday,
            # month or time zone ("at 6 p.m. On Monday, ..." but "6 p.m. Monday", "6 p.m. EST")
            after = "|".join(rf"(?<=\b(?:{alternation(g)}))" for g in _by_length(w["ampm"]))
            goes_on = alternation(w["ampm_next"]) + "|" if w.get("ampm_next") else ""
            sent.append(rf"(?:{after})(?=\s+(?!(?:{goes_on}[A-Z]{{2,4}}\b))[A-Z])")
        self.sent_end = Deferred("|".join(sent + [";", r":(?!\d)", r"\s--\s", r"\s_\s", r"\n\s*\n"]))
        clause = []
        if w.get("clause_conj"):
            clause.append(rf",\s*(?:{alternation(w['clause_conj'])})\b")
        if w.get("subordinator"):
            clause.append(rf"\b(?:{alternation(w['subordinator'])})\b")
        if w.get("subject_conj") and w.get("subject"):
            clause.append(rf"\b(?:{alternation(w['subject_conj'])})\s+(?=(?:{alternation(w['subject'])})\b)")
        if w.get("complementizer"):
            # "warned that services on Wednesday would ...", "that the board will ...", "seats
            # that remain": not the determiner of "will sign that bill on Monday"
            comp = alternation(w["complementizer"])
            # (the word first: a regex that tries lookarounds at every position is slow)
            said = "".join(rf"(?<=\b{re.escape(v)}\s{re.escape(c)})|" for v in w.get("attribution", [])
                           for c in w["complementizer"])
            nxt = alternation(w.get("subject", []) + w.get("complementizer_next", []) + list(verbs))
            clause.append(rf"\b(?:{comp})\b(?:{said}(?=\s+(?:(?:{nxt})\b|[a-z]+ed\b|(?-i:[A-Z0-9]))))")
            if w.get("attribution_zero"):
                # ... and so does a clause told with no "that" after "said", where a determiner
                # opens its subject ("officials said the Sunday service could draw a million")
                det = alternation(w.get("complementizer_det", []))
                zero = "|".join(rf"(?<=\b{re.escape(v)}\s)" for v in w["attribution_zero"])
                clause.append(rf"(?:{zero})(?=(?:{det})\s)")
            # right after the expression it opens a clause of its own ("forecast in August that
            # revenue would be flat")
            self.comp_right = Deferred(rf"\s*(?:{comp})\b", re.IGNORECASE)
        else:
            self.comp_right = None
        self.clause_start = Deferred("|".join(clause) or "(?!)", re.IGNORECASE)
        suffix = rf"[A-Za-z]+(?:{alternation(w['word_suffix'])})\b|" if w.get("word_suffix") else ""
        clitic = rf"|(?:{alternation(w['clitic'])})\b" if w.get("clitic") else ""
        # Letters glued to a number are no word ("2am", "0100GMT", "1990s").
        self.word = Deferred(rf"(?<![0-9])(?:{suffix}[A-Za-z]+{clitic})")
        skip = rf"(?:(?:{alternation(w['lead_skip'])})\s+)*" if w.get("lead_skip") else ""
        self.lead = Deferred(rf"(\w+)\s+{skip}$", re.IGNORECASE)
        self.lead_skips = frozenset(w.get("lead_skip", ()))
        self.date_openers = self.lead_skips | frozenset(w.get("date_opener", ()))
        self.lead_free = frozenset(w.get("lead_free", ()))
        # a closing quotation mark (one after a word or punctuation) ends a clause
        close = "".join(re.escape(q) for q in w.get("quote_close", ()))
        self.quote_close = Deferred(rf"(?<=\S)[{close}]") if close else Deferred("(?!)")
        bare = rf"(?:(?:{alternation(w['bare_lead'])})\s+)?" if w.get("bare_lead") else ""
        self.bare_lead = Deferred(rf"\s+{bare}")
        # A date as a noun modifier: "the March 11 response", "Tuesday's vote".
        det = w.get("modifier_det")
        self.modifier_det = Deferred(rf"(?i:\b(?:{alternation(det)}))\s+$") if det else None
        stop = rf"(?!(?:{alternation(w['noun_stop'])})\b)" if w.get("noun_stop") else ""
        self.noun_next = Deferred(rf"\s+{stop}[a-z]")
        self.noun_stops = frozenset(w.get("noun_stop", ()))
        self.possessive = Deferred(rf"(?:{alternation(w['possessive'])})\b") if w.get("possessive") else None
        self.defer_leads = frozenset(w.get("defer_lead", ()))
        self.defer_for_leads = frozenset(w.get("defer_for_lead", ()))
        self.defer_for_nouns = frozenset(w.get("defer_for_noun", ()))
        self.defer_for_noun_leads = frozenset(w.get("defer_for_noun_lead", ()))
        self.defer_leads_any = frozenset(w.get("defer_lead_any", ()))
        self.intent = frozenset(w.get("intent", ()))
        self.intent_undone = frozenset(w.get("intent_undone", ()))
        self.intent_bare = frozenset(w.get("intent_bare", ()))
        self.superlative = tuple(w.get("superlative", ()))
        self.intent_do = frozenset(w.get("intent_do", ()))
        self.intent_compared = frozenset(w.get("intent_compared", ()))
        self.intent_now = frozenset(w.get("intent_now", ()))
        self.intent_decide = frozenset(w.get("intent_decide", ()))
        self.deadline_leads = frozenset(w.get("deadline_lead", ()))
        self.negation = frozenset(w.get("negation", ()))
        self.conditional = frozenset(w.get("conditional", ()))
        self.deadline_be = frozenset(w.get("deadline_be", ()))
        self.negation_suffix = tuple(w.get("negation_suffix", ())) or ("\0",)
        self.intent_open = frozenset(w.get("intent_open", ()))
        self.to_prep = frozenset(w.get("to_prep", ()))
        self.base_s = tuple(w.get("base_s", ()))
        self.relative = frozenset(w.get("relative", ()))
        # ", which built and operates the spacecraft,": a relative clause set off by commas
        # is an aside, not the verb of what follows it
        # ... and so is a participle with its agent (", angered by the cuts,")
        kinds = [rf"(?:{alternation(w['relative'])})\b"] if w.get("relative") else []
        if w.get("agent"):
            kinds.append(rf"[a-z]+\s+(?:{alternation(w['agent'])})\b")
        self.aside = Deferred(rf",\s*(?:{'|'.join(kinds)})(?:[^,;:]|,(?=\d))*,(?=\s)", re.IGNORECASE) if kinds else None
        self.be = frozenset(w.get("be", ()))
        self.be_participle = frozenset(w.get("be_participle", ()))
        self.ordinals = frozenset(w.get("ordinal", ()))
        self.joins_phrase = frozenset(w.get("joins_phrase", ()))
        self.be_base = frozenset(w.get("be_base", ()))
        self.superseded = frozenset(w.get("superseded", ()))
        self.prep_adj = frozenset(w.get("prep_adj", ()))
        self.bare_inf = frozenset(w.get("bare_inf", ()))
        self.hyphen_prefix = frozenset(w.get("hyphen_prefix", ()))
        self.clock_suffix = frozenset(w.get("clock_suffix", ()))
        self.lead_void = frozenset(w.get("lead_void", ()))
        self.be_future = frozenset(w.get("be_future", ()))
        self.prog_stop = frozenset(w.get("prog_stop", ()))
        self.prog_go = frozenset(w.get("prog_go", ()))
        self.habitual = frozenset(w.get("habitual", ()))
        self.habitual_when = frozenset(w.get("habitual_when", ()))
        self.guide = Deferred(rf"\bany\s+(?:{alternation(w['conditional_guide'])})\b", re.IGNORECASE) \
            if w.get("conditional_guide") else None
        self.habitual_stop = frozenset(w.get("habitual_stop", ()))
        self.habitual_rx = Deferred(rf"\b(?:{alternation(w['habitual'])})\b", re.IGNORECASE) if w.get("habitual") else None
        # "whose fiscal year ends", "a fiscal year that runs from": up to the expression,
        # within a clause (not past a relative word or a conjunction: "whose fiscal year
        # ends in September and which reported a loss in March")
        own = [o for o in w.get("period_owner", ()) if o[0].isalpha()]
        glued = [o for o in w.get("period_owner", ()) if not o[0].isalpha()]
        owner = "|".join(([rf"\b(?:{alternation(own)})"] if own else []) + ([alternation(glued)] if glued else []))
        rel = w.get("relative", []) + w.get("complementizer", [])
        rel_opt = rf"(?:(?:{alternation(rel)})\s+)?" if rel else ""
        # (a conjunction before another bound of the period does not stop it: "begins in
        # October and ends in September")
        verbs = alternation(w.get("period_verb", [])) or "(?!)"
        stop = "".join(([rf"(?!\b(?:{alternation(rel)})\b)"] if rel else []) + (
            [rf"(?!\b(?:{alternation(w['shares_verb'])})\s+(?!(?:{verbs})\b))"] if w.get("shares_verb") else []))
        self.period_nouns = tuple(w.get("period_noun", ()))
        self.period_own = Deferred(
            rf"(?:{owner})\s+(?:{alternation(w['period_year'])})\s+(?:{alternation(w['period_noun'])})\s+{rel_opt}"
            rf"(?:{alternation(w['period_verb'])})\b(?:{stop}[^;!?,.\n]|\.(?!\s+[A-Z])){{0,60}}$", re.IGNORECASE) \
            if owner and w.get("period_year") and w.get("period_noun") and w.get("period_verb") else None
        self.keep_case = frozenset(w.get("keep_case", ()))
        self.follows_main = frozenset(w.get("follows_main", ()))
        self.follows_main_bare = frozenset(w.get("follows_main_bare", ()))
        self.shares_verb = frozenset(w.get("shares_verb", ()))
        self.subjects = frozenset(w.get("subject", ()))
        self.plurals = frozenset(w.get("plural", ()))
        self.attribution_words = w.get("attribution", ())
        # ", when the city hosts a quarterfinal": a clause that tells what happens on the date
        told = w.get("told_by")
        # (also after the rest of a list the expression opens: "on Monday and Tuesday, when")
        self.told_by = Deferred(rf"(?:\s+(?:and|or)\s+(?-i:[A-Z][a-z]+))?\s*,\s*(?:{alternation(told)})\b", re.IGNORECASE) if told else None
        self.told_future = frozenset(w.get("told_future", ()))
        # ", down from 10.2 months in May": the base of a comparison of amounts, a few words
        # after its comparison words, is a time gone by. After a comma (", down from a peak
        # in April"; not "step down from the board in March") any few words may stand
        # between; with no comma ("compared with") an amount (a word with a digit), or
        # nothing but a determiner ("double compared with July"; not "will be compared with
        # the tests in June", nor after "be": "will be compared with February's")
        bases = w.get("compare_base", [])
        loose = alternation([b for b in bases if b.startswith(",")]).replace("_", r"\s+")
        strict = alternation([b for b in bases if not b.startswith(",")]).replace("_", r"\s+")
        amount = r"[$£€¥]?\d[\w$%.,'’-]*\s+"
        word = r"(?:[\w$%.'’-]|,(?=\d))+\s+"  # a word; no comma but inside a number ("1,200")
        not_verb = "".join(rf"(?<!\b{alternation([b])}\s)" for b in w.get("be", ()))
        forms = ([rf"(?:{loose})\s+(?:{word}){{0,5}}$"] if loose else []) + (
            [rf"{not_verb}(?:{strict})\s+(?:(?:{word}){{0,3}}{amount}(?:{word}){{0,3}}|(?:its|their|the|last)\s+)?$"] if strict else [])
        self.compare_base = Deferred("|".join(forms), re.IGNORECASE) if forms else None
        # ... unless a date right before it is what it is compared with ("will hit 4% in
        # March, up from 3.5% in February"); names in title case, as dates are written
        self.day_words = frozenset(n.lower() for n in day_names)
        names = "|".join(re.escape(n.title()) for n in day_names)
        self.date_before = Deferred(rf"(?-i:\b(?:{names}))\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?,?\s*$") if day_names else None
        say = w.get("attribution")
        # only where the attribution ends the clause, a day aside ("..., officials said
        # Thursday"), not "In September, the company announced layoffs"
        prep = rf"(?:{alternation(w['attribution_prep'])})\s+" if w.get("attribution_prep") else ""
        day = rf"(?:\s+(?:{prep})?[A-Za-z]+(?:{alternation(w['attribution_day'])}))?" if w.get("attribution_day") else ""
        self.attribution = Deferred(rf",\s+(?:[\w.'’-]+\s+){{0,4}}(?:{alternation(say)}){day}\s*$") if say else None


class _Cues:
    """The cue table of a language, as lookups."""

    def __init__(self, table: dict[str, str], be: frozenset[str], be_future: frozenset[str] = frozenset(),
                 noun_stops: frozenset[str] = frozenset(), subjects: frozenset[str] = frozenset(),
                 reporting: frozenset[str] = frozenset(), plurals: frozenset[str] = frozenset(),
                 participle: frozenset[str] = frozenset(), ordinals: frozenset[str] = frozenset()):
        self.one = {k: v for k, v in table.items() if " " not in k and k[0] not in "*@"}
        self.two = {k: v for k, v in table.items() if " " in k}
        self.suffix = {k[1:]: v for k, v in table.items() if k.startswith("*")}
        # "@is": the word as a lead word only (right before the expression).
        self.lead = {k[1:]: v for k, v in table.items() if k.startswith("@")}
        self.be = be
        self.be_future = be_future  # "likely": "was likely to" still looks forward
        self.noun_stops = noun_stops  # words that end a noun phrase ("plans on Monday")
        self.subjects = subjects  # subject pronouns ("it plans")
        self.reporting = reporting  # verbs of reporting ("said Boeing plans")
        self.plurals = plurals  # plural nouns with no "-s" ("police plan")
        self.participle = participle  # the participle of "be" ("been")
        self.ordinals = ordinals  # ordinals between a determiner and its noun ("a first cut")

    def at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """Class of the cue ending at words[i] (two-word cues first) and its first index."""
        c, first = self._word(words, i)
        if c == "sched_first":
            # a timetable verb with its object after it ("it plans a vote on Friday", "both
            # campaigns plan rallies on Thursday"); a noun where a preposition or the
            # expression follows ("announced plans on Monday", "a rescue plan in October")
            # ... or where the words before tell: a verb one or two words before the "-s"
            # form, not one of reporting ("outlined plans here", "approved expansion plans
            # unanimously"; but "said it plans", "said Boeing plans"); before the bare form a
            # determiner or a singular noun ("the peace plan unanimously"; but "they also
            # plan", "the unions plan", "police plan")
            noun = i + 1 >= len(words) or words[i + 1] in self.noun_stops
            if not noun and i > 0:
                if words[i].endswith("s"):
                    noun = words[i - 1] not in self.subjects and any(
                        self._word(words, j)[0] in _VERB + _DEFER and words[j] not in self.reporting
                        for j in (i - 1, i - 2) if j >= 0)
                else:
                    j = i - 1
                    while j > 0 and self.is_aux(words[j]):
                        j -= 1
                    before = words[j]
                    noun = self.one.get(before) in ("det", "dem") or not (
                        before in self.subjects or before in self.plurals or before.endswith("s"))
            if noun:
                return None, i
            c = "sched"
        if c in ("sched", "present", "prog") and first > 0 and (
                self.one.get(words[first - 1]) in ("inf", "det") or self._adjective(words, first, over_ed=True)):
            # "to resume", "to become", "the start", "a stay", "the revised schedule": not a
            # finite verb
            return None, i
        if c in ("future", "past") + _DEFER and first == i and i > 0 and self.one.get(words[i - 1]) == "det":
            # a listed verb form right after a determiner is an adjective ("their scheduled
            # 7:30 p.m. closing")
            return None, i
        if c == "past" and first == i > 1 and words[i - 1] in self.ordinals and self.one.get(words[i - 2]) == "det":
            # ... or a noun after an ordinal ("pricing in a first cut by June")
            return None, i
        if c == "past" and first == i > 1 and self.suffixed(words, i) and self.one.get(words[i - 2]) == "inf" \
                and self.one.get(words[i - 1]) in ("sched", "sched_first", "present"):
            # an "-ed" word after an infinitive of a listed verb is its object's adjective
            # ("expected to resume limited service on Wednesday"), no finite verb
            return None, i
        if c == "past" and first > 0 and self.one.get(words[first - 1]) == "inf" and not self.suffixed(words, i):
            # a listed past form that is its own base form after "to" ("agreed to cut"): an
            # infinitive (a defer verb after "to" is `_direction`'s to place)
            return None, i
        return c, first

    def suffixed(self, words: list[str], i: int) -> bool:
        """Whether the cue ending at words[i] is one only by its ending ("*ed")."""
        return words[i] not in self.one and not (i > 0 and words[i - 1] + " " + words[i] in self.two)

    def is_aux(self, word: str) -> bool:
        """Whether `word` is transparent in a verb group, listed or by its ending ("severely")."""
        c = self.one.get(word)
        return (c if c is not None else self._by_ending(word)) == "aux"

    def progressive(self, words: list[str], i: int) -> bool:
        """Whether a form of "be" heads the "-ing" word at words[i] ("is visiting",
        "will be meeting"); without one it is no verb group ("after meeting", "holding company")."""
        j = i - 1
        while j >= 0 and words[j] not in self.be and self.is_aux(words[j]):
            j -= 1
        return j >= 0 and words[j] in self.be

    def _word(self, words: list[str], i: int) -> tuple[str | None, int]:
        if i > 0:
            c = self.two.get(words[i - 1] + " " + words[i])
            if c is not None:
                return c, i - 1
        c = self.one.get(words[i])
        if c is not None:
            return c, i
        c = self._by_ending(words[i])
        if c is not None and not self._adjective(words, i):
            return c, i
        return None, i

    def _by_ending(self, word: str) -> str | None:
        """Class of an unlisted word by its ending ("*ed", "*ly"), if it has one."""
        for suf, c in self.suffix.items():
            if len(word) > len(suf) + 2 and word.endswith(suf):
                return c
        return None

    def _adjective(self, words: list[str], i: int, over_ed: bool = False) -> bool:
        """A word after a determiner, over adverbs ("the proposed", "a still unspecified") and,
        with `over_ed`, "-ed" adjectives ("the revised schedule"), not subjects ("The accused
        appeared")."""
        j = i - 1
        while j >= 0 and (self.is_aux(words[j]) or (
                over_ed and words[j] not in self.one and self._by_ending(words[j]) == "past")):
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


# Per grammar, built on first use (start-up pays nothing); the grammar is kept with its
# entry so that its id is not reused.
_CACHE: dict[int, tuple[Grammar, _Cues, _Words]] = {}


def _lang(g: Grammar) -> tuple[_Cues, _Words]:
    c = _CACHE.get(id(g))
    if c is None:
        cue = g.tables.get("tense_cue", {})
        verbs = [k for k, v in cue.items() if v in _VERB and " " not in k and k[0] not in "*@"]
        words = _Words(g.tables.get("tense_words", {}), verbs,
                       list(g.tables.get("month", {})) + list(g.tables.get("weekday", {}))
                       + list(g.tables.get("month_abbr", {})))
        c = _CACHE[id(g)] = (g, _Cues(cue, words.be, words.be_future, words.noun_stops, words.subjects,
                                         frozenset(words.attribution_words), words.plurals, words.be_participle,
                                         words.ordinals), words)
    return c[1], c[2]


def sentence_end(g: Grammar) -> re.Pattern:
    """Where a sentence (or a clause set off by a semicolon, colon or dash) ends in grammar
    `g`'s texts: not after an abbreviation ("U.S. Steel") or an initial."""
    return _lang(g)[1].sent_end


def _after_aux(words: list[str], k: int, cues: _Cues) -> str:
    """The first word from words[k] on that is no auxiliary adverb ("also", "still")."""
    while k < len(words) - 1 and cues.is_aux(words[k]):
        k += 1
    return words[k]


def _group(words: list[str], lo: int, hi: int, cues: _Cues) -> str | None:
    """Direction of the verb group whose cue spans words[lo..hi], by its head.

    Walks left over auxiliaries ("had been", "will not be") to the head of the group."""
    cls, _ = cues.at(words, hi)
    if cls in _DEFER:  # a verb of putting off is a past form ("would have postponed")
        cls = "past"
    head = cls
    # a modal + "have" heads its group itself ("controllers said would have no effect")
    j = lo - 1 if cls != "modal_perfect" else -1
    while j >= 0:
        c, first = cues.at(words, j)
        # a two-word cue that starts here and shares its last word with the cue read last
        # ("expected to" + "to be" in "are not expected to be available")
        c = cues.two.get(words[j] + " " + words[j + 1], c) if j + 1 < len(words) else c
        if c == "aux":
            j = first - 1
            continue
        if c == "past" and cues.suffixed(words, j) and (
                head in ("present", "sched") or (head == "future" and cues.one.get(_after_aux(words, j + 1, cues)) == "future")):
            # An "-ed" word is no auxiliary of a present verb or a modal after it: "the offer,
            # which was extended, expires Friday", "Consolidated (also) will hold" (but
            # "announced plans to" is past)
            break
        if c == "past" and cls == "future" and words[j] in cues.be and words[lo] in cues.be_future:
            # A reported expectation keeps looking forward: "the truce was likely to hold through
            # the spring" (but a narrative "was going to resign on Monday" is past).
            head = "future"
            break
        if c == "prog":
            break  # an "-ing" word before the verb is a noun ("The four-day meeting opens")
        if c in _VERB:
            head = c
            j = first - 1
            if c == "future":
                # ... itself headed by a past perfect: "had been due to be placed on Sunday"
                # is past, as "had been due to close" is (not "The stock split would be paid",
                # "Workers who struck are expected to return on Monday")
                k = j
                while k >= 0:  # over "due to", "been"
                    ck, fk = cues.at(words, k)
                    if ck not in ("aux", "future"):
                        break
                    k = fk - 1
                if k >= 0 and cues.one.get(words[k]) == "past" and words[k + 1] in cues.participle:
                    head = "past"
            if c in ("future", "past", "modal_perfect"):
                break
            continue
        break
    if head == "perfect":  # "has signed" -> past; "has been scheduled to" -> future; "has" -> present
        return "future" if cls == "future" else "past" if cls != "perfect" else None
    if head == "modal_perfect":  # "would have ended" -> past; "would have (to)" -> future
        return "past" if cls == "past" else "future"
    if head in ("present", "sched"):  # "is expecting", "is visiting", "begins" -> future; "is" -> present
        return "future" if cls in ("future", "sched", "prog") else None
    if head in ("future", "past"):
        return head
    return None


def _clause(text: str, start: int, end: int, lw: _Words) -> tuple[str, str, bool, str, str | None]:
    """The clause around text[start:end], as the text left and right of it; whether the left
    part starts a sentence (its first word may be capitalised only for that); the text of the
    sentence before the clause and the word that opened the clause, if it was cut there
    (after a "," if a comma came before it: ",and")."""
    sent_end, clause_start = lw.sent_end, lw.clause_start
    lo = max(0, start - _WINDOW)
    left = text[lo: start]
    cut = 0
    initial = lo == 0
    for m in sent_end.finditer(left):
        cut = m.end()
        initial = True
    left = left[cut:]
    cut, opener, prev = 0, None, ""
    for m in clause_start.finditer(left):
        cut = m.end()
        initial = False
        # the opener keeps the comma that came before it (", and" is not "and")
        comma = "," if m.group(0).lstrip().startswith(",") else ""
        said = m.group(0).split()  # (none for a clause told with no "that": "said the ...")
        prev, opener = left[: m.start()], (comma + said[-1].strip(",").lower()) if said else None
    left = left[cut:]
    if lw.aside is not None:
        left = lw.aside.sub(" ", left)
    right = text[end: end + _WINDOW]
    if lw.comp_right is not None and lw.comp_right.match(right):
        right = ""
    m = sent_end.search(right)
    if m:
        right = right[: m.start()]
    m = lw.quote_close.search(right)
    if m:  # a quotation ends the clause: '"... by the end of March," Lott said' is no past
        right = right[: m.start()]
    m = clause_start.search(right)
    if m and not right[: m.start()].strip(" ,") and initial \
            and all(w.lower() in lw.date_openers for w in lw.word.findall(left)):
        # "On Feb. 27, after a week of frost, a girder cracked", "By mid-May, as students
        # left, many had ...": a clause right after a date that opens the sentence is an
        # aside; the main clause follows it
        comma = right.find(",", m.end())
        right = right[comma + 1:] if comma >= 0 else ""
        m = clause_start.search(right)
    if m:
        right = right[: m.start()]
    # ", officials said": the attribution is no verb of the clause
    m = lw.attribution.search(right) if lw.attribution is not None else None
    if m:
        right = right[: m.start()]
    return left, right, initial, prev, opener


def _did_intent(words: list[str], i: int, lw: _Words) -> bool:
    """Whether words[i] is the base form of a verb of intent after "did" or "did not" ("did
    not plan to remove him on Thursday")."""
    if words[i] not in lw.intent_bare:
        return False
    j = i - 1
    while j >= 0 and words[j] in lw.negation:
        j -= 1
    return j >= 0 and words[j] in lw.intent_do


def _words(lw: _Words, s: str, initial: bool = False) -> list[str]:
    """The words of `s` as cue-table keys: lower case, curly apostrophes straight. A
    `keep_case` word ("Theresa May said", "On Tuesday May announced") is kept as is, no cue,
    unless it is the first word of a sentence (`initial`): "May the talks resume"; there too
    before a comma or a word in "-ed", which no modal takes ("May, who has been", "May
    announced"). The second part of a compound is "-" and the part, no cue ("fire-hit":
    "fire", "-hit"), unless the first part is a `hyphen_prefix` ("re-elected"); a
    `clock_suffix` after a figure is "#" and the word ("10:00 am": "#am"), no cue either."""
    keep = lw.keep_case
    found = list(lw.word.finditer(s))

    def name(i: int) -> bool:
        if i or not initial:
            return True
        nxt = found[1] if len(found) > 1 else None
        return s[found[0].end():].lstrip().startswith(",") or (nxt is not None and nxt.group(0).endswith("ed"))

    words: list[str] = []
    for i, m in enumerate(found):
        w = m.group(0) if m.group(0) in keep and name(i) else m.group(0).lower().replace("’", "'")
        if i and s[m.start() - 1: m.start()] == "-" and found[i - 1].end() == m.start() - 1 \
                and words[-1].lower() not in lw.hyphen_prefix:
            # the second part of a compound is no verb ("fire-hit areas", "a Saudi-led
            # force", "long-awaited"), unless the first is a prefix of one ("re-elected"): it
            # stays a word, one that no cue table lists
            w = "-" + w
        elif w in lw.clock_suffix and s[:m.start()].rstrip()[-1:].isdigit():
            w = "#" + w  # "10:00 am": a clock time's, no verb
        words.append(w)
    return words


def tense_at(text: str, start: int, end: int, g: Grammar) -> str | None:
    """Return "future", "past", "deferred" (put off to the expression: "postponed until
    Tuesday", which looks ahead of the act, not of publication), "habitual:" and one of
    those or nothing (a habit, of any year: "usually starts in May"; a weekday keeps the
    direction) or None for the clause containing text[start:end]."""
    cues, lw = _lang(g)
    told = lw.told_by.match(text, end) if lw.told_by is not None else None
    told_past = False
    if told:
        # "waited four years for Sunday, when he will line up": what happens on the day
        # tells which way it lies, when that clause looks ahead; its own verb comes first,
        # and a past one tells where no verb of the date's clause does ("dates to the
        # spring, when lines began installing terminals that will ...")
        after = text[told.end(): told.end() + _WINDOW]
        stop = lw.sent_end.search(after)
        words = _words(lw, after[: stop.start()] if stop else after)
        relative = False  # a verb right after "who/which" is a relative clause's, not the told one's
        for i, w in enumerate(words):
            if w in lw.told_future:
                return "future"
            if w in lw.relative:
                relative = True
            elif cues.at_start(words, i)[0] == "past":
                if not relative:
                    told_past = True
                    break
                relative = False
    left, right, initial, prev, opener = _clause(text, start, end, lw)
    direction = _direction(left, right, initial, cues, lw, told_past, opener)
    if direction != "deferred" and _habitual(text, start, left, initial, cues, lw):
        # (with the clause's own direction, for what is not a bare month or day: "whose
        # fiscal year begins Monday")
        return HABITUAL + (direction or "")
    word = opener.lstrip(",") if opener else None
    # The clause takes a future from the clause before it when it depends on it ("will be
    # the first ... when clocks strike midnight on Friday": a present tense after "when/if/
    # until") or has no subject of its own after ", and" ("will close the plant in March,
    # and open a new one in June", "will be open Monday, and closed on Tuesday").
    depends = direction is None and (word in lw.follows_main or (opener == word and word in lw.follows_main_bare))
    # (a part with no verb at all is no clause but a noun phrase joined on: "before making
    # landfall between Mobile, Ala., and the Florida Panhandle late Thursday")
    shares = (direction != "future" and opener is not None and opener[0] == "," and word in lw.shares_verb
              and (_no_subject(left, initial, direction, cues, lw)
                   or direction is None and word in lw.joins_phrase and _last_group(_words(lw, left, initial), cues) is None
                   and _first_group(_words(lw, right), cues) is None))
    if prev and (depends or shares) and _last_group(_words(lw, prev), cues) == "future":
        return "future"
    if direction is None and not told_past and word in lw.conditional and opener == word \
            and not (lw.possessive is not None and lw.possessive.match(text, end)) \
            and not (lw.guide is not None and lw.guide.search(right)):
        # a condition in the present looks ahead ("If they lower guidance Thursday, the
        # story is in trouble"; not "If Monday's vote is any guide", "If Tuesday is any
        # indication", nor one in the past, "if it rained on Monday")
        return "future"
    return "past" if direction is None and told_past else direction


def _habitual(text: str, start: int, left: str, initial: bool, cues: _Cues, lw: _Words) -> bool:
    """Whether the clause, of which `left` is the part before the expression at `start`,
    tells a habit ("the rainy season usually starts in", "ice typically covered the lake
    from") or a period's own bounds ("whose fiscal year ends"): a date of any year."""
    before = text[max(0, start - _WINDOW): start]
    if lw.period_own is not None and any(n in before for n in lw.period_nouns) \
            and lw.period_own.search(text, max(0, start - _WINDOW), start):
        return True
    if lw.habitual_rx is None or not lw.habitual_rx.search(left):
        return False
    words = _words(lw, left, initial)
    for j in range(len(words) - 2, -1, -1):
        if words[j] in lw.habitual:
            # the adverb after a subject and before a verb ("the rainy season usually
            # starts"), not one of an adjective after a determiner or opening a sentence
            # ("the normally quiet town", "Usually reliable sources"); no modal in the
            # clause ("would normally be"), no comma after it ("typically rise after the
            # holiday, which this year ran from 11 to 17 February") but one before a
            # restatement of when ("twice a year, in the spring")
            after = left[[m.end() for m in lw.habitual_rx.finditer(left)][-1]:]
            return j > 0 and cues.one.get(words[j - 1]) != "det" \
                and words[j + 1] not in lw.habitual_stop and not any(cues.one.get(w) == "future" for w in words) \
                and ("," not in after or _restated_when(after[after.rindex(",") + 1:], cues, lw))
    return False


def _restated_when(tail: str, cues: _Cues, lw: _Words) -> bool:
    """Whether the part of a clause after its last comma, before the expression, only
    restates when ("reassess reserves twice a year, in the spring and the fall"): it opens
    with a habitual_when word and has no verb of its own (not ", which this year ran")."""
    words = _words(lw, tail)
    return bool(words) and words[0] in lw.habitual_when and not any(cues.at(words, i)[0] for i in range(len(words)))


def _in_aside(left: str, word: str, lw: _Words) -> bool:
    """Whether the last `word` of `left` opens an aside set off by commas (a comma right
    before it and one after it): "The departure, originally due on 29 March, has been"."""
    found = [m for m in lw.word.finditer(left) if m.group(0).lower() == word]
    if not found:
        return False
    m = found[-1]
    return left[: m.start()].rstrip().endswith(",") and "," in left[m.end():]


def _bare_be(words: list[str], first: int, lw: _Words, cues: _Cues) -> bool:
    """Whether the participle starting at words[first] comes after a bare "be" (transparent
    words between: "and be largely / also finished") that follows a conjunction: the clause
    shares a modal told before it."""
    k = first - 1
    while k >= 0 and cues.is_aux(words[k]) and words[k] not in lw.be:
        k -= 1
    return k >= 1 and words[k] in lw.be_base and words[k - 1] in lw.shares_verb


def _no_subject(left: str, initial: bool, direction: str | None, cues: _Cues, lw: _Words) -> bool:
    """Whether the clause part `left` starts with no subject (a pronoun or a determiner) and
    has no verb group that decides (`direction` None) or starts with the "-ed" word that
    decides it ("and closed on", not "and prices fell in", "and it sells it in")."""
    words = _words(lw, left, initial)
    if words and (words[0] in lw.subjects or cues.one.get(words[0]) in ("det", "dem")):
        return False
    if direction is None:
        return True
    return (direction == "past" and bool(words) and cues.at(words, 0)[0] == "past"
            and cues.suffixed(words, 0) and _last_group(words[1:], cues) is None)


def _after_cause(words: list[str], i: int, lw: _Words) -> bool:
    """Whether a prog_stop word ("after", "since") stands among the last few words before the
    expression, after the verb at words[i] and with no day of the verb's own between
    ("resumes on Tuesday after Monday's holiday": Monday is still a timetable's day; "expect
    it to weaken after landfall and pass near Raleigh on Friday": too far back)."""
    for k in range(max(i + 1, len(words) - _STOP_REACH), len(words)):
        if words[k] in lw.prog_stop:
            return not lw.day_words.intersection(words[i + 1:k])
    return False


def _last_group(words: list[str], cues: _Cues) -> str | None:
    """Direction of the last verb group in `words`; an "-ed" word alone is no verb here
    ("the first inhabited place")."""
    i = len(words) - 1
    while i >= 0:
        c, first = cues.at(words, i)
        if c in _VERB and not (c == "past" and cues.suffixed(words, i)) and (c != "prog" or cues.progressive(words, first)):
            return _group(words, first, i, cues)
        i -= 1
    return None


def _first_group(words: list[str], cues: _Cues) -> str | None:
    """Direction of the first verb group in `words`."""
    for i in range(len(words)):
        c, last = cues.at_start(words, i)
        if c == "prog" and not cues.progressive(words, i):
            continue
        if c in _DEFER:  # "On Monday the government extended the lockdown": a past verb here
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
                if c2 in _VERB or c2 in _DEFER:  # "would have predicted"
                    lo, hi = k + 1, last2
                    k = last2
                    continue
                break
            return _group(words, lo, hi, cues)
    return None


# A stretch with at least this many words longer than _TITLE_SHORT letters, this share of
# them capitalised, is a headline in title case (its short words may not be: "of", "to").
_TITLE_WORDS = 3
_TITLE_SHORT = 3
_TITLE_SHARE = 0.8

def _to_verb(left: str, lw: _Words, cues: _Cues) -> dict[int, bool]:
    """Index in the words of `left` (as `_words` gives them) of each infinitive marker ("to")
    -> whether a verb follows it right away: a lower-case word, no number, name or determiner
    ("voted 432 to 202 against", "to Paris", "agreed to the deal") or plural noun ("to
    reporters", by `base_s`), and no word of
    `to_prep` before it ("ordered them back to work")."""
    found = list(lw.word.finditer(left))
    # (in a headline in title case a verb is capitalised too: "Senator Set to Open Monday")
    content = [m.group(0) for m in found if len(m.group(0)) > _TITLE_SHORT]
    title = len(content) >= _TITLE_WORDS and sum(w[:1].isupper() for w in content) >= _TITLE_SHARE * len(content)
    flags = {}
    for k, (m, nxt) in enumerate(zip(found, found[1:])):
        if cues.one.get(m.group(0).lower()) == "inf":
            w = nxt.group(0)
            if title and w.istitle():
                w = w.lower()
            flags[k] = (not left[m.end(): nxt.start()].strip() and w.islower()
                        and cues.one.get(w) not in ("det", "dem")
                        and not (lw.base_s and w.endswith("s") and not w.endswith(lw.base_s))
                        and not (k > 0 and found[k - 1].group(0).lower() in lw.to_prep))
    return flags


# How many words before an "-ed" word a modal may stand for it to read as an adjective.
_MODAL_REACH = 4


def _modal_before(words: list[str], i: int, cues: _Cues) -> bool:
    """Whether a modal ("will", "would") stands a few words before words[i], with no other
    cue and no determiner between, which may open a subject ("will meet elected officials",
    not "will say the firm closed")."""
    for j in range(i - 1, max(-1, i - 1 - _MODAL_REACH), -1):
        c = cues.one.get(words[j])
        if c == "future":
            return True
        if c is not None and c != "aux":
            return False
    return False


def _inf_before(words: list[str], i: int, cues: _Cues, lw: _Words, to_verb: dict[int, bool]) -> bool:
    """Whether words[i] comes right after "to" and a verb (`to_verb`, as _to_verb tells),
    with at most a determiner and a superlative between, and before a noun ("to hold their
    largest combined drills"; not "to say the firm closed", nor "flights to Venezuela
    resumed", nor "to fulfill the request filed in January")."""
    if i + 1 >= len(words) or words[i + 1] in lw.prep_adj or words[i + 1] in lw.noun_stops \
            or cues.one.get(words[i + 1]) in ("det", "dem"):
        return False  # a noun must follow ("challenge the arrest ordered on Monday" has none)
    j = i - 1
    for _ in range(2):
        if j > 1 and (cues.one.get(words[j]) in ("det", "dem") or words[j].endswith(lw.superlative)):
            j -= 1
    return j > 0 and cues.one.get(words[j]) is None and bool(to_verb.get(j - 1))


def _direction(left: str, right: str, initial: bool, cues: _Cues, lw: _Words, told: bool = False,
               opener: str | None = None) -> str | None:
    """Direction of the clause whose parts left and right of the expression are given;
    `told`: a past clause opened by ", when" follows the expression ("have risen until
    Tuesday, when they fell"); `opener`: the word that opened the clause, if any."""
    lead = lw.lead.search(left)
    lead_word = lead.group(1).lower() if lead else None
    weak = None
    # A date that modifies a noun ("over the March 11 response") is no time of a timetable
    # verb; a possessive one ("Tuesday's vote") is none of a copula either ("the focus is on
    # Tuesday's vote"), though it may be of a timetable verb ("faces Sunday's election").
    modifier = (lw.modifier_det is not None and lw.modifier_det.search(left) is not None
                and lw.noun_next.match(right) is not None)
    possessive = lw.possessive is not None and lw.possessive.match(right) is not None
    nominal = modifier or possessive
    if lead:
        # An "@word" lead ("the deadline is Tuesday") counts only right before the
        # expression, a `bare_lead` word aside ("is on Sunday"): not in "is about the
        # January crash", "is in January".
        free = lead_word in lw.lead_free
        c = cues.lead.get(lead_word) if not nominal and (free or lw.bare_lead.fullmatch(left, lead.end(1))) else None
        before = left[: lead.start(1)].split()[-_LEAD_VOID_REACH:]
        if c is not None and any(w.lower() in lw.lead_void for w in before):
            # "had been expected on Monday", "better than (analysts) expected on Tuesday",
            # "as widely expected Wednesday"
            c = None
        if c is not None and free and _first_group(_words(lw, right), cues) == "past":
            # "the monsoon rains, expected in June, arrived late": either way, the news default
            return None
        c = c or cues.one.get(lead_word)
        if c == "lead_future":
            return "future"
        if c == "lead_past":
            return "past"
        if c == "weak_future":
            weak = "future"
    base = lw.compare_base.search(left) if lw.compare_base is not None else None
    if base and not (lw.date_before is not None and lw.date_before.search(left, 0, base.start())):
        return "past"
    words = _words(lw, left, initial)
    sup = next((k for k in range(len(words) - 1, -1, -1) if words[k] in lw.superseded), None)
    if sup is not None and not (sup > 0 and cues.one.get(words[sup - 1]) in ("det", "dem")) \
            and not lw.told_future.intersection(words) and not _in_aside(left, words[sup], lw):
        # "was originally due back in June", "originally planned to stage the final in
        # July": a plan given up points no way, the news default (not "will initially
        # open in June", nor "the originally planned route", nor in an aside set off by
        # commas: "the departure, originally due on 29 March, has been postponed until
        # 31 October")
        return None
    i = len(words) - 1
    # A "to" + verb between the expression and the verb group scanned to, with no "-ing"
    # form after it that the date may belong to ("voted for a force to protect the
    # kingdom, with the vanguard arriving Tuesday").
    infinitive = participle = False
    to_at = -1  # where that infinitive's "to" is
    to_verb = _to_verb(left, lw, cues) if lw.intent else {}
    while i >= 0:
        c, first = cues.at(words, i)
        if c == "future" and first < i and words[i] == "to" and not to_verb.get(i, not to_verb):
            # "raised its copper forecast to $10,500 a tonne": a future cue ending in a "to"
            # with no verb after it ("forecast to", "due to a strike") is none here; a
            # progressive before the "to" is read alone ("are going to the polls")
            i = i - 1 if cues.one.get(words[i - 1]) == "prog" else first - 1
            continue
        if c == "future" and first < i and words[i] == "to" and _did_intent(words, first, lw):
            return "deferred"  # "did not plan to remove him on Thursday": a two-word cue
        if c == "inf" and not participle and not infinitive and to_verb.get(i):
            infinitive, to_at = True, i
        if infinitive and words[i] in lw.intent_open and sum(cues.one.get(w) != "aux" for w in words[i + 1: to_at]) < _INTENT_REACH:
            return weak  # "expected exports to rise in January": either way
        if infinitive and (words[i] in lw.intent or _did_intent(words, i, lw)) and sum(cues.one.get(w) != "aux" for w in words[i + 1: to_at]) < _INTENT_REACH \
                and not (i > 0 and words[i - 1] in lw.intent_compared):  # "than planned", "as planned"
            # "agreed to buy the line in February", "voted Sunday to strike at 12:01 a.m.
            # Wednesday": the infinitive is done after the deciding, as a putting off is;
            # not a plan given up ("had planned to finish in January")
            if to_at + 1 < len(words) and words[to_at + 1] in lw.intent_now and words[i] in lw.intent_decide \
                    and "," not in left[left.lower().rfind(words[to_at + 1]):]:
                # "voted to accept the contract late Tuesday": done in the vote itself (not
                # "voted to accept it, sending workers back to their jobs on Tuesday")
                return _group(words, first, i, cues) or weak
            k = i - 1 - (i > 1 and words[i - 1] in lw.be_participle)
            return "past" if k >= 0 and words[k] in lw.intent_undone else "deferred"
        if c == "perfect" and i + 1 < len(words) and words[i + 1] in lw.be_participle:
            return "past"  # "have been searching for him since ..."
        if c in _DEFER:  # "postponed until Tuesday" points past the act, to a later day;
            # "delayed by Tuesday's storm", "extended losses through Tuesday" do not, nor a
            # possessive day after "to/for" ("gave in to Sunday's demands"); after a modal
            # it is a future ("could slip into recession in the second half"); else the verb
            # group tells ("is set to be scrapped on Monday")
            if _modal_before(words, first, cues):  # a putting off still ahead: the date too
                return "future"
            # (a "to" with a figure after it is no infinitive's: "down from the $3.40 to
            # $3.55 it forecast in August")
            infinitive_here = first > 0 and cues.one.get(words[first - 1]) == "inf" and to_verb.get(first - 1, True)
            leads = lw.defer_leads if c == "defer" else lw.defer_for_leads
            if c != "defer" and lead_word in lw.defer_for_nouns and left.rstrip().rsplit(None, 1)[-1].lower() in lw.defer_for_noun_leads \
                    and not (first > 0 and words[first - 1] in lw.intent_undone):
                # "set a new trial date of Sept. 14" (not a deadline long gone: "had set a
                # deadline of 10 a.m. Sunday")
                leads = leads | {lead_word}
            if lead_word in leads and (not possessive or lead_word in lw.defer_leads_any):
                # ... also as an infinitive ("had agreed to push back the deadline to Oct.
                # 18"), unless what it hangs on is still ahead ("is expected to set a trial
                # date for October")
                if infinitive_here and _last_group(words[:first - 1], cues) == "future":
                    return "future"
                return "deferred"
            if infinitive_here:
                # an infinitive with no date put off to is no verb of the clause ("promised
                # to set out a scheme by the autumn")
                i = first - 1
                continue
            return _group(words, first, i, cues) or "past"
        if c == "prog" and not cues.progressive(words, first):
            participle = participle or not infinitive
            i -= 1
            continue
        if c == "past" and cues.suffixed(words, i) and i > 0 and words[i - 1] in lw.prep_adj \
                and not (i >= 3 and cues.one.get(words[i - 3]) == "inf") and i + 1 < len(words) \
                and cues.one.get(words[i + 1]) not in ("det", "dem") \
                and words[i + 1] not in lw.noun_stops and words[i + 1] not in lw.prep_adj:
            # "land from failed thrifts in the first quarter": an "-ed" word after a
            # preposition and before its noun is an adjective, no verb (not a relative
            # clause's stranded preposition: "the carrier it agreed to merge with reported
            # a loss in the fourth quarter")
            i -= 1
            continue
        if c == "past" and _bare_be(words, first, lw, cues):
            # "will begin in April and be finished by the end of June": a participle after a
            # bare "be" has its modal further back, which decides
            i = first - 1
            while i >= 0 and words[i] not in lw.be:
                i -= 1
            i -= 1
            continue
        if c == "past" and cues.suffixed(words, i) and (_modal_before(words, first, cues) or _inf_before(words, first, cues, lw, to_verb)):
            # "would also offer banks targeted loans in September", "plan to hold their
            # largest combined drills in the second half of the year": an "-ed" word after a
            # modal verb of the clause, or right after an infinitive's verb and its object's
            # determiner, is an adjective of its object, no verb of its own
            i -= 1
            continue
        if c == "sched" and not words[i].endswith("s") and any(w in lw.bare_inf for w in words[max(0, first - _BARE_INF_REACH): first]):
            # "saw the hostages return on Sunday", "helped families return home": a bare
            # infinitive after a verb of seeing or letting, no timetable
            i = first - 1
            continue
        if c in _VERB:
            if modifier and c in ("sched", "present", "prog"):
                return weak
            if (c == "sched" or c == "prog" and words[i] not in lw.prog_go) and _after_cause(words, i, lw):
                # "are staying in shelters after Tuesday's quake", "Wall Street opens higher
                # after Monday's rally": the date is the cause's, gone by, not the timetable's
                return weak
            group = _group(words, first, i, cues)
            before = words[max(0, first - _PERFECT_REACH): first]
            perfect = "perfect" in (cues.one.get(w) for w in before)
            if group == "past" and not told and (perfect or lw.deadline_be.intersection(before)) and (
                    perfect and lead_word in lw.defer_leads_any
                    or lead_word in lw.deadline_leads and (opener or "").lstrip(",") in lw.conditional
                    and any(w in lw.negation or w.endswith(lw.negation_suffix) for w in before)):
                # "has closed the line until Tuesday": a state that holds now ends ahead
                # (not "had closed the road until Tuesday", nor "have risen every day until
                # Tuesday, when they fell"); "if the deal hasn't closed by Dec. 31": a
                # deadline not yet met, also in a present passive ("if the deal isn't
                # completed by Oct. 24") (not a narrative's "When the boat has not arrived by
                # 10 p.m., he calls the Coast Guard")
                return "future"
            return group or weak
        i = first - 1  # past the whole cue ("followed by" is none, not "followed")
    words = _words(lw, right)
    return _first_group(words, cues) or weak
