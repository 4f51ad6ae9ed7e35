"""End-to-end tests: print the corpus tally at the end of the run (so ``make test`` shows it)."""

from __future__ import annotations

import pytest

from tests.e2e import tally


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    summary = tally.line()
    if summary:
        terminalreporter.write_sep("=", "grading corpus")
        terminalreporter.write_line(summary)
