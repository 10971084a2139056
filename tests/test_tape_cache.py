"""A run's tape kept in the cache (rumorbt.tape_cache): the same tape as reading the file gives,
a miss whenever the file, an option, the code or a bundled table changes, a damaged cache
ignored, bad input reported by the reading itself."""
import shutil

import numpy as np
import pytest

from helpers import write_tape
from rumorbt import resources, tape_cache
from rumorbt.config import REFERENCE_DIR
from rumorbt.errors import InputError
from rumorbt.tape import load_tape

FIELDS = ("ticker", "bar_ns", "source", "simulated", "notes", "reading")


def _same(a, b) -> bool:
    for k in tape_cache._ARRAYS:
        x, y = getattr(a, k), getattr(b, k)
        if (x is None) != (y is None) or (x is not None and (x.dtype != y.dtype or not np.array_equal(x, y))):
            return False
    return all(getattr(a, k) == getattr(b, k) for k in FIELDS)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A fresh cache folder, and a count of the file reads (a miss reads)."""
    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path / "cache"))
    calls = []
    monkeypatch.setattr(tape_cache, "load_tape", lambda *a, **k: calls.append(1) or load_tape(*a, **k))
    return tmp_path / "cache", calls


def test_a_hit_gives_the_tape_the_file_gives_without_reading_it(cache):
    folder, calls = cache
    path = REFERENCE_DIR / "META_2022-11-22_1s_SIMULATED.csv.gz"
    fresh = load_tape(path, "META")
    first = tape_cache.load_tape_cached(path, "META")
    again = tape_cache.load_tape_cached(path, "META")
    assert calls == [1] and _same(first, fresh) and _same(again, fresh)
    assert len(again) == 23_400 and again.simulated and again.notes == fresh.notes
    assert again.close.flags.writeable and again.t_open.dtype == np.int64  # arrays as the reading makes them
    assert [f.name.split("-")[0] for f in folder.iterdir()] == ["tape"]  # nothing else written


def test_quotes_and_no_quotes(cache, tmp_path):
    _, calls = cache
    for quotes in (True, False):
        p = write_tape(tmp_path / f"q{quotes}.csv", quotes=quotes)
        tape_cache.load_tape_cached(p, "META")
        assert _same(tape_cache.load_tape_cached(p, "META"), load_tape(p, "META"))
    assert calls == [1, 1]


def test_a_changed_file_or_option_is_a_miss(cache, tmp_path):
    _, calls = cache
    p = write_tape(tmp_path / "t.csv")
    tape_cache.load_tape_cached(p, "META")
    write_tape(p, patch={5: {"close": 100.06, "high": 100.07}})  # one close moved
    moved = tape_cache.load_tape_cached(p, "META")
    assert calls == [1, 1] and moved.close[5] == 100.06
    tape_cache.load_tape_cached(p, "META", bar_seconds=1.0)
    tape_cache.load_tape_cached(p, "META", stamp="end")
    assert calls == [1, 1, 1, 1]
    assert tape_cache.load_tape_cached(p, "META", stamp="end").t_open[0] == load_tape(p, "META", stamp="end").t_open[0]
    assert calls == [1, 1, 1, 1]


def test_a_changed_bundled_table_or_module_is_a_miss(cache, tmp_path, monkeypatch):
    _, calls = cache
    p = write_tape(tmp_path / "t.csv")
    tape_cache.load_tape_cached(p, "META")
    copy = tmp_path / "data"
    shutil.copytree(resources.data_dir(), copy, ignore=shutil.ignore_patterns("reference", "events"))
    monkeypatch.setattr(resources, "data_dir", lambda: copy)
    tape_cache.load_tape_cached(p, "META")
    assert calls == [1]
    with open(copy / "simulated_tapes.csv", "a") as fh:  # which tapes are SIMULATED copies
        fh.write("other.csv.gz,600,0000\n")
    tape_cache.load_tape_cached(p, "META")
    assert calls == [1, 1]
    code = tmp_path / "rumorbt"
    shutil.copytree(resources._PACKAGE_DIR, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(resources, "_PACKAGE_DIR", code)
    tape_cache.load_tape_cached(p, "META")
    assert calls == [1, 1]  # the same source in another folder: a hit
    (code / "tabular.py").write_text((code / "tabular.py").read_text() + "\n# an edit\n")
    tape_cache.load_tape_cached(p, "META")
    assert calls == [1, 1, 1]


@pytest.mark.parametrize("damage", ["garbage", "edited"])
def test_a_damaged_cache_is_ignored_and_read_again(cache, tmp_path, damage):
    folder, calls = cache
    p = write_tape(tmp_path / "t.csv")
    fresh = tape_cache.load_tape_cached(p, "META")
    (kept,) = folder.glob("tape-*.marshal")
    if damage == "garbage":
        kept.write_bytes(b"not a cache")
    else:  # a close changed, the check digest not
        digest, (arrays, *rest) = resources.read_cache(kept)
        close = np.frombuffer(arrays[4][1], dtype=arrays[4][0]).copy()
        close[0] += 1
        edited = (*arrays[:4], (arrays[4][0], close.tobytes()), *arrays[5:])
        resources.write_cache(kept, (digest, (edited, *rest)))
    assert _same(tape_cache.load_tape_cached(p, "META"), fresh) and calls == [1, 1]


def test_bad_input_is_reported_by_the_reading_and_nothing_is_kept(cache, tmp_path):
    folder, _ = cache
    p = write_tape(tmp_path / "t.csv", patch={3: {"volume": -5}})
    with pytest.raises(InputError, match="volume: must not be negative"):
        tape_cache.load_tape_cached(p, "META")
    assert not folder.exists() or not list(folder.glob("tape-*"))


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("RUMORBT_CACHE", "off")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # the default folder would be under here
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    p = write_tape(tmp_path / "t.csv")
    assert _same(tape_cache.load_tape_cached(p, "META"), load_tape(p, "META"))
    assert tape_cache._cache_path(str(p), "META", "", 0.0, "", "start", "", "") is None
    assert sorted(f.name for f in tmp_path.iterdir()) == ["t.csv"]


@pytest.mark.parametrize("foreign", ["seven!!", "bars", None])
def test_a_foreign_cache_file_of_another_shape_is_ignored_not_a_crash(cache, tmp_path, foreign):
    """A file under the cache's name that _payload did not make: a 7-character string where the
    payload goes once raised IndexError from the digest; arrays of None, consistent with their
    digest, raised TypeError (len(None)) instead of being read afresh."""
    import marshal

    folder, calls = cache
    p = write_tape(tmp_path / "t.csv")
    fresh = tape_cache.load_tape_cached(p, "META")
    (kept,) = folder.glob("tape-*.marshal")
    if foreign == "bars":  # right shape, but no bars at all
        payload = ((None,) * 8, "META", 10**9, "t.csv", False, (), ())
    elif foreign is None:  # a missing close column
        digest, (arrays, *rest) = resources.read_cache(kept)
        payload = ((*arrays[:4], None, *arrays[5:]), *rest)
    else:
        payload = foreign
    kept.write_bytes(marshal.dumps(("x" * 64 if foreign == "seven!!" else tape_cache._digest(payload), payload)))
    assert _same(tape_cache.load_tape_cached(p, "META"), fresh) and calls == [1, 1]


# --------------------------------------------------------------------------- headline files
def test_a_headline_file_from_the_cache_is_the_one_the_reading_gives(tmp_path, monkeypatch):
    """rumorbt.reading_cache.load_headlines_cached: the same headlines (every field, same order)
    as load_headlines, read once; a changed file or zone is a miss; bad input raises from the
    reading and nothing is kept; a damaged cache file is read again."""
    from rumorbt import headlines as H
    from rumorbt import reading_cache as R

    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path / "cache"))
    calls = []
    real = H.load_headlines
    monkeypatch.setattr(H, "load_headlines", lambda *a, **k: calls.append(1) or real(*a, **k))
    f = tmp_path / "h.csv"
    f.write_text("published_at,source,headline,time_precision\n"
                 "2022-11-22T11:00:00-05:00,The Leak,Meta CEO to step down,assumed\n"
                 "2022-11-22T10:00:00+08:00,Reuters,Other news,\n")
    want = real(f, tz="America/New_York")
    assert R.load_headlines_cached(f, tz="America/New_York") == want and calls == [1]
    assert R.load_headlines_cached(f, tz="America/New_York") == want and calls == [1]  # a hit: not read
    assert R.load_headlines_cached(f) == real(f) and calls == [1, 1]  # another zone option: a miss
    f.write_text(f.read_text().replace("Other news", "Other news!"))
    assert R.load_headlines_cached(f, tz="America/New_York")[0].headline == "Other news!" and calls == [1, 1, 1]
    for kept in (tmp_path / "cache").glob("headlines-*.marshal"):
        kept.write_bytes(kept.read_bytes()[:-7])  # torn
    assert R.load_headlines_cached(f, tz="America/New_York") == real(f, tz="America/New_York") and len(calls) == 4
    bad = tmp_path / "bad.csv"
    bad.write_text("published_at,source,headline\n2022-11-22 11:00:00,The Leak,x\n")  # no offset, no zone
    with pytest.raises(InputError):
        R.load_headlines_cached(bad)
    assert len(list((tmp_path / "cache").glob("headlines-*"))) == 1  # h.csv's latest only: nothing kept of bad.csv


def test_the_bars_of_all_tapes_together_stay_under_the_cap_least_recently_used_first(cache, tmp_path, monkeypatch):
    import os
    import time

    folder, calls = cache
    tapes = [write_tape(tmp_path / f"t{k}.csv") for k in range(3)]
    tape_cache.load_tape_cached(tapes[0], "META")
    (first,) = folder.glob("tape-*.marshal")
    long_ago = time.time() - 1000
    os.utime(first, (long_ago, long_ago))
    monkeypatch.setattr(tape_cache, "TAPE_CACHE_MAX_BYTES", 2 * first.stat().st_size)  # room for two tapes'
    tape_cache.load_tape_cached(tapes[1], "META")
    (second,) = set(folder.glob("tape-*.marshal")) - {first}
    os.utime(second, (long_ago + 10, long_ago + 10))  # written after the first
    tape_cache.load_tape_cached(tapes[0], "META")  # a hit: the first is used again
    assert len(calls) == 2
    tape_cache.load_tape_cached(tapes[2], "META")  # over the cap: the least recently used (the second) goes
    assert first.exists() and not second.exists() and len(list(folder.glob("tape-*.marshal"))) == 2
    tape_cache.load_tape_cached(tapes[0], "META")
    assert len(calls) == 3


def test_the_headlines_of_all_files_together_stay_under_the_cap(tmp_path, monkeypatch):
    import os
    import time

    from rumorbt import reading_cache as R

    monkeypatch.setenv("RUMORBT_CACHE", str(tmp_path / "cache"))
    files = []
    for k in range(3):
        f = tmp_path / f"h{k}.csv"
        f.write_text(f"published_at,source,headline\n2022-11-22T11:00:00-05:00,The Leak,Meta CEO to step down {k}\n")
        files.append(f)
    R.load_headlines_cached(files[0])
    (first,) = (tmp_path / "cache").glob("headlines-*.marshal")
    long_ago = time.time() - 1000
    os.utime(first, (long_ago, long_ago))
    monkeypatch.setattr(R, "HEADLINES_CACHE_MAX_BYTES", 2 * first.stat().st_size + 10)  # room for two files'
    R.load_headlines_cached(files[1])
    (second,) = set((tmp_path / "cache").glob("headlines-*.marshal")) - {first}
    os.utime(second, (long_ago + 10, long_ago + 10))
    R.load_headlines_cached(files[0])  # a hit: the first is used again
    R.load_headlines_cached(files[2])  # over the cap: the least recently used (the second) goes
    assert first.exists() and not second.exists() and len(list((tmp_path / "cache").glob("headlines-*.marshal"))) == 2
