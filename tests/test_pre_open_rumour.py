"""A rumour decided before the tape's first bar has ended (a pre-market rumour on a tape that
starts at the open) is a non-answer, not "No trade.": run names it (exit 2 when it is every
rumour), and a portfolio event reaches back to the last bar ended before its rumour, as a run
on the whole tape does, instead of starting half an hour before it. A rumour received (after its feed latency) only once the
tape has ended is a non-answer too."""
import json

import pandas as pd

from rumorbt.cli import main
from test_event_study import FEES_OFF, STOCK, write

NO_LATENCY = [f"--set=latency.feed.{c}=0ms" for c in ("filing", "company", "newswire", "major_outlet", "social", "blog")] + [
    "--set=latency.decision=0ms", "--set=latency.order=0ms"]


def headlines(path, *rows):
    pd.DataFrame([{"published_at": t, "source": "SomeBlog", "ticker": "XYZ", "id": i,
                   "headline": "XYZ CEO to step down, sources say", "label": "ceo_rumor"} for t, i in rows]).to_csv(path, index=False)
    return path


def test_a_lone_rumour_before_the_tapes_first_bar_is_refused_not_no_trade(tmp_path, capsys):
    tape = write(tmp_path / "XYZ_tiny.csv", STOCK)  # bars 10:00-10:10 on 2023-01-03, -04, -05
    h = headlines(tmp_path / "h.csv", ("2023-01-03T09:00:00-05:00", "pre"))
    rc = main(["run", "--headlines", str(h), "--prices", str(tape), *NO_LATENCY, *FEES_OFF, "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and not (tmp_path / "o").exists()
    assert err.startswith(f"error: {h}, data row 1: no XYZ rumour can be evaluated: headline pre (2023-01-03 09:00 EST) cannot be evaluated")
    assert "decided at 09:00:00 EST, before the tape's first bar ended (2023-01-03 10:01:00 EST)" in err


def test_a_rumour_before_the_first_bar_among_others_is_a_warning(tmp_path, capsys):
    tape = write(tmp_path / "XYZ_tiny.csv", STOCK)
    h = headlines(tmp_path / "h.csv", ("2023-01-03T09:00:00-05:00", "pre"), ("2023-01-04T10:05:00-05:00", "day2"))
    assert main(["run", "--headlines", str(h), "--prices", str(tape), *NO_LATENCY, *FEES_OFF, "--out", str(tmp_path / "o")]) == 0
    s = json.loads((tmp_path / "o" / "summary.json").read_text())
    (w,) = [w for w in s["warnings"] if "headline pre " in w]
    assert "data row 1" in w and "before the tape's first bar ended" in w
    assert [d["event"] for d in s["decisions"] if d["action"] == "enter"] == ["day2"]


def portfolio(tmp_path, rumour_time, capsys):
    (tmp_path / "prices").mkdir()
    write(tmp_path / "prices" / "XYZ_tiny.csv", STOCK)  # bars 10:00-10:10 on 2023-01-03, -04, -05
    h = headlines(tmp_path / "h.csv", (rumour_time, "pre"))
    rc = main(["run", "--headlines", str(h), "--prices-dir", str(tmp_path / "prices"), "--engine", "fast", *NO_LATENCY,
               *FEES_OFF, "--out", str(tmp_path / "o")])
    return rc, capsys.readouterr()


def test_a_portfolio_events_pre_open_rumour_is_priced_from_the_day_before(tmp_path, capsys):
    """Day 2's rumour at 09:00: the tape's last bar before it is day 1's 10:10 (close 103), so the
    order waits for day 2's first bar and fills at its open, 50 + the 0.01 half spread (the
    event's tape used to start half an hour before the rumour: no price, no trade, no word)."""
    rc, _ = portfolio(tmp_path, "2023-01-04T09:00:00-05:00", capsys)
    assert rc == 0
    ev = pd.read_csv(tmp_path / "o" / "events.csv")
    assert ev["status"].tolist() == ["run"] and ev["trades"].tolist() == [1]
    assert ev["entry_time"][0].startswith("2023-01-04T10:00:00")
    assert pd.read_csv(tmp_path / "o" / "trades.csv")["entry_price"].tolist() == [50.01]


def test_a_portfolio_event_with_no_bar_before_its_rumour_is_skipped_and_said(tmp_path, capsys):
    rc, cap = portfolio(tmp_path, "2023-01-03T09:00:00-05:00", capsys)
    err = cap.err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and not (tmp_path / "o").exists()
    assert "no event can run" in err and "headline pre (2023-01-03 09:00 EST) cannot be evaluated on XYZ_tiny.csv" in err


LATE_BLOG = [a for a in NO_LATENCY if "feed.blog" not in a] + ["--set=latency.feed.blog=120s"]


def test_a_lone_rumour_received_after_the_tapes_last_bar_is_refused_not_no_trade(tmp_path, capsys):
    # published 10:09:30, before the last bar opens (10:10), so the tape covers it; received 120 s later, after it
    tape = write(tmp_path / "XYZ_tiny.csv", STOCK)
    h = headlines(tmp_path / "h.csv", ("2023-01-05T10:09:30-05:00", "late"))
    rc = main(["run", "--headlines", str(h), "--prices", str(tape), *LATE_BLOG, *FEES_OFF, "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err.strip()
    assert rc == 2 and len(err.splitlines()) == 1 and not (tmp_path / "o").exists()
    assert err.startswith(f"error: {h}, data row 1: no XYZ rumour can be evaluated: headline late (2023-01-05 10:09 EST) cannot be evaluated")
    assert "received at 2023-01-05 10:11:30 EST (feed latency), after the tape's last bar (2023-01-05 10:10:00 EST)" in err


def test_a_rumour_received_after_the_last_bar_among_others_is_a_warning(tmp_path, capsys):
    tape = write(tmp_path / "XYZ_tiny.csv", STOCK)
    h = headlines(tmp_path / "h.csv", ("2023-01-04T10:02:00-05:00", "day2"), ("2023-01-05T10:09:30-05:00", "late"))
    assert main(["run", "--headlines", str(h), "--prices", str(tape), *LATE_BLOG, *FEES_OFF, "--out", str(tmp_path / "o")]) == 0
    s = json.loads((tmp_path / "o" / "summary.json").read_text())
    (w,) = [w for w in s["warnings"] if "headline late " in w]
    assert "data row 2" in w and "after the tape's last bar" in w
    assert [d["event"] for d in s["decisions"] if d["action"] == "enter"] == ["day2"]
