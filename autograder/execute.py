"""Run a submission's code cells in a sandbox, surviving whatever a cell does.

A cell that raises is recorded and execution goes on. A cell that runs too long
is interrupted (KeyboardInterrupt) and, if that does not stop it, killed with
its sandbox. A cell that floods the output, exits or kills its process takes the
sandbox down with it: it is recorded, a fresh sandbox replays the cells that
worked, and execution goes on without it. Everything stays within the
submission's hard time cap. ``autograder.student`` then serves the hidden
suites' calls from the same sandbox.
"""

from __future__ import annotations

import ast
import time
from dataclasses import dataclass, field
from typing import Any

from autograder.config import Limits
from autograder.sandbox.channel import SHARED, Death, Sandbox
from autograder.sandbox.forkserver import ForkServer

START_TIMEOUT_S = 120.0
MAX_FAILED_STARTS = 2
SKIPPED_MESSAGE = ("no se ejecutó porque las celdas ya habían agotado su tiempo ({seconds:g} s); a partir de "
                   "ese momento solo se ejecutan las celdas que definen funciones, clases o imports")
BUDGET_MESSAGE = ("se agotó el tiempo total de corrección de la entrega ({seconds:g} s) antes de llegar aquí; "
                  "¿hay celdas o funciones muy lentas, o esperas con time.sleep?")
DEATH_MESSAGES = {
    "gave_up": "falló o se quedó colgado {detail} al prepararse y no se vuelve a intentar",
    "budget": "se agotó el tiempo total de corrección de la entrega ({detail})",
    "timeout": "superó el tiempo máximo ({detail}) y se detuvo",
    "crash": "terminó el proceso de Python (¿os._exit, sys.exit, un fallo grave o falta de memoria?)",
    "output_limit": "imprimió demasiado texto y se detuvo",
    "protocol": "rompió la comunicación con el corrector",
}


class SandboxUnavailable(RuntimeError):
    """The worker failed before any student code ran: the grader's fault, never a student's zero."""


@dataclass(frozen=True)
class CellRecord:
    """What happened to one code cell (index counts code cells only, from 0)."""

    index: int
    status: str  # ok | error | timeout | crash | output_limit | protocol
    error: str = ""
    output: str = ""
    position: int = -1  # the cell's place among all the notebook's cells, from 0
    first_line: str = ""  # what the student sees first in that cell, to find it
    label: str = ""  # how the student finds it: its exercise and function (``intake``)


def first_line(source: str) -> str:
    """The first non-blank line of a cell, shortened: how a student recognises it."""
    line = next((text.strip() for text in source.splitlines() if text.strip()), "")
    return line if len(line) <= 60 else line[:57] + "…"


def defines_something(source: str) -> bool:
    """Whether a cell has a top-level ``def``, ``class`` or ``import`` (or cannot be parsed: run it)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return True  # IPython syntax (magics) or a broken cell: let the shell say what it is
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)
    return any(isinstance(node, kinds) for node in tree.body)


def seconds(value: float) -> str:
    """A duration as a student reads it: ``30 s``, ``2.5 s``, ``0.04 s`` (no exponent, no long decimals)."""
    return f"{round(value, 1):.10g} s" if value >= 1 else f"{value:.2g} s"


def death_message(death: Death) -> str:
    return DEATH_MESSAGES.get(death.kind, death.kind).format(detail=death.detail)


@dataclass
class Execution:
    """The live state of one submission: its sandbox, its cells, what broke, and its deadline.

    ``deadline`` (monotonic) caps everything the submission costs: cells, replays,
    restarts and judged calls. A sandbox that fails to start or hangs while being
    prepared twice is not started again for this submission.
    """

    cells: list[str]
    limits: Limits
    bwrap: str | None
    seed: int
    positions: list[int] | None = None
    labels: list[str] | None = None
    records: list[CellRecord] = field(default_factory=list)
    sandbox: Sandbox | None = None
    restarts: int = 0
    failed_starts: int = 0
    judging: bool = False
    protections: str = ""
    cpu: int | None = None
    beside: bool = False
    """Whether the sandbox runs on ``cpu`` beside its grading process (``Sandbox``'s ``beside``)."""
    server: ForkServer | None | str = SHARED
    deadline: float = field(default_factory=lambda: float("inf"))

    def __post_init__(self) -> None:
        if self.deadline == float("inf"):
            self.deadline = time.monotonic() + self.limits.submission_timeout_s

    def remaining(self) -> float:
        return self.deadline - time.monotonic()

    def bounded(self, timeout: float) -> float:
        """A request's timeout, never past the submission's deadline."""
        return max(0.0, min(timeout, self.remaining()))

    def _start(self) -> Sandbox | Death:
        """A fresh sandbox with every good cell so far replayed (and reseeded for judging)."""
        if self.failed_starts >= MAX_FAILED_STARTS:
            return Death("gave_up", "1 vez" if self.failed_starts == 1 else f"{self.failed_starts} veces")
        if self.remaining() <= 0:
            return Death("budget", f"{self.limits.submission_timeout_s:g} s")
        sandbox = Sandbox(self.limits, self.bwrap, self.cpu, self.server, self.beside)
        self.protections = sandbox.protections
        wait = self.bounded(START_TIMEOUT_S)
        ready = sandbox.wait_ready(wait)
        if isinstance(ready, Death) and ready.kind == "timeout":
            ready = Death("timeout", seconds(wait))  # the channel says "start"; the student reads seconds
        if isinstance(ready, Death):
            output = sandbox.raw_output[-2000:]
            sandbox.close()
            if self.restarts == 0 and not self.records and self.remaining() > 0:
                raise SandboxUnavailable(f"the worker did not start ({ready.kind}: {ready.detail}); "
                                         f"its output:\n{output}")
            self.failed_starts += 1
            return ready
        steps: list[tuple[dict[str, Any], float]] = [({"op": "seed", "seed": self.seed}, 30.0)]
        steps += [({"op": "run_cell", "source": self.cells[r.index]}, self.limits.cell_timeout_s)
                  for r in self.records if r.status in ("ok", "error")]
        if self.judging:
            steps.append(({"op": "seed", "seed": self.seed + 1}, 30.0))
        for message, timeout in steps:
            reply = sandbox.request(message, self.bounded(timeout))
            if isinstance(reply, Death):
                sandbox.close()
                self.failed_starts += 1
                return reply
        return sandbox

    def live(self) -> Sandbox | Death:
        """The current sandbox, restarting it if the last one died."""
        if self.sandbox is not None and self.sandbox.process.poll() is None:
            return self.sandbox
        if self.sandbox is not None:
            self.sandbox.close()
            self.sandbox = None
            self.restarts += 1
        started = self._start()
        self.sandbox = started if isinstance(started, Sandbox) else None
        return started

    def cell_timeout(self, spent: float) -> float:
        """Full time per cell until the notebook's budget is spent, then only a short one.

        A function that hangs is called by many demo cells; without a budget each of them
        would wait out the full deadline. Definitions take no time, so they still run.
        The submission's deadline bounds both.
        """
        room = self.remaining() - self.limits.judging_reserve_s
        if room <= 0:  # inside the judging reserve: definitions only, and quickly
            return max(0.0, min(1.0, self.remaining() - self.limits.judging_reserve_s / 2))
        if spent < self.limits.notebook_budget_s:
            return min(self.limits.cell_timeout_s, room)
        return min(self.limits.cell_timeout_s, self.limits.late_cell_timeout_s, room)

    def run_cells(self) -> list[CellRecord]:
        """Execute every code cell in order, recording each outcome.

        Once the notebook's budget is spent, only cells that define something (a
        ``def``, ``class`` or ``import`` at top level) still run, with a short deadline:
        the graded functions get defined, the demos are skipped. Within the last
        ``judging_reserve_s`` of the submission's time definitions get one second each,
        and in its last half nothing runs: the hidden tests keep that time.
        """
        started = time.monotonic()
        for index, source in enumerate(self.cells):
            where = {"position": self.positions[index] if self.positions else index,
                     "first_line": first_line(source),
                     "label": self.labels[index] if self.labels and index < len(self.labels) else ""}
            late = (time.monotonic() - started >= self.limits.notebook_budget_s
                    or self.remaining() <= self.limits.judging_reserve_s)
            if self.remaining() <= self.limits.judging_reserve_s / 2:
                self.records.append(CellRecord(index, "timeout", BUDGET_MESSAGE.format(
                    seconds=self.limits.submission_timeout_s), **where))
                continue
            if late and not defines_something(source):
                self.records.append(CellRecord(index, "skipped", SKIPPED_MESSAGE.format(
                    seconds=self.limits.notebook_budget_s), **where))
                continue
            sandbox = self.live()
            if isinstance(sandbox, Death):
                self.records.append(CellRecord(index, sandbox.kind, "no se ejecutó porque no se pudo preparar "
                                               "el entorno; " + death_message(sandbox), **where))
                continue
            timeout = self.cell_timeout(time.monotonic() - started)
            reply = sandbox.request({"op": "run_cell", "source": source}, timeout, interrupt=True)
            if isinstance(reply, dict) and "interrupted" in reply:
                self.records.append(CellRecord(index, "timeout", death_message(Death("timeout", seconds(timeout))),
                                               str(reply.get("output", ""))[:2000], **where))
                continue
            if isinstance(reply, Death):
                self.records.append(CellRecord(index, reply.kind, death_message(reply),
                                               sandbox.raw_output[-1000:], **where))
                sandbox.close()
                continue
            error = reply.get("error") if isinstance(reply.get("error"), dict) else None
            summary = f"{error.get('type', 'Error')}: {error.get('message', '')}"[:300] if error else ""
            self.records.append(CellRecord(index, "error" if error else "ok", summary,
                                           str(reply.get("output", ""))[:2000], **where))
        return self.records

    def begin_judging(self) -> None:
        """Reseed before the suites call anything (so a cell's draws do not change the hidden ones)."""
        self.judging = True
        if self.sandbox is not None and self.sandbox.process.poll() is None:
            reply = self.sandbox.request({"op": "seed", "seed": self.seed + 1}, self.bounded(30.0))
            if isinstance(reply, Death):
                self.sandbox.close()

    def close(self) -> None:
        if self.sandbox is not None:
            self.sandbox.close()
            self.sandbox = None
