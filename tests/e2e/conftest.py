"""End-to-end tests: start the corpus grading early, print its tally at the end (so ``make test`` shows it)."""

from __future__ import annotations

import pytest

from tests.e2e import tally


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start grading the corpus class at once when its tests are selected: it runs beside the others."""
    if any(item.nodeid.startswith("tests/e2e/test_corpus_cli.py") for item in session.items):
        from tests.e2e import test_corpus_cli

        factory: pytest.TempPathFactory = session.config._tmp_path_factory  # type: ignore[attr-defined]
        test_corpus_cli.start_early(factory.mktemp("corpus-e2e"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    summary = tally.line()
    if summary:
        terminalreporter.write_sep("=", "grading corpus")
        terminalreporter.write_line(summary)
