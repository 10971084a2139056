"""Tickers never become paths outside their root; headline files read as written (ids, rows, hints)."""

import pandas as pd
import pytest

from helpers import RUMOUR, write_headlines
from rumorbt.cli import main
from rumorbt.errors import InputError
from rumorbt.headlines import load_headlines
from rumorbt.marketdata import fetch
from rumorbt.names import check_ticker, path_under


def run_cli(args, capsys):
    rc = main(args)
    return rc, capsys.readouterr().err.strip()


def test_valid_tickers_pass_and_path_like_ones_do_not():
    for t in ("META", "brk.b", "BRK-B", "^GSPC", "EURUSD=X", "7203.T"):
        assert check_ticker(t) == t.upper()
    for t in ("..", ".", "../../x", "a/b", "-rf", "=HYPERLINK(1)", "", "A B", "X" * 21, "x\0", "C:\\x", "~", ".hidden"):
        with pytest.raises(InputError):
            check_ticker(t)


def test_path_under_refuses_escapes(tmp_path):
    assert path_under(tmp_path, "A", "b.csv") == tmp_path / "A" / "b.csv"
    for parts in (("..", "x"), ("a", "..", "..", "x"), ("/etc/passwd",)):
        with pytest.raises(InputError, match="outside"):
            path_under(tmp_path, *parts)
    (tmp_path / "link").symlink_to(tmp_path.parent)
    with pytest.raises(InputError, match="outside"):
        path_under(tmp_path, "link", "x")


def test_fetch_refuses_a_path_ticker_before_writing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cache = tmp_path / "deep" / "cache"
    rc, err = run_cli(["fetch", "../../escaped", "--start", "2024-01-02", "--end", "2024-01-03", "--cache", str(cache)], capsys)
    assert rc == 2 and len(err.splitlines()) == 1 and "is not a ticker" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    rc, err = run_cli(["fetch", "X" * 10_000, "--start", "2024-01-02", "--end", "2024-01-03", "--cache", str(cache)], capsys)
    assert rc == 2 and len(err) < 300 and "Traceback" not in err

    def never(*a, **k):  # pragma: no cover - must not be reached
        raise AssertionError("downloaded")

    with pytest.raises(InputError, match="is not a ticker"):
        fetch("../x", "2024-01-02", "2024-01-03", "1d", cache, downloader=never)
    with pytest.raises(InputError):
        fetch("META", "2024-01-02", "2024-01-03", "../../x", cache, downloader=never)
    assert not cache.exists()


def test_headline_ticker_column_is_checked_with_its_row(tmp_path, capsys):
    h = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "Blog", RUMOUR, "META"),
                                             ("2022-11-22T10:31:00-05:00", "Blog", RUMOUR, "../../escaped")])
    rc, err = run_cli(["run", "--headlines", str(h), "--source", "yfinance", "--cache", str(tmp_path / "c"),
                       "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and str(h) in err and "row 2" in err and "'../../escaped' is not a ticker" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.csv"]


def test_simulate_tickers_stay_under_out(tmp_path, capsys):
    out = tmp_path / "a" / "pop"
    rc, err = run_cli(["simulate", "--population", "2", "--tickers", "AAA,../../x", "--out", str(out)], capsys)
    assert rc == 2 and "--tickers: '../../x' is not a ticker" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_run_ticker_option_is_checked(tmp_path, capsys):
    rc, err = run_cli(["run", "--ticker", "../x", "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and "data.ticker '../x' is not a ticker" in err


def test_same_text_for_two_tickers_gives_two_ids(tmp_path):
    h = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "Wire", "CEO of both firms to step down", "AAA"),
                                             ("2022-11-22T10:30:00-05:00", "Wire", "CEO of both firms to step down", "BBB")])
    hs = load_headlines(h)
    assert len({x.id for x in hs}) == 2 and [x.ticker for x in hs] == ["AAA", "BBB"]
    same = write_headlines(tmp_path / "d.csv", [("2022-11-22T10:30:00-05:00", "Wire", "x", "AAA")] * 2)
    with pytest.raises(InputError, match="data row 2.*repeats data row 1"):
        load_headlines(same)


def test_bad_received_at_names_its_own_row(tmp_path):
    h = tmp_path / "h.csv"
    pd.DataFrame({"published_at": ["2022-11-22T10:30:00-05:00"] * 4, "source": ["A", "B", "C", "D"],
                  "headline": ["a", "b", "c", "d"], "received_at": ["", "2022-11-22T10:30:01-05:00", "", "soon"]}).to_csv(h, index=False)
    with pytest.raises(InputError) as e:
        load_headlines(h)
    assert e.value.row == 4 and "received_at" in e.value.problem


def test_headline_zone_hint_names_the_headline_option(tmp_path):
    h = write_headlines(tmp_path / "h.csv", [("2022-11-22 10:30:00", "Blog", RUMOUR)])
    with pytest.raises(InputError) as e:
        load_headlines(h)
    assert "--headlines-tz" in e.value.problem and "--prices-tz" not in e.value.problem
