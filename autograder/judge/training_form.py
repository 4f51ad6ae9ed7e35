"""What the notebook's visible cells demand of a training function beyond its steps.

The visible test cells of ``train_random_point`` and ``train_all_points`` also
check that the list starts with *exactly* the initial ``m``, and that the function
prints nothing with ``verbose=False`` and something with ``verbose=True``. The hidden
suites judge the same things with these helpers, so that no student sees a
failing visible cell next to full marks.

Each helper is meant to be used in a test that also judges the steps: a check of
form alone would give points to random numbers of the right shape.
"""

from __future__ import annotations

import re

import torch

from autograder.judge import checks, feedback
from autograder.sandbox import wire
from autograder.proxy import Call, Student
from autograder.judge.trajectory import Run, expect_start, read_trajectory

_WARNING = re.compile(r"^\S.*:\d+: [A-Za-z_]*Warning: ")
"""First line of a Python warning as ``warnings.showwarning`` writes it (``file:line: Category: text``)."""


def printed(output: str) -> str:
    """What the student's code printed, without Python warnings.

    In the sandbox stderr shares the captured output with stdout, so a library
    warning would otherwise count as printing; the visible cells only see stdout.
    """
    kept: list[str] = []
    skipping = False
    for line in output.splitlines(keepends=True):
        if _WARNING.match(line):
            skipping = True  # the warning's own line, then its indented source line
            continue
        if skipping and line.startswith((" ", "\t")):
            continue
        skipping = False
        kept.append(line)
    return "".join(kept)


def expect_quiet(call: Call) -> None:
    """With ``verbose`` left at ``False`` the call printed nothing at all (as the visible cell demands)."""
    text = printed(call.output)
    if text != "":
        checks.fail(call, "que no imprimiera nada (con verbose=False, el valor predeterminado)",
                    f"imprimió {feedback.fmt_value(text)}",
                    "Imprime solo dentro de `if verbose:`; con verbose=False la función no debe imprimir nada.")


def expect_summary_printed(call: Call, steps: int) -> None:
    """With ``verbose=True`` the call printed a summary in each step: at least ``steps`` non-blank lines."""
    lines = [line for line in printed(call.output).splitlines() if line.strip()]
    if len(lines) < steps:
        got = "no imprimió nada" if not lines else f"imprimió {feedback.plural(len(lines), 'línea', 'líneas')}"
        checks.fail(call, f"que con verbose=True imprimiera un resumen en cada uno de los {steps} pasos", got,
                    "Dentro del bucle, con `if verbose:`, imprime el paso, la m actual, los errores y el ratio.")


def expect_exact_start(call: Call, ms: torch.Tensor, m0: float) -> None:
    """The first value is the initial ``m`` itself, not a float32 copy of it (the visible cell uses ``==``)."""
    first = ms[0].item()
    if first != m0:
        checks.fail(call, f"que el primer valor de la lista fuera exactamente la m inicial, {m0!r}",
                    feedback.fmt_number(first) if abs(first - m0) > 1e-12 else repr(first),
                    "Guarda la m inicial tal como llega (float(m)); si la conviertes antes en un tensor "
                    "float32 (torch.tensor(m)), el redondeo la cambia.")



def inexact_slope(seed: int) -> float:
    """A starting slope in [0.5, 0.9] that float32 cannot hold exactly, so a rounded copy shows."""
    g = torch.Generator().manual_seed(seed)
    m0 = round(0.5 + 0.4 * float(torch.rand((), generator=g, dtype=torch.float64)), 3)
    while float(torch.tensor(m0, dtype=torch.float32)) == m0:
        m0 = round(m0 + 0.001, 3)
    return m0


def train_verbose(student: Student, function: str, run: Run) -> tuple[Call, torch.Tensor]:
    """Like ``trajectory.train`` but with ``verbose=True`` passed by name, as the visible cells do."""
    call = student.call(function, run.data, run.m, run.b, run.learning_rate, run.delta, run.steps,
                        wire.Trusted(run.loss), verbose=True)
    checks.returned(call)
    checks.expect_unchanged(call)
    ms = read_trajectory(call, run.steps)
    expect_start(call, ms, run.m)
    return call, ms
