"""The reader's trained second stage: a linear model that decides ``kind`` and its confidence
for the headlines the rules' keyword gate sends to a full reading.

Features (:func:`features`, binary; the same function at training and at inference):

- the rule stage's reading: its kind and decision path (``stance``), the extraction (role,
  action, entity found / known ticker / not tradable / guessed), the source's class and the
  speaker class (official channel, the CEO, none), and which lexicon cues fired with the word;
- word unigrams and bigrams of the English text, character 1-3-grams of each run of Chinese
  characters (no tokenizer needed), and the source's words.

The model is a multinomial logistic regression fitted by ``python -m rumorbt.train_reader``
(scikit-learn, an optional extra ``[train]``; never a runtime dependency) and shipped as a
small JSON file (``data/reader_model.json``): the feature weights per class, the intercepts,
the rumour threshold chosen by leave-one-set-out cross-validation, the training files'
hashes. Inference is plain Python (a dict lookup per feature and a softmax): no pickle,
nothing downloaded.

The ticker stays with the rules; the model decides the kind and the confidence. A rumour is
``confident`` (>= :data:`rumorbt.classify.CONFIDENT`, what the default strategy enters on)
only when the model's rumour probability reaches the shipped threshold. A headline both stages
would read as ``other`` whose probability of a rumour, denial or confirmation reaches
``uncertain_floor`` is read as that kind, uncertain (the band: never entered on, an exit).
"""
from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from .entities import listing_of, us_trading_day
from .headlines import Headline

MODEL_FILE = "reader_model.json"
# a statement relayed in the text ("..., company says", "X：", "回应", "确认"): someone speaking, whom the rules may not name
_SAID = re.compile(r"\b(?:says?|said|confirms?|confirmed|statement|told)\b|[:：]|回应|确认|表示|声明|称", re.I)
CLASSES = ("ceo_rumor", "denial", "ceo_confirmed", "other")
UNCERTAIN_MAX = 0.79  # the highest confidence of an uncertain reading (CONFIDENT is 0.8)
# the model's least probability to lift official wording from an unverified source to a confirmation
OFFICIAL_WORDING_LIFT = 0.6
NOT_THE_CEO = ("unit_ceo", "other_exec", "former_ceo")  # roles the labels read as other, whatever the wording

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]|\$[a-z]{1,5}|\d+")
_CJK = re.compile(r"[\u3400-\u9fff]+")
_CUE = re.compile(r"(?:^|\s)(ceo|change|health|denial|hedge|confirm|opinion|analysis|report|other-topic|stays):(\S+)")


def _speaker_class(speaker: str) -> str:
    if "spokesperson" in speaker or "official" in speaker or "own channel" in speaker:
        return "official"
    if "CEO of" in speaker or "CEO's own" in speaker:
        return "ceo"
    return "none"


def features(h: Headline, r) -> list[str]:
    """The binary features of a headline and its rule reading ``r`` (a :class:`rumorbt.classify.Reading`)."""
    out = [f"k={r.kind}", f"st={r.stance.split(':')[0]}", f"stf={r.stance}", f"role={r.role}", f"act={r.action}",
           f"src={r.source_class}", f"spk={_speaker_class(r.speaker)}", f"k*src={r.kind}|{r.source_class}",
           f"k*spk={r.kind}|{_speaker_class(r.speaker)}",
           "ent=" + ("guessed" if "(role not stated)" in r.entity else "yes" if r.entity else "no"),
           "tick=" + ("yes" if r.ticker else "not-tradable" if r.not_tradable else "no"),
           f"rs={min(int(r.score * 10), 9)}", f"k*rs={r.kind}|{min(int(r.score * 10), 9)}"]
    for name, word in _CUE.findall(r.cue):
        out.append(f"cue={name}")
        out.append(f"cuew={name}:{word}")
    text = h.headline.lower().replace("’", "'")
    words = _WORD.findall(text)
    out += [f"w={w}" for w in words]
    out += [f"b={a} {b}" for a, b in zip(words, words[1:])]
    for run in _CJK.findall(text):
        for n in (1, 2, 3):
            out += [f"c={run[i:i + n]}" for i in range(len(run) - n + 1)]
    if "?" in text or "？" in text:
        out.append("q")
    src = h.source.lower()
    out += [f"s={w}" for w in _WORD.findall(src)]
    for run in _CJK.findall(src):
        out += [f"sc={run[i:i + 2]}" for i in range(len(run) - 1)]
    if "@" in src:
        out.append("s@")
    return out


@dataclass(frozen=True)
class ReaderModel:
    """Weights per class for each feature, intercepts, the rumour threshold (see module doc)."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict  # feature -> tuple of weights in ``classes`` order
    rumour_threshold: float
    meta: dict
    overrule: float = 0.0  # the least probability at which the model's kind replaces the rules'
    combine: str = "model"  # rumour confidence: model | and (min with the rules') | strict (and; the rules' rumours only)
    overrule_to_rumour: float = 0.0  # the same for making a rumour of what the rules read otherwise (precision first)
    # the uncertain band: a headline both stages would read as other but whose model probability of
    # a rumour, denial or confirmation reaches this floor is read as that kind, uncertain (< CONFIDENT):
    # never entered on, but an exit for the open position it concerns (1.0 = no band)
    uncertain_floor: float = 1.0

    @cached_property
    def _table(self) -> tuple[dict[str, int], list[tuple[float, ...]], np.ndarray]:
        """Features numbered in sorted order, their weights by number (a list of tuples and an
        array of shape (features, classes)): the one order every sum is made in."""
        names = sorted(self.weights)
        rows = [tuple(self.weights[f]) for f in names]
        return {f: i for i, f in enumerate(names)}, rows, np.array(rows, dtype=np.float64).reshape(len(rows), len(self.classes))

    def _ids(self, feats: list[str]) -> list[int]:
        """The numbers of the distinct known features, ascending."""
        get = self._table[0].get
        ids = {get(f) for f in feats}
        ids.discard(None)
        return sorted(ids)  # type: ignore[arg-type]

    def _softmax(self, s: tuple[float, ...]) -> dict[str, float]:
        top = max(s)
        e = [math.exp(x - top) for x in s]
        tot = sum(e)
        return {c: x / tot for c, x in zip(self.classes, e)}

    def proba(self, feats: list[str]) -> dict[str, float]:
        """Class probabilities (softmax of the linear scores); each distinct feature counts once.
        The weights are added from zero in the features' order, then the intercept: the same
        additions, so the same bits, as :meth:`proba_many`, in any process."""
        w = self._table[1]
        s0 = s1 = s2 = s3 = 0.0  # four classes, unrolled
        for i in self._ids(feats):
            x = w[i]
            s0 += x[0]
            s1 += x[1]
            s2 += x[2]
            s3 += x[3]
        b = self.intercept
        return self._softmax((s0 + b[0], s1 + b[1], s2 + b[2], s3 + b[3]))

    def proba_many(self, feats: list[list[str]]) -> list[dict[str, float]]:
        """:meth:`proba` of many headlines at once: the weights gathered and summed per headline by
        numpy (``np.bincount`` adds in array order, from zero, as :meth:`proba` does)."""
        ids = [self._ids(f) for f in feats]
        flat = np.fromiter(itertools.chain.from_iterable(ids), dtype=np.int64)
        owner = np.repeat(np.arange(len(ids)), [len(x) for x in ids])
        w = self._table[2][flat]
        sums = np.stack([np.bincount(owner, weights=w[:, c], minlength=len(ids)) for c in range(len(self.classes))], axis=1)
        b = self.intercept
        return [self._softmax((s0 + b[0], s1 + b[1], s2 + b[2], s3 + b[3])) for s0, s1, s2, s3 in sums.tolist()]

    def read(self, h: Headline, r):
        """The second-stage reading: the model's kind and confidence; entity, ticker and the
        evidence stay the rules'. Unchanged for a reading the rules did not reach (no cue, a label)."""
        if not _reached(r):
            return r
        return self._decide(r, self.proba(features(h, r)), _listing_day(h), h.headline)

    def read_many(self, hs: list[Headline], rs: list) -> list:
        """:meth:`read` of many headlines, the model's sums made at once (:meth:`proba_many`)."""
        todo = [k for k, r in enumerate(rs) if _reached(r)]
        out = list(rs)
        for k, p in zip(todo, self.proba_many([features(hs[k], rs[k]) for k in todo])):
            out[k] = self._decide(rs[k], p, _listing_day(hs[k]), hs[k].headline)
        return out

    def _decide(self, r, p: dict[str, float], day: str = "", text: str = ""):
        kind = max(self.classes, key=lambda c: p[c])
        if kind != r.kind and p[kind] < (self.overrule_to_rumour if kind == "ceo_rumor" else self.overrule):
            kind = r.kind  # the model is not sure enough to overrule the rules' kind
        if kind == "denial" and r.kind == "other" and r.stance.startswith("ceo-stays") and _speaker_class(r.speaker) == "none" \
                and not _SAID.search(text):
            # news that the CEO stays is a denial only when someone says it (the company, its CEO: the rules'
            # own line, as for the uncertain band below): "Cook remains CEO after board vote" on a wire denies nothing
            kind = r.kind
        if r.stance in ("ceo-stays:another-seat", "counter-report"):
            # "Board appoints X as chair; Y continues as CEO": the rules found the seat filled, nothing answered;
            # "won't step down, sources say": a counter-report, no one's answer and no rumour of a change
            kind = r.kind
        if r.kind == "denial" and kind == "other" and (r.answers_only or _speaker_class(r.speaker) != "none"):
            # whether it answers an open rumour is the link step's to say: the model reads one headline.
            # The company's own channel or its CEO saying the CEO stays is the exit the strategy needs
            # when a rumour is open, whatever earlier writers labelled such a statement without one
            kind = r.kind
        if kind == "ceo_confirmed" and r.kind == "ceo_rumor" and r.stance.startswith("official-wording-unverified-source") \
                and p[kind] < OFFICIAL_WORDING_LIFT:
            # a release's wording from a source that cannot vouch for it ("PRESS RELEASE: Emulex announces CEO has
            # resigned" on Internet Wire, the 2000 hoax) stays unverified unless the model is sure it relays a
            # real announcement (a post quoting the 8-K, a CEO's all-staff letter)
            kind = r.kind
        band = False
        if kind == "other" and r.role not in NOT_THE_CEO:
            best = max(self.classes[:3], key=lambda c: p[c])  # the most likely of rumour, denial, confirmation
            band = p[best] >= self.uncertain_floor
            if (best == "denial" and r.stance.startswith("ceo-stays") and (_speaker_class(r.speaker) == "none" or r.stance == "ceo-stays:another-seat")) \
                    or r.stance == "counter-report":
                # news that the CEO stays is a denial only when the company or its CEO says it (the
                # rules' own line); a wire reporting it denies nothing, not even uncertainly; nor does a release
                # filling another seat while the CEO continues
                band = False
            kind = best if band else kind
        if r.role in NOT_THE_CEO and r.kind == "other":
            # the extraction found whose change it is (a unit's, another executive's, a former
            # CEO's): the labels read that as other whatever the wording; the rules' reading stands
            return replace(r, cue=f"{r.cue} model:{kind}={p[kind]:.2f}(kept: {r.role})")
        score = confidence(kind, p[kind], self.rumour_threshold)
        if band:
            score = min(score, UNCERTAIN_MAX)  # in the band: marked uncertain, never entered on
        if kind == "ceo_rumor" and r.stance == "no-change":
            # the rules found no change in the words ("Pichai expected to speak at Davos, sources say"): the
            # model alone may call it a rumour, never a confident one (an entry needs the change in the text)
            score = min(score, UNCERTAIN_MAX)
        if kind == "ceo_rumor" and ("(role not stated)" in r.entity or "also CEO of" in r.entity):
            score = min(score, 0.75)  # whose CEO is a guess: the ticker may be wrong (the rules' cap)
        if self.combine != "model" and kind == r.kind:
            # the rules' doubts stand (company unknown, something against the rumour): a reading
            # both stages agree on is confident only when both find it so
            score = min(score, r.score)
        elif self.combine == "strict" and kind == "ceo_rumor":
            score = min(score, UNCERTAIN_MAX)
        if kind == r.kind:
            ticker, why_not = r.ticker, r.not_tradable
        elif kind == "other":
            ticker, why_not = r.ticker, r.not_tradable
        else:
            ticker, why_not = listing_of(r.ticker, day) if r.kind == "other" else (r.ticker, r.not_tradable)
        cue = f"{r.cue} model:{kind}={p[kind]:.2f}" + ("" if kind == r.kind else f"(rules:{r.kind})") + (" band:uncertain" if band else "")
        return replace(r, kind=kind, ticker=ticker, not_tradable=why_not or r.not_tradable,
                       unverified=kind == "ceo_rumor", cue=cue, score=round(score, 2))


def _listing_day(h: Headline) -> str:
    """The day whose US listing a headline promoted from ``other`` trades (Yahoo as YHOO in 2016,
    Uber before its IPO not tradable), as the rules read it: '' when the feed gives the ticker
    (the user's word)."""
    return "" if h.ticker else us_trading_day(h.t_pub)


def _reached(r) -> bool:
    """Whether the rules read the headline in full (not a label, not stopped at the keyword gate)."""
    return r.stance not in ("", "label") and r.cue != "no-cue"


def confidence(kind: str, p: float, rumour_threshold: float) -> float:
    """The reading's confidence from the model's probability ``p`` of ``kind``: for a rumour,
    mapped piecewise linearly so the cross-validated threshold lands on CONFIDENT (0.8) and 1
    stays 1; denials and confirmations exit at any confidence, so theirs is ``p`` itself."""
    if kind != "ceo_rumor":
        return p
    t = rumour_threshold
    if p < t:
        return min(0.8 * p / t, UNCERTAIN_MAX)  # never rounded up to confident
    return 0.8 + 0.2 * (p - t) / (1 - t) if t < 1 else 0.8


def from_json(doc: dict) -> ReaderModel:
    classes = tuple(doc["classes"])
    if classes != CLASSES or any(len(w) != len(CLASSES) for w in doc["weights"].values()):
        raise ValueError(f"a reader model needs weights for exactly the classes {CLASSES}")
    return ReaderModel(classes, tuple(doc["intercept"]), {f: tuple(w) for f, w in doc["weights"].items()},
                       float(doc["rumour_threshold"]), dict(doc.get("meta", {})), float(doc.get("overrule", 0.0)),
                       str(doc.get("combine", "model")), float(doc.get("overrule_to_rumour", 0.0)),
                       float(doc.get("uncertain_floor", 1.0)))


def to_json(m: ReaderModel) -> str:
    """The model file's text: sorted keys, weights as written (deterministic bytes)."""
    doc = {"classes": list(m.classes), "intercept": list(m.intercept), "rumour_threshold": m.rumour_threshold,
           "overrule": m.overrule, "combine": m.combine, "overrule_to_rumour": m.overrule_to_rumour,
           "uncertain_floor": m.uncertain_floor,
           "meta": m.meta, "weights": {f: list(w) for f, w in sorted(m.weights.items())}}
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


@lru_cache(maxsize=4)
def load(path: str = "") -> ReaderModel:
    """The shipped model (``data/reader_model.json``) or the one at ``path``."""
    from .resources import data_path

    p = Path(path) if path else data_path(MODEL_FILE)
    return from_json(json.loads(p.read_text(encoding="utf-8")))


# The stage classify_headline applies after the rules: None = rules alone. Switched by
# use(); the default is the shipped model when ENABLED_BY_DEFAULT (see the README).
ENABLED_BY_DEFAULT = True
_ACTIVE: list = []


def use(model: "ReaderModel | None | str") -> None:
    """Set the second stage: a model, ``None`` (rules alone) or ``"default"``."""
    _ACTIVE[:] = [model]


def active() -> "ReaderModel | None":
    if not _ACTIVE:
        _ACTIVE.append(load() if ENABLED_BY_DEFAULT and _shipped() else None)
    m = _ACTIVE[0]
    if m == "default":
        m = _ACTIVE[0] = load() if _shipped() else None
    return m


def _shipped() -> bool:
    from .resources import data_path

    return data_path(MODEL_FILE).is_file()
