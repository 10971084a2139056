"""Errors that reach the user as one line and exit status 2 (bad input or usage), and how a
long list of warnings is shown."""
from __future__ import annotations

SHOWN_WARNINGS = 10  # warnings shown of a long list (console, a notebook's warning); the rest are counted, all are kept


def first_warnings(said: list[str], more: str) -> list[str]:
    """The first :data:`SHOWN_WARNINGS` lines of ``said``, then, when there are more, ``more``
    with ``{n}`` replaced by how many were left out (it says where all of them are kept)."""
    left = len(said) - SHOWN_WARNINGS
    return said[:SHOWN_WARNINGS] + ([more.format(n=left)] if left > 0 else [])


class InputError(Exception):
    """Bad input: names the file, the row and the problem. Rows are *data rows*, said so in the
    line ("data row 3"): data row 1 is the first record after the header (of a JSON Lines file,
    its first non-blank line), blank lines not counted, in every input alike."""

    def __init__(self, problem: str, file: str | None = None, row: int | None = None) -> None:
        self.problem = problem
        self.file = file
        self.row = row
        super().__init__(self.line())

    def line(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"data row {self.row}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.problem}" if prefix else self.problem


class ConfigError(InputError):
    """A bad configuration key or value: names the key (and the file it came from)."""
