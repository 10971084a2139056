"""benchmarks/dump_readings.py, the tool that proves a change reading-neutral: it prints every
reading and leaves nothing behind (its cold cache folder is removed, even when it stops)."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from rumorbt.config import REFERENCE_DIR

ROOT = Path(__file__).resolve().parent.parent


def _dump(tmp_path: Path, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "dump_readings.py"), "--data", str(data)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_dump_prints_both_stages_and_leaves_no_temporary_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(REFERENCE_DIR / "META_2022-11-22_headlines.csv", data / "ref.csv")
    (data / "prices.csv").write_text("timestamp,open\n2022-11-22T09:30:00-05:00,1\n")  # not a headline file: skipped
    done = _dump(tmp_path, data)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 8 and {x.split("\t")[2] for x in lines} == {"trained", "rules"}
    assert "prices.csv: not a headline file" in done.stderr
    assert list((tmp_path / "tmp").iterdir()) == []
