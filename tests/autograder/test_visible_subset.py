"""The notebook's visible checks are a subset of the hidden ones.

For every ``assert`` in a visible test cell of the source notebook there is one
mutant of the reference, labelled with the assertion it breaks (the source of
the assertion's condition, whitespace normalised). Each mutant must

(a) fail its visible cell *at that assertion* (the first one that fails), and
(b) lose points on its function when the hidden suites judge it in-process.

Otherwise a student could see a failing cell next to full marks. A guard test
fails as soon as the notebook has an assertion that no mutant covers (or the
table names one that no longer exists), so a notebook edit cannot escape.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import random
import sys
import traceback
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

import reference
from autograder import proxy, suite_runner
from reference import GRADED_FUNCTIONS

SOURCE_NOTEBOOK = Path(__file__).resolve().parents[2] / "source" / "aprendizaje" / "aprendizaje.ipynb"
SEED = 3


# ----------------------------------------------------------------------------- the visible cells

def visible_cells() -> dict[str, str]:
    """Source of each graded function's visible test cell (nbgrader ``grade: true``, id ``test_<function>``)."""
    notebook = json.loads(SOURCE_NOTEBOOK.read_text(encoding="utf-8"))
    cells: dict[str, str] = {}
    for cell in notebook["cells"]:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell["cell_type"] == "code" and meta.get("grade"):
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            cells[str(meta["grade_id"]).removeprefix("test_")] = source
    return cells


def label(source: str, node: ast.Assert) -> str:
    """How a mutant names an assertion: its condition's source on one line."""
    return " ".join((ast.get_source_segment(source, node.test) or "").split())


def assertions(source: str) -> list[tuple[str, int, int]]:
    """Every ``assert`` of a cell as (label, first line, last line), in source order."""
    nodes = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Assert)]
    return sorted(((label(source, n), n.lineno, n.end_lineno or n.lineno) for n in nodes), key=lambda a: a[1])


CELLS = visible_cells()


# ----------------------------------------------------------------------------- mutant sources

def data_cell(signature: str = "sigma=2, range=50", x: str = "range * torch.rand(n, device=device)",
              y: str = "m * x + b", noisy_x: str = "x + sigma * torch.randn(n, device=device)",
              noisy_y: str = "y + sigma * torch.randn(n, device=device)",
              out: str = "torch.stack((noisy_x, noisy_y), dim=1)") -> str:
    """The lesson's ``get_data_from_a_line`` with some lines replaced."""
    return f'''
def get_data_from_a_line(m, b, n, {signature}, device=None):
    x = {x}
    y = {y}
    noisy_x = {noisy_x}
    noisy_y = {noisy_y}
    return {out}
'''


def fn_cell(name: str, body: str, args: str = "y_pred, y_true") -> str:
    """A one-expression graded function."""
    return f"\ndef {name}({args}):\n    return {body}\n"


RATE_ARGS = "m, b, x_true, y_true, delta, loss_fn"
LOW = "loss_fn(line_model(m - delta, b, x_true), y_true)"
HIGH = "loss_fn(line_model(m + delta, b, x_true), y_true)"
PRINT = 'print(f"paso {step}: m = {float(m):.6f}, ratio = {float(rate):.4f}")'


def training_cell(name: str, columns: str = "", choose: str = "", start: str = "[float(m)]",
                  rate: str = "loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)",
                  update: str = "m = m + learning_rate * rate", store: str = "line_evolution.append(float(m))",
                  loop: str = "range(steps)", report: str = f"if verbose:\n            {PRINT}",
                  pre: str = "", out: str = "line_evolution") -> str:
    """The lesson's training loop (one random point or all points) with some lines replaced."""
    if name == "train_random_point" and not choose:
        choose = ("index = torch.randint(low=0, high=data.shape[0], size=(1,))[0]\n"
                  "        x_true, y_true = data[index, 0], data[index, 1]")
    if name == "train_all_points" and not columns:
        columns = "x_true, y_true = data[:, 0], data[:, 1]"
    return f'''
def {name}(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    {columns}
    {pre}
    line_evolution = {start}
    for step in {loop}:
        {choose or "pass"}
        rate = {rate}
        {report}
        {update}
        {store}
    return {out}
'''


RANDOM, ALL = "train_random_point", "train_all_points"

MUTANTS: list[tuple[str, str, str]] = [
    # (function, the visible assertion it breaks, mutant source)
    ("get_data_from_a_line",
     'parameters["sigma"].default == 2 and parameters["range"].default == 50',
     data_cell(signature="sigma=1, range=50")),
    ("get_data_from_a_line", "isinstance(sample, torch.Tensor)",
     data_cell(out="torch.stack((noisy_x, noisy_y), dim=1).numpy()")),
    ("get_data_from_a_line", "sample.shape == (5, 2)", data_cell(out="torch.stack((noisy_x, noisy_y), dim=0)")),
    ("get_data_from_a_line", "sample.dtype == torch.float32",
     data_cell(out="torch.stack((noisy_x, noisy_y), dim=1).double()")),
    ("get_data_from_a_line", "clean[:, 0].min() >= 0 and clean[:, 0].max() < 10",
     data_cell(x="1.1 * range * torch.rand(n, device=device)")),
    ("get_data_from_a_line", "torch.allclose(clean[:, 1], 2 * clean[:, 0] + 3)", data_cell(y="m * x")),
    ("get_data_from_a_line", "24 < x.mean() < 26", data_cell(x="range * torch.rand(n, device=device) ** 2")),
    ("get_data_from_a_line", "(x < 0).any()", data_cell(noisy_x="x")),
    ("get_data_from_a_line", "abs(residual.mean()) < 0.3",
     data_cell(noisy_y="y + sigma * (torch.randn(n, device=device) + 0.5)")),
    ("get_data_from_a_line", "4.1 < residual.std() < 4.9",
     data_cell(noisy_x="x + sigma * torch.randn(n, device=device)", y="m * x",
               noisy_y="m * noisy_x + b + sigma * torch.randn(n, device=device)")),
    ("get_data_from_a_line", "2.0 < residual.std() < 2.5",
     data_cell(noisy_x="x + (2 if sigma else 0) * torch.randn(n, device=device)",
               noisy_y="y + (2 if sigma else 0) * torch.randn(n, device=device)")),
    ("get_data_from_a_line", 'get_data_from_a_line(1, 0, 4, device="meta").device.type == "meta"',
     data_cell(x="range * torch.rand(n)", noisy_x="x + sigma * torch.randn(n)", noisy_y="y + sigma * torch.randn(n)")),

    ("line_model", "line_model(2, 1, 3) == 7", fn_cell("line_model", "b * inputs + m", "m, b, inputs")),
    ("line_model", "line_model(0.5, 0, 4) == 2", fn_cell("line_model", "int(m) * inputs + b", "m, b, inputs")),
    ("line_model", "line_model(-1, 2, 0) == 2",
     fn_cell("line_model", "m * inputs + b if inputs else m * inputs", "m, b, inputs")),
    ("line_model", "isinstance(outputs, torch.Tensor) and outputs.shape == (3,)",
     fn_cell("line_model", "np.asarray(m * inputs + b)", "m, b, inputs")),
    ("line_model", "torch.allclose(outputs, torch.tensor([-1.0, 2.0, 5.0]))",
     fn_cell("line_model", "(m * inputs + b).flip(0) if isinstance(inputs, torch.Tensor) else m * inputs + b",
             "m, b, inputs")),
    ("line_model", "torch.equal(inputs, torch.tensor([0.0, 1.0, 2.0]))",
     fn_cell("line_model", "inputs.mul_(m).add_(b) if isinstance(inputs, torch.Tensor) else m * inputs + b",
             "m, b, inputs")),
    ("line_model", "torch.allclose(line_model(slopes, 0, 4.0), 4 * slopes)",
     fn_cell("line_model", "(m.mean() if isinstance(m, torch.Tensor) else m) * inputs + b", "m, b, inputs")),

    ("AE_loss", "isinstance(errors, torch.Tensor)", fn_cell("AE_loss", "torch.abs(y_pred - y_true).tolist()")),
    ("AE_loss", "errors.shape == (3,)", fn_cell("AE_loss", "torch.abs(y_pred - y_true).mean()")),
    ("AE_loss", "torch.allclose(errors, torch.tensor([1.0, 3.0, 0.0]))", fn_cell("AE_loss", "y_pred - y_true")),
    ("AE_loss", "AE_loss(torch.tensor(4.0), torch.tensor(6.5)).item() == 2.5",
     fn_cell("AE_loss", "torch.abs(y_pred - y_true).round()")),

    ("SE_loss", "isinstance(errors, torch.Tensor)", fn_cell("SE_loss", "((y_pred - y_true) ** 2).tolist()")),
    ("SE_loss", "errors.shape == (3,)", fn_cell("SE_loss", "((y_pred - y_true) ** 2).mean()")),
    ("SE_loss", "torch.allclose(errors, torch.tensor([1.0, 9.0, 0.0]))",
     fn_cell("SE_loss", "torch.abs(y_pred - y_true)")),
    ("SE_loss", "SE_loss(torch.tensor(0.5), torch.tensor(0.0)).item() == 0.25",
     fn_cell("SE_loss", "((y_pred - y_true) ** 2).round()")),

    ("MAE_loss", "isinstance(error, torch.Tensor)", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).mean().item()")),
    ("MAE_loss", "error.dim() == 0", fn_cell("MAE_loss", "torch.abs(y_pred - y_true)")),
    ("MAE_loss", "abs(error.item() - 4 / 3) < 1e-5", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).sum()")),
    ("MAE_loss", "error.dim() == 0 and abs(error.item() - 2.5) < 1e-5",
     fn_cell("MAE_loss", "torch.abs(y_pred - y_true).mean(dim=0)")),

    ("MSE_loss", "isinstance(error, torch.Tensor)", fn_cell("MSE_loss", "((y_pred - y_true) ** 2).mean().item()")),
    ("MSE_loss", "error.dim() == 0", fn_cell("MSE_loss", "(y_pred - y_true) ** 2")),
    ("MSE_loss", "abs(error.item() - 10 / 3) < 1e-5", fn_cell("MSE_loss", "((y_pred - y_true) ** 2).sum()")),
    ("MSE_loss", "error.dim() == 0 and abs(error.item() - 7.5) < 1e-5",
     fn_cell("MSE_loss", "((y_pred - y_true) ** 2).mean(dim=0)")),

    ("loss_rate_of_change_m", "abs(float(rate) - (-30.6232)) < 1e-3",
     fn_cell("loss_rate_of_change_m", f"({HIGH} - {LOW}) / (2 * delta)", RATE_ARGS)),
    ("loss_rate_of_change_m", "abs(float(rate) - 10.0) < 1e-3",
     fn_cell("loss_rate_of_change_m", f"-abs({LOW} - {HIGH}) / (2 * delta)", RATE_ARGS)),
    ("loss_rate_of_change_m", "abs(float(rate) - (-6.0)) < 1e-3",
     fn_cell("loss_rate_of_change_m", f"({LOW} - {HIGH}) / (2 * delta)".replace(", b, x_true", ", 0, x_true"),
             RATE_ARGS)),
    ("loss_rate_of_change_m", "abs(float(rate) - (-2.0)) < 1e-3",
     fn_cell("loss_rate_of_change_m", f"({LOW} - {HIGH}) / (2 * delta)".replace(
         "x_true), y_true)", "x_true.reshape(-1)[0]), y_true.reshape(-1)[0])"), RATE_ARGS)),

    (RANDOM, "isinstance(evolution, list)", training_cell(RANDOM, out="tuple(line_evolution)")),
    (RANDOM, "len(evolution) == 41", training_cell(RANDOM, loop="range(steps + 1)")),
    (RANDOM, "all(isinstance(value, float) or (isinstance(value, torch.Tensor) and value.numel() == 1) "
             "for value in evolution)", training_cell(RANDOM, store="line_evolution.append([float(m)])")),
    (RANDOM, "as_numbers[0] == 0.8",
     training_cell(RANDOM, pre="m = torch.tensor(m)", start="[m]", store="line_evolution.append(m)")),
    (RANDOM, "all(step in (-0.001, -0.004) for step in steps_taken)",
     training_cell(RANDOM, update="m = m - learning_rate * rate")),
    (RANDOM, "-0.001 in steps_taken and -0.004 in steps_taken",
     training_cell(RANDOM, choose="x_true, y_true = data[0, 0], data[0, 1]")),
    (RANDOM, 'output.getvalue() == ""', training_cell(RANDOM, report=PRINT)),
    (RANDOM, "output.getvalue().strip()", training_cell(RANDOM, report="pass")),

    (ALL, "isinstance(evolution, list)", training_cell(ALL, out="tuple(line_evolution)")),
    (ALL, "len(evolution) == 9", training_cell(ALL, loop="range(steps + 1)")),
    (ALL, "all(isinstance(value, float) or (isinstance(value, torch.Tensor) and value.numel() == 1) "
          "for value in evolution)", training_cell(ALL, store="line_evolution.append([float(m)])")),
    (ALL, "evolution[0] == 0.8", training_cell(ALL, pre="m = torch.tensor(m)", start="[m.item()]",
                                               store="line_evolution.append(m.item())")),
    (ALL, "abs(evolution[1] - 0.75) < 1e-4", training_cell(ALL, update="m = m - learning_rate * rate")),
    (ALL, "all(abs(a - b) < 1e-4 for a, b in zip(evolution, expected))",
     training_cell(ALL, rate="loss_rate_of_change_m(m, 0, x_true, y_true, delta, loss_fn)")),
    (ALL, 'output.getvalue() == ""', training_cell(ALL, report=PRINT)),
    (ALL, "output.getvalue().strip()", training_cell(ALL, report="pass")),
]


# ----------------------------------------------------------------------------- running them

def namespace(source: str = "") -> dict[str, Any]:
    """A notebook namespace: the reference for every graded function, then ``source`` (one mutant cell)."""
    ns: dict[str, Any] = {"__name__": "__main__", "torch": torch, "np": np, "random": random}
    ns.update({name: getattr(reference, name) for name in GRADED_FUNCTIONS})
    if source:
        exec(compile(source, "<mutante>", "exec"), ns)  # noqa: S102 - our own test code
    return ns


def first_failure(function: str, ns: dict[str, Any]) -> tuple[str | None, str]:
    """Run a visible cell; the label of the assertion where it stopped (None: it passed) and why."""
    source = CELLS[function]
    filename = f"<visible:{function}>"
    torch.manual_seed(0)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, filename, "exec"), dict(ns))  # noqa: S102 - the course's own notebook
    except Exception as exc:  # noqa: BLE001 - an error inside an assert statement fails it too
        lines = [frame.lineno for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == filename]
        where = lines[-1] if lines else -1
        for name, first, last in assertions(source):
            if first <= where <= last:
                return name, f"{type(exc).__name__}: {exc}"
        return f"<line {where}, outside any assert>", f"{type(exc).__name__}: {exc}"
    return None, ""


def hidden_points(function: str, ns: dict[str, Any]) -> tuple[float, float, list[str]]:
    """Points got and possible on ``function`` from the hidden suites, plus any internal errors."""
    results = suite_runner.run_suites(proxy.InProcessStudent(ns), SEED, [function])
    errors = [f"{r.nodeid}: {r.detail}" for r in results if r.internal_error]
    return sum(r.points for r in results), sum(r.max_points for r in results), errors


# ----------------------------------------------------------------------------- the tests

def test_every_graded_function_has_a_visible_cell() -> None:
    assert sorted(CELLS) == sorted(GRADED_FUNCTIONS)


@pytest.mark.parametrize("function", GRADED_FUNCTIONS)
def test_every_visible_assertion_has_a_mutant(function: str) -> None:
    """Guard: the table covers exactly the assertions the notebook has now (no more, no fewer)."""
    in_notebook = [name for name, _, _ in assertions(CELLS[function])]
    assert len(in_notebook) == len(set(in_notebook)), "two assertions with the same condition: relabel the table"
    covered = [name for f, name, _ in MUTANTS if f == function]
    assert sorted(set(in_notebook) - set(covered)) == [], "visible assertions without a mutant"
    assert sorted(set(covered) - set(in_notebook)) == [], "mutants labelled with an assertion the cell lacks"
    assert len(covered) == len(in_notebook)


@pytest.mark.parametrize("function", GRADED_FUNCTIONS)
def test_reference_passes_its_visible_cell(function: str) -> None:
    assert first_failure(function, namespace()) == (None, "")


@pytest.mark.parametrize("function, assertion, source", MUTANTS,
                         ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(MUTANTS)])
def test_mutant_fails_its_assertion_and_loses_hidden_points(function: str, assertion: str, source: str) -> None:
    ns = namespace(source)
    failed_at, why = first_failure(function, ns)
    assert failed_at == assertion, f"the visible cell stopped at {failed_at!r} ({why})"
    got, out_of, errors = hidden_points(function, namespace(source))
    assert errors == []
    assert out_of > 0 and got < out_of, f"{function}: {got}/{out_of} in the hidden suites"


if __name__ == "__main__":  # pragma: no cover - quick listing for whoever edits the notebook
    for f in GRADED_FUNCTIONS:
        for name, first, _ in assertions(CELLS[f]):
            sys.stdout.write(f"{f}:{first}: {name}\n")
