"""Latency models (constant, uniform, lognormal, empirical) and the feed/decision/order chain.

``t_recv = t_pub + feed``; ``t_send = t_recv + decision``; ``t_arrive = t_send + order``.
All values are integer nanoseconds. Every draw is keyed by (seed, stage, event key), not by
draw order, so adding or removing an unrelated headline never changes another's latencies:
a run stays reproducible and free of look-ahead through the random stream.
"""
from __future__ import annotations

import hashlib

import numpy as np

from .config import LatencyConfig, LatencySpec

STAGES = ("feed", "decision", "order")


def stable_key(*parts: object) -> int:
    """A 64-bit integer from the parts' text, identical across processes and Python versions."""
    h = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=8)
    return int.from_bytes(h.digest(), "little")


MAX_DRAW_NS = 10 * 365 * 86_400 * 10**9


def draw(spec: LatencySpec, seed: int, *key: object) -> int:
    """One latency in ns from ``spec`` for the event identified by ``key``."""
    if spec.model == "constant":
        return int(spec.value)
    rng = np.random.default_rng([int(seed) & 0xFFFFFFFF, stable_key(*key) & 0xFFFFFFFFFFFFFFFF])
    if spec.model == "uniform":
        return int(round(spec.low + rng.random() * (spec.high - spec.low)))
    if spec.model == "lognormal":
        # a heavy tail is capped at ten years: "never, within any tape" and still a valid int64 time
        return int(round(min(spec.median * float(np.exp(spec.sigma * rng.standard_normal())), MAX_DRAW_NS)))
    if spec.model == "empirical":
        return int(spec.samples[int(rng.integers(len(spec.samples)))])
    raise ValueError(f"unknown latency model {spec.model!r}")  # config validation prevents this


def feed_spec(cfg: LatencyConfig, source_class: str) -> LatencySpec:
    return getattr(cfg.feed, source_class)


def mean_ns(spec: LatencySpec) -> float:
    """Expected value of a stage in ns (for reports)."""
    if spec.model == "constant":
        return float(spec.value)
    if spec.model == "uniform":
        return (spec.low + spec.high) / 2.0
    if spec.model == "lognormal":
        return spec.median * float(np.exp(spec.sigma**2 / 2.0))
    return float(np.mean(spec.samples))


def describe(spec: LatencySpec) -> str:
    from .config import format_duration_ns as f

    if spec.model == "constant":
        return f(spec.value)
    if spec.model == "uniform":
        return f"uniform {f(spec.low)}..{f(spec.high)}"
    if spec.model == "lognormal":
        return f"lognormal median {f(spec.median)} sigma {spec.sigma:g}"
    return f"empirical ({len(spec.samples)} samples)"
