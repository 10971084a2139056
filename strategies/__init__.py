"""backtrader adapters for rumorbt policies (installed as ``rumorbt.strategies``)."""
from .headline_rumor import HeadlineRumorStrategy, StrategyContext

__all__ = ["HeadlineRumorStrategy", "StrategyContext"]
