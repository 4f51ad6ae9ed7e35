"""Hidden checks of ``train_all_points``: every step uses all the points through a mean loss."""

from __future__ import annotations

import pytest
import torch

import reference
from autograder import trusted
from autograder.judge import checks, feedback
from autograder.proxy import Student
from autograder.judge.training_form import (expect_exact_start, expect_quiet, expect_summary_printed,
                                      inexact_slope, train_verbose)
from autograder.judge.trajectory import Run, judge_all_steps, read_trajectory, train

NAME = "train_all_points"
UPDATE = "actualiza m ← m + learning_rate · ratio. b no cambia."
RETURNS = "Una lista de steps + 1 valores"
VALUES = "Cada valor es un número de Python (float) o un tensor con un solo valor."


def _cloud(seed: int, n: int, m: float, b: float, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """``n`` noisy points of ``y = m·x + b`` with x uniform in [0, 50), like the lesson's data."""
    g = torch.Generator().manual_seed(seed)
    x = 50 * torch.rand(n, generator=g, dtype=torch.float64)
    noise = 2 * torch.randn(n, 2, generator=g, dtype=torch.float64)
    return torch.stack((x + noise[:, 0], m * x + b + noise[:, 1]), dim=1).to(dtype)


def _judged(student: Student, run: Run) -> torch.Tensor:
    call, ms = train(student, NAME, run)
    judge_all_steps(call, ms, run)
    return ms


@pytest.mark.graded(function=NAME, points=3, spec=(RETURNS, VALUES))
def test_returns_list_of_numbers(student: Student, seed: int) -> None:
    """Devuelve una lista de steps + 1 números (float o tensor con un solo valor) que empieza por la m inicial."""
    run = Run(_cloud(seed + 60, 50, 0.5, 0.0), 0.8, 0.0, 1e-3, 0.1, 5, "MAE_loss")
    call, _ = train(student, NAME, run)
    read_trajectory(call, run.steps, strict=True)


@pytest.mark.graded(function=NAME, points=5, spec=("calcula con loss_rate_of_change_m el ratio de cambio del error usando todas las x y todas las y de data", UPDATE))
def test_lesson_run(student: Student, seed: int) -> None:
    """Reproduce el entrenamiento de la lección paso a paso (MAE_loss, learning_rate=1e-3, Δ=0.1, 25 pasos)."""
    _judged(student, Run(_cloud(seed + 61, 50, 0.5, 0.0), 0.8, 0.0, 1e-3, 0.1, 25, "MAE_loss"))


@pytest.mark.graded(function=NAME, points=3, spec=("b: ordenada en el origen (un número), que no cambia.", UPDATE))
def test_mse_with_b(student: Student, seed: int) -> None:
    """Con MSE_loss, b distinta de 0 y datos float64, cada paso es correcto."""
    b = 4.0 + seed % 5
    _judged(student, Run(_cloud(seed + 62, 40, -0.7, b, torch.float64), 0.2, b, 2e-4, 0.1, 10, "MSE_loss"))


@pytest.mark.graded(function=NAME, points=4, spec="loss_fn: función de error media, como MAE_loss.")
def test_uses_loss_fn(student: Student, seed: int) -> None:
    """Usa la loss_fn recibida (pérdidas medias distintas de las de la lección)."""
    _judged(student, Run(_cloud(seed + 63, 40, 1.2, 2.0), 1.5, 2.0, 1e-3, 0.1, 8, "mean_skewed_loss"))
    _judged(student, Run(_cloud(seed + 64, 30, 0.5, 0.0), 0.7, 0.0, 1e-6, 0.1, 8, "mean_cubic_AE_loss"))


@pytest.mark.graded(function=NAME, points=3, spec=("learning_rate: ratio de aprendizaje.", "delta: incremento Δ para calcular el ratio de cambio."))
def test_uses_learning_rate_and_delta(student: Student, seed: int) -> None:
    """Usa el learning_rate y el delta recibidos."""
    _judged(student, Run(_cloud(seed + 65, 50, 0.5, 0.0), 0.9, 0.0, 4e-3, 0.5, 8, "MAE_loss"))


@pytest.mark.graded(function=NAME, points=3, spec="seguida de la m obtenida tras cada paso")
def test_whole_trajectory(student: Student, seed: int) -> None:
    """La evolución completa de m coincide con la esperada (30 pasos con MSE_loss)."""
    run = Run(_cloud(seed + 66, 60, 0.5, 1.0), 0.9, 1.0, 2e-4, 0.1, 30, "MSE_loss")
    call, ms = train(student, NAME, run)
    expected = reference.train_all_points(run.data, run.m, run.b, run.learning_rate, run.delta, run.steps,
                                          trusted.namespace()[run.loss])
    want = torch.tensor([float(v) for v in expected], dtype=torch.float64)
    tol = 1e-4 * (1 + want.abs())
    close = (ms - want).abs() <= tol  # NaN is never close
    if not bool(close.all()):
        k = checks.first_false(close)
        when = "la m inicial" if k == 0 else f"la m tras {k} {'paso' if k == 1 else 'pasos'}"
        checks.fail(call, f"{when} ≈ {feedback.fmt_number(want[k].item())} (± {tol[k].item():.0e})",
                    f"{feedback.fmt_number(ms[k].item())}", "Comprueba el signo del ratio, la división entre 2·Δ "
                    "y que cada paso use la m del paso anterior y todos los puntos.")


@pytest.mark.graded(function=NAME, points=1, spec=("con 0 no se da ningún paso", RETURNS))
def test_zero_and_one_step(student: Student, seed: int) -> None:
    """Con steps=0 devuelve [m]; con steps=1, la m inicial y un paso."""
    data = _cloud(seed + 67, 20, 0.5, 0.0)
    _judged(student, Run(data, 0.8, 0.0, 1e-3, 0.1, 0, "MAE_loss"))
    _judged(student, Run(data, 0.8, 0.0, 1e-3, 0.1, 1, "MAE_loss"))


@pytest.mark.graded(function=NAME, points=1, spec="la m inicial, tal como se recibe")
def test_starts_with_exact_m(student: Student, seed: int) -> None:
    """La lista empieza exactamente por la m inicial (sin redondearla a float32) y los pasos son correctos."""
    run = Run(_cloud(seed + 69, 30, 0.5, 0.0), inexact_slope(seed + 69), 0.0, 1e-3, 0.1, 5, "MAE_loss")
    call, ms = train(student, NAME, run)
    expect_exact_start(call, ms, run.m)
    judge_all_steps(call, ms, run)


@pytest.mark.graded(function=NAME, points=1, spec=("Si es False (el valor predeterminado), no imprime nada.", "ni fija la semilla aleatoria"))
def test_quiet_by_default(student: Student, seed: int) -> None:
    """Sin verbose (False, el valor predeterminado) no imprime nada ni fija la semilla; los pasos son correctos."""
    run = Run(_cloud(seed + 70, 20, 0.5, 0.5), 0.8, 0.5, 2e-3, 0.05, 3, "MAE_loss")
    call, ms = train(student, NAME, run)
    expect_quiet(call)
    checks.expect_no_reseed(call)
    judge_all_steps(call, ms, run)


@pytest.mark.graded(function=NAME, points=1, spec="verbose: si es True, imprime en cada paso un resumen, con el formato que prefieras")
def test_verbose_prints_summary(student: Student, seed: int) -> None:
    """Con verbose=True imprime un resumen de cada paso y devuelve la lista con pasos correctos."""
    run = Run(_cloud(seed + 71, 20, 0.5, 0.5), 0.8, 0.5, 2e-3, 0.05, 3, "MAE_loss")
    call, ms = train_verbose(student, NAME, run)
    expect_summary_printed(call, run.steps)
    judge_all_steps(call, ms, run)
