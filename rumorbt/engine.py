"""One backtest: a pure function of a :class:`~rumorbt.config.RunConfig`.

``run(cfg)`` reads and validates the inputs, classifies the headlines, drives backtrader
(``rumorbt.strategies.HeadlineRumorStrategy`` on a ``LatencyBroker``) over the tape and returns a
:class:`RunResult`. It writes nothing; :mod:`rumorbt.report` does.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import RunConfig
from .costs import FEE_NAMES, FEES_FILE, ImpactModel, fee_rates, fee_table_start
from .domain import Action, Kind
from .errors import InputError
from .headlines import Headline
from .reading import FEED_NOT_NAMED, Reading
from .reading_cache import load_headlines_cached, read_feed_cached
from .sessions import Sessions, sessions_for
from .tape import Tape
from .tape_cache import load_tape_cached
from .timefmt import local_date, local_text
from .tapecheck import check_coverage, check_file_name, check_stamp, check_volume, check_zone, rumour_coverage

if TYPE_CHECKING:  # what simulating needs is imported there: a sweep on the batch kernel only loads its inputs
    from .events import ReceivedHeadline
    from .fastpath import Simulation
    from .trades import RoundTrip

ENGINES = ("backtrader", "fast")
# The array driver answers single runs: same trades and decision log as backtrader (a parity test
# holds it to that over every branch), in milliseconds instead of about a second. Backtrader
# stays the reference engine the fast one is checked against (``engine="backtrader"``).
DEFAULT_ENGINE = "fast"


@dataclass
class RunResult:
    cfg: RunConfig
    ticker: str
    tape: Tape
    sessions: Sessions
    received: list[ReceivedHeadline]
    trades: list[RoundTrip]
    decisions: list[tuple[int, str, str, str]]
    impact: ImpactModel
    fee_note: str
    warnings: list[str] = field(default_factory=list)
    fills: list = field(default_factory=list)  # (trip, "entry"|"exit", Fill) in execution order
    impact_notes: list[str] = field(default_factory=list)  # where each order's sigma/ADV came from
    engine: str = DEFAULT_ENGINE  # the driver that produced the trades (recorded in summary.json)

    @property
    def simulated(self) -> bool:
        """The run read a SIMULATED tape or headline file (its name says so)."""
        from .tape import is_simulated_name

        return self.tape.simulated or is_simulated_name(self.cfg.data.headlines)

    @property
    def stats(self):
        """Every statistic of this run (:class:`rumorbt.stats.TradeStats`), over the tape's span."""
        from .stats import compute_stats

        return compute_stats(self.trades, self.cfg.strategy.cash, (int(self.tape.t_open[0]), int(self.tape.t_end[-1])),
                             {self.ticker: self.tape}, self.sessions)

    @property
    def zone(self) -> str:
        """The exchange's time zone (from the configured calendar): reports show this time."""
        return self.sessions.zone


def resolve_ticker(cfg: RunConfig, readings: list[Reading], headlines_file: str) -> str:
    if cfg.data.ticker:
        from .names import check_ticker

        return check_ticker(cfg.data.ticker, "data.ticker")
    named = sorted({r.ticker for r in readings if r.ticker and r.kind == Kind.RUMOR})
    if len(named) == 1:
        return named[0]
    if not named:
        raise InputError("no CEO-change rumour names a ticker; set data.ticker (--set data.ticker=META)", file=headlines_file)
    raise InputError(f"rumours name several tickers ({', '.join(named)}); say which one the tape is with --set data.ticker=...", file=headlines_file)


@dataclass(frozen=True, eq=False)
class Inputs:
    """Everything a run reads, validated and classified; independent of latency, costs and
    strategy settings, so a sweep loads it once for many configurations."""

    headlines: list[Headline]
    readings: list[Reading]
    ticker: str
    tape: Tape
    sessions: Sessions
    warnings: tuple[str, ...] = ()  # what the input checks found (rumorbt.tapecheck), for the summary

    @staticmethod
    def key(cfg: RunConfig) -> tuple:
        d = cfg.data
        return (d.headlines, d.prices, d.prices_tz, d.headlines_tz, d.ticker, d.bar_seconds, d.calendar, d.aliases, d.sources,
                d.columns, d.stamp, d.preset, d.epoch_unit, d.link_window, d.reader_stage)


def read_headlines(cfg: RunConfig) -> tuple[list[Headline], list[Reading]]:
    """The configured headline file, validated and read (with the configured tables; the
    readings kept in the cache when this feed was read before: :mod:`rumorbt.reading_cache`)."""
    headlines = load_headlines_cached(cfg.data.headlines, tz=cfg.data.headlines_tz)
    return headlines, read_feed_cached(headlines, cfg.data.headlines, cfg.data.aliases, cfg.data.sources,
                                       cfg.data.link_window, cfg.data.reader_stage)


def load_inputs(cfg: RunConfig) -> Inputs:
    headlines, readings = read_headlines(cfg)
    ticker = resolve_ticker(cfg, readings, cfg.data.headlines)
    tape = load_tape_cached(cfg.data.prices, ticker, tz=cfg.data.prices_tz, bar_seconds=cfg.data.bar_seconds,
                     columns=cfg.data.columns, stamp=cfg.data.stamp, preset=cfg.data.preset, epoch_unit=cfg.data.epoch_unit)
    sessions = sessions_for(cfg.data.calendar, int(tape.t_open[0]), int(tape.t_open[-1]))
    check_file_name(cfg.data.prices, ticker)
    warnings = check_coverage(tape, headlines, readings, ticker, cfg.data.headlines, sessions.zone)
    warnings += check_zone(tape, sessions, cfg.data.prices_tz, cfg.data.calendar)
    warnings += check_stamp(tape, sessions, cfg.data.stamp)
    return Inputs(headlines, readings, ticker, tape, sessions, tuple(warnings))




def simulate(cfg: RunConfig, inputs: Inputs, engine: str = "backtrader", impact: ImpactModel | None = None) -> Simulation:
    """Feed the configured policy (``strategy.policy``) from ``inputs`` with one driver:
    ``"backtrader"`` (bar by bar through cerebro) or ``"fast"`` (the array driver). Both give
    the same trips, ledger and decision log (a parity test holds them to it)."""
    from .events import HeadlineFeed, PriceView, receive
    from .exchange import SimulatedExchange
    from .fastpath import Simulation, simulate_arrays
    from .policy import make_policy

    if engine == "fast":
        return simulate_arrays(cfg, inputs, impact)
    if engine != "backtrader":
        raise InputError(f"engine {engine!r} is not one of {', '.join(ENGINES)}")
    import backtrader as bt  # here, not at the top: the fast path and classify never load it

    from .broker import LatencyBroker, TapeFeed
    from .resources import strategies_module

    adapters = strategies_module()
    HeadlineRumorStrategy, StrategyContext = adapters.HeadlineRumorStrategy, adapters.StrategyContext

    tape, sessions, ticker = inputs.tape, inputs.sessions, inputs.ticker
    check_volume(tape, cfg.costs.participation_cap)
    exchange = SimulatedExchange(cfg, tape, sessions, impact)
    received = receive(inputs.headlines, inputs.readings, cfg)
    policy_for = lambda port, close_asof: make_policy(cfg, ticker, sessions, port, close_asof)

    ctx = StrategyContext(tape, HeadlineFeed(received), PriceView(tape), policy_for)
    cerebro = bt.Cerebro(stdstats=False, cheat_on_open=True, runonce=False, preload=True, quicknotify=True)
    cerebro.adddata(TapeFeed(tape=tape))
    broker = LatencyBroker(exchange)
    broker.setcash(cfg.strategy.cash)
    cerebro.setbroker(broker)
    cerebro.addstrategy(HeadlineRumorStrategy, ctx=ctx)
    cerebro.run()
    return Simulation(ctx.policy.trips, broker.ledger, ctx.policy.decisions, exchange, received)


def run(cfg: RunConfig, inputs: Inputs | None = None, engine: str = DEFAULT_ENGINE) -> RunResult:
    """Run one backtest: the configured policy fed by ``engine`` (the parity-checked ``"fast"``
    array driver, the default, or ``"backtrader"``, the reference it is checked against; same results). ``inputs`` (from :func:`load_inputs`
    with the same data settings) skips reading the files again. Raises
    :class:`~rumorbt.errors.InputError` on bad input."""
    from .trades import build_round_trips

    inputs = inputs or load_inputs(cfg)
    ticker, tape, sessions = inputs.ticker, inputs.tape, inputs.sessions
    sim = simulate(cfg, inputs, engine)
    received, decisions, impact = sim.received, list(sim.decisions), sim.exchange.impact
    warnings = list(tape.notes) + list(inputs.warnings)
    trades = build_round_trips(sim.trips, sim.ledger, sim.exchange)
    legs = {}
    for t in sim.trips:
        legs[t.entry_ref] = (t.trip, "entry")
        if t.exit_ref is not None:
            legs[t.exit_ref] = (t.trip, "exit")
    fills = [(*legs[ref], f) for ref, f in sim.ledger]
    impact_notes = impact_notes_for(sim.trips, impact, cfg)
    warnings += [n for n in impact_notes if "nothing known" in n]
    last = int(tape.t_open[-1])
    for ev in received:
        if ev.t_recv > last:
            decisions.append((ev.t_recv, ev.key, Action.UNSEEN, "received after the tape's last bar"))
    warnings += _non_answer_warnings(decisions, received, tape, ticker, cfg, sessions.zone)
    warnings += precision_warnings([(ev.headline, ev.reading) for ev in received], ticker, cfg, sessions.zone)
    warnings += fee_warnings(fills, cfg, sessions.zone)
    for t in sim.trips:
        if not any(rt.trip == t.trip for rt in trades):
            decisions.append((t.t_arrive, t.rumor.key, Action.UNFILLED, "entry order never filled (cancelled or no fresh price before the tape ended)"))
    return RunResult(cfg, ticker, tape, sessions, received, trades, decisions, impact,
                     fee_rates(cfg.costs, int(tape.t_open[0])).note, warnings, fills, impact_notes, engine)


FEE_KEYS = {"sec_section31": "costs.sec_fee_per_million", "finra_taf": "costs.taf_per_share and costs.taf_max",
            "cat_fee": "costs.cat_fee_per_share"}


def fee_warnings(fills, cfg: RunConfig, zone: str) -> list[str]:
    """A fill dated before the fee table's first rate for a fee pays 0 for it: say so, once per fee."""
    return fee_gap_warnings(cfg, [(f"trade {trip}", f.t) for trip, _, f in fills], zone)


def fee_gap_warnings(cfg: RunConfig, dated: list[tuple[str, int]], zone: str) -> list[str]:
    """One line per fee the table has no rate for at some of ``dated`` ((what, ns UTC) in time
    order: a trade, or an event a sweep runs): the first such and how many more pay 0 for it."""
    first: dict[str, tuple[str, int]] = {}
    whats: dict[str, set[str]] = {}  # distinct: a trade's several fills are one trade
    for what, t in dated:
        for fee in fee_rates(cfg.costs, t).missing:
            first.setdefault(fee, (what, t))
            whats.setdefault(fee, set()).add(what)
    out = []
    for fee, (what, t) in first.items():
        day = local_date(t, zone)
        n = len(whats[fee])
        who = f"{what} ({day}) is" if n == 1 else f"{what} ({day}) and {n - 1} later are"
        out.append(f"{FEES_FILE}: no {FEE_NAMES[fee]} rate on file before {fee_table_start(fee)}; {who} "
                   f"charged 0 for it: set {FEE_KEYS[fee]} to the rate in force that day")
    return out


EXACT_TIMES = ("", "exact", "exact_minute", "exact_second")


def input_said(cfg: RunConfig, inp: Inputs) -> list[str]:
    """What a run says about one tape's inputs before it trades (``note: ...`` / ``warning: ...``
    lines): the tape's notes, rumours it cannot evaluate, zone and stamp checks, headline times
    that are not exact, fees the table has no rate for from the tape's first bar. The sweep and
    the latency curve say these for the inputs they read."""
    out = [f"note: {n}" for n in inp.tape.notes] + [f"warning: {w}" for w in inp.warnings]
    out += [f"warning: {w}" for w in precision_warnings(list(zip(inp.headlines, inp.readings)), inp.ticker, cfg,
                                                        inp.sessions.zone)]
    # a tape that starts before the fee table's first rate: its trades pay 0 for that fee
    out += [f"warning: {w}" for w in fee_gap_warnings(cfg, [(f"a trade on {Path(inp.tape.source).name} before then, from its first bar",
                                                              int(inp.tape.t_open[0]))], inp.sessions.zone)]
    return out


def precision_warnings(read: list[tuple[Headline, Reading]], ticker: str, cfg: RunConfig, zone: str) -> list[str]:
    """A headline the strategy acts on whose time the source gives only as a bound or a guess:
    the run uses the stamp as if exact, so say so (one line each; ``read``: headlines with
    their readings); and a rumour of the run's ticker whose ticker column names a company the headline
    does not (never entered on: the reader marks it uncertain)."""
    out = []
    for h, r in read:
        if r.ticker == ticker and r.kind == Kind.RUMOR and FEED_NOT_NAMED in r.entity:
            out.append(f"{cfg.data.headlines}, data row {h.row}: headline {h.id} carries ticker {h.ticker} but is about "
                       f"{r.entity.split(';')[0]}: read as uncertain and not entered on; fix its ticker column if that is wrong")
        if r.ticker == ticker and r.kind in (Kind.RUMOR, Kind.DENIAL, Kind.CONFIRMED) and h.time_precision not in EXACT_TIMES:
            t = local_text(h.t_pub, zone, "%H:%M:%S %Z")
            out.append(f"{cfg.data.headlines}, data row {h.row}: headline {h.id} is stamped {t} but its time is "
                       f"'{h.time_precision}', not exact: the run uses it as given; move published_at or vary "
                       f"latency.feed.* to see how much it matters")
    return out


def _non_answer_warnings(decisions, received: list[ReceivedHeadline], tape: Tape, ticker: str, cfg: RunConfig,
                         zone: str) -> list[str]:
    """A rumour skipped for want of something the run was not given is a non-answer, not
    "No trade.": an order size that rounds to 0 shares, a decision before the tape's first
    bar has ended (a pre-market rumour on a tape that starts at the open), or a rumour received
    (after its feed latency) only once the tape has ended. Say so, and refuse
    the run when that is every rumour of interest."""
    from .rules import NO_PRICE_YET

    rumours = {ev.key: ev for ev in received if ev.reading.kind == Kind.RUMOR and ev.reading.ticker == ticker}
    out, missed = [], {}
    for t, key, action, detail in decisions:
        if action not in (Action.SKIP, Action.UNSEEN) or key not in rumours:
            continue
        h = rumours[key].headline
        if action == Action.UNSEEN and (covered := rumour_coverage(tape, h.t_pub, zone)):
            missed[key] = (h.row, covered)  # the tape misses its day or ends before it: already said (check_coverage)
            continue
        if action == Action.UNSEEN:
            why = (f"headline {h.id} ({local_text(h.t_pub, zone)}) cannot be evaluated on {Path(tape.source).name}: "
                   f"received at {local_text(t, zone, '%Y-%m-%d %H:%M:%S %Z')} (feed latency), after the tape's last bar "
                   f"({local_text(int(tape.t_open[-1]), zone, '%Y-%m-%d %H:%M:%S %Z')}); give a tape that runs past it")
        elif detail.startswith("size rounds to 0"):
            why = (f"headline {h.id}: {detail} (strategy.size_mode={cfg.strategy.size_mode}, "
                   f"strategy.size={cfg.strategy.size:g}); raise strategy.size")
        elif detail == NO_PRICE_YET:
            why = (f"headline {h.id} ({local_text(h.t_pub, zone)}) cannot be evaluated on {Path(tape.source).name}: "
                   f"decided at {local_text(t, zone, '%H:%M:%S %Z')}, before the tape's first bar ended "
                   f"({local_text(int(tape.t_end[0]), zone, '%Y-%m-%d %H:%M:%S %Z')}), so no price was known; "
                   f"give a tape that starts before the rumour (the day before, or extended hours)")
        else:
            continue
        missed[key] = (h.row, why)
        out.append(f"{cfg.data.headlines}, data row {h.row}: {why}")
    if rumours and set(missed) == set(rumours):
        row, why = next(iter(missed.values()))
        raise InputError(f"no {ticker} rumour can be evaluated: {why}", file=cfg.data.headlines, row=row)
    return out


def impact_notes_for(trips, impact: ImpactModel, cfg: RunConfig) -> list[str]:
    """One line per order saying where its impact inputs came from (known at its decision)."""
    if impact.configured or cfg.costs.impact_k <= 0:
        return []
    out = []
    for t in trips:
        for leg, t_known in (("entry", t.t_send), ("exit", t.exit_t_send)):
            if t_known is None:
                continue
            imp = impact.at(t_known)
            out.append(f"trade {t.trip} {leg} (headline {t.rumor.key}): {imp.note}" if imp.known else
                       f"{cfg.data.prices}: headline {t.rumor.key}, trade {t.trip} {leg}: {imp.note}")
    return out
