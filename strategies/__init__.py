"""backtrader strategies for rumorbt. The headline strategy is the reference one."""
from rumorbt.trades import TripRecord

from .headline_rumor import HeadlineRumorStrategy, StrategyContext

__all__ = ["HeadlineRumorStrategy", "StrategyContext", "TripRecord"]
