"""No silent non-answer: a tape that cannot answer, or answers for the wrong bars, is named in
one line (a warning, or exit 2 when nothing of interest can be evaluated)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import RUMOUR, config, write_headlines, write_tape
from rumorbt.cli import main
from rumorbt.engine import run
from rumorbt.errors import InputError

ET = "America/New_York"


def day_tape(path, day="2025-04-07", start="04:00", end="20:00", stamp_shift_min=0, naive=True, **extra_cols):
    """One-minute bars of a US day: 100 shares a bar outside 09:30-16:00, 5,000 inside.
    ``stamp_shift_min=1`` writes each bar at its end (09:31 for the 09:30 bar)."""
    t0, t1 = pd.Timestamp(f"{day} {start}"), pd.Timestamp(f"{day} {end}")
    rows = []
    for i, t in enumerate(pd.date_range(t0, t1, freq="1min", inclusive="left")):
        regular = pd.Timestamp(f"{day} 09:30") <= t < pd.Timestamp(f"{day} 16:00")
        stamp = t + pd.Timedelta(minutes=stamp_shift_min)
        stamp = stamp.isoformat() if naive else stamp.tz_localize(ET).isoformat()
        m = round(100 + 0.01 * (i % 7), 2)
        rows.append({"timestamp": stamp, "open": m, "high": m + 0.01, "low": m - 0.01, "close": m,
                     "volume": 5000 if regular else 100, **extra_cols})
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def cli(argv, capsys) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def _run_args(tmp_path, heads, tape, *more):
    return ["run", "--headlines", str(heads), "--prices", str(tape), "--out", str(tmp_path / "out"), *more]


def _heads(tmp_path, when="2025-04-07T10:30:00-04:00", rows=None):
    return write_headlines(tmp_path / "h.csv", rows or [(when, "SomeBlog", RUMOUR)])


# ---------------------------------------------------------------- item 3: bar length
def test_a_bar_length_shorter_than_the_tape_spacing_is_refused(tmp_path, capsys):
    tape = day_tape(tmp_path / "META_t.csv")
    code, out, err = cli(_run_args(tmp_path, _heads(tmp_path), tape, "--prices-tz", ET, "--set", "data.bar_seconds=1"), capsys)
    assert code == 2 and err.count("\n") == 1
    assert "META_t.csv" in err and "data.bar_seconds=1 is shorter than every spacing" in err and "data.bar_seconds=60" in err
    assert not (tmp_path / "out").exists()


def test_the_bar_length_the_tape_shows_is_accepted(tmp_path):
    tape = day_tape(tmp_path / "META_t.csv")
    res = run(config(_heads(tmp_path), tape, **{"data.prices_tz": ET, "data.bar_seconds": "60"}))
    assert res.tape.bar_ns == 60 * 10**9


# ---------------------------------------------------------------- item 4: bar-end stamps
def test_a_tape_stamped_at_bar_ends_read_as_starts_is_named(tmp_path):
    tape = day_tape(tmp_path / "META_t.csv", start="09:30", end="16:00", stamp_shift_min=1)
    res = run(config(_heads(tmp_path), tape, **{"data.prices_tz": ET}))
    (w,) = [w for w in res.warnings if "--stamp end" in w]
    assert "META_t.csv" in w and "09:31" in w and "\n" not in w
    fixed = run(config(_heads(tmp_path), tape, **{"data.prices_tz": ET, "data.stamp": "end"}))
    assert not [w for w in fixed.warnings if "--stamp end" in w]


def test_a_tape_stamped_at_bar_starts_is_not_flagged(tmp_path):
    tape = day_tape(tmp_path / "META_t.csv", start="09:30", end="16:00")
    assert not [w for w in run(config(_heads(tmp_path), tape, **{"data.prices_tz": ET})).warnings if "stamp" in w]


# ---------------------------------------------------------------- item 9: a valid but wrong zone
@pytest.mark.parametrize("tz,shift", [("UTC", "4h later"), ("EST", "1h earlier")])
def test_a_wrong_zone_is_named(tmp_path, tz, shift):
    tape = day_tape(tmp_path / "META_t.csv")
    res = run(config(_heads(tmp_path, "2025-04-07T12:30:00-04:00"), tape, **{"data.prices_tz": tz}))
    (w,) = [w for w in res.warnings if "time zone looks wrong" in w]
    assert shift in w and f"--prices-tz {tz}" in w and "America/New_York" in w and "META_t.csv" in w


def test_the_right_zone_is_not_flagged(tmp_path):
    tape = day_tape(tmp_path / "META_t.csv")
    assert not [w for w in run(config(_heads(tmp_path), tape, **{"data.prices_tz": ET})).warnings if "zone" in w]


def test_real_tapes_in_their_zone_are_not_flagged_and_est_in_april_is(shared_validation, tmp_path):
    heads = write_headlines(tmp_path / "h.csv", [("2025-04-07T10:11:00-04:00", "X", "Musk to step down as Tesla CEO, insider source says", "TSLA")])
    tsla = shared_validation / "TSLA_2025-04-07_1min.csv"
    ok = run(config(heads, tsla, **{"data.prices_tz": ET, "data.ticker": "TSLA"}))
    assert not [w for w in ok.warnings if "zone" in w or "stamp" in w]
    est = run(config(heads, tsla, **{"data.prices_tz": "EST", "data.ticker": "TSLA"}))
    assert [w for w in est.warnings if "time zone looks wrong" in w and "1h earlier" in w]


# ---------------------------------------------------------------- item 8: silent non-answers
def test_a_rumour_on_a_day_the_tape_lacks_is_named_and_alone_is_an_error(tmp_path, capsys):
    tape = day_tape(tmp_path / "META_t.csv")
    heads = _heads(tmp_path, rows=[("2025-04-07T10:30:00-04:00", "SomeBlog", RUMOUR),
                                   ("2025-04-08T10:30:00-04:00", "OtherBlog", "Zuckerberg to resign as Meta CEO, sources say")])
    res = run(config(heads, tape, **{"data.prices_tz": ET}))
    (w,) = [w for w in res.warnings if "cannot be evaluated" in w]
    assert "row 2" in w and "no bars on 2025-04-08" in w and "covers 2025-04-07" in w and "META_t.csv" in w
    only = write_headlines(tmp_path / "h2.csv", [("2025-04-08T10:30:00-04:00", "SomeBlog", RUMOUR)])
    code, out, err = cli(_run_args(tmp_path, only, tape, "--prices-tz", ET), capsys)
    assert code == 2 and err.count("\n") == 1 and "no META rumour can be evaluated" in err and "h2.csv, data row 1" in err


def test_a_rumour_after_the_tape_ends_is_an_error(tmp_path):
    tape = day_tape(tmp_path / "META_t.csv", start="09:30", end="10:00")
    with pytest.raises(InputError, match="ends at 2025-04-07 09:59 EDT, before the rumour"):
        run(config(_heads(tmp_path, "2025-04-07T11:00:00-04:00"), tape, **{"data.prices_tz": ET}))


def test_a_tape_without_volume_under_a_cap_is_an_error(tmp_path, capsys):
    tape = write_tape(tmp_path / "META_t.csv", n=300, volume=0)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    code, out, err = cli(_run_args(tmp_path, heads, tape), capsys)
    assert code == 2 and err.count("\n") == 1 and "every bar has volume 0" in err and "costs.participation_cap=0" in err
    assert run(config(heads, tape)).trades  # without a cap the same tape trades


def test_a_size_that_rounds_to_zero_shares_is_named_and_alone_is_an_error(tmp_path, capsys):
    tape = write_tape(tmp_path / "META_t.csv", n=300)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    with pytest.raises(InputError) as e:
        run(config(heads, tape, **{"strategy.size_mode": "notional", "strategy.size": "50"}))
    assert "no META rumour can be evaluated" in e.value.line() and "raise strategy.size" in e.value.line()
    assert "size rounds to 0 shares at 100.09" in e.value.line() and "row 1" in e.value.line()


def test_a_tape_named_for_another_ticker_is_an_error(tmp_path, capsys):
    tape = write_tape(tmp_path / "MSFT_2022-11-22_1s.csv", n=300)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    code, out, err = cli(_run_args(tmp_path, heads, tape), capsys)
    assert code == 2 and err.count("\n") == 1
    assert "MSFT_2022-11-22_1s.csv" in err and "named for MSFT" in err and "ticker is META" in err


def test_a_tape_mixing_two_symbols_is_an_error(tmp_path, capsys):
    path = write_tape(tmp_path / "tape.csv", n=300)
    df = pd.read_csv(path)
    df["symbol"] = ["META" if i % 2 else "MSFT" for i in range(len(df))]
    df.to_csv(path, index=False)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    code, out, err = cli(_run_args(tmp_path, heads, path), capsys)
    assert code == 2 and err.count("\n") == 1 and "tape.csv, data row 2" in err and "mixes symbols (MSFT, META" in err


def test_a_symbol_column_for_another_ticker_is_an_error_and_the_right_one_passes(tmp_path):
    path = write_tape(tmp_path / "tape.csv", n=300)
    df = pd.read_csv(path)
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    df.assign(ticker="AAPL").to_csv(path, index=False)
    with pytest.raises(InputError, match="column 'ticker' says AAPL but the run's ticker is META"):
        run(config(heads, path))
    df.assign(ticker="META").to_csv(path, index=False)
    assert run(config(heads, path)).trades


# ---------------------------------------------------------------- item 13: E23's denial
def test_e23_denial_is_bloombergs_spokesman_and_a_lower_bound_the_run_names(tmp_path):
    from rumorbt.headlines import load_headlines
    from rumorbt.resources import data_path

    path = data_path("events", "headlines", "E23_TWTR_20150714.csv")
    rumour, denial = load_headlines(path)
    assert "Bloomberg spokesman" in denial.source and "Trippet" in denial.headline and "Twitter (company)" not in denial.source
    assert denial.time_precision == "lower_bound"
    assert denial.t_pub == pd.Timestamp("2015-07-14 11:44", tz=ET).value
    tape = write_tape(tmp_path / "TWTR_2015-07-14_1s_SIMULATED.csv", start="2015-07-14T11:30:00-04:00", n=1800)
    res = run(config(path, tape, **{"data.ticker": "TWTR"}))
    (t,) = res.trades
    assert t.exit_reason == "denial"
    (w,) = [w for w in res.warnings if "bloomberg_spokesman_denial" in w]
    assert "row 2" in w and "stamped 11:44:00 EDT" in w and "'lower_bound', not exact" in w


def test_no_rumour_of_the_ticker_is_a_warning_and_no_headline_on_the_tape_an_error(tmp_path, capsys):
    """The stranger's case: --ticker META over a file without any META rumour answered 'No trade.'
    with exit 0 and nothing said; with every headline years off the tape, nothing can be evaluated."""
    tape = day_tape(tmp_path / "META_t.csv")
    other = "Tesla CEO Elon Musk to step down, sources say"
    same_day = write_headlines(tmp_path / "h.csv", [("2025-04-07T10:30:00-04:00", "SomeBlog", other, "TSLA"),
                                                    ("2025-04-07T11:00:00-04:00", "Reuters", "Meta shares rise 2%")])
    res = run(config(same_day, tape, **{"data.prices_tz": ET, "data.ticker": "META"}))
    assert not res.trades
    (w,) = [w for w in res.warnings if "no META CEO-change rumour" in w]
    assert "h.csv" in w and "2 headline(s)" in w and "concern TSLA" in w and "says nothing about latency" in w
    later = write_headlines(tmp_path / "h2.csv", [("2024-01-03T10:30:00-05:00", "SomeBlog", other, "TSLA"),
                                                  ("2024-03-05T11:00:00-05:00", "Reuters", "Meta shares rise 2%")])
    code, out, err = cli(_run_args(tmp_path, later, tape, "--prices-tz", ET, "--ticker", "META"), capsys)
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "h2.csv, data row 1" in err and "none of its 2 headline(s) falls within the tape META_t.csv" in err
    assert "2024-01-03 10:30 EST to 2024-03-05 11:00 EST" in err and not (tmp_path / "out").exists()
