"""The headline reader: English and Chinese, rule-based, offline, one pass.

Reads each headline as ``ceo_rumor`` (a CEO change reported but not confirmed), ``denial``
(the company rejects a report of a CEO change), ``ceo_confirmed`` (the change is official)
or ``other``; resolves the ticker (``ticker`` column, then a cashtag, then the first company
or CEO name found, from ``data/aliases.csv`` plus the user's own alias file); and flags
whether the claim is unverified (hedged wording, or a social/blog source). Every reading
carries the cues that decided it and a score in [0, 1].

Hard cases handled on purpose: other executives (CFO, a unit head, a board member) are not
the CEO; a denial counts only when it is about a CEO change; a company's own channel or a
filing confirms, "people familiar" does not; calls for a CEO to go are opinion; a question
mark or "confirmed??" on a forum stays a rumour; a "press release" seen only on an unknown
site is unverified.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .config import PROJECT_ROOT
from .errors import InputError
from .headlines import Headline
from .sources import VERIFIED_CLASSES, source_class
from .tabular import read_rows

ALIASES_FILE = PROJECT_ROOT / "data" / "aliases.csv"


def _rx(en: str, zh: str = "") -> re.Pattern:
    """English alternatives as whole words (case-insensitive), Chinese ones as plain substrings."""
    parts = [rf"\b(?:{en})\b"] if en else []
    if zh:
        parts.append(f"(?:{zh})")
    return re.compile("|".join(parts), re.I)


_CEO = _rx(r"ceo|c\.e\.o\.|chief executive(?: officer)?|chief exec|top boss",
           r"首席执行官|行政总裁|执行长|CEO|掌门人|一把手|(?<!副)总裁")
_OTHER_EXEC = _rx(r"cfo|coo|cto|cmo|chief (?:financial|operating|technology|marketing|legal|people|product) officer"
                  r"|president of|head of|board member|director|chair(?:man|woman|person)?|vice president|executive vice president|svp|evp",
                  r"首席财务官|财务总监|首席运营官|首席技术官|首席产品官|董事会成员|董事(?!会|长兼)|副总裁|高管|事业部负责人|部门负责人|董事长(?!兼)|主席")
_CHANGE = _rx(r"step(?:s|ping|ped)? down|steps aside|resign(?:s|ed|ing|ation)?|quit(?:s|ting)?|leav(?:e|es|ing)|depart(?:s|ing|ure)?"
              r"|oust(?:s|ed|ing)?|fired|sacked|replac(?:e|es|ed|ing|ement)|successor|succession|succeed(?:s|ed|ing)?"
              r"|retir(?:e|es|ed|ing|ement)|hand(?:s|ing)? (?:over|off)|hand .{0,20}(?:ceo|chief executive) (?:job|role|post)|(?:ceo|leadership) (?:change|transition|shake-?up)|out as|(?:is|are|on (?:his|her|their) way) out|new ceo|to go\b|exit(?:s|ing)? as"
              r"|names .{0,40}(?:as )?(?:new |next )?(?:ceo|chief executive)|appoint(?:s|ed)? .{0,40}(?:ceo|chief executive)",
              r"辞职|辞任|辞去|卸任|下台|离职|离任|退休|接班|继任|罢免|让位|交棒|交出|离开|被解雇|被撤职|换帅|接任|接替|撤换|更换|替换"
              r"|任命.{0,20}(?:首席执行官|CEO|执行长|总裁)")
_DENIAL = _rx(r"den(?:y|ies|ied|ial)|false|not true|untrue|baseless|unfounded|fake news|no plans? to|will not|won't|isn't"
              r"|is not (?:stepping|leaving|resigning)|not stepping down|rejects?|refutes?|dismiss(?:es|ed)?|categorically"
              r"|nonsense|made up|remains? (?:as )?ceo|is staying|stays on|no truth|rumou?rs? (?:are|is) (?:wrong|false)",
              r"仍担任|仍将担任|继续担任|否认|辟谣|不实|假消息|虚假|并无此事|纯属捏造|纯属谣言|不属实|澄清|不会辞职|没有辞职|未辞职|不会卸任|假新闻|谣言不实")
_CONFIRM = _rx(r"announces?|announced|appoints?|appointed|names?|named|confirms?|confirmed|effective (?:immediately|on|as of)"
               r"|8-k|board (?:has )?accepted|will succeed|to succeed|(?:the )?company (?:says|said)",
               r"宣布|任命|正式|公告|官宣|证实|确认|发布声明|董事会批准|公司表示")
_HEDGE = _rx(r"report(?:s|ed|edly)?|said to|sources?(?: say| said| told|)|people familiar|familiar with|according to|insider"
             r"|rumou?r(?:s|ed)?|unconfirmed|anonymous|considering|weighs?|mulls?|exploring|may|could|might|speculation|allegedly|reportedly",
             r"据报道|报道称|消息人士|知情人士|传出|传闻|传言|据悉|或将|或|拟|网传|市场传|据称|爆料|消息称|曝|\?|？")
_QUESTION = re.compile(r"[?？]")
_OPINION = _rx(r"should|must|calls? (?:for|on)|urges?|demands?|time for|needs? to|ought to|petition",
               r"应该|应当|呼吁|要求|该下台|是时候|请愿")
_REPORT_WORD = _rx(r"report|rumou?r|story|article|claim|speculation", r"报道|传闻|传言|消息|谣言|辟谣")
_CASHTAG = re.compile(r"\$([A-Z]{1,5}(?:\.[A-Z])?)\b")


@dataclass(frozen=True)
class Reading:
    kind: str
    ticker: str
    unverified: bool
    source_class: str
    cue: str
    score: float


@dataclass(frozen=True)
class Aliases:
    patterns: tuple[re.Pattern, ...]  # trie-shaped alternations: ASCII words, exact-case words, CJK
    ticker: dict  # alias (lower-case unless exact) -> ticker
    kind: dict  # alias -> company | ceo


def _read_aliases(path: str) -> list[tuple[str, str, str, str]]:
    rows = read_rows(path, "alias file")
    out = []
    for i, r in enumerate(rows, start=1):
        t, a = (r.get("ticker") or "").strip().upper(), (r.get("alias") or "").strip()
        kind, match = (r.get("kind") or "company").strip(), (r.get("match") or "word").strip()
        if not t or not a:  # ticker "-" = a private company (named, but not tradable)
            raise InputError("ticker and alias must both be given", file=path, row=i)
        if kind not in ("company", "ceo") or match not in ("word", "exact"):
            raise InputError("kind must be company or ceo; match must be word or exact", file=path, row=i)
        out.append((t, a, kind, match))
    return out


def _trie(words: list[str]) -> str:
    """One regex for many words, shaped as a prefix tree: Python's ``re`` tries a flat
    alternation of hundreds of names one by one at every position, a trie only once."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(root)


@lru_cache(maxsize=8)
def load_aliases(extra: str = "") -> Aliases:
    """The bundled alias table, with the user's file (same columns) taking precedence."""
    rows = (_read_aliases(extra) if extra else []) + _read_aliases(str(ALIASES_FILE))
    ticker, kind = {}, {}
    groups: dict[str, list[str]] = {"ascii": [], "exact": [], "cjk": []}
    for t, a, k, m in rows:
        key = a if m == "exact" else a.lower()
        if key in ticker:
            continue
        ticker[key], kind[key] = t, k
        groups["exact" if m == "exact" else "ascii" if a.isascii() else "cjk"].append(key)
    edge_l, edge_r = r"(?<![\w&$.])", r"(?![\w&])"
    pats = []
    if groups["ascii"]:
        pats.append(re.compile(edge_l + "(?:" + _trie(groups["ascii"]) + ")" + edge_r, re.I))
    if groups["exact"]:
        pats.append(re.compile(edge_l + "(?:" + _trie(groups["exact"]) + ")" + edge_r))
    if groups["cjk"]:
        pats.append(re.compile(_trie(groups["cjk"])))
    return Aliases(tuple(pats), ticker, kind)


def find_entities(text: str, al: Aliases) -> tuple[str, bool]:
    """(ticker of the first company/CEO named, whether a CEO's name appears). Cashtags win."""
    hits = []
    for p in al.patterns:
        for m in p.finditer(text):
            key = m.group(0) if m.group(0) in al.ticker else m.group(0).lower()
            if key in al.ticker:
                hits.append((m.start(), -len(key), key))
    hits.sort()
    ceo_named = any(al.kind[k] == "ceo" for _, _, k in hits)
    m = _CASHTAG.search(text)
    if m:
        return m.group(1), ceo_named
    if not hits:
        return "", ceo_named
    t = al.ticker[hits[0][2]]
    return ("" if t == "-" else t), ceo_named  # "-": a private company is the subject


def classify_headline(h: Headline, aliases_file: str = "", sources_file: str = "") -> Reading:
    """Read one headline. A given ``label`` wins over the rules (cue ``label``)."""
    text = h.headline
    cls = source_class(h.source, sources_file)
    found, ceo_named = find_entities(text, load_aliases(aliases_file))
    ticker = h.ticker or found
    hedged = bool(_HEDGE.search(text))
    social = cls in ("social", "blog")
    unverified = cls not in VERIFIED_CLASSES and (hedged or social)
    if h.label:  # a rumour labelled as such is unverified unless a filing or the company itself says it
        return Reading(h.label, ticker, h.label == "ceo_rumor" and cls not in VERIFIED_CLASSES, cls, "label", 1.0)

    ceo_title = _CEO.search(text)
    change = _CHANGE.search(text)
    other_exec = _OTHER_EXEC.search(text)
    denial = _DENIAL.search(text)
    about_ceo = bool(ceo_title or ceo_named)
    # a change of another executive: the CEO may be named (as the one who appoints), not titled
    other_role = bool(other_exec) and not ceo_title
    cues = [f"{name}:{m.group(0).lower()}" for name, m in (("ceo", ceo_title), ("change", change), ("denial", denial),
                                                           ("other-exec", other_exec)) if m]
    if ceo_named and not ceo_title:
        cues.append("ceo-name")
    cue = " ".join(cues) or "no-cue"

    if denial and change and about_ceo and not (other_role and not ceo_named):
        return Reading("denial", ticker, False, cls, cue, round(min(1.0, 0.7 + 0.1 * bool(_REPORT_WORD.search(text)) + 0.1 * bool(ticker)), 2))
    if denial and about_ceo and _REPORT_WORD.search(text) and not other_role:
        return Reading("denial", ticker, False, cls, cue + " denial-of-report", 0.65)
    if change and about_ceo and not other_role:
        if _OPINION.search(text) and not _HEDGE.search(_OPINION.sub("", text)):
            return Reading("other", ticker, False, cls, cue + " opinion", 0.6)
        confirm = _CONFIRM.search(text)
        question = bool(_QUESTION.search(text))
        if cls in VERIFIED_CLASSES and not question:
            return Reading("ceo_confirmed", ticker, False, cls, cue + f" verified-source:{cls}", 0.9)
        if confirm and not hedged and not question and cls in ("newswire", "major_outlet"):
            return Reading("ceo_confirmed", ticker, False, cls, cue + f" confirm:{confirm.group(0).lower()}", 0.8)
        return Reading("ceo_rumor", ticker, unverified or question or bool(confirm), cls,
                       cue + (" hedged" if hedged else ""), 0.85 if hedged or social else 0.7)
    return Reading("other", ticker, False, cls, cue, 0.5 if cues else 0.6)
