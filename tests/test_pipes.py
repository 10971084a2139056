"""A headline file that is a pipe (a named FIFO, e.g. a feed streamed into it) is read once and
held whole, as README says: it cannot be opened twice (a second open waits for a writer that
never comes, so `classify` hung), and a bad byte in it is named like a file's."""
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
pytestmark = pytest.mark.slow  # a process per case, and a pipe to feed
FEED = ("published_at,source,headline\n"
        "2024-03-04T09:31:00-05:00,reddit,Rumor: Tim Cook to step down as Apple CEO next month?\n"
        "2024-03-04T22:40:00+08:00,微博,传英伟达CEO黄仁勋将卸任\n").encode()


def _feed_pipe(fifo: Path, data: bytes, deadline: float) -> threading.Thread:
    """Write ``data`` into the pipe once a reader opens it (given up at ``deadline``)."""
    def write() -> None:
        while time.time() < deadline:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)  # fails until a reader has it open
            except OSError:
                time.sleep(0.02)
                continue
            os.set_blocking(fd, True)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            return

    t = threading.Thread(target=write, daemon=True)
    t.start()
    return t


def _classify(fifo: Path, data: bytes) -> subprocess.CompletedProcess:
    os.mkfifo(fifo)
    _feed_pipe(fifo, data, time.time() + 60)
    try:
        return subprocess.run([sys.executable, "-c", "import sys; from rumorbt.cli import main; sys.exit(main(sys.argv[1:]))",
                               "classify", str(fifo)], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    except subprocess.TimeoutExpired:
        pytest.fail("classify waited for a pipe that had been read")


@needs_fifo
@pytest.mark.parametrize("name", ["feed.csv", "feed.jsonl"])
def test_a_pipe_is_read_once_and_classified(tmp_path, name):
    # (the .jsonl case is a guard: JSON Lines was already read once; a .csv pipe hung)
    data = FEED
    if name.endswith(".jsonl"):
        data = (b'{"published_at": "2024-03-04T09:31:00-05:00", "source": "reddit", "headline": '
                b'"Rumor: Tim Cook to step down as Apple CEO next month?"}\n'
                + '{"published_at": "2024-03-04T22:40:00+08:00", "source": "微博", "headline": "传英伟达CEO黄仁勋将卸任"}\n'.encode())
    done = _classify(tmp_path / name, data)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.splitlines()
    assert len(rows) == 3 and ",ceo_rumor,AAPL," in rows[1] and ",ceo_rumor,NVDA," in rows[2]


@needs_fifo
@pytest.mark.parametrize("name", ["feed.csv", "feed.jsonl"])
def test_a_bad_byte_in_a_pipe_is_one_line_naming_it(tmp_path, name):
    bad = b"published_at,source,headline\n2024-03-04T09:31:00-05:00,reddit,caf\xe9\n"
    if name.endswith(".jsonl"):
        bad = b'{"published_at": "2024-03-04T09:31:00-05:00", "source": "reddit", "headline": "caf\xe9"}\n'
    done = _classify(tmp_path / name, bad)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    line = 1 if name.endswith(".jsonl") else 2
    assert f"error: {tmp_path / name}: not UTF-8 text at byte" in done.stderr and f"(line {line})" in done.stderr


def test_standard_input_is_read_as_a_csv_feed(tmp_path):
    """``classify -`` reads the feed piped in: the same rows as the file, and bad input is one line."""
    (tmp_path / "feed.csv").write_bytes(FEED)
    cmd = [sys.executable, "-c", "import sys; from rumorbt.cli import main; sys.exit(main(sys.argv[1:]))", "classify"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    piped = subprocess.run(cmd + ["-"], input=FEED, capture_output=True, timeout=60, env=env)
    from_file = subprocess.run(cmd + [str(tmp_path / "feed.csv")], capture_output=True, timeout=60, env=env)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == from_file.stdout and b",ceo_rumor,NVDA," in piped.stdout
    bad = subprocess.run(cmd + ["-"], input=b"published_at,source\n2024-03-04T09:31:00-05:00,reddit\n",
                         capture_output=True, timeout=60, env=env)
    assert bad.returncode == 2 and bad.stdout == b"" and len(bad.stderr.splitlines()) == 1
    assert b"missing column(s) headline" in bad.stderr
