"""End-to-end tests: start the corpus grading early, print its tally at the end (so ``make test`` shows it)."""

from __future__ import annotations

import pytest

from tests.e2e import tally


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the long end-to-end runs at once when their tests are selected: they run beside the others
    (mostly waiting on their subprocesses), and their tests collect the results."""
    factory: pytest.TempPathFactory = session.config._tmp_path_factory  # type: ignore[attr-defined]
    selected = {item.nodeid.split("::")[0] for item in session.items}
    if "tests/e2e/test_corpus_cli.py" in selected:
        from tests.e2e import test_corpus_cli

        test_corpus_cli.start_early(factory.mktemp("corpus-e2e"))
    if "tests/e2e/test_nbgrader_workflow.py" in selected:
        from tests.e2e import test_nbgrader_workflow

        test_nbgrader_workflow.start_early(factory.mktemp("curso"))
    if "tests/e2e/test_batch_cli.py" in selected:
        from tests.e2e import test_batch_cli

        test_batch_cli.start_early(factory.mktemp("clase_rara"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    summary = tally.line()
    if summary:
        terminalreporter.write_sep("=", "grading corpus")
        terminalreporter.write_line(summary)
