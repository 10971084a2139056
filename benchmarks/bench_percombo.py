"""The per-combination fast path (the readable reference the batch kernel is checked against):
CPU time per combination on one core, 8 combinations of bench_sweep's 100,000-combination grid
evaluated 20 times each, best and median of 5 repeats.

    python benchmarks/bench_percombo.py [ROOT]

ROOT (default: this checkout) may be another checkout of rumorbt, e.g. an older commit made with
`git worktree add /tmp/old <commit>`, so before and after are measured on the same machine in
the same way. CPU time, not wall time: a shared machine's load moves wall time.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent).resolve()
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.chdir(ROOT)

from bench_sweep import grid_toml  # noqa: E402
from rumorbt.engine import load_inputs  # noqa: E402
from rumorbt.sweep import load_sweep  # noqa: E402

try:
    from rumorbt.sweep import evaluate  # noqa: E402
except ImportError:  # older layouts
    from rumorbt.sweep_run import evaluate  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        text, total = grid_toml(100_000)
        f = Path(tmp) / "grid.toml"
        f.write_text(text)
        spec = load_sweep(str(f))
        base = spec.base_config()
        inputs = load_inputs(base)
        step = max(1, total // 8)
        cfgs = [base.with_overrides(spec.combo(i)) for i in range(0, total, step)][:8]
        evaluate(cfgs[0], inputs, "fast")
        runs = []
        for _ in range(5):
            t = time.process_time()
            for c in cfgs * 20:
                evaluate(c, inputs, "fast")
            runs.append((time.process_time() - t) / (20 * len(cfgs)))
        runs.sort()
        print(f"{ROOT}: per combination, fast path, one core: best {runs[0] * 1000:.3f} ms, "
              f"median {runs[2] * 1000:.3f} ms CPU")


if __name__ == "__main__":
    main()
