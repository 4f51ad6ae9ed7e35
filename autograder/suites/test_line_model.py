"""Hidden checks of ``line_model``: ``m·inputs + b`` with broadcasting, for any dtype, inputs untouched."""

from __future__ import annotations

import pytest
import torch

from autograder.judge import checks
from autograder.judge.judging import judge_line
from autograder.proxy import Student


def _uniform(g: torch.Generator, shape: tuple[int, ...], low: float, high: float,
             dtype: torch.dtype = torch.float32) -> torch.Tensor:
    return (low + (high - low) * torch.rand(shape, generator=g, dtype=torch.float64)).to(dtype)


def _number(g: torch.Generator, low: float, high: float) -> float:
    return round(float(_uniform(g, (), low, high)), 3)


@pytest.mark.graded(function="line_model", points=1,
                    spec=("Modelo de recta: calcula m·inputs + b.", "ni fija la semilla aleatoria"))
def test_vector_float32(student: Student, seed: int) -> None:
    """Calcula m·x + b sobre un vector float32 (con b distinta de 0), sin fijar la semilla."""
    g = torch.Generator().manual_seed(seed)
    checks.expect_no_reseed(judge_line(student, _number(g, -3, 3), _number(g, 1, 9), _uniform(g, (40,), -20, 50)))


@pytest.mark.graded(function="line_model", points=1,
                    spec="el tipo (dtype) de los tensores que recibe")
def test_matrix_float64(student: Student, seed: int) -> None:
    """Calcula m·x + b sobre una matriz float64 sin cambiar su tipo."""
    g = torch.Generator().manual_seed(seed + 1)
    judge_line(student, _number(g, 0.2, 4), -_number(g, 1, 9), _uniform(g, (4, 6), -10, 10, torch.float64))


@pytest.mark.graded(function="line_model", points=1,
                    spec="también cuando m es un tensor con muchas pendientes (broadcasting)")
def test_many_slopes_broadcast(student: Student, seed: int) -> None:
    """Evalúa un tensor de 100 pendientes en un mismo punto (broadcasting, como en la lección)."""
    g = torch.Generator().manual_seed(seed + 2)
    slopes = torch.linspace(0, 5, 100) + _number(g, -0.5, 0.5)
    judge_line(student, slopes, _number(g, -2, 2), _number(g, 2, 6))
    judge_line(student, _uniform(g, (3, 1), -2, 2, torch.float64), 1.5, _uniform(g, (5,), 0, 9, torch.float64))


@pytest.mark.graded(function="line_model", points=1,
                    spec=("un número (o un tensor 0-d) si los tres argumentos son números", "con mezclas de ambos"))
def test_scalars(student: Student, seed: int) -> None:
    """Funciona con números de Python y con tensores 0-d."""
    g = torch.Generator().manual_seed(seed + 3)
    judge_line(student, _number(g, -3, 3), _number(g, 1, 5), _number(g, -10, 10))
    m, b, x = (_uniform(g, (), -3, 3, torch.float64) for _ in range(3))
    judge_line(student, m, b + 4, x * 5)


@pytest.mark.graded(function="line_model", points=1,
                    spec="la forma que da el broadcasting de los argumentos")
def test_meta_device(student: Student, seed: int) -> None:
    """Funciona con tensores en el dispositivo meta (sin leer sus datos) y devuelve la forma correcta."""
    g = torch.Generator().manual_seed(seed + 4)
    judge_line(student, _number(g, -3, 3), _number(g, 1, 5), torch.empty(7, device="meta"))
    judge_line(student, torch.empty(3, 1, device="meta", dtype=torch.float64), 2.0,
               torch.empty(4, device="meta", dtype=torch.float64))
