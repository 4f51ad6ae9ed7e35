"""Hidden checks of ``train_random_point``: one random data point per step, whatever the source of randomness.

The data are a few points on one line with clearly different ``x``, so each
step reveals which point it used; the choices must look uniform (Hoeffding
bounds, see ``autograder.judge.stats``).
"""

from __future__ import annotations

import pytest
import torch

from autograder.judge import checks, stats
from autograder.proxy import Student
from autograder.judge.training_form import (expect_exact_start, expect_quiet, expect_summary_printed, inexact_slope,
                                      train_verbose)
from autograder.judge.trajectory import Run, identify_points, judge_random_steps, read_trajectory, train

NAME = "train_random_point"
UPDATE = "actualiza m ← m + learning_rate · ratio. b no cambia."
RETURNS = "Una lista de steps + 1 valores"
VALUES = "Cada valor es un número de Python (float) o un tensor con un solo valor."


def _points(seed: int, k: int, c: float, b: float, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """``k`` points on ``y = c·x + b`` with x about 1, 2, …, k (shuffled), at least 0.5 apart."""
    g = torch.Generator().manual_seed(seed)
    scale = 0.8 + 0.4 * torch.rand((), generator=g, dtype=torch.float64)
    x = scale * (torch.arange(1, k + 1, dtype=torch.float64) + 0.3 * (torch.rand(k, generator=g, dtype=torch.float64) - 0.5))
    x = x[torch.randperm(k, generator=g)]
    return torch.stack((x, c * x + b), dim=1).to(dtype)


def _choice_hint(counts: torch.Tensor) -> str:
    """The likeliest cause of uneven choices, from which points were never (or always) chosen."""
    never = [i for i, c in enumerate(counts.tolist()) if c == 0]
    if len(never) == counts.numel() - 1:
        return "¿Eliges siempre el mismo punto? Elige un índice nuevo, al azar, en cada paso."
    if never == [counts.numel() - 1]:
        return "¿Nunca eliges el último punto? torch.randint(0, n, …) ya excluye n, así que usa high=len(data)."
    if never == [0]:
        return "¿Nunca eliges el primer punto? Los índices empiezan en 0: torch.randint(0, len(data), …)."
    return "Elige el índice al azar y con la misma probabilidad para todos: torch.randint(0, len(data), (1,))."


def _judged(student: Student, run: Run, *extra: object) -> torch.Tensor:
    call, ms = train(student, NAME, run, *extra)
    return judge_random_steps(call, ms, run)


@pytest.mark.graded(function=NAME, points=2, spec=(RETURNS, VALUES))
def test_returns_list_of_numbers(student: Student, seed: int) -> None:
    """Devuelve una lista de steps + 1 números (float o tensor con un solo valor) que empieza por la m inicial."""
    run = Run(_points(seed + 40, 4, 3.0, 0.0), 0.5, 0.0, 2e-3, 0.1, 5, "AE_loss")
    call, _ = train(student, NAME, run)
    read_trajectory(call, run.steps, strict=True)


@pytest.mark.graded(function=NAME, points=5, spec=("calcula con loss_rate_of_change_m el ratio de cambio del error en ese punto", UPDATE))
def test_each_step_uses_a_data_point(student: Student, seed: int) -> None:
    """Cada paso suma learning_rate·ratio de algún punto de los datos (como en la lección, con AE_loss)."""
    _judged(student, Run(_points(seed + 41, 4, 3.0, 0.0), 0.5, 0.0, 2e-3, 0.1, 12, "AE_loss"))


@pytest.mark.graded(function=NAME, points=5, spec="elige al azar, con la misma probabilidad para todos, el índice de un punto de data")
def test_points_chosen_uniformly(student: Student, seed: int) -> None:
    """Elige los puntos al azar y de manera uniforme (ninguno olvidado ni favorecido, sin seguir un orden)."""
    k, steps = 4, 120
    run = Run(_points(seed + 42, k, 4.0, 0.0), 0.5, 0.0, 1e-3, 0.1, steps, "AE_loss")
    call, ms = train(student, NAME, run)
    chosen = identify_points(ms, run)
    if chosen is None:
        checks.fail(call, "poder reconocer qué punto se usó en cada paso", "pasos que no corresponden a ningún punto",
                    "Cada paso debe usar un único punto de data (data[i, 0] y data[i, 1]).")
    counts = torch.bincount(chosen, minlength=k)
    if not bool(stats.proportions_ok(counts, steps, 1 / k).all()):
        checks.fail(call, f"que cada uno de los {k} puntos se eligiera unas {steps // k} veces en {steps} pasos",
                    f"los puntos se eligieron {counts.tolist()} veces, respectivamente", _choice_hint(counts))
    jumps = torch.bincount((chosen[1:] - chosen[:-1]) % k, minlength=k)
    if not bool(stats.proportions_ok(jumps, steps - 1, 1 / k, upper_only=True).all()):
        checks.fail(call, "elecciones independientes entre pasos",
                    f"saltos de índice entre pasos consecutivos (0, +1, +2, …) con frecuencias {jumps.tolist()}",
                    "¿Recorres los puntos en orden (paso % n)? Elige un índice al azar en cada paso.")


@pytest.mark.graded(function=NAME, points=2, spec=("No fija la semilla aleatoria: dos llamadas seguidas eligen puntos distintos.", "ni fija la semilla aleatoria"))
def test_new_choices_each_call(student: Student, seed: int) -> None:
    """No fija la semilla aleatoria en ninguna de dos llamadas iguales, y los pasos de ambas son correctos."""
    run = Run(_points(seed + 43, 4, 4.0, 0.0), 0.5, 0.0, 1e-3, 0.1, 15, "AE_loss")
    call, first = train(student, NAME, run)
    judge_random_steps(call, first, run)
    second_call, second = train(student, NAME, run)
    judge_random_steps(second_call, second, run)
    checks.expect_no_reseed(call)
    checks.expect_no_reseed(second_call)


@pytest.mark.graded(function=NAME, points=4, spec=("loss_fn: función de error elemento a elemento", "b: ordenada en el origen (un número), que no cambia."))
def test_uses_loss_fn_and_b(student: Student, seed: int) -> None:
    """Usa la loss_fn recibida (SE_loss y otras) y la b recibida (b distinta de 0)."""
    b = 5.0 if seed % 2 else -4.0
    _judged(student, Run(_points(seed + 44, 4, 2.0, b), 0.5, b, 2e-4, 0.1, 10, "SE_loss"))
    _judged(student, Run(_points(seed + 45, 4, 2.0, -b), 0.5, -b, 2e-5, 0.1, 10, "cubic_AE_loss"))
    _judged(student, Run(_points(seed + 46, 5, 1.0, 3.0), 2.5, 3.0, 1e-3, 0.1, 10, "skewed_loss"))


@pytest.mark.graded(function=NAME, points=3, spec=("learning_rate: ratio de aprendizaje.", "delta: incremento Δ para calcular el ratio de cambio."))
def test_uses_learning_rate_and_delta(student: Student, seed: int) -> None:
    """Usa el learning_rate y el delta recibidos (Δ grande y otro learning_rate)."""
    _judged(student, Run(_points(seed + 47, 4, 2.0, 0.0), 1.0, 0.0, 3e-3, 2.0, 10, "AE_loss"))
    _judged(student, Run(_points(seed + 48, 4, 2.0, 1.0), 0.5, 1.0, 1e-5, 1.0, 10, "cubic_AE_loss"))


@pytest.mark.graded(function=NAME, points=1, spec=("con 0 no se da ningún paso", RETURNS))
def test_zero_and_one_step(student: Student, seed: int) -> None:
    """Con steps=0 devuelve [m]; con steps=1, la m inicial y un paso."""
    data = _points(seed + 49, 3, 3.0, 0.0)
    _judged(student, Run(data, 0.7, 0.0, 1e-3, 0.1, 0, "AE_loss"))
    _judged(student, Run(data, 0.7, 0.0, 1e-3, 0.1, 1, "AE_loss"))


@pytest.mark.graded(function=NAME, points=1, spec="verbose: si es True, imprime en cada paso un resumen, con el formato que prefieras")
def test_verbose_runs(student: Student, seed: int) -> None:
    """Con verbose=True imprime un resumen de cada paso y devuelve la lista con pasos correctos."""
    run = Run(_points(seed + 50, 3, 3.0, 0.0), 0.5, 0.0, 2e-3, 0.1, 3, "AE_loss")
    call, ms = train_verbose(student, NAME, run)
    expect_summary_printed(call, run.steps)
    judge_random_steps(call, ms, run)


@pytest.mark.graded(function=NAME, points=1, spec="Si es False (el valor predeterminado), no imprime nada.")
def test_quiet_by_default(student: Student, seed: int) -> None:
    """Sin verbose (False, el valor predeterminado) no imprime nada y los pasos son correctos."""
    run = Run(_points(seed + 51, 3, 3.0, 0.0), 0.5, 0.0, 2e-3, 0.1, 3, "AE_loss")
    call, ms = train(student, NAME, run)
    expect_quiet(call)
    judge_random_steps(call, ms, run)


@pytest.mark.graded(function=NAME, points=1, spec="la m inicial, tal como se recibe")
def test_starts_with_exact_m(student: Student, seed: int) -> None:
    """La lista empieza exactamente por la m inicial (sin redondearla a float32) y los pasos son correctos."""
    run = Run(_points(seed + 52, 3, 3.0, 0.0), inexact_slope(seed + 52), 0.0, 2e-3, 0.1, 5, "AE_loss")
    call, ms = train(student, NAME, run)
    expect_exact_start(call, ms, run.m)
    judge_random_steps(call, ms, run)
