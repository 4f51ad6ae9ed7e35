"""Hidden inputs shared by the four loss suites: the same situations, judged per loss.

Each case is a list of ``(y_pred, y_true)`` pairs built from the seed, with
errors of both signs so that a missing ``abs`` or square shows.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
import torch

from autograder.judge import checks
from autograder.judge.judging import judge_loss

Pairs = list[tuple[Any, Any]]


def _uniform(g: torch.Generator, shape: tuple[int, ...], low: float, high: float,
             dtype: torch.dtype = torch.float32, device: str = "cpu") -> torch.Tensor:
    values = (low + (high - low) * torch.rand(shape, generator=g, dtype=torch.float64)).to(dtype)
    return values.to(device)


def vector_float32(seed: int) -> Pairs:
    """Two 1-D float32 tensors of the same length."""
    g = torch.Generator().manual_seed(seed + 10)
    return [(_uniform(g, (30,), -20, 20), _uniform(g, (30,), -20, 20))]


def matrix_float64(seed: int) -> Pairs:
    """Two 2-D float64 tensors: the dtype must be kept and every element counted."""
    g = torch.Generator().manual_seed(seed + 11)
    return [(_uniform(g, (5, 7), -3, 3, torch.float64), _uniform(g, (5, 7), -3, 3, torch.float64))]


def broadcast(seed: int) -> Pairs:
    """The lesson's use (predictions of 100 slopes against one 0-d tensor) and a (3,1) vs (4,) pair.

    Both tensors of a pair share their dtype: the docstring promises no more.
    """
    g = torch.Generator().manual_seed(seed + 12)
    slopes = torch.linspace(0, 5, 100)
    y_pred = slopes * float(_uniform(g, (), 2, 6)) + float(_uniform(g, (), -1, 1))
    return [(y_pred, torch.tensor(round(float(_uniform(g, (), 2, 8)), 2))),
            (_uniform(g, (3, 1), -5, 5, torch.float64), _uniform(g, (4,), -5, 5, torch.float64))]


def scalars(seed: int) -> Pairs:
    """0-d tensors, alone and against a vector of the same dtype (float32 and float64)."""
    g = torch.Generator().manual_seed(seed + 13)
    return [(_uniform(g, (), -9, 9), _uniform(g, (), -9, 9)),
            (_uniform(g, (6,), -9, 9, torch.float64), _uniform(g, (), -9, 9, torch.float64))]


def meta(seed: int) -> Pairs:
    """Tensors without data: the result must only have the right shape, dtype and device."""
    n = 5 + seed % 7
    return [(torch.empty(n, device="meta"), torch.empty(n, device="meta")),
            (torch.empty(2, 1, device="meta", dtype=torch.float64), torch.empty(3, device="meta", dtype=torch.float64))]


SAME_TYPE = "del mismo tipo (dtype) que y_pred"
BROADCAST = "con su misma forma o una compatible por broadcasting"
SAME_DEVICE = "en su mismo dispositivo"
SEED = "ni fija la semilla aleatoria"

CASES: tuple[tuple[str, Callable[[int], Pairs], str, tuple[str, ...]], ...] = (
    # name, inputs, docstring (the title students see), clauses cited besides the formula and the result's form
    ("test_vector_float32", vector_float32, "Calcula {what} con vectores float32, sin fijar la semilla.",
     (SEED,)),
    ("test_matrix_float64", matrix_float64, "Funciona con matrices float64 y conserva el tipo.",
     ("del mismo tipo que las entradas",)),
    ("test_broadcast", broadcast,
     "Respeta el broadcasting (100 predicciones frente a un tensor 0-d, (3,1) frente a (4,)).", (BROADCAST,)),
    ("test_scalars", scalars, "Funciona con tensores 0-d, solos o frente a un vector del mismo tipo.",
     ("por ejemplo, un tensor 0-d frente a un vector", SAME_TYPE)),
    ("test_meta_device", meta, "Funciona en el dispositivo meta (sin leer datos) y devuelve la forma correcta.",
     (SAME_DEVICE,)),
)


def suite(name: str, what: str, formula: str, result: str) -> dict[str, Callable[..., None]]:
    """The hidden tests of one loss, one point each: the four suite files differ only in their clauses.

    ``formula`` and ``result`` quote the loss's docstring: its formula and what it returns.
    """
    def make(case: Callable[[int], Pairs], doc: str, spec: tuple[str, ...]) -> Callable[..., None]:
        seeded = SEED in spec
        def test(student: Any, seed: int) -> None:
            for y_pred, y_true in case(seed):
                call = judge_loss(student, name, y_pred, y_true)
                if seeded:
                    checks.expect_no_reseed(call)

        test.__doc__ = doc.format(what=what)
        return pytest.mark.graded(function=name, points=1, spec=(formula, result, *spec))(test)

    tests = {}
    for test_name, case, doc, spec in CASES:
        tests[test_name] = make(case, doc, spec)
        tests[test_name].__name__ = tests[test_name].__qualname__ = test_name
    return tests
