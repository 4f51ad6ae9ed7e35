"""Hidden checks of ``get_data_from_a_line``: random points near ``y = m·x + b``.

Every statistical bound lets a correct implementation pass with probability
above 1 − 1e-11 (see ``autograder.judge.stats``) whatever random calls it makes.
"""

from __future__ import annotations

import pytest
import torch

from autograder.judge import checks
from autograder.judge.data_checks import (expect_independent_noise, expect_line, expect_noise_sd,
                                    expect_uniform_x, expect_x_mean, get_data)
from autograder.proxy import Student

NAME = "get_data_from_a_line"
N = 25_000  # a sd within about 4 %: every mistake of the corpus is off by 30 % or more


def _pick(seed: int, offset: int, low: float, high: float) -> float:
    g = torch.Generator().manual_seed(seed + offset)
    return round(low + (high - low) * float(torch.rand((), generator=g, dtype=torch.float64)), 2)


@pytest.mark.graded(function=NAME, points=1, spec="Un tensor float32 de forma (n, 2)")
def test_shape_and_type(student: Student, seed: int) -> None:
    """Devuelve un tensor float32 de forma (n, 2) en la CPU con los valores predeterminados."""
    get_data(student, (1.5, 0.5, 200 + seed % 300), "cpu")  # also refuses NaN and infinities


@pytest.mark.graded(function=NAME, points=1, spec=("se calcula el valor de la recta, m·x + b.", "b: ordenada en el origen"))
def test_points_on_the_line(student: Student, seed: int) -> None:
    """Con sigma casi 0, cada punto cumple y = m·x + b (b incluida)."""
    m, b, sigma = _pick(seed, 30, -3, -1), _pick(seed, 31, 3, 9), 1e-4
    call, data = get_data(student, (m, b, 2000, sigma, 12))
    expect_line(call, data, m, b, sigma)


@pytest.mark.graded(function=NAME, points=1, spec="Las x se eligen al azar, uniformes en [0, range).")
def test_x_uniform_in_range(student: Student, seed: int) -> None:
    """Con sigma casi 0, x es uniforme en [0, range) y aleatoria (no equiespaciada)."""
    low_range = _pick(seed, 32, 5, 15)
    sigma = 1e-6
    call, data = get_data(student, (2.0, 1.0, 4000, sigma, low_range))
    expect_uniform_x(call, data, low_range, sigma)


@pytest.mark.graded(function=NAME, points=2, spec="se suma a cada coordenada (tanto a la x como a la y) un ruido gaussiano independiente de media 0 y desviación típica sigma")
def test_independent_noise_on_x_and_y(student: Student, seed: int) -> None:
    """Añade ruido gaussiano independiente, de desviación típica sigma, a x y a y."""
    m, b, sigma, tiny_range = 2.0, -_pick(seed, 33, 2, 6), 3.0, 1e-3
    call, data = get_data(student, (m, b, N, sigma, tiny_range))
    expect_independent_noise(call, data, m, b, sigma, tiny_range)


@pytest.mark.graded(function=NAME, points=1, spec="sigma: desviación típica del ruido gaussiano")
def test_noise_sd_realistic_range(student: Student, seed: int) -> None:
    """Con sigma=0.5 y un rango amplio, el ruido alrededor de la recta tiene la desviación típica pedida."""
    m, b, sigma = -1.5, _pick(seed, 34, 4, 9), 0.5
    call, data = get_data(student, (m, b, N, sigma, 20))
    expect_noise_sd(call, data, m, b, sigma, 20)


@pytest.mark.graded(function=NAME, points=1, spec=("(2 por defecto)", "(50 por defecto)"))
def test_default_arguments(student: Student, seed: int) -> None:
    """Sin sigma ni range, usa los valores predeterminados (sigma=2 y range=50)."""
    m, b = -0.5, _pick(seed, 35, 1, 3)
    call, data = get_data(student, (m, b, N))
    expect_noise_sd(call, data, m, b, 2.0, 50.0)
    expect_x_mean(call, data, 50.0, 2.0)


@pytest.mark.graded(function=NAME, points=1, spec="No fija la semilla aleatoria: cada llamada genera puntos nuevos.")
def test_new_data_each_call(student: Student, seed: int) -> None:
    """No fija la semilla aleatoria en ninguna de dos llamadas seguidas, y ambas dan puntos sobre la recta."""
    m, b, sigma = 1.0, _pick(seed, 36, 1, 4), 1e-4  # almost no noise: random numbers do not pass for new data
    first_call, first = get_data(student, (m, b, 50, sigma, 10.0))
    expect_line(first_call, first, m, b, sigma)
    second_call, second = get_data(student, (m, b, 50, sigma, 10.0))
    expect_line(second_call, second, m, b, sigma)
    checks.expect_no_reseed(first_call)
    checks.expect_no_reseed(second_call)


@pytest.mark.graded(function=NAME, points=1, spec="en el dispositivo device")
def test_meta_device(student: Student, seed: int) -> None:
    """Con device=torch.device('meta') crea los datos en ese dispositivo."""
    n = 100 + seed % 50
    get_data(student, (1.0, 2.0, n, 2.0, 50.0, torch.device("meta")), "meta")


@pytest.mark.graded(function=NAME, points=1, spec="con sigma=0 todos los puntos caen sobre la recta")
def test_without_noise(student: Student, seed: int) -> None:
    """Con sigma=0 (sin ruido), cada punto está sobre la recta y las x quedan en [0, range)."""
    m, b, high = _pick(seed, 37, 1, 3), _pick(seed, 38, 1, 5), _pick(seed, 39, 8, 12)
    call, data = get_data(student, (m, b, 1000, 0, high))
    expect_line(call, data, m, b, 0.0)
    expect_uniform_x(call, data, high, 0.0)
