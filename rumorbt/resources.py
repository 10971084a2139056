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


def package_version() -> str:
    """The installed distribution's version (``pyproject.toml``'s ``version``)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rumorbt")
    except PackageNotFoundError:  # a bare checkout on sys.path, not installed
        return "unknown (not installed)"
