"""Errors that reach the user as one line and exit status 2 (bad input or usage)."""
from __future__ import annotations


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
