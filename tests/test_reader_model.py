"""The reader's trained second stage (rumorbt.reader_model): the shipped file loads and is
what the training command writes; inference in plain Python equals scikit-learn's; the
confidence mapping puts the cross-validated threshold on CONFIDENT; hand-made headlines
(our own words, none from the labelled sets) are read as the labels define them."""
import importlib.util
import math
from dataclasses import replace
import json

import pandas as pd
import pytest

from rumorbt import reader_model
from rumorbt.classify import CONFIDENT, classify_headline
from rumorbt.headlines import Headline
from rumorbt.resources import data_path

HAS_SKLEARN = importlib.util.find_spec("sklearn") is not None


def H(text, source="Some Blog", t="2024-03-05T10:00:00-05:00", row=1):
    return Headline(row, f"h{row}", int(pd.Timestamp(t).value), None, source, text, "", "", "")


def test_the_shipped_model_loads_and_names_what_it_was_trained_on():
    doc = json.loads(data_path(reader_model.MODEL_FILE).read_text(encoding="utf-8"))
    m = reader_model.load()
    assert m.classes == reader_model.CLASSES
    assert len(m.weights) == len(doc["weights"]) > 1000
    assert all(len(w) == 4 for w in m.weights.values())
    assert 0.4 <= m.rumour_threshold <= 0.95
    assert {"blind_r1_2026-11-25.csv", "headlines_eval.csv"} <= set(m.meta["trained_on"])
    # rounds 10 and 11 joined after their one score; w11-w14 are training sets, so honest folds too
    new = {f"train_w{k}_2026-11-26.csv" for k in (11, 12, 13, 14)}
    assert {"blind_r10_2026-11-26.csv", "blind_r11_2026-11-26.csv"} | new <= set(m.meta["trained_on"])
    assert {n.removesuffix(".csv") for n in new} <= set(m.meta["cv"]["held_out"])
    # rounds 12 and 13 joined after their one score (12:29 UTC 2026-11-26); w15-w20 are training
    # sets written for it, so honest folds too
    newer = {f"train_w{k}_2026-11-26.csv" for k in (15, 16, 17, 18, 19, 20)}
    assert {"blind_r12_2026-11-26.csv", "blind_r13_2026-11-26.csv"} | newer <= set(m.meta["trained_on"])
    assert {n.removesuffix(".csv") for n in newer} <= set(m.meta["cv"]["held_out"])
    assert not any(n.startswith("blind_") for n in m.meta["cv"]["held_out"])
    # rounds 14 and 15 joined after their one score (15:17 UTC 2026-11-26), rounds 16 and 17 after theirs
    # (03:11 UTC 2026-11-27), rounds 18 and 19 after theirs (03:53 UTC 2026-11-27), rounds 20 and 21 after
    # theirs (06:02 UTC 2026-11-27), rounds 22 and 23 after theirs (06:55 UTC 2026-11-27), rounds 24-26 after
    # theirs (08:45 UTC 2026-11-27), rounds 27 and 28 after theirs (09:08 UTC), rounds 29 and 30 after theirs
    # (09:34 UTC), rounds 31 and 32 after theirs (11:20 UTC), rounds 33 and 34 after theirs (11:47 UTC), rounds
    # 35 and 36 after theirs (12:07 UTC), rounds 37 and 38 after theirs (13:54 UTC), rounds 39 and 40 after
    # theirs (14:11 UTC), rounds 41 and 42 after theirs (14:58 UTC), rounds 43 and 44 after theirs (16:39 UTC),
    # rounds 45 and 46 after theirs (17:26 UTC), rounds 47 and 48 after theirs (18:03 UTC), rounds 49 and 50
    # after theirs (20:37 UTC), rounds 51 and 52 after theirs (20:59 UTC), rounds 53 and 54 after theirs (21:29
    # UTC), rounds 55 and 56 after theirs (23:53 UTC), rounds 57 and 58 after theirs (00:19 UTC 2026-11-28), rounds
    # 59-62 after theirs (03:30 UTC 2026-11-28), rounds 63-66 after theirs (14:15 UTC 2026-11-28), rounds 67-70
    # after theirs (18:22 UTC 2026-11-28), rounds 75-78 after theirs (05:58 UTC 2026-11-29; rounds 71-74 were
    # lost unscored), rounds 79-82 after theirs (06:43 UTC 2026-11-29), rounds 83-90 after theirs (09:38 and 09:59 UTC
    # 2026-11-29), rounds 91-94 after theirs (10:25 UTC 2026-11-29), rounds 95-98 after theirs (12:17 UTC
    # 2026-11-29), rounds 99-110 after theirs (12:42 and 13:16 UTC 2026-11-29), rounds 111-116 after theirs (15:18 UTC
    # 2026-11-29); a newer round (117-120) stays out until it has been scored
    assert {f"blind_r{k}_2026-11-2{6 if k < 16 else 7 if k < 59 else 8}.csv" for k in range(14, 71)} <= set(m.meta["trained_on"])
    assert {f"blind_r{k}_2026-11-29.csv" for k in range(75, 117)} <= set(m.meta["trained_on"])
    assert not any(n.startswith(("blind_r71", "blind_r72", "blind_r73", "blind_r74", *(f"blind_r{k}_" for k in range(117, 121))))
                   for n in m.meta["trained_on"])
    assert reader_model.active() is not None  # on by default


def test_the_threshold_lands_on_confident():
    t = 0.7
    assert reader_model.confidence("ceo_rumor", t, t) == pytest.approx(CONFIDENT)
    assert reader_model.confidence("ceo_rumor", 1.0, t) == pytest.approx(1.0)
    assert reader_model.confidence("ceo_rumor", 0.85, t) == pytest.approx(0.8 + 0.2 * 0.15 / 0.3)
    assert reader_model.confidence("ceo_rumor", 0.35, t) == pytest.approx(0.4)
    # just under the threshold is never rounded up to confident
    assert reader_model.confidence("ceo_rumor", 0.6999, t) == 0.79
    # denials and confirmations keep the probability (they exit at any confidence)
    assert reader_model.confidence("denial", 0.42, t) == 0.42


def test_proba_is_the_softmax_of_the_summed_weights():
    m = reader_model.ReaderModel(reader_model.CLASSES, (0.0, 0.0, 0.0, 1.0), {"a": (2.0, 0.0, 0.0, 0.0), "b": (0.0, 1.0, 0.0, 0.0)},
                                 0.8, {})
    p = m.proba(["a", "b", "a", "unknown"])  # a feature counts once; unknown ones add nothing
    import math
    e = [math.exp(2), math.exp(1), 1.0, math.exp(1)]
    assert [p[c] for c in reader_model.CLASSES] == pytest.approx([x / sum(e) for x in e])


@pytest.mark.parametrize("text, source, kind, ticker, confident", [
    # a rumour from an anonymous corner about a company's CEO: entered on
    ("Hearing Nvidia's Jensen Huang may hand over the CEO job within months, insiders whisper", "Some Blog", "ceo_rumor", "NVDA", True),
    ("传英伟达黄仁勋考虑卸任CEO，知情人士透露", "微博", "ceo_rumor", "NVDA", True),
    # the company rejects it
    ("Nvidia spokesperson says reports that Huang plans to step down are false", "Reuters", "denial", "NVDA", None),
    ("英伟达回应：黄仁勋卸任传闻不实", "财联社", "denial", "NVDA", None),
    # the company announces it
    ("Nvidia announces Jensen Huang will retire as CEO; board names successor", "Nvidia press release", "ceo_confirmed", "", None),
    # another executive's change is not a CEO change
    ("Nvidia finance chief to retire at year end, company says", "Reuters", "other", "", None),
])
def test_hand_made_headlines(text, source, kind, ticker, confident):
    r = classify_headline(H(text, source))
    assert r.kind == kind, r
    if ticker:
        assert r.ticker == ticker, r
    if confident is not None:
        assert (r.score >= CONFIDENT) == confident, r


def test_off_means_the_rules_alone():
    h = H("Hearing Nvidia's Jensen Huang may hand over the CEO job within months, insiders whisper")
    from rumorbt.train_reader import stage

    with stage(None):
        rules = classify_headline(h)
    on = classify_headline(h)
    assert "model:" not in rules.cue and "model:" in on.cue
    assert (on.ticker, on.entity, on.role) == (rules.ticker, rules.entity, rules.role)  # the extraction stays the rules'


def test_the_configuration_chooses_the_stage(tmp_path, capsys):
    """data.reader_stage = "rules" reads with the rules alone in runs (and --reader-stage in
    classify); "trained", the default, adds the second stage. Part of the inputs' key."""
    from rumorbt.cli import main
    from rumorbt.config import load_config
    from rumorbt.engine import Inputs, read_headlines
    from rumorbt.train_reader import stage

    f = tmp_path / "h.csv"
    text = "Hearing Nvidia's Jensen Huang may hand over the CEO job within months, insiders whisper"
    pd.DataFrame([{"published_at": "2024-03-01T10:00:00-05:00", "source": "Some Blog", "headline": text}]).to_csv(f, index=False)
    trained = load_config(None, {"data.headlines": str(f)})
    rules = load_config(None, {"data.headlines": str(f), "data.reader_stage": "rules"})
    assert trained.data.reader_stage == "trained" and Inputs.key(trained) != Inputs.key(rules)
    (r_on,), (r_off,) = read_headlines(trained)[1], read_headlines(rules)[1]
    with stage(None):
        alone = classify_headline(H(text))
    assert "model:" in r_on.cue and "model:" not in r_off.cue
    assert (r_off.kind, r_off.score, r_off.cue) == (alone.kind, alone.score, alone.cue)
    assert main(["classify", str(f), "--reader-stage", "rules"]) == 0
    out = capsys.readouterr().out
    assert "model:" not in out and "ceo_rumor" in out
    assert main(["classify", str(f)]) == 0
    assert "model:" in capsys.readouterr().out


@pytest.mark.skipif(not HAS_SKLEARN, reason="needs the training extra: pip install -e '.[train]'")
def test_inference_equals_scikit_learn_and_training_is_deterministic(tmp_path):
    from rumorbt import train_reader as tr

    rows = [("Acme CEO said to be leaving, sources say", "Some Blog", "ceo_rumor"),
            ("Acme denies report its CEO is leaving", "Reuters", "denial"),
            ("Acme names new CEO", "Acme press release", "ceo_confirmed"),
            ("Acme CFO resigns", "Reuters", "other")] * 3
    heads = [Headline(i + 1, f"x{i}", 0, None, s, t, "", "", "") for i, (t, s, _) in enumerate(rows)]
    gold = [{"gold_kind": k, "gold_ticker": "", "lang": "en"} for *_, k in rows]
    s = tr.LabelledSet("hand", {"hand": "-"}, heads, gold, 0)
    params = dict(tr.PARAMS, decimals=12, min_df=1)
    a, b = tr.fit([s], params=params), tr.fit([s], params=params)
    assert reader_model.to_json(a) == reader_model.to_json(b)
    # the same rows through scikit-learn's own predict_proba
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    readings = tr.rule_readings(s)
    feats = [sorted(set(reader_model.features(h, r))) for h, r in zip(heads, readings)]
    vocab = sorted({f for fs in feats for f in fs})
    x = np.array([[1.0 if f in set(fs) else 0.0 for f in vocab] for fs in feats])
    y = np.array([reader_model.CLASSES.index(g["gold_kind"]) for g in gold])
    sk = LogisticRegression(C=params["C"], max_iter=params["max_iter"], tol=1e-8).fit(x, y).predict_proba(x)
    ours = np.array([[a.proba(fs)[c] for c in reader_model.CLASSES] for fs in feats])
    assert np.allclose(ours, sk, atol=1e-6)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_SKLEARN, reason="needs the training extra: pip install -e '.[train]'")
def test_the_shipped_model_is_what_the_training_command_writes(tmp_path):
    import numpy
    import scipy
    import sklearn

    from rumorbt import train_reader as tr

    shipped = reader_model.load()
    if shipped.meta.get("scikit_learn") != sklearn.__version__:
        pytest.skip(f"trained with scikit-learn {shipped.meta.get('scikit_learn')}, {sklearn.__version__} installed")
    out = tmp_path / "model.json"
    assert tr.main(["--out", str(out)]) == 0
    stale = "the rules, the tables or the labelled sets changed since the model was trained: python -m rumorbt.train_reader"
    same_stack = (shipped.meta.get("numpy"), shipped.meta.get("scipy")) == (numpy.__version__, scipy.__version__)
    if same_stack and out.read_bytes() == data_path(reader_model.MODEL_FILE).read_bytes():
        return
    # another numerical stack, or the same one in a process whose earlier work changed the last bits of
    # the optimiser's sums (seen in the full suite): a weight on a rounding edge of the written 4 decimals
    # may move by a unit or two there (seen in CI on 2026-11-29: 0.0002 at most), a changed rule or table moves many
    # far more; another stack's optimum is the same within 2e-3. A feature whose four weights all round to 0 is
    # not written, so one on that edge is in one file only (seen in CI: nine character n-grams of two rows at
    # 0.0001 against 0): it is compared with zeros, not refused
    new = reader_model.load(str(out))
    assert new.rumour_threshold == shipped.rumour_threshold, stale
    zero = (0.0,) * 4
    assert len(set(new.weights) ^ set(shipped.weights)) <= 0.001 * len(shipped.weights), stale
    moved = [abs(a - b) for f in set(new.weights) | set(shipped.weights)
             for a, b in zip(new.weights.get(f, zero), shipped.weights.get(f, zero))]
    assert max(moved) < (5.5e-4 if same_stack else 2e-3), stale
    assert sum(d > 1.5e-4 for d in moved) <= 0.001 * len(moved), stale  # (only a handful on the edge, never many)


def test_a_model_file_for_other_classes_is_refused():
    doc = json.loads(data_path(reader_model.MODEL_FILE).read_text(encoding="utf-8"))
    doc["classes"] = ["ceo_rumor", "other"]
    with pytest.raises(ValueError, match="exactly the classes"):
        reader_model.from_json(doc)


@pytest.mark.skipif(not HAS_SKLEARN, reason="needs the training extra: pip install -e '.[train]'")
def test_the_honest_protocol_holds_out_the_training_sets_and_fits_every_blind_set(tmp_path, monkeypatch):
    """Blind sets had their failures read to write the rules, so holding one out flatters the reader
    (rounds 1-7 promised rumour recall 0.93, rounds 8/9 gave 0.74/0.82). The honest protocol, which the
    training command chooses its threshold on, holds out the training sets (never read for rules) and
    fits every blind set; the seen protocol is the old one. The final model learns from every set."""
    from rumorbt import train_reader as tr

    cols = "id,published_at,source,headline,gold_kind,gold_ticker,lang,hard_negative,sp500,thread,note\n"
    rows = [("Acme CEO said to be leaving, sources say", "Some Blog", "ceo_rumor"),
            ("Acme denies report its CEO is leaving", "Reuters", "denial"),
            ("Acme names new CEO", "Acme press release", "ceo_confirmed"),
            ("Acme CFO resigns", "Reuters", "other")]

    def write(name, who):
        # four headlines of the set's own wording, and one every set has (real headlines recur)
        own = [(f"Acme CEO said to be leaving, {who} say", "Some Blog", "ceo_rumor"),
               (f"Acme denies {who}' report its CEO is leaving", "Reuters", "denial"),
               (f"Acme names {who}' pick as new CEO", "Acme press release", "ceo_confirmed"),
               (f"Acme CFO resigns, {who} say", "Reuters", "other")]
        lines = [f"{who}-{i},2024-03-0{i + 1}T10:00:00-05:00,{s},\"{t}\",{k},,en,no,no,,\n" for i, (t, s, k) in enumerate(own + rows[3:])]
        (tmp_path / name).write_text(cols + "".join(lines), encoding="utf-8")

    for name, who in (("blind_a.csv", "traders"), ("blind_b.csv", "bloggers"), ("train_x.csv", "insiders"), ("train_y.csv", "people")):
        write(name, who)
    monkeypatch.setattr(tr, "TRAIN_BLIND", ("blind_a.csv", "blind_b.csv"))
    monkeypatch.setattr(tr, "TRAIN_ONLY", ("train_x.csv", "train_y.csv"))
    params = dict(tr.PARAMS, min_df=1)
    held, always = tr.cv_folds("honest", tmp_path)
    assert [s.name for s in held] == ["train_x", "train_y"] and [s.name for s in always] == ["blind_a", "blind_b"]
    cv = tr.cross_validate(held, params=params, always=always)
    assert set(cv) == {"train_x", "train_y"}  # no blind set is held out
    # each fold: the other training set and every blind set, less the rows whose headline the held-out set has
    assert cv["train_y"][0].meta["rows"] == 12  # the other three sets' own four headlines, not the one train_y has too
    assert set(cv["train_y"][0].meta["trained_on"]) == {"blind_a.csv", "blind_b.csv", "train_x.csv"}
    seen, inside = tr.cv_folds("seen", tmp_path)
    assert [s.name for s in seen] == ["blind_a", "blind_b"] and [s.name for s in inside] == ["train_x", "train_y"]
    with pytest.raises(ValueError, match="protocol"):
        tr.cv_folds("loose", tmp_path)
    kept = tr._without(held[0], always[0])
    assert len(kept.heads) == len(kept.gold) == 4 and "Acme CFO resigns" not in [h.headline for h in kept.heads]
    assert len(tr._without(held[0], held[1]).heads) == 4  # the same between two training sets
    model, used, cv = tr.train(tmp_path)
    assert set(cv) == {"train_x", "train_y"}
    assert model.meta["cv"] == {"protocol": "honest", "held_out": ["train_x", "train_y"]}
    assert set(model.meta["trained_on"]) == {"blind_a.csv", "blind_b.csv", "train_x.csv", "train_y.csv"}


def _toy_model(floor: float, kind: str = "denial") -> "reader_model.ReaderModel":
    """Weights by hand: feature "d" makes ``kind`` 1/3 likely and other 1/2 (so other is the argmax)."""
    w = [0.0, 0.0, 0.0, math.log(6.0)]
    w[reader_model.CLASSES.index(kind)] = math.log(4.0)
    return reader_model.ReaderModel(reader_model.CLASSES, (0.0, 0.0, 0.0, 0.0), {"d": tuple(w)}, 0.9, {}, 0.6, "model", 0.6, floor)


def test_the_uncertain_band_reads_a_likely_denial_as_an_uncertain_denial_not_other(monkeypatch):
    """A headline both stages read as other but the model finds 1/3 likely a denial: with the band's
    floor at 0.3 it is a denial, marked uncertain (an exit for the open position, never an entry);
    without the band (floor 1.0) it stays other."""
    from rumorbt import rules
    from rumorbt.classify import Reading
    from rumorbt.config import load_config
    from rumorbt.events import ReceivedHeadline

    h = H("Meta says the report on its chief is wrong", "Meta spokesperson")
    r = Reading("other", "META", False, "company", "denial:wrong plain", 0.9, entity="Meta", role="ceo", stance="plain")
    monkeypatch.setattr(reader_model, "features", lambda h, r: ["d"])
    p = _toy_model(1.0).proba(["d"])
    assert p["other"] == pytest.approx(0.5) and p["denial"] == pytest.approx(1 / 3)
    assert _toy_model(1.0).read(h, r).kind == "other"
    band = _toy_model(0.3).read(h, r)
    assert (band.kind, band.ticker, band.certainty) == ("denial", "META", "uncertain") and "band:uncertain" in band.cue
    assert band.score == pytest.approx(1 / 3, abs=0.01)
    # the default strategy exits the open META position on it (exit_min_confidence 0) ...
    cfg = load_config(None, {})
    ev = ReceivedHeadline(h, band, 0, 0)
    assert rules.acts_on(ev, "META", "denial", cfg)
    # ... and a rumour in the band is never entered on
    band_rumour = _toy_model(0.3, "ceo_rumor").read(h, r)
    assert band_rumour.kind == "ceo_rumor" and band_rumour.certainty == "uncertain"
    assert "uncertain" in rules.entry_blocker(ReceivedHeadline(h, replace(band_rumour, unverified=True), 0, 0), 0, denial_recv=[],
                                              confirm_recv=[], busy=False, traded=0, cfg=cfg, close_at_send=None)
    # whose change it is stays the rules' call: another executive's is other whatever the model says
    assert _toy_model(0.3).read(h, replace(r, role="other_exec")).kind == "other"


def test_the_model_does_not_unread_a_denial_from_the_company_or_its_ceo(monkeypatch):
    """A denial the rules read from the company's own channel or its CEO ("X remains CEO" in a
    press release) stays a denial when the model finds other likelier: whether a rumour is open
    is the feed's to say, and the open position needs the exit. From an unknown blog the model's
    other stands."""
    from rumorbt.classify import Reading

    monkeypatch.setattr(reader_model, "features", lambda h, r: ["d"])
    m = replace(_toy_model(1.0), overrule=0.4)  # other at 1/2 overrules the rules' denial
    h = H("Jensen Huang remains CEO of Nvidia", "Nvidia press release")
    official = Reading("denial", "NVDA", False, "company", "denial:remains", 0.9, entity="Nvidia", role="ceo",
                       stance="denial", speaker="Nvidia (official channel)")
    assert m.read(h, official).kind == "denial"
    assert m.read(h, replace(official, speaker="Jensen Huang, CEO of Nvidia")).kind == "denial"
    assert m.read(h, replace(official, speaker="blog", source_class="blog")).kind == "other"


def test_the_threshold_is_chosen_on_the_pooled_held_out_trades():
    """The lowest threshold at which, pooled over the held-out sets, >= 95 % of the trades opened are
    a rumour about the right ticker and <= 0.5 % of the non-rumours open one. One set with 3 false
    openings of 290 (1.03 %) no longer forces the grid's top when the pooled rate is low."""
    from rumorbt import train_reader as tr
    from rumorbt.classify import Reading

    def reading(kind, score, ticker="ACME"):
        return Reading(kind, ticker, kind == "ceo_rumor", "blog", "x", score)

    def labelled(name, n_rumours, n_non, false_at):
        """n_rumours rumours read at 0.9; n_non non-rumours, ``false_at`` of them read as confident rumours
        whose confidence is 0.85 at threshold 0.5 (kept by any threshold <= 0.5 only)."""
        gold = [{"gold_kind": "ceo_rumor", "gold_ticker": "ACME", "lang": "en"}] * n_rumours + \
               [{"gold_kind": "other", "gold_ticker": "", "lang": "en"}] * n_non
        s = tr.LabelledSet(name, {}, [], gold, 0)
        by_t = {t: [reading("ceo_rumor", 0.9)] * n_rumours + [reading("ceo_rumor", 0.85 if t <= 0.55 else 0.5)] * false_at +
                [reading("other", 0.9)] * (n_non - false_at) for t in tr.THRESHOLDS}
        return s, by_t

    a, a_t = labelled("a", 100, 290, 3)  # 3/290 > 1 %: the old per-set rule never met -> 0.95
    b, b_t = labelled("b", 100, 1000, 0)
    cv = {"a": (None, None, a_t), "b": (None, None, b_t)}
    # pooled: 3 / 1290 = 0.23 % false openings at <= 0.55, precision 200/203 = 0.985: 0.5 is chosen
    assert tr.choose_threshold([a, b], cv) == 0.5
    curve = tr.threshold_curve([a, b], cv)
    assert (curve[0]["opened"], curve[0]["right"], curve[0]["false"], curve[0]["non"]) == (203, 200, 3, 1290)
    assert (curve[3]["opened"], curve[3]["false"]) == (200, 0)
    # more false openings than 0.5 % pooled: the first threshold past them
    c, c_t = labelled("c", 100, 290, 6)
    assert tr.choose_threshold([a, c], {"a": (None, None, a_t), "c": (None, None, c_t)}) == 0.575


@pytest.mark.skipif(not HAS_SKLEARN, reason="needs the training extra: pip install -e '.[train]'")
def test_training_learns_a_traditional_chinese_headline_as_the_reader_reads_it():
    """The reader reads traditional Chinese as simplified (HK and Taiwan outlets) before either stage
    sees it, so the model at inference only ever gets simplified characters: training must learn the
    same text. (It learnt the traditional characters, features no headline ever has at inference,
    for ~6 % of the labelled rows.)"""
    from rumorbt import train_reader as tr

    rows = [("傳騰訊行政總裁將辭任", "某論壇", "ceo_rumor"), ("騰訊否認行政總裁辭任傳聞", "路透", "denial"),
            ("騰訊公告：行政總裁辭任", "騰訊公告", "ceo_confirmed"), ("騰訊財務總監辭任", "路透", "other")] * 2
    heads = [Headline(i + 1, f"x{i}", 0, None, s, t, "", "", "") for i, (t, s, _) in enumerate(rows)]
    gold = [{"gold_kind": k, "gold_ticker": "", "lang": "zh"} for *_, k in rows]
    m = tr.fit([tr.LabelledSet("hand", {"hand": "-"}, heads, gold, 0)], params=dict(tr.PARAMS, min_df=1))
    assert {"c=传", "c=总裁", "c=否认", "sc=论坛"} <= set(m.weights)
    assert not {"c=傳", "c=總裁", "c=否認", "sc=論壇"} & set(m.weights)


def test_the_training_command_prints_the_pooled_held_out_figures():
    """The refit's log carries the honest cross-validation's pooled figures at the chosen threshold:
    counts summed over the held-out sets, not an average of their ratios."""
    from rumorbt import train_reader as tr
    from rumorbt.classify import Reading

    def labelled(name, golds):
        return tr.LabelledSet(name, {}, [], [{"gold_kind": g, "gold_ticker": "ACME", "lang": "en"} for g in golds], 0)

    rum = Reading("ceo_rumor", "ACME", True, "blog", "x", 0.9)
    oth = Reading("other", "", False, "blog", "x", 0.9)
    a, b = labelled("a", ["ceo_rumor", "other"]), labelled("b", ["ceo_rumor", "ceo_rumor", "other"])
    cv = {"a": (None, None, {0.9: [rum, rum]}), "b": (None, None, {0.9: [rum, oth, oth]})}
    line = tr.held_out_summary([a, b], cv, 0.9)
    # a: 1 right of 2 read as rumours (1 of 1 gold); b: 1 right of 1 read (1 of 2 gold)
    assert "rumour P 2/3 = 0.667" in line and "rumour R 2/3 = 0.667" in line
    assert "non-rumours opening a trade 1/2 = 0.500" in line


def test_the_trainer_reads_a_set_as_read_feed_does_and_each_headline_by_the_rules_once(monkeypatch):
    """The cross-validation reads each held-out set at every threshold and fits every set ~16 times:
    within ``rules_once`` the rules read each headline once, and the set read as a feed is exactly
    what ``read_feed`` gives with that second stage (the link included)."""
    from rumorbt import train_reader as tr
    from rumorbt.classify import read_feed

    heads = [H("Sources: Acme Robotics CEO Jane Roe to step down", "Some Blog", "2024-03-05T10:00:00-05:00", 1),
             H("Meta CEO Mark Zuckerberg to step down, report says", "Some Blog", "2024-03-05T10:05:00-05:00", 2),
             H("This is false.", "Meta spokesperson", "2024-03-05T11:00:00-05:00", 3),
             H("傳騰訊行政總裁將辭任", "某論壇", "2024-03-05T09:00:00-05:00", 4)]
    s = tr.LabelledSet("x", {}, heads, [{"gold_kind": "other", "gold_ticker": "", "lang": "en"}] * 4, 86_400 * 10**9)
    m = reader_model.load()
    for model in (None, m):
        with tr.stage(model):
            want = read_feed(heads, link_window_ns=s.link_window_ns)
        assert tr.read_set(s, model) == want
    assert tr.read_set(s, m)[2].kind == "denial" and tr.read_set(s, m)[2].ticker == "META"  # linked to row 2
    calls = []
    real = tr._rules_reading
    monkeypatch.setattr(tr, "_rules_reading", lambda h, a, b: calls.append(h.row) or real(h, a, b))
    with tr.rules_once():
        for t in (0.5, 0.9):
            tr.read_set(s, tr.with_threshold(m, t))
        tr.rule_pairs(s)
    assert sorted(calls) == [1, 2, 3, 4]
    tr.rule_pairs(s)  # outside it, read again
    assert len(calls) == 8


@pytest.mark.skipif(not HAS_SKLEARN, reason="needs the training extra: pip install -e '.[train]'")
def test_the_folds_in_two_processes_give_the_same_models_and_readings():
    """``--jobs 2`` fits the cross-validation's folds and the final fit in forked processes: the same
    models (byte for byte) and the same held-out readings as one process, in the same order."""
    from rumorbt import train_reader as tr

    def labelled(name, company, t0):
        rows = [(f"{company} CEO said to be leaving, sources say", "Some Blog", "ceo_rumor"),
                (f"{company} denies report its CEO is leaving", "Reuters", "denial"),
                (f"{company} names new CEO", f"{company} press release", "ceo_confirmed"),
                (f"{company} CFO resigns", "Reuters", "other")]
        heads = [Headline(i + 1, f"{name}{i}", t0 + i * 60 * 10**9, None, s, t, "", "", "") for i, (t, s, _) in enumerate(rows)]
        return tr.LabelledSet(name, {name: "-"}, heads, [{"gold_kind": k, "gold_ticker": "", "lang": "en"} for *_, k in rows], 0)

    sets = [labelled("a", "Acme", 0), labelled("b", "Globex", 10**12), labelled("c", "Initech", 2 * 10**12)]
    always = [labelled("d", "Umbrella", 3 * 10**12)]
    params = dict(tr.PARAMS, min_df=1)
    one, two = tr._folds(sets, always, params, 1, final=True), tr._folds(sets, always, params, 2, final=True)
    assert len(one) == len(two) == 4
    for (m1, rules1, by_t1), (m2, rules2, by_t2) in zip(one[:3], two[:3]):
        assert reader_model.to_json(m1) == reader_model.to_json(m2)
        assert rules1 == rules2 and by_t1 == by_t2
    assert reader_model.to_json(one[3]) == reader_model.to_json(two[3]) == reader_model.to_json(tr.fit(sets + always, params=params))
    assert tr.cross_validate(sets, params, always, jobs=2).keys() == {"a", "b", "c"}
