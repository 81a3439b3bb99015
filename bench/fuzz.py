"""Throw random word soup at the temporal tagger: it must never raise, and every record
must point at its own text.

    python bench/fuzz.py [--seed N] [--docs N]

Each document strings together words of time (weekdays, months, units, parts of day,
holidays, tense cues), numbers, clock times, punctuation and quotation marks from a fixed
vocabulary, with a random publication date in the years the tagger takes. Prints the number of
documents, expressions and failures, and the first failures in full; exits 1 if any.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from jnz_timeline.temporal import MAX_YEAR, MIN_YEAR, tag  # noqa: E402

WORDS = (
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan. Feb. Sept. Dec. day days week weeks month "
    "months year years decade decades century quarter half fiscal morning afternoon evening night "
    "tonight today yesterday tomorrow now recently soon later earlier ago before after since until "
    "through from to between and or the a an this that last next previous following same early late "
    "mid- end beginning first second third fourth latest past coming recent every each daily weekly "
    "annually a.m. p.m. noon midnight GMT EST local time Christmas Easter Ramadan Thanksgiving New "
    "Year's Eve Day holiday weekend season spring summer fall autumn winter will would had has was "
    "is are said expected plans to postponed until by on in at of for about nearly more than less "
    "up-to-date 1990s '90s 2000s 19th 21st O'Clock Mr. Mrs. Dr. company reported profit rose fell "
    "two three ten twelve hundred thousand half-hour 24-hour one-year three-month year-ago year-earlier"
).split()
PUNCT = [" ", " ", " ", " ", ", ", ". ", "; ", " - ", " (", ") ", '"', "'", "\n", "\n\n", ": "]


def soup(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 120)):
        r = rng.random()
        if r < 0.12:
            out.append(str(rng.choice([rng.randint(0, 40), rng.randint(1900, 2100), rng.randint(0, 99999)])))
        elif r < 0.17:
            out.append(f"{rng.randint(0, 25)}:{rng.randint(0, 70):02d}")
        elif r < 0.20:
            out.append(f"{rng.randint(1, 12)}/{rng.randint(1, 40)}/{rng.randint(0, 2100)}")
        else:
            out.append(rng.choice(WORDS))
        out.append(rng.choice(PUNCT))
    return "".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    failures, found = [], 0
    for i in range(args.docs):
        text = soup(rng)
        dct = dt.date(rng.randint(MIN_YEAR, MAX_YEAR), rng.randint(1, 12), rng.randint(1, 28))
        try:
            for t in tag(text, dct):
                found += 1
                if text[t.start:t.end] != t.text or not t.value or t.start >= t.end:
                    failures.append((i, dct, text, f"bad record {t}"))
        except Exception:  # noqa: BLE001 - any exception is what the fuzzer looks for
            failures.append((i, dct, text, traceback.format_exc(limit=4)))
    print(f"seed {args.seed}: {args.docs} documents, {found} expressions, {len(failures)} failures")
    for i, dct, text, what in failures[:3]:
        print(f"--- document {i}, published {dct}\n{text!r}\n{what}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
