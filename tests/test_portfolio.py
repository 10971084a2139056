"""Many events at once, and simulated populations."""
import filecmp
import json

import pandas as pd
import pytest

from rumorbt.cli import main


@pytest.fixture(scope="module")
def population(tmp_path_factory):
    out = tmp_path_factory.mktemp("pop")
    assert main(["simulate", "--population", "12", "--tickers", "META,TSLA,AAPL", "--seed", "5", "--out", str(out)]) == 0
    return out


def test_population_files_are_labelled_and_reproducible(population, tmp_path, capsys):
    names = sorted(p.name for p in (population / "prices").iterdir())
    assert names and all("SIMULATED" in n for n in names)
    params = pd.read_csv(population / "events_SIMULATED.csv")
    assert len(params) == 12 and set(params["ticker"]) <= {"META", "TSLA", "AAPL"}
    assert main(["simulate", "--population", "12", "--tickers", "META,TSLA,AAPL", "--seed", "5", "--out", str(tmp_path / "again")]) == 0
    for n in names:
        assert filecmp.cmp(population / "prices" / n, tmp_path / "again" / "prices" / n, shallow=False)


def test_portfolio_run_same_with_both_engines(population, tmp_path, capsys):
    args = ["run", "--headlines", str(population / "headlines_SIMULATED.csv"), "--prices-dir", str(population / "prices"),
            "--set", "strategy.max_hold=2h"]
    assert main([*args, "--engine", "fast", "--out", str(tmp_path / "fast")]) == 0
    assert main([*args, "--engine", "backtrader", "--out", str(tmp_path / "bt")]) == 0
    out = capsys.readouterr().out
    assert "SIMULATED" in out and "12 event(s): 12 run, 0 skipped" in out
    s = same_outputs(tmp_path / "fast", tmp_path / "bt")
    assert s["simulated_data"] is True and s["events_run"] == 12
    eq = pd.read_csv(tmp_path / "fast" / "equity.csv")
    # equity starts at the starting capital, marked to market after it; every closed trade exits once
    assert eq.loc[0, "event_id"] == "start" and eq.loc[0, "equity"] == 1_000_000 and eq.loc[0, "time"] == s_first_pub(population)
    assert eq["exits"].sum() == s["trades"] and eq["equity"].iloc[-1] == pytest.approx(1_000_000 + s["net_pnl"], abs=0.02)
    assert eq["change"].sum() == pytest.approx(s["net_pnl"], abs=0.05)
    dd = (eq["equity"].cummax() - eq["equity"]).max()
    assert s["max_drawdown"] == pytest.approx(dd, abs=0.02) and eq["drawdown"].max() == pytest.approx(dd, abs=0.02)
    assert s["stats"]["max_drawdown_pct_of_start"] == pytest.approx(dd / 1_000_000 * 100, abs=1e-5)
    assert s["stats"]["trades"] == s["trades"] and s["stats"]["days"] > 1
    tr = pd.read_csv(tmp_path / "fast" / "trades.csv")
    assert (tr["mae"] <= 0).all() and (tr["mfe"] >= 0).all()


def same_outputs(fast, bt) -> dict:
    """The two engines' portfolio folders hold the same files but for the engine's name in
    summary.json; the fast one's summary."""
    for f in ("trades.csv", "events.csv", "equity.csv"):
        assert filecmp.cmp(fast / f, bt / f, shallow=False), f
    s, b = (json.loads((d / "summary.json").read_text()) for d in (fast, bt))
    assert (s["software"]["engine"], b["software"]["engine"]) == ("fast", "backtrader")  # the one thing that differs
    s["software"]["engine"] = b["software"]["engine"]
    assert s == b
    return s


def test_the_fade_policy_runs_a_portfolio_on_both_engines_against_the_follower(population, tmp_path, capsys):
    args = ["run", "--headlines", str(population / "headlines_SIMULATED.csv"), "--prices-dir", str(population / "prices"),
            "--set", "strategy.max_hold=2h", "--set", "strategy.follow_threshold_bps=5",
            # decided 3 min after receipt: one-minute bars have shown the move by then
            "--set", "latency.decision=3min"]
    fade = [*args, "--set", "strategy.policy=fade"]
    assert main([*fade, "--engine", "fast", "--out", str(tmp_path / "fast")]) == 0
    assert main([*fade, "--engine", "backtrader", "--out", str(tmp_path / "bt")]) == 0
    assert main([*args, "--set", "strategy.direction=follow", "--out", str(tmp_path / "follow")]) == 0
    capsys.readouterr()
    s = same_outputs(tmp_path / "fast", tmp_path / "bt")
    assert s["config"]["strategy"]["policy"] == "fade" and s["trades"] > 0
    fade_t, follow_t = (pd.read_csv(tmp_path / d / "trades.csv") for d in ("fast", "follow"))
    both = fade_t.merge(follow_t, on=["event_id", "entry_sent"], suffixes=("_fade", "_follow"))
    # the same decision, the other side: the fader sells what the follower buys
    assert len(both) == s["trades"] and (both["side_fade"] != both["side_follow"]).all()


def s_first_pub(population) -> str:
    from rumorbt.report import iso

    h = pd.read_csv(population / "headlines_SIMULATED.csv")
    return iso(pd.Timestamp(h["published_at"].min()).tz_convert("UTC").value, "America/New_York")


def test_events_without_prices_are_skipped_by_name_and_nothing_to_run_is_exit_2(population, tmp_path, capsys):
    prices = tmp_path / "prices"
    prices.mkdir()
    for p in (population / "prices").iterdir():
        if p.name.startswith("META_"):
            (prices / p.name).write_bytes(p.read_bytes())
    assert main(["run", "--headlines", str(population / "headlines_SIMULATED.csv"), "--prices-dir", str(prices),
                 "--engine", "fast", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "warning: skipped TSLA_" in out or "warning: skipped AAPL_" in out
    ev = pd.read_csv(tmp_path / "o" / "events.csv")
    assert set(ev.loc[ev["status"] == "skipped", "reason"].str.slice(0, 11)) == {"no tape for"}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["run", "--headlines", str(population / "headlines_SIMULATED.csv"), "--prices-dir", str(empty),
                 "--out", str(tmp_path / "o2")]) == 2
    err = capsys.readouterr().err
    assert "no event can run" in err and len(err.strip().splitlines()) == 1 and not (tmp_path / "o2").exists()


def test_an_event_whose_size_rounds_to_zero_is_skipped_by_name_not_fatal(population, tmp_path, capsys):
    # $1 of notional buys no share of anything: every event is a named non-answer, and with none left: exit 2
    code = main(["run", "--headlines", str(population / "headlines_SIMULATED.csv"), "--prices-dir", str(population / "prices"),
                 "--set", "strategy.size=1", "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and "no event can run" in err and "size rounds to 0 shares" in err and len(err.strip().splitlines()) == 1


def test_run_prices_dir_says_what_run_says_about_each_event(tmp_path, capsys):
    """A 2015 event pays no SEC fee and no TAF (the fee table starts 2020 and 2022): `run` on its
    tape warns; `run --prices-dir` dropped every event's warnings. Now each is said, prefixed
    with its event, on the console and in summary.json."""
    import json

    from helpers import DENIAL, RUMOUR, write_headlines, write_tape

    (tmp_path / "prices").mkdir()
    write_tape(tmp_path / "prices" / "META_2015.csv", start="2015-07-14T11:30:00-04:00", n=600)
    heads = write_headlines(tmp_path / "h.csv", [("2015-07-14T11:31:00-04:00", "SomeBlog", RUMOUR, "META"),
                                                 ("2015-07-14T11:35:00-04:00", "Twitter", DENIAL, "META")])
    assert main(["run", "--headlines", str(heads), "--prices-dir", str(tmp_path / "prices"), "--out", str(tmp_path / "o")]) == 0
    said = [ln for ln in capsys.readouterr().out.splitlines() if "us_regulatory_fees.csv" in ln]
    assert len(said) == 2 and all(ln.startswith("warning: META_2015-07-14_") for ln in said)
    assert "no SEC Section 31 rate on file before 2020-02-18; trade 1 (2015-07-14) is charged 0" in said[0]
    assert "no FINRA TAF rate on file before 2022-01-01" in said[1]
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert [f"warning: {w}" for w in summary["warnings"]] == said


def test_a_users_events_csv_in_out_is_named_at_once(tmp_path, capsys):
    """A portfolio run into a folder holding the user's notes.txt and events.csv: the first refusal
    said 'pass --force', and with --force the run was refused for events.csv. Now at once."""
    from helpers import DENIAL, RUMOUR, write_headlines, write_tape
    from rumorbt.portfolio import PORTFOLIO_FILES

    (tmp_path / "prices").mkdir()
    write_tape(tmp_path / "prices" / "META_t.csv", n=600)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR, "META"),
                                                 ("2022-11-22T10:35:00-05:00", "Twitter", DENIAL, "META")])
    out = tmp_path / "o"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "events.csv").write_text("mine too")
    assert main(["run", "--headlines", str(heads), "--prices-dir", str(tmp_path / "prices"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "holds events.csv, which this program did not write" in err and "--force" not in err
    assert sorted(p.name for p in out.iterdir()) == ["events.csv", "notes.txt"]
    assert main(["run", "--headlines", str(heads), "--prices-dir", str(tmp_path / "prices"), "--out", str(tmp_path / "p")]) == 0
    assert sorted(p.name for p in (tmp_path / "p").iterdir() if not p.name.startswith(".")) == sorted(PORTFOLIO_FILES)
