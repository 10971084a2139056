"""Command line: ``python backtest.py [run|classify|simulate] ...``.

Exit status: 0 success; 2 bad input or usage (one line on stderr naming the file, the row
and the problem); 1 a bug (with its traceback, so it can be reported).
"""
from __future__ import annotations

import argparse
import csv
import gc
import shlex
import sys
from pathlib import Path

from .config import REFERENCE_CONFIG, REFERENCE_DIR, load_config, parse_set_args
from .domain import DEFAULT_CALENDAR
from .errors import InputError
from .outdir import check_new_file, check_new_folder
from .resources import package_version


FORCE_HELP = ("write into a folder that also holds files this program did not write; they are left "
              "untouched (only files an earlier run wrote there, listed in its manifest, are replaced)")


class _UsageError(Exception):
    pass


# Whole-process runs (``python backtest.py``, the ``rumorbt`` script) keep Python's cyclic
# garbage collector off while they start: importing pandas and matplotlib and building the
# reader's tables make some 130,000 long-lived objects and no garbage worth a pass, yet each
# full pass rescans them all (about 0.2 s of the reference case), and the interpreter's last
# pass at exit scans them once more. Commands whose work grows with their input turn it back
# on (``_collect_from_here``) once started; what was made so far is frozen out of its passes.
_OWN_PROCESS = {"whole": False, "collector_off": False}  # whole: main() owns the interpreter


def _lean_matplotlib() -> None:
    """A whole-process run draws its figures with matplotlib's object API and nothing else, so
    two things matplotlib does on import for interactive use are skipped (about 0.1 s; the
    figures are byte for byte the same, a test checks): the property lists it writes into the
    docstring of every artist's ``set`` (read only by ``help()``), and the 3-D toolkit it
    loads to register the "3d" projection. Not for an in-process call (a notebook may want
    either), nor once matplotlib is loaded."""
    if not _OWN_PROCESS["whole"] or "matplotlib.projections" in sys.modules:
        return
    import warnings

    import matplotlib.artist

    matplotlib.artist.kwdoc = lambda artist: "(the artist's settable properties: see its set_* methods)"
    sys.modules["mpl_toolkits.mplot3d"] = None  # type: ignore[assignment]  # "not importable"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # matplotlib's "3D projection not available"
            import matplotlib.projections  # noqa: F401
    finally:
        del sys.modules["mpl_toolkits.mplot3d"]


def _collect_from_here() -> None:
    """Work proportional to the input follows: the collector back on for it (whole-process runs)."""
    if _OWN_PROCESS["collector_off"]:
        gc.freeze()
        gc.enable()
        _OWN_PROCESS["collector_off"] = False


class _DefaultsFormatter(argparse.HelpFormatter):
    """Help lines end with the option's default, when it has a meaningful one."""

    def _get_help_string(self, action: argparse.Action) -> str:
        h = action.help or ""
        d = action.default
        if d in (None, False, [], "", argparse.SUPPRESS) or "default" in h or not action.option_strings:
            return h
        return f"{h} (default: %(default)s)"


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _DefaultsFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # one line, exit 2, no usage dump
        raise _UsageError(f"{self.prog}: {message} (see --help)")


def _prog() -> str:
    """The command as the user typed it: ``rumorbt`` (the installed script) or ``backtest.py``."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name and name not in ("-c", "__main__.py") and not name.startswith("pytest") else "backtest.py"


def _parser(prog: str = "backtest.py") -> argparse.ArgumentParser:
    p = _Parser(prog=prog, description="Backtest trading unverified CEO-change headlines until the denial. "
                "Without a command: the bundled reference case (run --out out/reference).")
    p.add_argument("--version", action="version", version=f"rumorbt {package_version()}")
    sub = p.add_subparsers(dest="cmd", parser_class=_Parser)
    r = sub.add_parser("run", help="run one backtest (default: the bundled reference case)")
    r.add_argument("--headlines", help="headline file (CSV or JSON Lines) (default: the configuration's data.headlines; "
                   "without --config the reference case's)")
    r.add_argument("--prices", help="price tape (CSV or Parquet bars, optional bid/ask) (default: the configuration's "
                   "data.prices; without --config the reference case's)")
    r.add_argument("--prices-tz", help="time zone of a tape whose timestamps carry no offset, e.g. America/New_York "
                   "(default: none, such a tape is refused)")
    r.add_argument("--headlines-tz", help="time zone of a headline file whose times carry no offset (default: none, "
                   "such a file is refused)")
    r.add_argument("--ticker", help="the tape's ticker (default: the one the rumours name)")
    r.add_argument("--columns", help="rename vendor columns: timestamp=ts_et_bar_start,bid=bid_open,ask=ask_open")
    r.add_argument("--stamp", choices=("start", "end"), help="bar timestamps mark the bar's start (default) or end")
    r.add_argument("--preset", help="a vendor's file shape: yfinance, alpaca, polygon, polygon-flat, eastern, binance, databento")
    r.add_argument("--epoch-unit", choices=("s", "ms", "us", "ns"), help="unit of integer timestamps (default: inferred from their size, said aloud)")
    r.add_argument("--source", choices=("file", "yfinance"), default="file",
                   help="yfinance: fetch (or reuse from the cache) the bars the headlines need")
    r.add_argument("--interval", default="1m", help="with --source yfinance: bar interval (default 1m)")
    r.add_argument("--cache", default=None, help="with --source yfinance: cache folder (default data/cache/yfinance)")
    r.add_argument("--prices-dir", help="many events: a folder of tapes named TICKER_anything.csv|.csv.gz|.parquet")
    r.add_argument("--tapes", help="many events: a CSV listing ticker,path")
    r.add_argument("--market", help="many events: a market proxy tape (e.g. SPY) for abnormal returns in the event study")
    r.add_argument("--market-model", choices=("market-model", "market-adjusted"), default="market-model",
                   help="abnormal returns: market model (alpha, beta estimated before each event) or market-adjusted")
    r.add_argument("--engine", choices=("fast", "backtrader"), default="fast",
                   help="fast: the array driver (milliseconds); backtrader: the reference engine it is checked "
                        "against bar by bar (same trades.csv and summary.json but for the engine's name; about a second)")
    r.add_argument("--config", help="TOML run configuration (default: the reference case's, data/reference/META_2022-11-22.toml)")
    r.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a config key, e.g. latency.order=100ms (repeatable)")
    r.add_argument("--seed", type=int, help="seed for latency jitter (default: the configuration's seed, 7 in the reference case)")
    r.add_argument("--out", default="out/run", help="output folder (default: out/run)")
    r.add_argument("--force", action="store_true", help=FORCE_HELP)
    lc = sub.add_parser("latency-curve", help="net P&L against latency, per direction, over one run's events or many")
    for a in ("--headlines", "--prices", "--prices-tz", "--headlines-tz", "--ticker", "--columns", "--preset",
              "--prices-dir", "--tapes", "--config"):
        lc.add_argument(a, help=next(x.help for x in r._actions if a in x.option_strings))
    lc.add_argument("--stamp", choices=("start", "end"), help="bar timestamps mark the bar's start (default) or end")
    lc.add_argument("--epoch-unit", choices=("s", "ms", "us", "ns"), help="unit of integer timestamps")
    lc.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a config key (repeatable)")
    lc.add_argument("--seed", type=int, help="seed for latency jitter and the bootstrap")
    lc.add_argument("--latencies", default="0ms,100ms,500ms,1s,2s,5s,10s,30s,1min,2min,5min,10min",
                    help="publication-to-exchange latencies, comma-separated (entry and exit)")
    lc.add_argument("--directions", default="", help="long,short,follow (default: the configured direction)")
    lc.add_argument("--boot", type=int, default=1000, help="bootstrap resamples of the events (default 1000)")
    lc.add_argument("--out", default="out/latency_curve", help="output folder")
    lc.add_argument("--force", action="store_true", help=FORCE_HELP)
    lc.set_defaults(source="file", engine="backtrader", market=None)
    w = sub.add_parser("sweep", help="run a grid of configurations (default: >= 1,000 over the reference case)")
    w.add_argument("--config", help="sweep TOML: [base], [grid], optional [sweep]")
    w.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="override a [base] key (repeatable)")
    g = w.add_mutually_exclusive_group()
    g.add_argument("--workers", type=int, default=0, help="local processes (default: one per core, up to 8; one when the estimate is under 0.5 s)")
    g.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786")
    w.add_argument("--resume", action="store_true", help="continue an interrupted sweep in the same --out")
    w.add_argument("--engine", choices=("fast", "backtrader"), default="fast", help="fast: the parity-checked array driver")
    w.add_argument("--no-progress", action="store_true", help="no progress bar")
    w.add_argument("--out", default="out/sweep", help="output folder")
    w.add_argument("--force", action="store_true", help=FORCE_HELP)
    w.add_argument("--yes", action="store_true", help="start a sweep larger than --confirm-above without asking")
    w.add_argument("--confirm-above", type=int, default=1_000_000, metavar="N",
                   help="runs (combinations x draws) above which a sweep needs --yes (default 1,000,000)")
    w.add_argument("--dask-wait", type=float, default=60.0, metavar="SECONDS",
                   help="with --scheduler: how long to wait for a first worker (default 60)")
    w.add_argument("--tls-ca-file", help="with a tls:// --scheduler: CA certificate (else dask's distributed.comm.tls config)")
    w.add_argument("--tls-cert", help="with a tls:// --scheduler: client certificate")
    w.add_argument("--tls-key", help="with a tls:// --scheduler: client private key")
    c = sub.add_parser("classify", help="print how each headline is read (CSV on stdout)")
    c.add_argument("file")
    c.add_argument("--headlines-tz", default="", help="time zone for times without an offset (default: none, such "
                   "times are refused)")
    c.add_argument("--aliases", default="", help="extra alias table (ticker, alias, kind, match) (default: none, the "
                   "bundled tables alone)")
    c.add_argument("--sources", default="", help="extra source-class table (class, pattern) (default: none, the "
                   "bundled table alone)")
    c.add_argument("--link-window", default="", help="link a denial naming no company to a rumour this recent (default data.link_window, 24h; 0 = off)")
    c.add_argument("--reader-stage", choices=("trained", "rules"), default="trained",
                   help="trained: the rules' reading through the trained second stage; rules: the rules alone (data.reader_stage)")
    c.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="processes reading headlines (default 0: every core, for files of 50,000 rows or more; 1: one); "
                        "the output does not depend on it")
    f = sub.add_parser("fetch", help="download bars with yfinance into the on-disk cache")
    f.add_argument("ticker")
    f.add_argument("--start", required=True, help="first exchange date, YYYY-MM-DD")
    f.add_argument("--end", required=True, help="day after the last, YYYY-MM-DD")
    f.add_argument("--interval", default="1m", help="bar interval")
    f.add_argument("--cache", default=None, help="cache folder (default data/cache/yfinance)")
    f.add_argument("--refresh", action="store_true", help="download again even if cached")
    f.add_argument("--calendar", default=DEFAULT_CALENDAR, help="the exchange's calendar: its zone dates the days and stamps the bars")
    b = sub.add_parser("bars", help="aggregate tick trades (and quotes) into a bar tape")
    b.add_argument("--trades", required=True, help="timestamp, price, size")
    b.add_argument("--quotes", help="timestamp, bid, ask: the bar's bid/ask is the quote standing at its open")
    b.add_argument("--bar", default="1s", help="bar length, e.g. 100ms, 1s, 1min (default 1s)")
    b.add_argument("--tz", default="", help="zone of timestamps without an offset (default: none, such timestamps are refused)")
    b.add_argument("--out", required=True, help="output tape (.csv, .csv.gz or .parquet)")
    b.add_argument("--force", action="store_true", help="replace --out if it already exists")
    s = sub.add_parser("simulate", help="write a SIMULATED tape from a scenario file")
    s.add_argument("--scenario", default=str(REFERENCE_DIR / "META_2022-11-22_scenario.toml"), help="scenario TOML")
    s.add_argument("--seed", type=int, default=20221122, help="random seed of the simulation")
    s.add_argument("--population", type=int, help="instead: N rumour/denial events across tickers and days (--out is a folder)")
    s.add_argument("--tickers", default="", help="with --population: comma-separated tickers (default: "
                   "AAPL,MSFT,AMZN,META,TSLA,NVDA,JPM,DIS,NFLX,INTC)")
    s.add_argument("--year", type=int, default=2023, help="with --population: the year whose trading days are drawn")
    s.add_argument("--out", required=True, help="output file (its name must contain SIMULATED), or a folder with --population")
    s.add_argument("--force", action="store_true", help="replace an existing --out file, or write into a non-empty folder")
    return p


def build_config(args: argparse.Namespace):
    """Reference config when no inputs are named; else defaults, then --config, then flags."""
    overrides = parse_set_args(args.set)
    flags = {"data.headlines": args.headlines, "data.prices": args.prices, "data.prices_tz": args.prices_tz,
             "data.headlines_tz": args.headlines_tz, "data.ticker": args.ticker,
             "data.columns": args.columns, "data.stamp": args.stamp, "data.preset": args.preset,
             "data.epoch_unit": args.epoch_unit,
             "seed": str(args.seed) if args.seed is not None else None}
    flags = {k: v for k, v in flags.items() if v is not None}
    many = bool(getattr(args, "prices_dir", None) or getattr(args, "tapes", None))
    if getattr(args, "market", None) and not many:
        raise InputError("--market is for many-event runs (--prices-dir/--tapes): it feeds their event study")
    if many:
        if args.prices or args.source == "yfinance":
            raise InputError("--prices-dir/--tapes run many events; do not combine them with --prices or --source yfinance")
        if not args.headlines and not args.config:
            raise InputError("--prices-dir/--tapes need --headlines")
    elif args.source == "yfinance":
        if not args.headlines or args.prices:
            raise InputError("--source yfinance takes --headlines and no --prices (the bars come from the cache or yfinance)")
    elif bool(args.headlines) != bool(args.prices) and not args.config:
        raise InputError("give both --headlines and --prices, or neither (for the reference case)")
    base = args.config or (None if args.headlines else str(REFERENCE_CONFIG))
    cfg = load_config(base, {**flags, **overrides})
    if args.source == "yfinance" and not many:
        from .marketdata import yfinance_tape

        tape, warnings = yfinance_tape(cfg, args.interval, args.cache)
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        cfg = cfg.with_overrides({"data.prices": str(tape)})
    return cfg


def cmd_bars(args: argparse.Namespace) -> int:
    from .config import parse_duration_ns
    from .ticks import write_bars

    try:
        bar_ns = parse_duration_ns(args.bar, "--bar")
    except InputError as e:
        raise InputError(e.problem) from None
    check_new_file(args.out, args.force)
    n, notes = write_bars(args.trades, args.quotes, bar_ns, args.out, args.tz)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"Wrote {n:,} bars of {args.bar} to {args.out}")
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    from .marketdata import DEFAULT_CACHE, fetch
    from .names import check_ticker

    args.ticker = check_ticker(args.ticker)
    from .sessions import exchange_zone

    res = fetch(args.ticker, args.start, args.end, args.interval, Path(args.cache) if args.cache else DEFAULT_CACHE,
                refresh=args.refresh, zone=exchange_zone(args.calendar))
    for w in res.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"{args.ticker.upper()} {args.interval}: {res.fetched_days} day(s) downloaded, {res.cached_days} from the cache; "
          f"{len(res.files)} file(s) in {Path(args.cache) if args.cache else DEFAULT_CACHE}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from .engine import run
    from .report import console_summary, summary_dict, write_outputs

    cfg = build_config(args)
    if args.prices_dir or args.tapes:
        from .portfolio import run_portfolio, write_portfolio

        _collect_from_here()
        results, tapes = run_portfolio(cfg, args.prices_dir, args.tapes, engine=args.engine, progress=True)
        market = None
        if args.market:
            from .tape import load_tape

            market = load_tape(args.market, "MARKET", tz=cfg.data.prices_tz, bar_seconds=cfg.data.bar_seconds,
                               columns=cfg.data.columns, stamp=cfg.data.stamp, preset=cfg.data.preset,
                               epoch_unit=cfg.data.epoch_unit)
        _lean_matplotlib()
        _, text = write_portfolio(results, tapes, cfg, args.out, force=args.force, market=market,
                                  market_model=args.market_model, engine=args.engine, catalog=args.tapes)
        print(text)
        return 0
    res = run(cfg, engine=args.engine)
    _lean_matplotlib()
    summary = summary_dict(res)  # hashes the inputs: once for the files and the console
    out = write_outputs(res, args.out, summary, force=args.force)
    print(console_summary(res, str(out), summary))
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    import signal

    from .sweep import load_sweep
    from .sweep_report import write_sweep_report
    from .sweep_run import dask_security, human_seconds, local_workers, run_sweep, seconds_per_combination

    if args.workers < 0:
        raise InputError("--workers must be positive")
    if args.dask_wait <= 0 or args.confirm_above < 0:
        raise InputError("--dask-wait must be positive and --confirm-above not negative")
    spec = load_sweep(args.config, parse_set_args(args.set), engine=args.engine)
    security = dask_security(args.tls_ca_file, args.tls_cert, args.tls_key)
    per_s, timed = seconds_per_combination(spec)
    runs = spec.size * spec.draws
    workers = local_workers(args.workers, per_s * spec.size)
    eta = (f"about {human_seconds(per_s * spec.size / workers)} on {workers} local process(es)" if not args.scheduler
           else f"about {human_seconds(per_s * spec.size)} of one worker thread")
    estimate = (f"{spec.size:,} combinations x {spec.draws} draw(s), engine {spec.engine}; {eta} "
                f"({per_s * 1e6:,.0f} µs per combination, timed on {timed})")
    if runs > args.confirm_above and not args.yes:
        raise InputError(f"{runs:,} runs ({estimate}) is more than --confirm-above {args.confirm_above:,}; pass --yes to start it")
    # SIGTERM stops the sweep like Ctrl-C: complete rows kept, workers stopped, one line
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    _collect_from_here()
    try:
        results = run_sweep(spec, args.out, workers=workers, scheduler=args.scheduler, resume=args.resume,
                            progress=not args.no_progress, force=args.force, dask_wait_s=args.dask_wait,
                            security=security, announce=lambda: print(f"sweep: {estimate}", file=sys.stderr, flush=True))
    finally:
        signal.signal(signal.SIGTERM, previous)
    from .sweep import bar_seconds

    _lean_matplotlib()
    print(write_sweep_report(results, spec, spec.simulated, bar_seconds(spec)))
    return 0


def _raise_interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def cmd_latency_curve(args: argparse.Namespace) -> int:
    from . import latency_curve as lcm
    from .config import parse_duration_ns
    from .report import write_folder_atomically
    from .tape import is_simulated_name

    cfg = build_config(args)
    lat = [parse_duration_ns(x.strip(), "--latencies") for x in args.latencies.split(",") if x.strip()]
    if not lat:
        raise InputError("--latencies: give at least one duration, e.g. 0ms,1s,1min")
    dirs = [d.strip() for d in args.directions.split(",") if d.strip()] or [cfg.strategy.direction]
    bad = [d for d in dirs if d not in ("long", "short", "follow")]
    if bad:
        raise InputError(f"--directions: {bad[0]!r} is not one of long, short, follow")
    if args.boot < 0:
        raise InputError("--boot must be 0 or more")
    _collect_from_here()
    if args.prices_dir or args.tapes:
        from .portfolio import PlannedEvent, plan_events

        planned, tapes = plan_events(cfg, args.prices_dir, args.tapes)
        events = [(e.cfg, e.inputs) for e in planned if isinstance(e, PlannedEvent)]
        simulated = any(t.simulated for t in tapes.values()) or is_simulated_name(cfg.data.headlines)
    else:
        from .engine import load_inputs

        inputs = load_inputs(cfg)
        events = [(cfg, inputs)]
        simulated = inputs.tape.simulated or is_simulated_name(cfg.data.headlines)
    curve = lcm.latency_curve(events, cfg, lat, dirs, n_boot=args.boot, seed=cfg.seed, progress=True)

    def write(tmp: Path) -> None:
        lcm.write_table(curve, tmp / "latency_curve.csv", simulated)
        lcm.plot(curve, tmp / "latency_curve.png", simulated)

    _lean_matplotlib()
    out = write_folder_atomically(args.out, write, args.force)
    lines = ["*** SIMULATED data: an illustration of the method, not a real outcome ***"] if simulated else []
    lines += lcm.console_lines(curve)
    lines.append(f"Wrote {out}/latency_curve.csv, latency_curve.png")
    print("\n".join(lines))
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from .classify_file import CLASSIFICATION_COLUMNS, classification_rows
    from .outdir import csv_row

    from .config import parse_duration_ns

    window = parse_duration_ns(args.link_window, "--link-window") if args.link_window else None
    if args.jobs < 0:
        raise InputError("--jobs must be 0 (every core) or more")
    _collect_from_here()
    rows = classification_rows(args.file, args.headlines_tz, args.aliases, args.sources, window, stage=args.reader_stage,
                               jobs=args.jobs)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(CLASSIFICATION_COLUMNS)
    w.writerows(map(csv_row, rows))
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from .names import check_ticker
    from .synthetic import POPULATION_TICKERS, generate, load_scenario, write_population, write_tape

    if args.population is not None:
        if args.population < 1:
            raise InputError("--population must be at least 1")
        tickers = tuple(check_ticker(t.strip(), "--tickers:") for t in args.tickers.split(",") if t.strip()) or POPULATION_TICKERS
        check_new_folder(args.out, args.force)
        out = write_population(args.population, args.seed, args.out, tickers, args.year)
        print(f"Wrote SIMULATED population of {args.population} events to {out}: headlines_SIMULATED.csv, "
              f"events_SIMULATED.csv (drawn parameters), prices/*_SIMULATED.csv.gz, and the market proxy "
              f"SPY_{args.year}_1min_SIMULATED.csv.gz (for --market; each ticker's beta is in events_SIMULATED.csv)")
        return 0
    if "SIMULATED" not in Path(args.out).name:
        raise InputError("a simulated tape's file name must contain SIMULATED", file=args.out)
    check_new_file(args.out, args.force)
    sc = load_scenario(args.scenario)
    path = write_tape(generate(sc, args.seed), args.out)
    print(f"Wrote SIMULATED tape {path} ({sc.ticker} {sc.date}, seed {args.seed})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """The command line; ``argv`` None: this process's own (``sys.argv``), and the call owns the
    interpreter (see ``_OWN_PROCESS``); a list: called in-process (tests, notebooks), which
    leaves the collector alone."""
    if argv is not None:
        return _main(argv, "backtest.py")
    gc.disable()
    _OWN_PROCESS.update(whole=True, collector_off=True)
    try:
        return _main(sys.argv[1:], _prog())
    finally:
        gc.freeze()  # the process ends: nothing made so far is worth the exit's full pass


def _main(argv: list[str], prog: str) -> int:
    if not argv or argv[0].startswith("--") and argv[0] not in ("-h", "--help", "--version"):
        argv = ["run", "--out", "out/reference", *argv]
    try:
        args = _parser(prog).parse_args(argv)
        if args.cmd is None:
            args = _parser(prog).parse_args(["run", "--out", "out/reference"])
        return {"run": cmd_run, "sweep": cmd_sweep, "classify": cmd_classify, "simulate": cmd_simulate, "fetch": cmd_fetch, "bars": cmd_bars,
                "latency-curve": cmd_latency_curve}[args.cmd](args)
    except (InputError, _UsageError) as e:
        print(f"error: {e.line() if isinstance(e, InputError) else e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        from .sweep_run import SweepInterrupted

        if not isinstance(e, SweepInterrupted):
            raise
        again = " ".join(shlex.quote(a) for a in argv if a != "--resume")
        command = f"python {prog}" if prog.endswith(".py") else prog
        print(f"error: sweep {e}; {e.results} keeps every complete row: continue with "
              f"{command} {again} --resume", file=sys.stderr)
        return 130
