"""Running a whole notebook: broken cells are recorded and skipped, calls survive crashes."""

from __future__ import annotations

import pytest
import torch

from autograder.config import Limits
from autograder.execute import Execution, SandboxUnavailable
from autograder.student import SandboxStudent
from autograder.sandbox.wire import Trusted
from tests.autograder.conftest import FAST_LIMITS

pytestmark = pytest.mark.slow

CELLS = [
    "import torch",
    "def line_model(m, b, inputs):\n    return m * inputs + b",
    "import os\nos._exit(0)",
    "import time\nend = time.time() + 60\nwhile time.time() < end:\n    pass",
    "def AE_loss(y_pred, y_true):\n    return (y_pred - y_true).abs()",
    "raise RuntimeError('roto')",
    "def SE_loss(y_pred, y_true):\n    import time\n    end = time.time() + 60\n"
    "    while time.time() < end:\n        pass",
    "def MAE_loss(y_pred, y_true):\n    return AE_loss(y_pred, y_true).sum()",
    "draws = torch.rand(3)",
]


@pytest.fixture(scope="module", params=["bubblewrap", "unconfined"])
def execution(request: pytest.FixtureRequest) -> Execution:
    """One run of the notebook per mode, shared: each run waits out two deadlines."""
    mode = request.getfixturevalue("bwrap_path") if request.param == "bubblewrap" else None
    run = Execution(list(CELLS), FAST_LIMITS, mode, seed=1234)
    run.run_cells()
    run.begin_judging()
    yield run
    run.close()


def test_every_cell_gets_a_record(execution: Execution) -> None:
    statuses = [r.status for r in execution.records]
    assert statuses == ["ok", "ok", "crash", "timeout", "ok", "error", "ok", "ok", "ok"]
    assert "RuntimeError: roto" in execution.records[5].error


def test_definitions_before_and_after_a_dead_cell_survive(execution: Execution) -> None:
    student = SandboxStudent(execution)
    assert torch.equal(student.call("line_model", 2.0, 1.0, torch.tensor([1.0, 3.0])).value,
                       torch.tensor([3.0, 7.0]))
    assert student.call("AE_loss", torch.tensor(1.0), torch.tensor(4.0)).value == torch.tensor(3.0)


def test_a_hanging_function_costs_only_itself(execution: Execution) -> None:
    student = SandboxStudent(execution)
    first = student.call("SE_loss", torch.tensor(1.0), torch.tensor(2.0))
    assert first.failure is not None and first.failure.kind == "timeout"
    again = student.call("SE_loss", torch.tensor(1.0), torch.tensor(2.0))
    assert again.failure == first.failure
    assert student.call("line_model", 1.0, 0.0, torch.tensor(5.0)).ok


def test_other_graded_functions_are_trusted_while_one_is_judged(execution: Execution) -> None:
    """MAE_loss calls AE_loss: the student's AE_loss is replaced, so only MAE's own bug shows."""
    student = SandboxStudent(execution)
    call = student.call("MAE_loss", torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.0]))
    assert call.value == torch.tensor(3.0)  # the student's .sum() instead of .mean()
    loss = student.call("AE_loss", torch.tensor([1.0]), torch.tensor([0.5]))
    assert torch.equal(loss.value, torch.tensor([0.5]))  # the student's own AE_loss is back


def test_losses_can_be_passed_by_name(execution: Execution) -> None:
    call = SandboxStudent(execution).call("line_model", Trusted("MSE_loss"), 0.0, 1.0)
    assert call.failure is not None and call.failure.exc_type == "TypeError"


def test_same_seed_same_random_state(mode: str | None, limits: Limits) -> None:
    values = []
    for _ in range(2):
        run = Execution(["import torch"], limits, mode, seed=99)
        run.run_cells()
        run.begin_judging()
        values.append(SandboxStudent(run).call("torch.rand").failure)
        reply = run.sandbox.request({"op": "run_cell", "source": "print(torch.rand(2).tolist())"}, 10)
        values.append(reply["output"])  # type: ignore[index]
        run.close()
    assert values[1] == values[3]


FINALIZER_CELLS = [
    "import torch",
    "def line_model(m, b, inputs):\n    return m * inputs + b",
    # Garbage whose finalizer is student code: it may run during a cell, never inside the
    # worker while a call is judged (where it could write behind the worker's back).
    "class Bomb:\n    def __del__(self):\n        print('FINALIZER RAN')\n"
    "bomb = Bomb()\nbomb.itself = bomb\ndel bomb",
]


def test_the_notebooks_finalizers_never_run_in_the_worker_while_judging(mode: str | None, limits: Limits) -> None:
    run = Execution(list(FINALIZER_CELLS), limits, mode, seed=5)
    try:
        run.run_cells()
        run.begin_judging()
        student = SandboxStudent(run)
        calls = [student.call("line_model", 2.0, 1.0, torch.tensor([1.0, 3.0])) for _ in range(3)]
        assert all(c.ok and torch.equal(c.value, torch.tensor([3.0, 7.0])) for c in calls)
        assert not any("FINALIZER" in c.output for c in calls), [c.output for c in calls]
        after = run.sandbox.request({"op": "run_cell", "source": "import gc\ngc.collect()\nprint('done')"}, 10)
        assert isinstance(after, dict) and "done" in after["output"] and "FINALIZER" not in after["output"]
    finally:
        run.close()


def test_cells_get_a_short_deadline_once_the_budget_is_spent() -> None:
    limits = Limits(cell_timeout_s=30, notebook_budget_s=90, late_cell_timeout_s=3)
    run = Execution([], limits, None, seed=0)  # a fresh submission: its whole time ahead
    assert run.cell_timeout(0) == 30 and run.cell_timeout(89.9) == 30
    assert run.cell_timeout(90) == 3 and run.cell_timeout(500) == 3


def test_a_worker_that_cannot_start_is_the_graders_failure(mode: str | None) -> None:
    """No student code has run yet: grading must stop loudly, never hand out zeros."""
    starved = Limits(memory_limit_mb=64)
    with pytest.raises(SandboxUnavailable):
        Execution(["x = 1"], starved, mode, seed=0).run_cells()
