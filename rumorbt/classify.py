"""A first, rule-based English headline reader.

Reads each headline as ``ceo_rumor`` (a CEO change reported but not confirmed),
``denial`` (the company rejects such a report), ``ceo_confirmed`` (the change is
official) or ``other``, finds the ticker, and flags whether the claim is unverified (from
the wording and the source class). Every reading carries the cue that decided it and a
score in [0, 1], so a user can see why.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .config import PROJECT_ROOT
from .headlines import Headline
from .sources import VERIFIED_CLASSES, source_class

ALIASES_FILE = PROJECT_ROOT / "data" / "aliases.csv"

_CEO = re.compile(r"\b(ceo|c\.e\.o\.|chief executive|chief exec|boss|top executive)\b", re.I)
_OTHER_EXEC = re.compile(r"\b(cfo|coo|cto|cmo|chief (financial|operating|technology|marketing|legal) officer|president of|head of|chair(man|woman)?|board member|director)\b", re.I)
_CHANGE = re.compile(r"\b(step(s|ping|ped)? down|resign(s|ed|ing|ation)?|quit(s|ting)?|leav(e|es|ing)|depart(s|ing|ure)?|oust(s|ed|ing)?"
                     r"|fired|replace(s|d|ment)?|successor|succession|exit(s|ing)?|retire(s|d|ment)?|to go\b|out as ceo|new ceo)\b", re.I)
_DENIAL = re.compile(r"\b(den(y|ies|ied|ial)|false|not true|untrue|baseless|unfounded|fake news|no plans? to|will not|won't|is not (stepping|leaving)"
                     r"|not stepping down|rejects?|refutes?|dismiss(es|ed)?|categorically|nonsense|made up|remains? (as )?ceo|is staying|no truth)\b", re.I)
_CONFIRM = re.compile(r"\b(announces?|announced|appoints?|appointed|names?|named|confirms?|confirmed|effective (immediately|on|as of)|8-k|press release|board (has )?accepted)\b", re.I)
_HEDGE = re.compile(r"\b(report(s|ed|edly)?|said to|sources? (say|said|told)|people familiar|according to (a |an |two |three )?(person|people|source|insider)s?"
                    r"|insider|rumou?r(s|ed)?|unconfirmed|anonymous|considering|weighs?|mulls?|exploring|may|could|speculation|\?)", re.I)
_OPINION = re.compile(r"\b(should|must|calls? (for|on)|urges?|demands?|time for|needs? to)\b", re.I)
_CASHTAG = re.compile(r"\$([A-Z]{1,5})\b")


@dataclass(frozen=True)
class Reading:
    kind: str
    ticker: str
    unverified: bool
    source_class: str
    cue: str
    score: float


@lru_cache(maxsize=8)
def load_aliases(path: str = str(ALIASES_FILE)) -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, ticker, kind) triples, longest alias first, from a CSV with ticker, alias, kind
    (kind: company or ceo)."""
    with open(path, encoding="utf-8") as fh:
        rows = [(r["alias"].strip().lower(), r["ticker"].strip().upper(), (r.get("kind") or "company").strip())
                for r in csv.DictReader(fh) if r.get("alias")]
    rows.sort(key=lambda r: -len(r[0]))
    return tuple((re.compile(r"(?<![\w])" + re.escape(a) + r"(?![\w])", re.I), t, k) for a, t, k in rows)


def find_ticker(text: str, aliases=None) -> str:
    m = _CASHTAG.search(text)
    if m:
        return m.group(1)
    for pat, ticker, _kind in aliases or load_aliases():
        if pat.search(text):
            return ticker
    return ""


def classify_headline(h: Headline, aliases=None) -> Reading:
    """Read one headline. A given ``label`` wins over the rules (cue ``label``)."""
    text = h.headline
    cls = source_class(h.source)
    ticker = h.ticker or find_ticker(text, aliases)
    hedged = bool(_HEDGE.search(text))
    unverified = cls not in VERIFIED_CLASSES and (hedged or cls in ("social", "blog"))
    if h.label:
        return Reading(h.label, ticker, unverified if h.label == "ceo_rumor" else False, cls, "label", 1.0)
    ceo = _CEO.search(text) or _mentions_ceo_name(text, aliases)
    change = _CHANGE.search(text)
    denial = _DENIAL.search(text)
    if ceo and change:
        if denial:
            return Reading("denial", ticker, False, cls, f"denial:{denial.group(0).lower()}", 0.9)
        if _OPINION.search(text) and not hedged:
            return Reading("other", ticker, False, cls, "opinion", 0.6)
        confirm = _CONFIRM.search(text)
        if cls in VERIFIED_CLASSES or (confirm and not hedged):
            return Reading("ceo_confirmed", ticker, False, cls, f"confirmed:{(confirm.group(0) if confirm else cls).lower()}", 0.85)
        return Reading("ceo_rumor", ticker, unverified, cls, f"ceo+change:{change.group(0).lower()}", 0.8 if hedged else 0.7)
    if change and _OTHER_EXEC.search(text) and not ceo:
        return Reading("other", ticker, False, cls, "other-executive", 0.7)
    if denial and ticker and re.search(r"\b(report|rumou?r|story|article|claim)s?\b", text, re.I):
        return Reading("denial", ticker, False, cls, f"denial-of-report:{denial.group(0).lower()}", 0.6)
    return Reading("other", ticker, False, cls, "no-cue", 0.5)


def _mentions_ceo_name(text: str, aliases) -> bool:
    return any(kind == "ceo" and pat.search(text) for pat, _t, kind in aliases or load_aliases())
