"""Start-up and single-run path: the default engine, what a run loads, and the reader's
exact-name matcher (dictionary look-up instead of a 250 KB regular expression)."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rumorbt import entities as E
from rumorbt.resources import read_cache

ROOT = Path(__file__).resolve().parent.parent


def _trie_regex(names: list[str]) -> re.Pattern:
    """What the exact-case names were matched with before: one prefix-tree expression between word edges."""
    return re.compile(E._EDGE_LEFT + "(?:" + E._trie(sorted(names)) + ")" + E._EDGE_RIGHT)


NAMES = ["Meta", "Meta Platforms", "Meta Platforms, Inc.", "Block", "Block & Co", "AT&T", "3M", "Apple Hospitality",
         "Tesla", "Rivian Automotive", "Hims & Hers Health", "Co-Diagnostics", "U.S. Steel", "ACME"]
TEXTS = ["Meta Platforms CEO to step down", "Meta Platforms, Inc. says", "Metaverse is not Meta.", "$Meta and @Meta and .Meta",
         "AT&T and AT&TX", "3M 3Mx x3M", "Block & Co said; Block & Cox", "Apple Hospitality's CEO, Apple Hospitality",
         "Co-Diagnostics CEO", "U.S. Steel CEO", "Rivian Automotive", "meta platforms", "Meta Platforms,Inc.", "Meta_x Meta",
         "ACME ACMEs ACME&", "Tesla—Meta 特斯拉Tesla将", "", "Meta Platforms, Inc.X"]


@pytest.mark.parametrize("names", [NAMES, NAMES + ["(Glued) Name", "-Dash"]])
def test_exact_names_find_what_the_prefix_tree_expression_found(names):
    """Leftmost start, longest name ending at a word edge, on from its end; names beginning
    with a non-word character (only in a user's alias file) too."""
    exact, rx = E.ExactNames(names), _trie_regex(names)
    texts = TEXTS + ["x (Glued) Name y", "a -Dash b", "(Glued) Names", "Meta-Dash"]
    for text in texts + [t.title() for t in texts]:
        assert exact.find(text) == [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)], text
    # worked by hand: the longer name wins, then the search goes on after it
    assert exact.find("Meta Platforms, Inc. and Meta") == [(0, 20, "Meta Platforms, Inc."), (25, 29, "Meta")]
    assert exact.find("Metaverse") == [] and exact.find("AT&T's") == [(0, 4, "AT&T")]


def test_exact_names_agree_with_the_expression_over_the_bundled_tables():
    """Every bundled exact-case name, alone, glued to its neighbours and in a sentence."""
    tables = E.load_tables()
    (exact,) = [p for p, _ in tables.patterns if isinstance(p, E.ExactNames)]
    names = sorted(exact.names)
    rx = _trie_regex(names)
    texts = [f"{a} CEO to step down, {b} says ({c}){d}" for a, b, c, d in zip(names, names[7:], names[13:], names[1:])]
    texts += [" ".join(names[i:i + 5]) for i in range(0, len(names), 5)]
    for text in texts:
        assert exact.find(text) == [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)], text


def _modules_after(code: str, cwd: Path) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"], cwd=cwd,
                         capture_output=True, text=True, check=True).stdout.split("\n")[-2]
    return set(out.split())


def test_the_default_run_uses_the_fast_engine_and_loads_neither_backtrader_nor_yfinance(tmp_path):
    mods = _modules_after("import contextlib, io\nfrom rumorbt.cli import main\n"
                          "with contextlib.redirect_stdout(io.StringIO()): assert main([]) == 0", tmp_path)
    assert "backtrader" not in mods and "yfinance" not in mods
    # report.html is report.png's figure as SVG: no second plotting library, and never pyplot
    assert not any(m == "bokeh" or m.startswith("bokeh.") for m in mods) and "matplotlib.pyplot" not in mods
    summary = (tmp_path / "out" / "reference" / "summary.json").read_text()
    assert '"engine": "fast"' in summary


def _tables_as_values(t: "E.Tables") -> tuple:
    (exact,) = [p for p, _ in t.patterns if isinstance(p, E.ExactNames)]
    return (t.by_key, t.people, t.handles, t.tickers, exact.names, exact.heads,
            [(p.pattern, p.flags) for p, _ in t.patterns if not isinstance(p, E.ExactNames)])


def test_reader_tables_read_back_from_the_cache_equal_the_built_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path / "cache"))
    built = E.load_tables.__wrapped__()
    (cached,) = list((tmp_path / "cache").glob("reader-tables-*.marshal"))
    again = E.load_tables.__wrapped__()
    assert _tables_as_values(again) == _tables_as_values(built)
    assert read_cache(cached) is not None
    # what the fresh build gives, with no cache at all
    monkeypatch.setenv("RUMORBT_CACHE", "off")
    assert _tables_as_values(E.load_tables.__wrapped__()) == _tables_as_values(built)
    assert list((tmp_path / "cache").iterdir()) == [cached]  # "off" wrote nothing


def test_reader_table_cache_follows_the_files_and_survives_a_broken_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path / "cache"))
    extra = tmp_path / "aliases.csv"
    extra.write_text("ticker,alias,kind,match\nZZZZ,Zorblax Widgets,company,word\n")
    first = E.load_tables.__wrapped__(str(extra))
    assert "zorblax widgets" in first.by_key
    extra.write_text("ticker,alias,kind,match\nZZZZ,Quuxco Gadgets,company,word\n")  # the user edits their file
    second = E.load_tables.__wrapped__(str(extra))
    assert "quuxco gadgets" in second.by_key and "zorblax widgets" not in second.by_key
    assert len(list((tmp_path / "cache").glob("reader-tables-*.marshal"))) == 1  # the new one replaced the old
    for f in (tmp_path / "cache").iterdir():
        f.write_bytes(b"not a cache")  # damaged: ignored, built again, written again
    assert _tables_as_values(E.load_tables.__wrapped__(str(extra))) == _tables_as_values(second)
    assert read_cache(E._cache_file(str(extra))) is not None


def test_classify_rows_come_after_the_whole_file_is_checked(tmp_path):
    """Rows are made as they are written, but bad input still fails before the first one."""
    from rumorbt.classify_file import classification_rows

    bad = tmp_path / "h.csv"
    bad.write_text("published_at,source,headline\n2022-11-22T11:00:00-05:00,The Leak,Meta CEO to step down\n"
                   "2022-11-22T11:01:00-05:00,,no source here\n")
    with pytest.raises(E.InputError, match="source: empty"):
        classification_rows(str(bad))
    good = tmp_path / "g.csv"
    good.write_text(bad.read_text().replace(",,no source", ",Reuters,no source"))
    rows = classification_rows(str(good))
    assert not isinstance(rows, list) and [r[0] for r in rows] == [1, 2]


def test_calendar_sessions_from_the_cache_equal_exchange_calendars(tmp_path, monkeypatch):
    """Sessions (holidays, early closes) and zones read back from the cache are the library's."""
    import exchange_calendars as xcals
    import pandas as pd

    from rumorbt import sessions as S

    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path))
    for name, first, last in (("XNYS", "2022-11-21", "2022-12-02"), ("XNYS", "2019-12-20", "2020-01-10"),
                              ("XLON", "2023-12-20", "2024-01-05"), ("XNYS", "1990-01-01", "2000-01-05")):
        for _ in range(2):  # built, then read back
            S._schedule.cache_clear()
            S._calendar_sessions.cache_clear()
            opens, closes = S._calendar_sessions(name, first, last)
            cal = xcals.get_calendar(name)
            sched = cal.schedule.loc[max(pd.Timestamp(first), cal.first_session):min(pd.Timestamp(last), cal.last_session)]
            assert opens.tolist() == [t.value for t in sched["open"]] and closes.tolist() == [t.value for t in sched["close"]]
            assert S._schedule(name)[3] == str(cal.tz)
    assert sorted(f.name.split("-")[1] for f in tmp_path.glob("calendar-*.marshal")) == ["XLON", "XNYS"]
    # 24 Nov 2022 (Thanksgiving) is no session; the 25th closes at 13:00 ET
    opens, closes = S._calendar_sessions("XNYS", "2022-11-23", "2022-11-25")
    assert [pd.Timestamp(c, tz="UTC").tz_convert("America/New_York").strftime("%d %H:%M") for c in closes] == \
        ["23 16:00", "25 13:00"]


def test_a_warm_cache_runs_the_reference_case_without_building_tables_or_calendars(tmp_path):
    code = ("import contextlib, io\nfrom rumorbt.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): assert main(['--force']) == 0")
    env_cache = tmp_path / "cache"
    import os

    env = {**os.environ, "RUMORBT_CACHE": str(env_cache)}
    run = lambda: subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"], cwd=tmp_path,
                                 env=env, capture_output=True, text=True, check=True).stdout.split("\n")[-2].split()
    cold, warm = run(), run()
    assert "exchange_calendars" in cold and "exchange_calendars" not in warm
    # the feed's readings and the tape too (rumorbt.reading_cache, tape_cache): the warm run never loads the reader
    assert "rumorbt.classify" in cold and "rumorbt.classify" not in warm and "rumorbt.entities" not in warm
    assert sorted(f.name.split("-")[0] for f in env_cache.iterdir()) == ["calendar", "headlines", "reader", "readings", "tape"]


def test_a_warm_cache_runs_the_default_sweep_without_pandas_and_writes_the_same_bytes(tmp_path):
    """Importing pandas is 0.2 s of the default sweep's second: with its inputs in the cache
    (headlines, readings, tape, calendar) the sweep, its report and its figures never load it,
    and what they write is byte for byte what the cold run (which reads the files with pandas)
    wrote."""
    import os

    code = ("import contextlib, io, sys\nfrom rumorbt.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):\n"
            "    assert main(['sweep', '--no-progress', '--out', sys.argv[1]]) == 0\n"
            "print(' '.join(sys.modules))")
    env = {**os.environ, "RUMORBT_CACHE": str(tmp_path / "cache")}
    run = lambda out: subprocess.run([sys.executable, "-c", code, str(tmp_path / out)], cwd=tmp_path, env=env,
                                     capture_output=True, text=True, check=True).stdout.split()
    cold, warm = run("cold"), run("warm")
    assert "pandas" in cold and "pandas" not in warm and "pyarrow" not in warm
    # nor the per-combination path, its statistics or the vendor presets: the batch kernel needs none
    assert not {"rumorbt.fastpath", "rumorbt.policy", "rumorbt.stats", "rumorbt.trades", "rumorbt.vendors"} & set(warm)
    for f in ("results.csv", "best.csv", "heatmap.png", "latency_curve.png", "progress.sha256"):
        assert (tmp_path / "cold" / f).read_bytes() == (tmp_path / "warm" / f).read_bytes(), f
    meta = lambda out: (tmp_path / out / "sweep.json").read_text()
    assert meta("cold") == meta("warm")


def test_a_new_cache_file_removes_only_this_programs_older_files_of_its_stem(tmp_path, monkeypatch):
    """RUMORBT_CACHE may point at a folder the user also keeps things in: superseding an old
    cache removes only names cache_file makes (STEM-<32 hex>.marshal) for that stem."""
    from rumorbt.resources import cache_file, write_cache

    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path))
    users = [tmp_path / "reader-tables-notes.marshal", tmp_path / "reader-tables-old.marshal.bak",
             tmp_path / ("reader-tables-" + "A" * 32 + ".marshal"), tmp_path / "mine.txt"]
    for f in users:
        f.write_text("the user's")
    old = cache_file("reader-tables", b"v1")
    other_stem = cache_file("calendar-XNYS", b"v1")
    write_cache(old, [1], supersede=True)
    write_cache(other_stem, [2], supersede=True)
    new = cache_file("reader-tables", b"v2")
    write_cache(new, [3], supersede=True)
    assert not old.exists() and read_cache(new) == [3] and read_cache(other_stem) == [2]
    assert all(f.read_text() == "the user's" for f in users)


def test_source_classes_compile_only_the_fragments_a_source_contains_and_agree_with_one_expression_per_row():
    """Before, all ~300 fragments of data/sources.csv were compiled at first use (a tenth of a
    small run's reading); a match needs the fragment as a substring, so that test comes first."""
    from rumorbt import sources as S

    rows = S.source_table()
    rx = [(c, re.compile(re.escape(p) if not p.isascii() else r"(?<![a-z])" + re.escape(p) + r"(?![a-z])")) for c, p in rows]

    def old(source: str) -> str:
        s = source.strip().lower()
        if s in S.SOURCE_CLASSES:
            return s
        for cls, p in rx:
            if cls in S.VERIFIED_CLASSES and p.search(s):
                return cls
        if S._X_RE.match(s):
            return "social"
        # (an official marker no row names is the issuer's channel: sources.OFFICIAL_MARKERS; a newspaper's
        # name no row names is an outlet: sources._MASTHEAD)
        masthead = "major_outlet" if S._MASTHEAD.search(s) and not S._NOT_A_MASTHEAD.search(s) else S.UNKNOWN_SOURCE_CLASS
        return next((cls for cls, p in rx if p.search(s)), "company" if S.OFFICIAL_MARKERS.search(s) else masthead)

    S._fragment_re.cache_clear()
    S.source_class.cache_clear()
    assert S.source_class("Reuters") == "newswire" and S._fragment_re.cache_info().currsize <= 3
    texts = ["Reuters", "Japan Times", "X (@andystone)", "Meta spokesperson on X", "The Leak", "财联社", "SEC filing 8-K",
             "Bloomberg via Yahoo", "apnews", "AP", "rap blog"] + [p for _, p in rows] + [f"x{p}x" for _, p in rows] + \
            [f"{p} / {q}" for (_, p), (_, q) in zip(rows, rows[5:])]
    for t in texts:
        assert S.source_class(t) == old(t), t


# main() with the process's argv, counting the collector's passes during it
_WHOLE_PROCESS = ("import gc, sys\nfrom rumorbt.cli import main\nsys.argv = ['backtest.py'] + sys.argv[1:]\npasses = []\n"
                  "gc.callbacks.append(lambda phase, info: passes.append(info['generation']) if phase == 'stop' else None)\n"
                  "rc = main()\nprint(rc, bool(passes), 'mpl_toolkits.mplot3d' in sys.modules)")


def _process(args: list[str], cwd: Path) -> list[str]:
    import os

    out = subprocess.run([sys.executable, "-c", _WHOLE_PROCESS, *args], cwd=cwd, capture_output=True, text=True, check=True,
                         env={**os.environ, "RUMORBT_CACHE": str(cwd / "cache")}).stdout
    return out.split("\n")[-2].split()


def test_a_whole_process_run_draws_the_same_bytes_as_an_in_process_one_with_matplotlib_untouched(tmp_path):
    """``python backtest.py`` (main() with the process's own argv) starts with the collector off
    and without matplotlib's docstring tables and 3-D toolkit: report.png and report.html are
    byte for byte what an in-process call with everything in place draws."""
    import contextlib
    import gc
    import io

    import matplotlib.artist

    from rumorbt.cli import main

    kwdoc = matplotlib.artist.kwdoc
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--out", str(tmp_path / "inproc")]) == 0
    assert gc.isenabled() and matplotlib.artist.kwdoc is kwdoc  # an in-process call leaves both alone
    rc, collector, mplot3d = _process(["--out", "whole"], tmp_path)
    # the default run is start-up and one bounded run: the collector makes no pass; no 3-D toolkit loaded
    assert (rc, collector, mplot3d) == ("0", "False", "False")
    for name in ("report.png", "report.html", "trades.csv"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "inproc" / name).read_bytes(), name


def test_main_with_the_process_argv_gives_the_collector_back_to_a_caller_that_goes_on(monkeypatch, capsys):
    """main() without arguments reads sys.argv and runs as the whole process; called so from a
    script (or a test) that goes on, the collector is on again afterwards and a later in-process
    call is not treated as the whole process."""
    import gc

    from rumorbt import cli

    monkeypatch.setattr(sys, "argv", ["backtest.py", "--version"])
    with pytest.raises(SystemExit):
        cli.main()
    assert gc.isenabled() and cli._OWN_PROCESS == {"whole": False, "collector_off": False}
    monkeypatch.setattr(sys, "argv", ["backtest.py", "run", "--out", "x", "--prices", "missing.csv"])
    assert cli.main() == 2 and gc.isenabled()
    assert "--headlines and --prices" in capsys.readouterr().err


def test_work_that_grows_with_the_input_runs_with_the_collector_on(tmp_path):
    """classify (a million headlines) and sweeps turn the collector back on once started (it makes
    passes); a
    whole-process sweep draws the same plots as an in-process one."""
    import contextlib
    import io

    from rumorbt.cli import main

    f = tmp_path / "h.csv"
    f.write_text("published_at,source,headline\n2022-11-22T11:00:00-05:00,The Leak,Meta CEO to step down\n")
    rc, collector, _ = _process(["classify", str(f)], tmp_path)
    assert (rc, collector) == ("0", "True")
    rc, collector, mplot3d = _process(["sweep", "--out", "whole", "--no-progress"], tmp_path)
    assert (rc, collector, mplot3d) == ("0", "True", "False")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["sweep", "--out", str(tmp_path / "inproc"), "--no-progress"]) == 0
    for name in ("heatmap.png", "latency_curve.png", "results.csv"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "inproc" / name).read_bytes(), name


def test_the_company_handle_index_is_the_same_in_every_process(tmp_path):
    """63 normalised names belong to two listings each ("overseasshipholdinggroupinc": OSG.WI and
    OSGB); the first that fits an official account wins, so their order must not follow the
    string hashing that changes with every process (it did: PYTHONHASHSEED 1 and 2 differed)."""
    import os

    code = ("from rumorbt import entities as E, classify as C\nimport hashlib\n"
            "print(hashlib.sha256(repr(C._handle_companies(E.load_tables())).encode()).hexdigest())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed, "RUMORBT_CACHE": str(tmp_path)}).stdout
            for seed in ("1", "2", "3")}
    assert len(runs) == 1
    from rumorbt import classify as C

    index = C._handle_companies(E.load_tables())
    assert [x for x in index if x[0] == "overseasshipholdinggroupinc"] == [("overseasshipholdinggroupinc", "OSG.WI"),
                                                                          ("overseasshipholdinggroupinc", "OSGB")]
    assert all(len(a[0]) >= len(b[0]) for a, b in zip(index, index[1:]))  # longest first


def test_plain_decimal_columns_read_fast_give_the_bits_pandas_gives():
    """The fast reading of a numeric text column (pyarrow's cast) takes only plain decimals of at
    most 15 digits, and gives for them exactly pd.to_numeric's float64 bits; anything else goes
    to the general reader (None here), which names the row of a bad value."""
    import numpy as np
    import pandas as pd

    from rumorbt.tabular import _plain_decimals, parse_numbers

    rng = np.random.default_rng(7)
    texts = [f"{x:.{d}f}" for x, d in zip(rng.uniform(0, 10 ** rng.integers(1, 9, 20_000)), rng.integers(0, 7, 20_000))]
    texts += [str(i) for i in rng.integers(0, 10**15, 5_000)] + ["-0", "+3.", ".25", " 12.5 ", "0.000001", "999999999999999"]
    texts = [t for t in texts if len(t.strip()) <= 15]
    col = pd.Series(texts, dtype=str)
    fast = _plain_decimals(col)
    assert fast is not None and len(fast) == len(texts)
    slow = pd.to_numeric(col.str.strip(), errors="coerce").to_numpy(np.float64)
    assert np.array_equal(fast.view(np.int64), slow.view(np.int64))
    for other in (["1e5"], ["nan"], ["inf"], [""], ["1,5"], ["0x10"], ["1_000"], ["1234567890123456"], ["１２"], ["1", "x"]):
        assert _plain_decimals(pd.Series(other, dtype=str)) is None, other
    df = pd.DataFrame({"close": pd.Series(["109.91", "abc"], dtype=str)})
    with pytest.raises(E.InputError, match="row 2.*'abc' is not a number|'abc' is not a number.*row 2"):
        parse_numbers(df, "close", "t.csv")


def test_sources_naming_no_forum_build_no_company_handle_index():
    """The company-handle index (15,000 names) is built only for a source that names a forum or
    channel; the reference case's sources ("The Leak", "Twitter (Andy Stone)", "Reuters") do not."""
    from rumorbt import classify as C

    fresh = E.load_tables.__wrapped__()
    for source in ("The Leak", "Twitter (Andy Stone)", "Reuters"):
        assert C._source_tickers(source, fresh) == frozenset()
    assert "company handles" not in fresh.derived
    assert C._source_tickers("Reddit r/intelstock", fresh) == frozenset({"INTC"})
    assert "company handles" in fresh.derived


@pytest.mark.slow
def test_a_test_session_removes_its_own_cache_folder(tmp_path):
    """tests/conftest.py gives a session without RUMORBT_CACHE a temporary cache folder; it was
    never removed (hundreds of rumorbt-test-cache-* folders, 2-5 MB each, piled up in /tmp)."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "RUMORBT_CACHE"}
    env["TMPDIR"] = str(tmp_path)
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_timefmt.py"],
                   cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert list(tmp_path.glob("rumorbt-test-cache-*")) == []


def test_the_parser_looks_the_version_up_only_for_version(monkeypatch, capsys):
    """Building the parser (every command) does not look up the installed version (importing
    importlib.metadata and scanning the distributions cost ~25 ms a run); ``--version`` still
    prints it."""
    from rumorbt import cli

    asked = []
    monkeypatch.setattr(cli, "package_version", lambda: asked.append(1) or "9.9.9")
    args = cli._parser().parse_args(["run", "--out", "x"])
    assert args.cmd == "run" and asked == []
    with pytest.raises(SystemExit) as stop:
        cli._parser().parse_args(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out == "rumorbt 9.9.9\n" and asked == [1]


def test_the_code_and_tables_digest_is_made_once_and_follows_an_edit(tmp_path, monkeypatch):
    """The cache key's code-and-tables part is read and hashed once per process while no file
    changes, and changes when a table does."""
    from rumorbt import resources

    data = tmp_path / "data"
    data.mkdir()
    (data / "t.csv").write_text("a\n1\n")
    monkeypatch.setattr(resources, "data_dir", lambda: data)
    monkeypatch.setattr(resources, "_CODE_AND_TABLES", {})
    reads = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda p: reads.append(p.name) or real(p))
    first = resources.code_and_tables()
    n = len(reads)
    assert n > 1 and resources.code_and_tables() == first and len(reads) == n
    (data / "t.csv").write_text("a\n22\n")
    assert resources.code_and_tables() != first and len(reads) > n


def test_times_without_pandas_are_the_text_and_instants_pandas_gives():
    """rumorbt.timefmt's local_text / local_date / midnight_ns (what the cached path of a run
    uses instead of pandas Timestamps) against pandas itself, over zones with daylight saving,
    without it, and a fixed offset pandas alone reads."""
    import random

    import pandas as pd

    from rumorbt import timefmt as T

    rng = random.Random(7)
    for zone in ("America/New_York", "UTC", "Asia/Shanghai", "Europe/London", "Australia/Sydney", "+05:30"):
        for t in [rng.randint(-10**18, 4 * 10**18) for _ in range(400)] + [1_669_132_800 * 10**9, -1]:
            ts = pd.Timestamp(t, unit="ns", tz="UTC").tz_convert(zone)
            assert T.local_text(t, zone) == ts.strftime("%Y-%m-%d %H:%M %Z")
            assert T.local_text(t, zone, "%H:%M:%S %Z") == ts.strftime("%H:%M:%S %Z")
            assert T.local_date(t, zone) == ts.date()
            assert T.iso(t, zone) == ts.floor("us").isoformat(timespec="microseconds")
        for day in ("2022-11-22", "2022-03-13", "2022-11-06", "1969-12-31", "2024-02-29"):
            assert T.midnight_ns(day, zone) == pd.Timestamp(day, tz=zone).value
