"""End-to-end tests: start the long runs early; hand the corpus tally on (``tests/conftest.py`` prints it)."""

from __future__ import annotations

import os

import pytest

from tests.e2e import tally


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the long end-to-end runs at once when their tests are selected: they run beside the others
    (mostly waiting on their subprocesses), and their tests collect the results."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return  # every worker collects every test: each module's fixtures start its run when it begins
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


LONG_FIRST = ("tests/e2e/test_corpus_cli.py", "tests/e2e/test_nbgrader_workflow.py", "tests/e2e/test_batch_cli.py")
"""Under pytest-xdist (``--dist loadfile``), these files are handed out first: each is one long run
that then overlaps with the rest of the suite on the other worker."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return
    rank = {path: i for i, path in enumerate(LONG_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))  # stable: others keep order


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under pytest-xdist, a worker hands its corpus tally to the controller, which prints the summary."""
    output = getattr(session.config, "workeroutput", None)
    if output is not None:
        output["corpus_tally"] = tally.TALLY
