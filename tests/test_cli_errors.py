"""Bad input: exit status 2, one line naming the file, the row and the problem; nothing written."""
import sys
from pathlib import Path

import pytest

from helpers import RUMOUR, write_headlines, write_tape
from rumorbt.cli import main

HEADER = "timestamp,open,high,low,close,volume"


def run_cli(args, capsys):
    rc = main(args)
    err = capsys.readouterr().err.strip()
    return rc, err


def bad_tape(tmp_path: Path, body: str, name: str = "p.csv") -> Path:
    p = tmp_path / name
    p.write_text(body)
    return p


CASES = [
    ("naive", f"{HEADER}\n2022-11-22 10:00:00,1,1,1,1,1\n2022-11-22 10:00:01,1,1,1,1,1\n", "row 1", "no UTC offset"),
    ("duplicate", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n", "row 2", "duplicate timestamp"),
    ("unsorted", f"{HEADER}\n2022-11-22T10:00:01-05:00,1,1,1,1,1\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n", "row 2", "earlier than the row before"),
    ("high<low", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n2022-11-22T10:00:01-05:00,1,1,2,1,1\n", "row 2", "high is below low"),
    ("negative", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n2022-11-22T10:00:01-05:00,-1,1,-1,1,1\n", "row 2", "positive"),
    ("text", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,abc,1\n2022-11-22T10:00:01-05:00,1,1,1,1,1\n", "row 1", "'abc' is not a number"),
    ("missing value", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,\n2022-11-22T10:00:01-05:00,1,1,1,1,1\n", "row 1", "volume: missing value"),
    ("crossed", f"{HEADER},bid,ask\n2022-11-22T10:00:00-05:00,1,1,1,1,1,1.01,1.00\n2022-11-22T10:00:01-05:00,1,1,1,1,1,1,1\n", "row 1", "crossed quote"),
    ("mixed offsets", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,1\n2022-11-22 10:00:01,1,1,1,1,1\n", "row 2", "mix"),
    ("bad time", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,1\nyesterday-05:00,1,1,1,1,1\n", "row 2", "cannot read"),
    # a field more than the header: pandas would take the first as a row label and shift the rest
    ("trailing comma", f"{HEADER}\n2022-11-22T10:00:00-05:00,1,1,1,1,1,\n2022-11-22T10:00:01-05:00,1,1,1,1,1,\n", "data row 1",
     "1 field(s) more than the header names"),
    ("missing column", "timestamp,open,high,low,close\n2022-11-22T10:00:00-05:00,1,1,1,1\n", "", "missing column(s) volume"),
    ("header only", f"{HEADER}\n", "", "no data rows"),
    ("empty", "", "", "is empty"),
    ("semicolons", "timestamp;open;high;low;close;volume\n", "", "delimiter"),
]


@pytest.mark.parametrize("name, body, row, problem", CASES, ids=[c[0] for c in CASES])
def test_bad_price_tape(tmp_path, capsys, name, body, row, problem):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    tape = bad_tape(tmp_path, body)
    out = tmp_path / "out"
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(tape), "--out", str(out)], capsys)
    assert rc == 2
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert str(tape) in err and row in err and problem in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]


def test_a_headline_row_longer_than_the_header_is_refused_not_shifted(tmp_path, capsys):
    """An unquoted comma in the first headline: pandas read its published_at as a row label and
    each later value one column to the left ('cannot read 'SomeBlog' as a timestamp')."""
    h = tmp_path / "h.csv"
    h.write_text("published_at,source,headline\n2022-11-22T10:30:00-05:00,SomeBlog,Meta CEO to quit, sources say\n")
    rc, err = run_cli(["classify", str(h)], capsys)
    assert rc == 2 and err == f"error: {h}, data row 1: has 1 field(s) more than the header names: give every column a " \
        "name (or drop the extra separators, e.g. a trailing comma)"


@pytest.mark.parametrize("sep", [";", "\t"], ids=["semicolons", "tabs"])
def test_a_non_comma_file_whose_headline_holds_a_comma_is_told_its_delimiter(tmp_path, capsys, sep):
    """The comma inside the headline made the one-column header's first row two fields long, and
    the line said 'a field more than the header names' instead of what is wrong: the separator."""
    h = tmp_path / "h.csv"
    h.write_text(sep.join(["published_at", "source", "headline"]) + "\n"
                 + sep.join(["2022-11-22T10:30:00-05:00", "SomeBlog", "Meta CEO to quit, sources say"]) + "\n")
    rc, err = run_cli(["classify", str(h)], capsys)
    header = sep.join(["published_at", "source", "headline"])
    assert rc == 2 and err == f"error: {h}: only one column '{header}': the delimiter must be a comma"


def test_missing_file_and_bad_encoding(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(tmp_path / "nope.csv")], capsys)
    assert rc == 2 and "nope.csv: file not found" in err
    latin = tmp_path / "latin.csv"
    latin.write_bytes("published_at,source,headline\n2022-11-22T10:30:00-05:00,Caf\xe9,x\n".encode("latin-1"))
    rc, err = run_cli(["classify", str(latin)], capsys)
    assert rc == 2 and "not UTF-8" in err
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"timestamp,open\x00\n")
    rc, err = run_cli(["run", "--headlines", str(heads), "--prices", str(nul)], capsys)
    assert rc == 2 and "NUL" in err


def test_bad_headlines(tmp_path, capsys):
    tape = write_tape(tmp_path / "t.csv", n=30)
    h = tmp_path / "h.csv"
    h.write_text("published_at,source,headline,label\n2022-11-22T10:30:00-05:00,Blog,x,rumour\n")
    rc, err = run_cli(["run", "--headlines", str(h), "--prices", str(tape)], capsys)
    assert rc == 2 and "row 1" in err and "label" in err
    j = tmp_path / "h.jsonl"
    j.write_text('{"published_at": "2022-11-22T10:30:00-05:00", "source": "b", "headline": "x"}\n{broken\n')
    rc, err = run_cli(["classify", str(j)], capsys)
    assert rc == 2 and "row 2" in err and "not valid JSON" in err


@pytest.mark.parametrize("setting, problem", [
    ("strategy.nope=1", "unknown key 'nope'"),
    ("latency.order=5", "latency.order: cannot read '5' as a duration"),
    ("strategy.direction=up", "strategy.direction"),
    ("costs.participation_cap=1.5", "costs.participation_cap"),
    ("seed=abc", "seed: expected a whole number"),
    ("novalue", "expected key=value"),
])
def test_bad_settings_name_the_key(capsys, tmp_path, setting, problem):
    rc, err = run_cli(["run", "--set", setting, "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and problem in err and len(err.splitlines()) == 1
    assert not (tmp_path / "o").exists()


def test_usage_errors_are_one_line(capsys):
    rc, err = run_cli(["frobnicate"], capsys)
    assert rc == 2 and len(err.splitlines()) == 1


def test_naive_tape_runs_with_an_explicit_zone(tmp_path, capsys):
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    aware = write_tape(tmp_path / "t.csv", n=120)
    text = aware.read_text().replace("-05:00", "")
    naive = tmp_path / "naive.csv"
    naive.write_text(text)
    rc, _ = run_cli(["run", "--headlines", str(heads), "--prices", str(naive), "--prices-tz", "America/New_York",
                     "--set", "latency.order=0ms", "--out", str(tmp_path / "o")], capsys)
    assert rc == 0
    assert (tmp_path / "o" / "trades.csv").exists()


def test_rows_are_data_rows_said_so_and_counted_alike_in_csv_and_json_lines(tmp_path, capsys):
    """The third record is "data row 3" whether it is a CSV's fourth line or a JSON Lines
    file's fifth line after a blank one, for a broken record and for a bad value alike."""
    ok = '{"published_at": "2022-11-22T10:3%d:00-05:00", "source": "b", "headline": "x"}\n'
    j = tmp_path / "h.jsonl"
    j.write_text(ok % 0 + "\n" + ok % 1 + "{broken\n")
    rc, err = run_cli(["classify", str(j)], capsys)
    assert rc == 2 and f"{j}, data row 3: not valid JSON" in err
    j.write_text(ok % 0 + "\n" + ok % 1 + ok.replace('"x"}', '"x", "label": "rumour"}') % 2)
    rc, err = run_cli(["classify", str(j)], capsys)
    assert rc == 2 and f"{j}, data row 3: label" in err
    c = tmp_path / "h.csv"
    c.write_text("published_at,source,headline,label\n" + "".join(f"2022-11-22T10:3{i}:00-05:00,b,x,\n" for i in range(2))
                 + "2022-11-22T10:32:00-05:00,b,x,rumour\n")
    rc, err = run_cli(["classify", str(c)], capsys)
    assert rc == 2 and f"{c}, data row 3: label" in err


def test_the_installed_command_names_itself_and_empty_defaults_are_not_shown(capsys, monkeypatch):
    from rumorbt.cli import main

    monkeypatch.setattr(sys, "argv", ["/somewhere/bin/rumorbt", "classify", "--help"])
    with pytest.raises(SystemExit):
        main()
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith("usage: rumorbt classify ") and "(default: )" not in out
    assert "(default: none, such times are refused)" in out
    for cmd in ("run", "sweep", "bars", "simulate", "fetch", "latency-curve"):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        assert "(default: )" not in capsys.readouterr().out, cmd


def test_simulate_help_lists_the_default_tickers(capsys):
    from rumorbt.cli import main
    from rumorbt.synthetic import POPULATION_TICKERS

    with pytest.raises(SystemExit):
        main(["simulate", "--help"])
    assert f"(default: {','.join(POPULATION_TICKERS)})" in " ".join(capsys.readouterr().out.split()).replace(", ", ",")


def test_a_bad_base_value_in_a_sweep_file_names_the_file_not_set(tmp_path, capsys):
    """The value came from the sweep file's [base]: the line said '--set: latency.feed.blog: ...',
    sending the user to a command line that had no --set."""
    f = tmp_path / "s.toml"
    f.write_text('[base]\n"latency.feed.blog" = "lognormal(2s,1)"\n[grid]\n"latency.order" = ["1ms"]\n')
    rc, err = run_cli(["sweep", "--config", str(f), "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and err.startswith(f"error: {f}: base.latency.feed.blog: cannot read 'lognormal(2s,1)' as a duration")
    assert len(err.splitlines()) == 1 and not (tmp_path / "o").exists()
    f.write_text('[grid]\n"latency.order" = ["1ms"]\n')  # a bad --set is still the command line's
    rc, err = run_cli(["sweep", "--config", str(f), "--set", "latency.feed.blog=zz", "--out", str(tmp_path / "o")], capsys)
    assert rc == 2 and err.startswith("error: --set: latency.feed.blog: cannot read 'zz'")


@pytest.mark.parametrize("body, problem", [
    ("published_at,source,headline\n2022-11-22T10:30:00-05:00,b,x\n2022-11-22T10:31:00-05:00,b,Meta CEO to quit, sources say\n",
     "data row 2: malformed CSV: 4 fields where the header has 3"),
    ('published_at,source,headline\n2022-11-22T10:30:00-05:00,b,"x\ny"\n2022-11-22T10:31:00-05:00,b,x\n2022-11-22T10:32:00-05:00,b,"x\n',
     "data row 3: malformed CSV: a quote opened in this row is never closed")])
def test_a_malformed_csv_names_its_data_row(tmp_path, capsys, body, problem):
    """pandas' own words counted records from the header ('Expected 3 fields in line 3', 'EOF
    inside string starting at row 3'): now data rows, as every other message (a quoted value
    over two lines is still one row)."""
    h = tmp_path / "h.csv"
    h.write_text(body)
    rc, err = run_cli(["classify", str(h)], capsys)
    assert rc == 2 and err.startswith(f"error: {h}, {problem}") and len(err.splitlines()) == 1


def test_a_json_lines_value_that_is_an_object_is_refused_not_read_as_its_repr(tmp_path, capsys):
    ok = '{"published_at": "2022-11-22T10:30:00-05:00", "source": "b", "headline": "x"}\n'
    j = tmp_path / "h.jsonl"
    j.write_text(ok + ok.replace('"x"', '{"t": "Meta CEO to quit"}'))
    rc, err = run_cli(["classify", str(j)], capsys)
    assert rc == 2 and err == f"error: {j}, data row 2: headline: an object, expected one value (text or a number)"
    j.write_text(ok.replace('"b"', '["b", "c"]'))
    rc, err = run_cli(["classify", str(j)], capsys)
    assert rc == 2 and err == f"error: {j}, data row 1: source: an array, expected one value (text or a number)"


@pytest.mark.parametrize("command", ["run_config", "sweep_config", "classify_aliases", "classify_sources"])
def test_a_folder_given_for_a_config_or_table_file_is_one_line(tmp_path, capsys, command):
    """A folder where a config, sweep, alias or source file goes raised IsADirectoryError with a
    traceback (exit 1); a headline or price folder already got one line."""
    folder = tmp_path / "study"
    folder.mkdir()
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T11:00:00-05:00", "SomeBlog", RUMOUR)])
    args = {"run_config": ["run", "--config", str(folder), "--out", str(tmp_path / "o")],
            "sweep_config": ["sweep", "--config", str(folder), "--out", str(tmp_path / "o")],
            "classify_aliases": ["classify", str(heads), "--aliases", str(folder)],
            "classify_sources": ["classify", str(heads), "--sources", str(folder)]}[command]
    rc, err = run_cli(args, capsys)
    assert rc == 2 and err == f"error: {folder}: is a folder, expected a file"
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("name", ["aliases.csv", "heads.jsonl"])
def test_a_bad_byte_deep_in_a_file_is_placed_where_it_is(tmp_path, capsys, name):
    """Past the text reader's first chunk (8 KiB) the decoder's offset was the offset within the
    chunk ('byte 5346' for a bad byte at 29,922): the error names the file's own byte and line."""
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    f = tmp_path / name
    if name.endswith(".csv"):
        lines = [b"ticker,alias,kind,match\n"] + [f"AAPL,Fruit{i} Co,company,word\n".encode() for i in range(1000)]
        args = ["classify", str(heads), "--aliases", str(f)]
    else:
        lines = [f'{{"published_at": "2022-11-22T10:30:00-05:00", "source": "SomeBlog", "headline": "n{i}"}}\n'.encode()
                 for i in range(400)]
        args = ["classify", str(f)]
    body = b"".join(lines)
    f.write_bytes(body + b"AAPL,Caf\xe9,company,word\n")
    rc, err = run_cli(args, capsys)
    assert rc == 2 and err == f"error: {f}: not UTF-8 text at byte {len(body) + 8} (line {len(lines) + 1}); " \
        "re-save the file as UTF-8"


def _stdin_feed(monkeypatch, text: str) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8"))


@pytest.mark.parametrize("cmd", ["run --headlines - --prices T", "run --headlines H --prices -",
                                 "latency-curve --headlines - --prices T", "sweep --set data.headlines=-",
                                 "bars --trades - --bar 1s --out B"])
def test_standard_input_is_refused_where_only_a_file_will_do(tmp_path, capsys, monkeypatch, cmd):
    """``-`` is standard input for ``classify`` only: a run hashes and sizes each input for its
    summary (it read the feed, traded, then died on hashing a file named '-', a traceback), a
    sweep's workers and --resume read the inputs again (it swept and left the feed out of its
    fingerprint). Elsewhere ``-`` is one line, exit 2, nothing written."""
    heads = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", RUMOUR)])
    tape = write_tape(tmp_path / "META_t.csv", n=60)
    feed = (heads if " - --prices T" in cmd or "headlines=-" in cmd else tape).read_text()
    _stdin_feed(monkeypatch, feed)
    out = tmp_path / "out"
    args = cmd.replace(" T", f" {tape}").replace(" H ", f" {heads} ").replace(" B", f" {tmp_path / 'b.parquet'}").split()
    rc, err = run_cli(args + ([] if cmd.startswith("bars") else ["--out", str(out)]), capsys)
    assert rc == 2 and err == "error: -: standard input is read only by classify; save the feed to a file and name it"
    assert not out.exists() and not (tmp_path / "b.parquet").exists()


def test_classify_names_standard_input_alike_in_every_message(capsys, monkeypatch):
    _stdin_feed(monkeypatch, "published_at,source,headline\n2024-03-04T09:31:00-05:00,reddit,ok\nnot a time,reddit,x\n")
    rc, err = run_cli(["classify", "-"], capsys)
    assert rc == 2 and err.startswith("error: <stdin>, data row 2: published_at: cannot read 'not a time'")


@pytest.mark.parametrize("ticker", ["A$PL", "../../X", "TOOLONGTICKERSYMBOL12345"])
def test_an_alias_files_ticker_is_checked_like_every_other_entry_points(tmp_path, capsys, ticker):
    """A reading's ticker names tapes and folders: one from a user's alias table was taken as
    written ('A$PL' read as a confident rumour's ticker, '../../X' as a listing abroad)."""
    feed = write_headlines(tmp_path / "h.csv", [("2022-11-22T10:30:00-05:00", "SomeBlog", "Quuxly Fruit CEO to step down, sources say")])
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(f"ticker,alias,kind,match\n-,Zorblax Labs,company,word\n{ticker},Quuxly Fruit,company,word\n", encoding="utf-8")
    rc, err = run_cli(["classify", str(feed), "--aliases", str(aliases)], capsys)
    assert rc == 2 and err.startswith(f"error: {aliases}, data row 2: ticker ") and "is not a ticker" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("cmd", ["classify", "run"])
def test_a_bare_dollar_sign_is_no_ticker(tmp_path, capsys, cmd):
    """A ticker cell holding only "$" (a cashtag sign without its symbol) was kept as the ticker
    "$": a confident rumour's ticker, and a run asking for "the $ tape"."""
    h = tmp_path / "h.csv"
    h.write_text("published_at,source,headline,ticker\n2022-11-22T10:29:00-05:00,SomeBlog,Meta shares up,META\n"
                 f"2022-11-22T10:30:00-05:00,SomeBlog,\"{RUMOUR}\",$\n", encoding="utf-8")
    tape = write_tape(tmp_path / "META_t.csv", n=60)
    args = ["classify", str(h)] if cmd == "classify" else ["run", "--headlines", str(h), "--prices", str(tape), "--out", str(tmp_path / "o")]
    rc, err = run_cli(args, capsys)
    assert rc == 2 and err == f"error: {h}, data row 2: ticker '$' is not a ticker (1-20 letters, digits and . - ^ =, " \
        "starting with a letter, digit or ^)"
    assert not (tmp_path / "o").exists()
