import pytest

from rumorbt.config import RunConfig, format_duration_ns, from_dict, load_config, parse_duration_ns
from rumorbt.errors import ConfigError


@pytest.mark.parametrize("text, ns", [("250ms", 250_000_000), ("2s", 2_000_000_000), ("5min", 300_000_000_000),
                                      ("1.5h", 5_400_000_000_000), ("100us", 100_000), ("0ms", 0)])
def test_durations(text, ns):
    assert parse_duration_ns(text) == ns


@pytest.mark.parametrize("bad", ["5", "fast", "-1s", "2 parsecs", 3])
def test_bad_durations(bad):
    with pytest.raises(ConfigError):
        parse_duration_ns(bad, "k")


def test_format_duration_round_trips():
    for ns in (250_000_000, 2_500_000_000, 300_000_000_000, 7):
        assert parse_duration_ns(format_duration_ns(ns)) == ns


def test_overrides_and_round_trip():
    cfg = load_config(None, {"latency.order": "100ms", "strategy.max_hold": "5min", "costs.sec_fee_per_million": "22.9",
                             "latency.feed.blog.model": "uniform", "latency.feed.blog.low": "10s", "latency.feed.blog.high": "20s"})
    assert cfg.latency.order.model == "constant" and cfg.latency.order.value == 100_000_000
    assert cfg.strategy.max_hold == 300 * 10**9
    assert cfg.costs.sec_fee_per_million == 22.9
    assert (cfg.latency.feed.blog.low, cfg.latency.feed.blog.high) == (10 * 10**9, 20 * 10**9)
    assert from_dict(cfg.to_dict()) == cfg
    assert hash(cfg) == hash(from_dict(cfg.to_dict()))  # frozen and hashable: usable as a sweep key


def test_config_is_frozen():
    with pytest.raises(Exception):
        RunConfig().seed = 3


def test_toml_file_with_relative_paths(tmp_path):
    (tmp_path / "c.toml").write_text('seed = 3\n[data]\nprices = "tape.csv"\n[latency.decision]\nmodel = "constant"\nvalue = "1s"\n')
    cfg = load_config(tmp_path / "c.toml", {"seed": "4"})
    assert cfg.seed == 4
    assert cfg.data.prices == str((tmp_path / "tape.csv").resolve())
    assert cfg.latency.decision.value == 10**9


def test_toml_errors_name_the_file_and_key(tmp_path):
    (tmp_path / "c.toml").write_text("[strategy]\nsize_mode = 'lots'\n")
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "c.toml")
    assert "c.toml" in e.value.line() and "strategy.size_mode" in e.value.line()
    (tmp_path / "d.toml").write_text("[strategy\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(tmp_path / "d.toml")
