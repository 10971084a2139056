"""README's usage block names every option of ``classify`` (a newcomer reads it before --help)."""
import re
from pathlib import Path

from rumorbt import cli

ROOT = Path(__file__).resolve().parents[1]


def _usage_of(command: str) -> str:
    """The README usage line(s) of ``python backtest.py COMMAND``, continuation lines included."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    for line in lines:
        if line.startswith(f"python backtest.py {command} "):
            out.append(line)
        elif out and line.startswith(" ") and line.strip().startswith("["):
            out.append(line)
        elif out:
            break
    return " ".join(out)


def test_the_readme_names_every_classify_option():
    sub = next(a for a in cli._parser()._actions if a.dest == "cmd")
    options = {o for a in sub.choices["classify"]._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
    named = set(re.findall(r"--[a-z][a-z-]*", _usage_of("classify")))
    assert options and options - named == set()


def test_the_readme_usage_block_names_every_command():
    sub = next(a for a in cli._parser()._actions if a.dest == "cmd")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("## Use"):readme.index("\n```\n", readme.index("## Use") + 10)]
    shown = set(re.findall(r"^python backtest\.py ([a-z-]+)", block, flags=re.M))
    assert set(sub.choices) - shown == set()
