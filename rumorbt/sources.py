"""Source classes: who published a headline decides its default feed latency and whether it
can be taken as verified. Classes: filing, company, newswire, major_outlet, social, blog.

The table maps lower-case name fragments to a class; the first match wins, unknown sources
are ``blog`` (small site / anonymous), the least trusted and slowest to reach us.
"""
from __future__ import annotations

import re

SOURCE_CLASSES = ("filing", "company", "newswire", "major_outlet", "social", "blog")
VERIFIED_CLASSES = frozenset({"filing", "company"})

_TABLE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("filing", ("sec filing", "8-k", "edgar", "regulatory filing", "exchange filing", "stock exchange filing", "rns", "hkex", "twse", "tdnet")),
    ("company", ("company statement", "press release", "investor relations", "company blog", "newsroom", "official account")),
    ("social", ("twitter", "x.com", "tweet", "stocktwits", "reddit", "weibo", "telegram", "truth social", "facebook", "threads", "discord", "xueqiu", "雪球", "微博")),
    ("newswire", ("reuters", "bloomberg", "dow jones", "associated press", "ap news", "business wire", "pr newswire",
                  "globenewswire", "mt newswires", "benzinga", "afp", "kyodo", "xinhua", "财联社", "cls.cn")),
    ("major_outlet", ("wall street journal", "wsj", "new york times", "nyt", "financial times", "cnbc", "the times",
                      "guardian", "bbc", "nikkei", "washington post", "cnn", "fox business", "barron", "marketwatch",
                      "handelsblatt", "les echos", "caixin", "南华早报", "scmp", "fortune", "forbes", "axios", "the information")),
)
_X_RE = re.compile(r"^x(?:$|[\s(/:@])")
_PATTERNS = tuple((cls, re.compile("|".join(r"(?<![a-z])" + re.escape(k) + r"(?![a-z])" for k in keys))) for cls, keys in _TABLE)


def source_class(source: str) -> str:
    """``"Reuters"`` -> ``"newswire"``; ``"Twitter (@andystone)"`` -> ``"social"``; unknown -> ``"blog"``."""
    s = source.lower()
    if s in SOURCE_CLASSES:
        return s
    if _X_RE.match(s):  # "X", "X (@user)", "X/Twitter": the platform's one-letter name
        return "social"
    for cls, pat in _PATTERNS:
        if pat.search(s):
            return cls
    return "blog"
