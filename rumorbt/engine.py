"""One backtest: a pure function of a :class:`~rumorbt.config.RunConfig`.

``run(cfg)`` reads and validates the inputs, classifies the headlines, drives backtrader
(``strategies.HeadlineRumorStrategy`` on a ``LatencyBroker``) over the tape and returns a
:class:`RunResult`. It writes nothing; :mod:`rumorbt.report` does.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import backtrader as bt
import pandas as pd

from .broker import LatencyBroker
from .classify import Reading, classify_headline
from .config import RunConfig
from .costs import ImpactInputs, fee_rates, impact_inputs
from .errors import InputError
from .events import HeadlineFeed, PriceView, ReceivedHeadline, receive
from .headlines import load_headlines
from .sessions import Sessions, sessions_for
from .tape import Tape, load_tape
from .trades import RoundTrip, build_round_trips

log = logging.getLogger(__name__)


@dataclass
class RunResult:
    cfg: RunConfig
    ticker: str
    tape: Tape
    sessions: Sessions
    received: list[ReceivedHeadline]
    trades: list[RoundTrip]
    decisions: list[tuple[int, str, str, str]]
    impact: ImpactInputs
    fee_note: str
    warnings: list[str] = field(default_factory=list)

    @property
    def simulated(self) -> bool:
        return self.tape.simulated


class _TapeFeed(bt.feeds.PandasData):
    lines = ("bar_index",)
    params = (("bar_index", -1), ("openinterest", None))


def resolve_ticker(cfg: RunConfig, readings: list[Reading], headlines_file: str) -> str:
    if cfg.data.ticker:
        return cfg.data.ticker.upper()
    named = sorted({r.ticker for r in readings if r.ticker and r.kind == "ceo_rumor"})
    if len(named) == 1:
        return named[0]
    if not named:
        raise InputError("no CEO-change rumour names a ticker; set data.ticker (--set data.ticker=META)", file=headlines_file)
    raise InputError(f"rumours name several tickers ({', '.join(named)}); say which one the tape is with --set data.ticker=...", file=headlines_file)


def load_inputs(cfg: RunConfig) -> tuple[list[ReceivedHeadline], str, Tape]:
    headlines = load_headlines(cfg.data.headlines, tz=cfg.data.headlines_tz)
    readings = [classify_headline(h) for h in headlines]
    ticker = resolve_ticker(cfg, readings, cfg.data.headlines)
    tape = load_tape(cfg.data.prices, ticker, tz=cfg.data.prices_tz, bar_seconds=cfg.data.bar_seconds)
    return receive(headlines, readings, cfg), ticker, tape


def run(cfg: RunConfig) -> RunResult:
    """Run one backtest. Raises :class:`~rumorbt.errors.InputError` on bad input."""
    from strategies import HeadlineRumorStrategy, StrategyContext

    received, ticker, tape = load_inputs(cfg)
    sessions = sessions_for(cfg.data.calendar, int(tape.t_open[0]), int(tape.t_open[-1]))
    impact = impact_inputs(tape, cfg.costs)
    warnings = []
    if impact.note != "configured":
        warnings.append(f"market impact inputs: {impact.note}")
    ctx = StrategyContext(cfg, ticker, tape, sessions, HeadlineFeed(received), PriceView(tape))

    cerebro = bt.Cerebro(stdstats=False, cheat_on_open=True, runonce=False, preload=True, quicknotify=True)
    frame = pd.DataFrame({
        "open": tape.open, "high": tape.high, "low": tape.low, "close": tape.close, "volume": tape.volume,
        "bar_index": range(len(tape)),
    }, index=pd.to_datetime(tape.t_open))  # naive UTC: backtrader's own convention
    cerebro.adddata(_TapeFeed(dataname=frame))
    broker = LatencyBroker(tape, sessions, cfg.costs, impact, cfg.data.extended_hours)
    broker.setcash(cfg.strategy.cash)
    cerebro.setbroker(broker)
    cerebro.addstrategy(HeadlineRumorStrategy, ctx=ctx)
    cerebro.run()

    trades = build_round_trips(ctx.trips, broker.ledger, tape, sessions, cfg, impact)
    for t in ctx.trips:
        if not any(rt.trip == t.trip for rt in trades):
            ctx.decisions.append((t.t_arrive, t.rumor.key, "unfilled", "entry order never filled (cancelled or no fresh price before the tape ended)"))
    return RunResult(cfg, ticker, tape, sessions, received, trades, ctx.decisions, impact,
                     fee_rates(cfg.costs, int(tape.t_open[0])).note, warnings)
