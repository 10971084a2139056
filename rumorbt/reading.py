"""What the headline reader (:mod:`rumorbt.classify`) says about one headline: a
:class:`Reading`. Apart from the reader, so what only uses readings (a feed read back from the
cache, :mod:`rumorbt.reading_cache`; the strategy's events) does not load the reader itself.
"""
from __future__ import annotations

from dataclasses import dataclass

CONFIDENT = 0.8  # readings at or above this are "confident", below "uncertain"


# what a reading's entity says when the feed's ticker column names a company the headline does not
# (classify marks such a rumour uncertain; a run says so): one wording for both
FEED_NOT_NAMED = "is not the company the headline names"

@dataclass(frozen=True)
class Reading:
    kind: str
    ticker: str
    unverified: bool
    source_class: str
    cue: str
    score: float  # confidence in [0, 1]; CONFIDENT and up = confident
    entity: str = ""
    role: str = ""
    action: str = ""
    stance: str = ""
    speaker: str = ""
    link: str = ""
    not_tradable: str = ""  # why the company named cannot be traded here ('' = tradable or no company)

    @property
    def answers_only(self) -> bool:
        """A denial that names no company it can stand on (a bare "This is false.", a denial of a
        change with no CEO in sight): whether it answers an open rumour is the feed's to say
        (the reader's link step), not this headline's."""
        return self.stance == "denial:needs-link" or self.stance.startswith("bare-denial")

    @property
    def certainty(self) -> str:
        return "confident" if self.score >= CONFIDENT else "uncertain"

    def evidence(self) -> str:
        """One line: what the reading rests on (for the decision log)."""
        parts = [f"{k}={v}" for k, v in (("entity", self.entity), ("role", self.role), ("action", self.action),
                                         ("stance", self.stance), ("speaker", self.speaker), ("link", self.link),
                                         ("not_tradable", self.not_tradable)) if v]
        return f"{self.kind} {self.certainty} {self.score:.2f}: " + "; ".join(parts)
