#!/usr/bin/env python3
"""rumorbt command line. ``python backtest.py`` replays the bundled reference case;
``python backtest.py --help`` lists the commands (run, classify, simulate)."""
import sys

from rumorbt.cli import main

if __name__ == "__main__":
    sys.exit(main())
