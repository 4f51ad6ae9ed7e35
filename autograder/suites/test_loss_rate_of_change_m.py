"""Hidden checks of ``loss_rate_of_change_m``: ``(L(m−Δ) − L(m+Δ)) / (2·Δ)`` with the given ``loss_fn``."""

from __future__ import annotations

import pytest
import torch

from autograder.judge import checks
from autograder.judge.judging import judge_rate
from autograder.proxy import Student

NAME = "loss_rate_of_change_m"
FORMULA = "Ratio de cambio del error respecto a m: (L(m - delta) - L(m + delta)) / (2·delta)."


def _u(g: torch.Generator, low: float, high: float, shape: tuple[int, ...] = (),
       dtype: torch.dtype = torch.float32) -> torch.Tensor:
    return (low + (high - low) * torch.rand(shape, generator=g, dtype=torch.float64)).to(dtype)


def _f(g: torch.Generator, low: float, high: float) -> float:
    return round(float(_u(g, low, high)), 3)


def _cloud(g: torch.Generator, n: int, m: float, b: float, dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor]:
    x = _u(g, 0, 50, (n,), torch.float64)
    return x.to(dtype), (m * x + b + 2 * torch.randn(n, generator=g, dtype=torch.float64)).to(dtype)


@pytest.mark.graded(function=NAME, points=3, spec=(FORMULA, "positivo si aumentar m reduce el error y negativo si lo reduce disminuir m"))
def test_lesson_point(student: Student, seed: int) -> None:
    """Un punto de la lección con AE_loss (m=0.8, Δ=0.1); el ratio debe ser negativo si m es demasiado alta."""
    g = torch.Generator().manual_seed(seed + 20)
    x = _u(g, 20, 45)
    judge_rate(student, 0.8, 0, x, x * 0.5 + _u(g, -2, 2), 0.1, "AE_loss")


@pytest.mark.graded(function=NAME, points=2, spec=(FORMULA, "L(p) = loss_fn(line_model(p, b, x_true), y_true)."))
def test_squared_error_with_b(student: Student, seed: int) -> None:
    """Con SE_loss, b distinta de 0 y datos float64."""
    g = torch.Generator().manual_seed(seed + 21)
    x = _u(g, 1, 10, dtype=torch.float64)
    judge_rate(student, _f(g, -1, 1), _f(g, 3, 8), x, x * 2 + _u(g, -1, 1, dtype=torch.float64), 0.1, "SE_loss")


@pytest.mark.graded(function=NAME, points=3, spec=("o un vector (muchos puntos; entonces loss_fn es un error medio, que devuelve un solo valor)",
                                                 "un tensor de la misma forma y el mismo tipo que x_true"))
def test_mean_losses_on_vectors(student: Student, seed: int) -> None:
    """Con todos los puntos a la vez y las pérdidas medias MAE_loss y MSE_loss (resultado 0-d)."""
    g = torch.Generator().manual_seed(seed + 22)
    x, y = _cloud(g, 40, 0.5, 0.0, torch.float32)
    judge_rate(student, 0.8, 0.0, x, y, 0.1, "MAE_loss")
    x, y = _cloud(g, 25, -1.0, 3.0, torch.float64)
    judge_rate(student, _f(g, -0.5, 0.5), 3.0, x, y, 0.05, "MSE_loss")


@pytest.mark.graded(function=NAME, points=2, spec=("loss_fn: función de error, que se llama como loss_fn(y_pred, y_true).", "ni fija la semilla aleatoria"))
def test_uses_loss_fn(student: Student, seed: int) -> None:
    """Usa la loss_fn que recibe (pérdidas distintas de las de la lección), sin fijar la semilla."""
    g = torch.Generator().manual_seed(seed + 23)
    x = _u(g, 2, 6)
    checks.expect_no_reseed(judge_rate(student, _f(g, 2, 3), 1.0, x, x * 1.0 + 1.0, 0.1, "skewed_loss"))
    judge_rate(student, _f(g, -1, 0), 0.5, x, x * 1.5 + _u(g, -1, 1), 0.2, "cubic_AE_loss")
    xs, ys = _cloud(g, 30, 0.3, 1.0, torch.float64)
    judge_rate(student, 0.6, 1.0, xs, ys, 0.1, "mean_skewed_loss")


@pytest.mark.graded(function=NAME, points=3, spec="delta: incremento Δ (un número positivo) con el que se prueba a bajar y a subir m.")
def test_other_deltas(student: Student, seed: int) -> None:
    """Usa el delta que recibe (Δ grande y Δ pequeño)."""
    g = torch.Generator().manual_seed(seed + 24)
    x = _u(g, 2, 6)
    judge_rate(student, _f(g, 0.55, 0.9), 0.0, x, x, 2.0, "AE_loss")
    xs, ys = _cloud(g, 30, 0.5, 0.0, torch.float32)
    judge_rate(student, 0.55, 0.0, xs, ys, 0.5, "MAE_loss")
    judge_rate(student, _f(g, -2, 2), 1.0, x, x * 3, 0.01, "cubic_AE_loss")


@pytest.mark.graded(function=NAME, points=2, spec=("m: pendiente actual: un número o un tensor 0-d del mismo tipo que x_true.",
                                                 "b: ordenada en el origen: un número o un tensor 0-d del mismo tipo que x_true."))
def test_tensor_parameters(student: Student, seed: int) -> None:
    """Funciona con m y b como tensores 0-d float64."""
    g = torch.Generator().manual_seed(seed + 27)
    x = _u(g, 1, 8, dtype=torch.float64)
    m, b = _u(g, -1, 1, dtype=torch.float64), _u(g, 2, 6, dtype=torch.float64)
    judge_rate(student, m, b, x, 1.7 * x + b, 0.1, "SE_loss")
    judge_rate(student, m, b, x, 1.7 * x + b, 0.1, "AE_loss")
