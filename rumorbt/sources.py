"""Source classes: who published a headline decides its default feed latency (the class is
the latency class, ``latency.feed.<class>``) and whether it can be taken as verified.

- ``filing``: SEC and exchange filings (8-K, HKEX, 上交所 ...).
- ``company``: the issuer's own channels: press releases and the PR wires that carry them
  (Business Wire, PR Newswire, GlobeNewswire), newsrooms, spokespeople, official accounts.
- ``newswire``: tier-1 wires and flash services, English and Chinese (Reuters, Bloomberg,
  财联社, 格隆汇, 智通财经, 新浪财经 ...).
- ``major_outlet``: tier-2 media: national papers, TV, trade press (WSJ, CNBC, 财新 ...).
- ``social``: social networks and forums (X, Reddit, StockTwits, 微博, 雪球, 股吧 ...).
- ``blog``: small sites and anything not in the table: the least trusted, slowest feed; the
  reader then falls back to the wording.

The table (``data/sources.csv``: class, pattern) maps lower-case name fragments to a class;
a user file with the same columns (``data.sources``) is consulted first. The first match wins.
A company or person named in the source string ("Meta Newsroom", "X (@elonmusk)") is the
speaker: :func:`rumorbt.classify.read_feed` uses it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import data_path
from .domain import SOURCE_CLASSES, UNKNOWN_SOURCE_CLASS, VERIFIED_CLASSES
from .errors import InputError
from .tabular import read_rows

SOURCES_FILE = data_path("sources.csv")
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
def source_table(extra: str = "") -> tuple[tuple[str, str], ...]:
    """(class, lower-case fragment) rows: the user's file first, then the bundled table."""
    return tuple((_read(extra) if extra else []) + _read(str(SOURCES_FILE)))


@lru_cache(maxsize=None)
def _fragment_re(fragment: str) -> re.Pattern:
    """ASCII fragments must stand as words ("ap" is not "Japan"); CJK fragments have no word
    edges. Compiled on first need: a source string contains few of the ~300 fragments."""
    if not fragment.isascii():
        return re.compile(re.escape(fragment))
    return re.compile(r"(?<![a-z])" + re.escape(fragment) + r"(?![a-z])")


def _found(fragment: str, s: str) -> bool:
    # a match needs the fragment as a substring: the cheap test first
    return fragment in s and _fragment_re(fragment).search(s) is not None


# the words of a source that say the issuer is answering (its spokesperson, its communications team, a
# statement), not announcing (a newsroom's or a filing's "board extends CEO's contract" is news): the
# reader's one notion of an answering channel (:mod:`rumorbt.classify`); all of them are official markers
ANSWERING_MARKERS = re.compile(r"spokes|\bcomms\b|communications|statement|发言人|公关|声明|回应", re.I)
# words that make a source the issuer's own channel ("百度公告", "Comcast statement", "蔚来公司公关"):
# with the table's ``company`` rows, the one notion of an official channel, for the feed-latency
# class (:func:`source_class`) and for who speaks (:func:`rumorbt.classify.read_feed`)
OFFICIAL_MARKERS = re.compile(r"newsroom|news ?room|media cent(?:er|re)|press ?room|news cent(?:er|re)|press release|新闻稿|investor relations|investor letter|\bofficial|"
                              r"company account|company announcement|company blog|internal (?:memo|letter)|press conference|news conference|earnings call|"
                              r"annual (?:general |shareholders' )?meeting|公司|官方|公告|"
                              r"内部信|全员信|官微|官网|" + ANSWERING_MARKERS.pattern, re.I)


def official_channel(source: str, cls: str) -> bool:
    """Whether ``source`` (of class ``cls``, :func:`source_class`) is a company's own channel: a
    filing or company class, or an official marker on any platform ("X (@teslacomms)")."""
    if cls in VERIFIED_CLASSES:
        return True
    marker = OFFICIAL_MARKERS.search(source)
    # "公司" inside an outlet's own name ("证券时报·e公司") is not the issuer speaking
    return marker is not None and not (cls in ("newswire", "major_outlet") and marker.group(0) == "公司"
                                       and not OFFICIAL_MARKERS.search(source, marker.end()))


def in_table(source: str, extra: str = "") -> bool:
    """Whether any fragment of the sources table (the user's and the bundled) names ``source``."""
    s = source.strip().lower()
    return any(_found(f, s) for _, f in source_table(extra))


@lru_cache(maxsize=4096)
def source_class(source: str, extra: str = "") -> str:
    """``"Reuters"`` -> ``"newswire"``; ``"Twitter (@andystone)"`` -> ``"social"``; unknown -> ``"blog"``.

    Official markers win over the platform: "Meta spokesperson on X" is the company speaking."""
    s = source.strip().lower()
    if s in SOURCE_CLASSES:
        return s
    table = source_table(extra)
    for cls, frag in table:
        if cls in VERIFIED_CLASSES and _found(frag, s):
            return cls
    if _X_RE.match(s):
        return "social"
    for cls, frag in table:
        if _found(frag, s):
            return cls
    if OFFICIAL_MARKERS.search(s):  # an official marker the table has no row for: the issuer's channel
        return "company"
    if _MASTHEAD.search(s) and not _NOT_A_MASTHEAD.search(s):
        return "major_outlet"  # a newspaper's or agency's name the table lacks ("Bangkok Post", "Jiji Press")
    return UNKNOWN_SOURCE_CLASS


# the nouns newspapers and news agencies are named with, in a source of two words or more; not a blog,
# forum, channel, newsletter or aggregator that borrows them ("Stock Market Daily", "r/investing news")
_MASTHEAD = re.compile(r"^(?:the )?\S+(?: \S+){0,3} (?:press|times|post|herald|journal|tribune|gazette|telegraph|chronicle|"
                       r"standard|banker|shimbun|ilbo|zeitung|agency|news agency)$|^(?:the )?(?:press|times|herald|journal) ")
_NOT_A_MASTHEAD = re.compile(r"blog|forum|reddit|substack|telegram|discord|channel|group|chat|community|stock|trader|invest|"
                             r"crypto|meme|alert|signal|tip|insider|leak|rumou?r|@|/|daily|weekly|newsletter|podcast|youtube|tiktok|"
                             # a topic and a masthead noun is a site's name, not a paper's: "Tech Times", "Wall Street Post"
                             r"tech|wall street|markets?\b|money|finance|\bev\b|auto|apple|tesla|mobile|gadget|gam|web|digital|\bai\b|"
                             r"celebrity|gossip|viral|buzz")
