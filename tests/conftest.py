"""Session-wide hooks, loaded by pytest's main process too (under pytest-xdist it collects nothing)."""

from __future__ import annotations

import pytest

from tests.e2e import tally


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """Under pytest-xdist: add a worker's corpus tally (``tests/e2e/conftest.py`` hands it over)."""
    for kind, (right, total) in (getattr(node, "workeroutput", {}) or {}).get("corpus_tally", {}).items():
        tally.TALLY[kind][0] += right
        tally.TALLY[kind][1] += total


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """How the corpus fared, so ``make test`` shows it."""
    summary = tally.line()
    if summary:
        terminalreporter.write_sep("=", "grading corpus")
        terminalreporter.write_line(summary)
