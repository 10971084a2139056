"""backtrader strategies for rumorbt. The headline strategy is the reference one."""
from .headline_rumor import HeadlineRumorStrategy, StrategyContext, TripRecord

__all__ = ["HeadlineRumorStrategy", "StrategyContext", "TripRecord"]
