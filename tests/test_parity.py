"""One policy, two drivers: the backtrader adapter and the array driver must write the same
trades.csv and summary.json — decision log included — for every configuration, over every
branch of the strategy (confirmations exit/hold, session-end exits, maximum entry delay,
extended hours, stops, partial fills, re-entry, both policies)."""
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from helpers import DENIAL, RUMOUR, config, random_overrides, write_headlines
from rumorbt.engine import load_inputs, run
from rumorbt.report import summary_dict, trades_frame

CONFIRM = "Meta announces Zuckerberg will step down as CEO, names successor"
OTHER_TICKER = "Tesla CEO Musk to step down, report says"


def tape(path: Path, start: str, n: int, seed: int) -> Path:
    """One-second bars: a rise after the first rumour, a fall later, uneven volume (some bars
    thin, so a participation cap splits orders into pieces)."""
    rng = random.Random(seed)
    t0 = pd.Timestamp(start)
    rows = []
    for i in range(n):
        m = round(100 + min(max(i - 240, 0), 60) / 60 - 1.5 * min(max(i - 900, 0), 120) / 120 + rng.uniform(-0.06, 0.06), 2)
        rows.append({"timestamp": (t0 + pd.Timedelta(seconds=i)).isoformat(), "open": m, "high": round(m + 0.02, 2),
                     "low": round(m - 0.02, 2), "close": m, "volume": rng.choice([0, 150, 800, 4000]) if i % 7 else 2000,
                     "bid": round(m - 0.01, 2), "ask": round(m + 0.01, 2)})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def stamp(start: str, seconds: int) -> str:
    return (pd.Timestamp(start) + pd.Timedelta(seconds=seconds)).isoformat()


def build_cases(d: Path, lone: bool = False) -> list[tuple[str, Path, Path]]:
    """Two tapes (one straddling the open, one the close) and three headline sets each (a
    fourth with ``lone``: the rumour alone, so positions stay open at the tape's end)."""
    out = []
    for name, start in (("open", "2022-11-22T09:26:00-05:00"), ("close", "2022-11-22T15:41:00-05:00")):
        tp = tape(d / f"{name}.csv", start, 1200, 11)
        base = [(stamp(start, 200), "SomeBlog", RUMOUR), (stamp(start, 900), "Twitter", DENIAL)]
        sets = {
            "plain": base,
            "again": base[:1] + [(stamp(start, 420), "AnotherBlog", "Zuckerberg set to quit as Meta CEO, people familiar say"),
                                 (stamp(start, 430), "SomeBlog", OTHER_TICKER, "TSLA")] + base[1:] +
                     [(stamp(start, 1000), "OtherBlog", "Zuckerberg to resign as Meta CEO, sources say (again)"),
                      (stamp(start, 1300), "Reuters", "Meta denies report that CEO Zuckerberg will step down")],
            "confirmed": base[:1] + [(stamp(start, 600), "Reuters", CONFIRM), base[1]],
            **({"lone": base[:1]} if lone else {}),
        }
        for hname, rows in sets.items():
            out.append((f"{name}-{hname}", tp, write_headlines(d / f"{name}_{hname}.csv", rows)))
    return out


@pytest.fixture(scope="module")
def cases(tmp_path_factory):
    return build_cases(tmp_path_factory.mktemp("parity"))


def outputs(res) -> tuple[str, str]:
    """trades.csv and summary.json as the run would write them, but for the engine's name (the
    one line that must differ: each summary says which driver produced it)."""
    summary = summary_dict(res)
    assert summary["software"]["engine"] == res.engine
    summary["software"]["engine"] = "either"
    return (trades_frame(res).to_csv(index=False, lineterminator="\n"),
            json.dumps(summary, indent=2, ensure_ascii=False))


@pytest.mark.slow
def test_both_drivers_write_the_same_files_over_every_branch(cases):
    rng = random.Random(20251125)
    seen = {"reasons": set(), "actions": set(), "partial": 0, "reentries": 0, "fade": 0, "skips": set(), "held": 0, "extended": 0}
    inputs = {}
    n = 0
    for _ in range(204):
        name, tp, heads = cases[n % len(cases)]
        n += 1
        cfg = config(heads, tp).with_overrides(random_overrides(rng))
        key = (name, cfg.data.extended_hours)
        inputs.setdefault(key, load_inputs(cfg))
        slow, fast = run(cfg, inputs[key], engine="backtrader"), run(cfg, inputs[key], engine="fast")
        assert outputs(fast) == outputs(slow), (name, cfg.to_dict())
        seen["reasons"] |= {t.exit_reason.split(";")[0] for t in slow.trades}
        seen["actions"] |= {a for _, _, a, _ in slow.decisions}
        seen["skips"] |= {d for _, _, a, d in slow.decisions if a == "skip"}
        seen["partial"] += any(t.entry_fills > 1 or t.exit_fills > 1 for t in slow.trades)
        seen["reentries"] += len(slow.trades) > 1
        seen["fade"] += cfg.strategy.policy == "fade" and bool(slow.trades)
        held = [t for t, _, a, d in slow.decisions if a == "note" and d.endswith("on_confirmation=hold")]
        seen["held"] += any(tr.entry_time < t and (tr.exit_time is None or tr.exit_time > t) for t in held for tr in slow.trades)
        seen["extended"] += any(not slow.sessions.is_regular(tr.entry_time) for tr in slow.trades)
    # the draws reached every branch, not just one path
    assert {"denial", "confirmation", "max_hold", "session_end", "stop_loss", "take_profit", "trailing_stop"} <= seen["reasons"]
    assert {"enter", "exit", "skip", "ignore", "note", "unseen"} <= seen["actions"]
    assert any("max_entry_delay" in s for s in seen["skips"]) and any("already traded" in s for s in seen["skips"])
    assert seen["partial"] > 10 and seen["reentries"] > 3 and seen["fade"] > 5
    assert seen["held"] > 0 and seen["extended"] > 0, seen  # positions held through a confirmation; entries outside regular hours


def test_reference_case_fast_engine_writes_the_same_files():
    from rumorbt.config import REFERENCE_CONFIG, load_config

    cfg = load_config(REFERENCE_CONFIG)
    inputs = load_inputs(cfg)
    for o in ({}, {"strategy.policy": "fade", "strategy.follow_threshold_bps": "5", "costs.participation_cap": "0.02"}):
        c = cfg.with_overrides(o)
        assert outputs(run(c, inputs, engine="fast")) == outputs(run(c, inputs, engine="backtrader"))


def test_run_engine_fast_from_the_command_line_writes_the_same_files(tmp_path, capsys):
    from rumorbt.cli import main

    assert main(["run", "--out", str(tmp_path / "fast")]) == 0  # the default engine
    assert main(["run", "--engine", "backtrader", "--out", str(tmp_path / "bt")]) == 0
    capsys.readouterr()
    assert (tmp_path / "fast" / "trades.csv").read_bytes() == (tmp_path / "bt" / "trades.csv").read_bytes()
    fast, bt = ((tmp_path / d / "summary.json").read_text() for d in ("fast", "bt"))
    assert json.loads(fast)["software"]["engine"] == "fast" and json.loads(bt)["software"]["engine"] == "backtrader"
    assert fast.replace('"engine": "fast"', '"engine": "backtrader"', 1) == bt  # byte for byte, but the engine's name


def test_a_second_policy_is_one_method_and_runs_in_both_engines_and_sweeps(cases, tmp_path):
    import rumorbt

    _, tp, heads = cases[0]
    base = config(heads, tp, **{"strategy.direction": "follow", "strategy.follow_threshold_bps": "5",
                                "latency.feed.blog": "60s"})
    follow, fade = run(base, engine="backtrader"), run(base.with_overrides({"strategy.policy": "fade"}), engine="backtrader")
    # the rumour lifted the stock by the decision: follow buys it, fade sells it, same instant
    assert [t.side for t in follow.trades][:1] == ["long"] and [t.side for t in fade.trades][:1] == ["short"]
    assert fade.trades[0].entry_sent == follow.trades[0].entry_sent
    assert outputs(run(base.with_overrides({"strategy.policy": "fade"}), engine="fast")) == outputs(fade)
    f = tmp_path / "sweep.toml"
    f.write_text(f'[base]\n"data.headlines" = "{heads}"\n"data.prices" = "{tp}"\n"data.ticker" = "META"\n'
                 '"strategy.direction" = "follow"\n"strategy.follow_threshold_bps" = 5\n"latency.feed.blog" = "60s"\n'
                 '[grid]\n"strategy.policy" = ["rumour", "fade"]\n"latency.order" = ["1ms", "400ms"]\n')
    fast, slow = rumorbt.sweep(f), rumorbt.sweep(f, engine="backtrader")
    pd.testing.assert_frame_equal(fast, slow)
    assert (fast.loc[fast["strategy.policy"] == "fade", "trades"] > 0).all()
