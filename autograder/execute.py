"""Run a submission's code cells in a sandbox, surviving whatever a cell does.

A cell that raises is recorded and execution goes on. A cell that hangs, floods
the output, exits or kills its process takes the sandbox down with it: it is
recorded, a fresh sandbox replays the cells that worked, and execution goes on
without it. ``SandboxStudent`` then serves the hidden suites' calls the same way:
a function that hangs or crashes is remembered as broken and costs only its own
points.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from autograder import trusted
from autograder.config import Limits
from autograder.proxy import Call, Failure, call_from_reply, encode_call
from autograder.sandbox import Death, Sandbox

START_TIMEOUT_S = 120.0
DEATH_MESSAGES = {
    "timeout": "superó el tiempo máximo ({detail}) y se detuvo",
    "crash": "terminó el proceso de Python (¿os._exit, sys.exit, un fallo grave o falta de memoria?)",
    "output_limit": "escribió demasiada salida y se detuvo",
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


def first_line(source: str) -> str:
    """The first non-blank line of a cell, shortened: how a student recognises it."""
    line = next((text.strip() for text in source.splitlines() if text.strip()), "")
    return line if len(line) <= 60 else line[:57] + "…"


def death_message(death: Death) -> str:
    return DEATH_MESSAGES.get(death.kind, death.kind).format(detail=death.detail)


@dataclass
class Execution:
    """The live state of one submission: its sandbox, its cells and what broke."""

    cells: list[str]
    limits: Limits
    bwrap: str | None
    seed: int
    positions: list[int] | None = None
    records: list[CellRecord] = field(default_factory=list)
    sandbox: Sandbox | None = None
    restarts: int = 0
    judging: bool = False
    protections: str = ""

    def _start(self) -> Sandbox | Death:
        """A fresh sandbox with every good cell so far replayed (and the judge's helpers if judging)."""
        sandbox = Sandbox(self.limits, self.bwrap)
        self.protections = sandbox.protections
        ready = sandbox.wait_ready(START_TIMEOUT_S)
        if isinstance(ready, Death):
            output = sandbox.raw_output[-2000:]
            sandbox.close()
            raise SandboxUnavailable(f"the worker did not start ({ready.kind}: {ready.detail}); "
                                     f"its output:\n{output}")
        steps: list[tuple[dict[str, Any], float]] = [({"op": "seed", "seed": self.seed}, 30.0)]
        steps += [({"op": "run_cell", "source": self.cells[r.index]}, self.limits.cell_timeout_s)
                  for r in self.records if r.status in ("ok", "error")]
        if self.judging:
            steps += self._judging_steps()
        for message, timeout in steps:
            reply = sandbox.request(message, timeout)
            if isinstance(reply, Death):
                sandbox.close()
                return reply
        return sandbox

    def live(self) -> Sandbox | Death:
        """The current sandbox, restarting it if the last one died."""
        if self.sandbox is not None and self.sandbox.process.poll() is None:
            return self.sandbox
        if self.sandbox is not None:
            self.sandbox.close()
            self.restarts += 1
        started = self._start()
        self.sandbox = started if isinstance(started, Sandbox) else None
        return started

    def cell_timeout(self, spent: float) -> float:
        """Full time per cell until the notebook's budget is spent, then only a short one.

        A function that hangs is called by many demo cells; without a budget each of them
        would wait out the full deadline. Definitions take no time, so they still run.
        """
        if spent < self.limits.notebook_budget_s:
            return self.limits.cell_timeout_s
        return min(self.limits.cell_timeout_s, self.limits.late_cell_timeout_s)

    def run_cells(self) -> list[CellRecord]:
        """Execute every code cell in order, recording each outcome."""
        started = time.monotonic()
        for index, source in enumerate(self.cells):
            where = {"position": self.positions[index] if self.positions else index,
                     "first_line": first_line(source)}
            sandbox = self.live()
            if isinstance(sandbox, Death):
                self.records.append(CellRecord(index, sandbox.kind, "no se pudo preparar el entorno: "
                                               + death_message(sandbox), **where))
                continue
            timeout = self.cell_timeout(time.monotonic() - started)
            reply = sandbox.request({"op": "run_cell", "source": source}, timeout)
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
        """Hand the trusted helpers over (only now: no student cell can read them) and reseed."""
        self.judging = True
        if self.sandbox is not None and self.sandbox.process.poll() is None:
            for message, timeout in self._judging_steps():
                if isinstance(self.sandbox.request(message, timeout), Death):
                    self.sandbox.close()
                    break

    def _judging_steps(self) -> list[tuple[dict[str, Any], float]]:
        """What a sandbox needs before the suites call it: the trusted helpers, then a fresh seed."""
        return [({"op": "trust", "source": trusted.source(), "helpers": list(trusted.HELPER_NAMES)}, 60.0),
                ({"op": "seed", "seed": self.seed + 1}, 30.0)]

    def close(self) -> None:
        if self.sandbox is not None:
            self.sandbox.close()
            self.sandbox = None


class SandboxStudent:
    """The hidden suites' view of a submission: ``call`` runs a function in the sandbox."""

    def __init__(self, execution: Execution) -> None:
        self.execution = execution
        self.broken: dict[str, Failure] = {}

    def call(self, function: str, *args: Any, **kwargs: Any) -> Call:
        if function in self.broken:
            return Call(function, args, kwargs, failure=self.broken[function])
        sandbox = self.execution.live()
        if isinstance(sandbox, Death):
            failure = Failure("crash", "No se pudo preparar el entorno del cuaderno: " + death_message(sandbox))
            return Call(function, args, kwargs, failure=failure)
        encoded_args, encoded_kwargs = encode_call(args, kwargs)
        message = {"op": "call", "function": function, "args": encoded_args, "kwargs": encoded_kwargs}
        reply = sandbox.request(message, self.execution.limits.call_timeout_s)
        if isinstance(reply, Death):
            sandbox.close()
            kind = reply.kind if reply.kind in ("timeout", "crash", "output_limit", "protocol") else "crash"
            failure = Failure(kind, f"`{function}` {death_message(reply)}; "  # type: ignore[arg-type]
                                    "no se vuelve a llamar en las demás pruebas.")
            self.broken[function] = failure
            return Call(function, args, kwargs, failure=failure)
        return call_from_reply(function, args, kwargs, reply)


class NullStudent:
    """Stands in for a submission that could not be read: every call fails with the same reason."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def call(self, function: str, *args: Any, **kwargs: Any) -> Call:
        return Call(function, args, kwargs, failure=Failure("missing", self.reason))
