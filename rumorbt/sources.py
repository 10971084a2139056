"""Source classes: who published a headline decides its default feed latency and whether it
can be taken as verified. Classes: filing, company, newswire, major_outlet, social, blog.

The table (``data/sources.csv``: class, pattern) maps lower-case name fragments to a class;
a user file with the same columns (``data.sources``) is consulted first. The first match
wins; unknown sources are ``blog`` (small site / anonymous): the least trusted, slowest feed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .config import PROJECT_ROOT
from .errors import InputError
from .tabular import read_rows

SOURCE_CLASSES = ("filing", "company", "newswire", "major_outlet", "social", "blog")
VERIFIED_CLASSES = frozenset({"filing", "company"})
SOURCES_FILE = PROJECT_ROOT / "data" / "sources.csv"
_X_RE = re.compile(r"^x(?:$|[\s(/:@])")  # "X", "X (@user)", "X/Twitter": the platform's one-letter name


def _read(path: str) -> list[tuple[str, str]]:
    out = []
    rows = read_rows(path, "sources file")
    for i, r in enumerate(rows, start=1):
        cls, pat = (r.get("class") or "").strip(), (r.get("pattern") or "").strip().lower()
        if cls not in SOURCE_CLASSES:
            raise InputError(f"class: {cls!r} is not one of {', '.join(SOURCE_CLASSES)}", file=path, row=i)
        if not pat:
            raise InputError("pattern: empty", file=path, row=i)
        out.append((cls, pat))
    return out


@lru_cache(maxsize=8)
def source_table(extra: str = "") -> tuple[tuple[str, re.Pattern], ...]:
    rows = (_read(extra) if extra else []) + _read(str(SOURCES_FILE))
    # ASCII fragments must stand as words ("ap" is not "Japan"); CJK fragments have no word edges
    def pat(p: str) -> str:
        return re.escape(p) if not p.isascii() else r"(?<![a-z])" + re.escape(p) + r"(?![a-z])"
    return tuple((cls, re.compile(pat(p))) for cls, p in rows)


@lru_cache(maxsize=4096)
def source_class(source: str, extra: str = "") -> str:
    """``"Reuters"`` -> ``"newswire"``; ``"Twitter (@andystone)"`` -> ``"social"``; unknown -> ``"blog"``."""
    s = source.strip().lower()
    if s in SOURCE_CLASSES:
        return s
    if _X_RE.match(s):
        return "social"
    for cls, p in source_table(extra):
        if p.search(s):
            return cls
    return "blog"
