"""On a simulated population whose drawn jumps, skeleton and betas are known, the event study
holds the mean drawn jump inside its band (raw, and abnormal with both models), its abnormal
returns match each event's true one without bias and remove the market's part, the market
model's betas track the drawn ones, and the latency curve's break-even falls inside its
bootstrap interval around the ground truth (benchmarks/bench_population.py, small)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))


@pytest.mark.slow
def test_event_study_and_break_even_recover_the_ground_truth(capsys):
    import bench_population

    rc = bench_population.main_(["--events", "150", "--curve-events", "150", "--boot", "300", "--seed", "11"])
    out = capsys.readouterr().out
    assert "EVENT STUDY" in out and "INSIDE the band" in out, out
    for model in ("market-model", "market-adjusted"):
        line = next(x for x in out.splitlines() if x.startswith(f"ABNORMAL ({model})"))
        assert "drawn jump INSIDE the band" in line and "UNBIASED" in line and "REMOVED" in line, line
    assert "betas:" in out
    assert "LATENCY CURVE" in out and "INSIDE the interval" in out, out
    assert rc == 0
