"""Where the bundled tables and the reference case live (and which version is installed).

An installed wheel carries them inside the package (``rumorbt/data/``, mapped from the
repository's top-level ``data/`` by ``pyproject.toml``); a source checkout (editable install)
keeps them in ``data/`` next to ``rumorbt/``. :func:`data_path` is the one lookup every module
uses, so both layouts behave the same.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """The bundled data folder: ``rumorbt/data`` when installed, else the checkout's ``data/``."""
    inside = _PACKAGE_DIR / "data"
    if (inside / "sources.csv").is_file():
        return inside
    return _PACKAGE_DIR.parent / "data"


def data_path(*parts: str) -> Path:
    """A bundled file, e.g. ``data_path("fees", "us_regulatory_fees.csv")``."""
    return data_dir().joinpath(*parts)


def strategies_module():
    """``rumorbt.strategies``, the backtrader adapters: inside the package when installed from a
    wheel; the checkout's top-level ``strategies/`` when ``rumorbt`` is imported from a source
    tree — also when a plain (non-editable) install sits beside it, whose path mapping a
    checkout's ``rumorbt`` does not see."""
    import importlib
    import importlib.util
    import sys

    try:
        return importlib.import_module("rumorbt.strategies")
    except ModuleNotFoundError as missing:
        folder = _PACKAGE_DIR.parent / "strategies"
        if missing.name != "rumorbt.strategies" or not (folder / "__init__.py").is_file():
            raise
    spec = importlib.util.spec_from_file_location(
        "rumorbt.strategies", folder / "__init__.py", submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["rumorbt.strategies"] = module
    spec.loader.exec_module(module)
    return module


CACHE_ENV = "RUMORBT_CACHE"  # folder for derived tables (default ~/.cache/rumorbt); "off": none


def cache_file(stem: str, *content: bytes) -> Path | None:
    """The cache file for what is derived from ``content`` (bytes of every input: tables, code,
    versions): its name carries their hash, so a change to any of them makes a new one. None
    when caching is off (``RUMORBT_CACHE=off``)."""
    import hashlib
    import os
    import sys

    root = os.environ.get(CACHE_ENV, "")
    if root == "off":
        return None
    base = Path(root) if root else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rumorbt"
    h = hashlib.sha256(sys.version.encode())
    for c in content:
        h.update(len(c).to_bytes(8, "little") + c)
    return base / f"{stem}-{h.hexdigest()[:32]}.marshal"


def code_and_tables() -> list[bytes]:
    """The source of every module of the package and every bundled table and model
    (``data/*.csv``, ``data/*.json``), each with its name, as one digest: what the key of a cache
    file derived by this code from these tables includes, so an edit to any of them makes a new
    one. Read and hashed once per process while no file's size or modification time changes
    (a run asks for it once per cache it looks up). Raises OSError when one cannot be read."""
    import hashlib

    tables = data_dir()
    files = [(p, p.relative_to(_PACKAGE_DIR)) for p in sorted(_PACKAGE_DIR.rglob("*.py"))]
    files += [(p, p.name) for p in sorted(tables.iterdir()) if p.is_file() and p.suffix in (".csv", ".json")]
    seen = tuple((str(p), st.st_mtime_ns, st.st_size) for p, _ in files for st in (p.stat(),))
    if _CODE_AND_TABLES.get("seen") != seen:
        h = hashlib.sha256()
        for p, name in files:
            part = f"{name}".encode() + b"\0" + p.read_bytes()
            h.update(len(part).to_bytes(8, "little") + part)
        _CODE_AND_TABLES.update(seen=seen, digest=h.digest())
    return [_CODE_AND_TABLES["digest"]]


_CODE_AND_TABLES: dict = {}  # the last files' sizes and times, and their digest


def zone_rules(zone: str) -> bytes:
    """The rules of time zone ``zone`` as ``zoneinfo`` reads them (system zone files, else the
    ``tzdata`` package), for a cache key; a name it has no file for gives a fixed marker."""
    import zoneinfo

    if not zone or ".." in zone or zone.startswith("/"):
        return b"no zone file: " + zone.encode()
    for root in zoneinfo.TZPATH:
        p = Path(root) / zone
        if p.is_file():
            return p.read_bytes()
    try:
        from importlib.resources import files

        return (files("tzdata.zoneinfo").joinpath(*zone.split("/"))).read_bytes()
    except (ImportError, OSError, ValueError):
        return b"no zone file: " + zone.encode()


_CACHE_TAIL = "-" + "0" * 32 + ".marshal"  # what cache_file adds to a stem (its length)


def read_cache(path: Path | None):
    """What :func:`write_cache` kept at ``path`` (None: nothing usable there; build it again)."""
    import marshal

    if path is None:
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_cache(path: Path | None, data, supersede: bool = False, family: str = "", max_bytes: int = 0) -> None:
    """Keep ``data`` (plain values: str, numbers, lists, tuples, dicts, sets) at ``path`` (from
    :func:`cache_file`); best effort and atomic (a half-written cache is never read; one that
    cannot be written only costs the next run the build; an interrupted write removes its
    temporary file, and one a killed process left behind is removed by the next write of that
    stem once it is :data:`STALE_TMP_S` old). ``supersede``: remove the older files of the same
    stem. ``family`` and ``max_bytes``: the files whose stem starts with ``family`` take at most
    ``max_bytes`` together; the least recently used go first (never ``path``). Only names
    :func:`cache_file` makes (``STEM-<32 hex>.marshal``) and their temporary files are ever
    removed, never anything else in the folder, which the user may have chosen (``RUMORBT_CACHE``)."""
    import contextlib
    import marshal
    import os
    import re
    import time

    if path is None:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    stem = path.name[: -len(_CACHE_TAIL)]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            tmp.write_bytes(marshal.dumps(data))
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):  # (gone once replaced) a failed or interrupted write's
                tmp.unlink(missing_ok=True)
        ours = re.compile(re.escape(stem) + r"-[0-9a-f]{32}\.marshal")
        stale = re.compile(r"\." + re.escape(stem) + r"-[0-9a-f]{32}\.marshal\.\d+\.tmp")
        for old in path.parent.glob(f".{stem}-*.tmp"):
            with contextlib.suppress(OSError):
                if stale.fullmatch(old.name) and time.time() - old.stat().st_mtime > STALE_TMP_S:
                    old.unlink()
        if supersede:
            for old in path.parent.glob(f"{stem}-*.marshal"):
                if old != path and ours.fullmatch(old.name):
                    old.unlink(missing_ok=True)
        if family and max_bytes:
            _trim(path, family, max_bytes)
    except OSError:
        pass


def library_versions(*names: str) -> bytes:
    """The installed versions of these distributions (``pandas``, ``pyarrow``, ...), for a cache
    key, read from their metadata without importing them: a run that finds its tables in the
    cache then never pays a library's import for nothing ("absent" for one not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    def one(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "absent"

    return repr(tuple((n, one(n)) for n in names)).encode()


STALE_TMP_S = 600  # a cache file is written in well under a second: a temporary file this old is a killed writer's


def touch_cache(path: Path | None) -> None:
    """Mark the cache file ``path`` as just used (its modification time), so a trim keeps it."""
    import os

    if path is not None:
        try:
            os.utime(path)
        except OSError:
            pass


def _trim(keep: Path, family: str, max_bytes: int) -> None:
    """Remove the least recently used cache files ``FAMILY...-<32 hex>.marshal`` of ``keep``'s
    folder until they take at most ``max_bytes`` (``keep`` stays, whatever its size)."""
    import re

    ours = re.compile(re.escape(family) + r"[0-9A-Za-z_.-]*-[0-9a-f]{32}\.marshal")
    files = []
    for f in keep.parent.glob(f"{family}*.marshal"):
        if ours.fullmatch(f.name):
            try:
                st = f.stat()
            except OSError:
                continue
            files.append((f != keep, -st.st_mtime_ns, f.name, st.st_size, f))
    total, full = 0, False
    for _, _, _, size, f in sorted(files):  # keep first, then the newest (ties by name: deterministic)
        full = full or (f != keep and total + size > max_bytes)
        if full:
            f.unlink(missing_ok=True)
        else:
            total += size


def package_version() -> str:
    """The installed distribution's version (``pyproject.toml``'s ``version``)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rumorbt")
    except PackageNotFoundError:  # a bare checkout on sys.path, not installed
        return "unknown (not installed)"
