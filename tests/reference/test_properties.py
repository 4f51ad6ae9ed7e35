"""Properties of the reference solution that must hold for any input, checked with hypothesis.

The lesson shows a handful of examples; these checks state the rules behind them
(broadcasting, the shape of each loss, the rate as a negated central difference, what
the data generator produces, what the training loops return) over many inputs.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
import torch
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reference import (
    AE_loss,
    MAE_loss,
    MSE_loss,
    SE_loss,
    get_data_from_a_line,
    line_model,
    loss_rate_of_change_m,
    train_all_points,
    train_random_point,
)

FAST = settings(deadline=None, max_examples=40, database=None)
"""Enough examples to find a rule broken, few enough that the file runs in seconds."""

DTYPES = st.sampled_from([torch.float32, torch.float64])
FINITE = st.floats(min_value=-100, max_value=100, allow_nan=False, allow_infinity=False)
SHAPES = st.sampled_from([(), (1,), (7,), (3, 4)])
SEEDS = st.integers(min_value=0, max_value=2**31 - 1)


def _random(shape: tuple[int, ...], dtype: torch.dtype, seed: int, scale: float = 10.0) -> torch.Tensor:
    """A reproducible tensor (its own generator, so the global RNG is untouched)."""
    generator = torch.Generator().manual_seed(seed)
    return scale * torch.randn(shape, dtype=dtype, generator=generator)


# --- line_model ----------------------------------------------------------------------

@FAST
@given(x=FINITE, b=FINITE, dtype=DTYPES, seed=SEEDS)
def test_line_model_many_slopes_at_one_point(x: float, b: float, dtype: torch.dtype, seed: int) -> None:
    """A tensor of 100 slopes at one point gives 100 predictions (how the lesson plots error against m)."""
    slopes = _random((100,), dtype, seed)
    kept = slopes.clone()
    predictions = line_model(slopes, b, x)
    assert predictions.shape == (100,)
    assert predictions.dtype == dtype
    expected = torch.tensor([float(s) * x + b for s in slopes.tolist()], dtype=torch.float64)
    torch.testing.assert_close(predictions.double(), expected, rtol=1e-5, atol=1e-3)
    assert torch.equal(slopes, kept)


@FAST
@given(m=FINITE, b=FINITE, shape=SHAPES, dtype=DTYPES, seed=SEEDS)
def test_line_model_broadcasts_over_inputs(m: float, b: float, shape: tuple[int, ...],
                                           dtype: torch.dtype, seed: int) -> None:
    """Scalar slope and intercept apply to inputs of any shape, keep their dtype, and leave them untouched."""
    inputs = _random(shape, dtype, seed)
    kept = inputs.clone()
    predictions = line_model(m, b, inputs)
    assert predictions.shape == inputs.shape
    assert predictions.dtype == dtype
    torch.testing.assert_close(predictions, m * kept + b)
    assert torch.equal(inputs, kept)


@FAST
@given(m=FINITE, b=FINITE, x=FINITE)
def test_line_model_on_python_numbers(m: float, b: float, x: float) -> None:
    """Plain numbers in, plain number out: the model is just m·x + b."""
    assert line_model(m, b, x) == pytest.approx(m * x + b)


@FAST
@given(dtype=DTYPES, seed=SEEDS)
def test_line_model_tensor_parameters_broadcast(dtype: torch.dtype, seed: int) -> None:
    """Slopes (k,1) against inputs (n,) give a (k, n) grid, every argument left as it was."""
    slopes = _random((5, 1), dtype, seed)
    intercept = _random((), dtype, seed + 1)
    inputs = _random((6,), dtype, seed + 2)
    kept = (slopes.clone(), intercept.clone(), inputs.clone())
    grid = line_model(slopes, intercept, inputs)
    assert grid.shape == (5, 6)
    torch.testing.assert_close(grid, kept[0] * kept[2] + kept[1])
    assert all(torch.equal(a, b) for a, b in zip((slopes, intercept, inputs), kept))


# --- element-wise and mean losses ----------------------------------------------------

@FAST
@given(shape=SHAPES, dtype=DTYPES, seed=SEEDS)
def test_ae_and_se_are_abs_and_square_of_difference(shape: tuple[int, ...], dtype: torch.dtype, seed: int) -> None:
    """AE = |d| and SE = d² element-wise, in the inputs' shape and dtype, inputs untouched."""
    y_pred = _random(shape, dtype, seed)
    y_true = _random(shape, dtype, seed + 1)
    kept = (y_pred.clone(), y_true.clone())
    difference = kept[0] - kept[1]
    ae = AE_loss(y_pred, y_true)
    se = SE_loss(y_pred, y_true)
    for loss in (ae, se):
        assert loss.shape == torch.Size(shape)
        assert loss.dtype == dtype
    torch.testing.assert_close(ae, difference.abs())
    torch.testing.assert_close(se, difference**2)
    assert torch.equal(y_pred, kept[0]) and torch.equal(y_true, kept[1])


@FAST
@given(d=st.floats(min_value=-0.999, max_value=0.999, allow_nan=False).filter(lambda v: v != 0),
       y_true=st.floats(min_value=-10, max_value=10, allow_nan=False))
def test_se_below_ae_inside_unit_interval(d: float, y_true: float) -> None:
    """For 0 < |d| < 1 the squared error is the smaller one (the lesson's x = 0.5 example)."""
    y_pred = torch.tensor(y_true + d, dtype=torch.float64)
    target = torch.tensor(y_true, dtype=torch.float64)
    assume(0 < abs(float(y_pred - target)) < 1)
    assert SE_loss(y_pred, target) < AE_loss(y_pred, target)


@FAST
@given(d=st.floats(min_value=1.001, max_value=1e3, allow_nan=False), sign=st.sampled_from([-1.0, 1.0]))
def test_se_above_ae_outside_unit_interval(d: float, sign: float) -> None:
    """For |d| > 1 the squared error is the larger one and grows faster (x = 2: 2 against 4)."""
    y_pred = torch.tensor(sign * d, dtype=torch.float64)
    zero = torch.tensor(0.0, dtype=torch.float64)
    assert SE_loss(y_pred, zero) > AE_loss(y_pred, zero)


@pytest.mark.parametrize("d, ae, se", [(-1.0, 1.0, 1.0), (1.0, 1.0, 1.0), (0.5, 0.5, 0.25), (2.0, 2.0, 4.0),
                                       (3.0, 3.0, 9.0), (0.0, 0.0, 0.0)])
def test_lesson_examples_of_ae_and_se(d: float, ae: float, se: float) -> None:
    """The examples the lesson names: equal at ±1, 0.5 → 0.25, 2 → 4, 3 → 9."""
    y_pred = torch.tensor(d)
    zero = torch.tensor(0.0)
    assert AE_loss(y_pred, zero).item() == ae
    assert SE_loss(y_pred, zero).item() == se


@FAST
@given(shape=st.sampled_from([(1,), (7,), (3, 4)]), dtype=DTYPES, seed=SEEDS)
def test_mean_losses_are_means_and_zero_dimensional(shape: tuple[int, ...], dtype: torch.dtype, seed: int) -> None:
    """MAE = mean of AE and MSE = mean of SE over every element, each one 0-d number."""
    y_pred = _random(shape, dtype, seed)
    y_true = _random(shape, dtype, seed + 1)
    kept = (y_pred.clone(), y_true.clone())
    mae = MAE_loss(y_pred, y_true)
    mse = MSE_loss(y_pred, y_true)
    assert mae.dim() == 0 and mse.dim() == 0
    assert mae.dtype == dtype and mse.dtype == dtype
    torch.testing.assert_close(mae, AE_loss(*kept).mean())
    torch.testing.assert_close(mse, SE_loss(*kept).mean())
    assert torch.equal(y_pred, kept[0]) and torch.equal(y_true, kept[1])


# --- rate of change ------------------------------------------------------------------

LOSSES = st.sampled_from([AE_loss, SE_loss, MAE_loss, MSE_loss])
DELTAS = st.floats(min_value=1e-3, max_value=1.0, allow_nan=False)


@FAST
@given(m=st.floats(-5, 5), b=st.floats(-5, 5), delta=DELTAS, loss_fn=LOSSES, seed=SEEDS)
def test_rate_is_minus_central_difference(m: float, b: float, delta: float, loss_fn: Any, seed: int) -> None:
    """rate = −(L(m+Δ) − L(m−Δ)) / 2Δ: positive exactly when a larger m lowers the error."""
    x = _random((9,), torch.float64, seed)
    y = _random((9,), torch.float64, seed + 1)
    kept = (x.clone(), y.clone())
    rate = loss_rate_of_change_m(m, b, x, y, delta, loss_fn)
    above = loss_fn(line_model(m + delta, b, kept[0]), kept[1])
    below = loss_fn(line_model(m - delta, b, kept[0]), kept[1])
    torch.testing.assert_close(rate, -(above - below) / (2 * delta))
    assert torch.equal(x, kept[0]) and torch.equal(y, kept[1])


@FAST
@given(m=st.floats(-5, 5), b=st.floats(-10, 10), x=st.floats(-50, 50), y=st.floats(-50, 50), delta=DELTAS)
def test_rate_with_se_is_the_analytic_derivative(m: float, b: float, x: float, y: float, delta: float) -> None:
    """With SE on one point, rate = −2·x·(m·x + b − y): the central difference is exact for a quadratic."""
    xt = torch.tensor(x, dtype=torch.float64)
    yt = torch.tensor(y, dtype=torch.float64)
    rate = float(loss_rate_of_change_m(m, b, xt, yt, delta, SE_loss))
    expected = -2 * x * (m * x + b - y)
    biggest_loss = max(((m + s * delta) * x + b - y) ** 2 for s in (-1, 1))
    rounding = 64 * math.ulp(1.0) * (1 + biggest_loss) / delta  # cancellation in L(m−Δ) − L(m+Δ)
    assert rate == pytest.approx(expected, rel=1e-9, abs=rounding)


@FAST
@given(m=st.floats(-5, 5), x=st.floats(0.5, 50), y=st.floats(-50, 50), delta=DELTAS)
def test_rate_points_downhill(m: float, x: float, y: float, delta: float) -> None:
    """A positive rate means m + Δ errs less than m − Δ, so m + lr·rate heads toward the better side."""
    xt, yt = torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)
    rate = float(loss_rate_of_change_m(m, 0.0, xt, yt, delta, AE_loss))
    lower = float(AE_loss(line_model(m - delta, 0.0, xt), yt))
    upper = float(AE_loss(line_model(m + delta, 0.0, xt), yt))
    assume(lower != upper)
    assert (rate > 0) == (upper < lower)


# --- get_data_from_a_line ------------------------------------------------------------

@FAST
@given(n=st.integers(1, 300), m=st.floats(-3, 3), b=st.floats(-10, 10), sigma=st.floats(0, 5),
       span=st.floats(1, 100))
def test_data_shape_dtype_device(n: int, m: float, b: float, sigma: float, span: float) -> None:
    """n rows of (x, y), float32, on the default device, all finite."""
    data = get_data_from_a_line(m, b, n, sigma=sigma, range=span)
    assert data.shape == (n, 2)
    assert data.dtype == torch.float32
    assert data.device == torch.empty(0).device
    assert torch.isfinite(data).all()


@pytest.mark.parametrize("m, b, sigma, span", [(0.5, 0.0, 2.0, 50.0), (1.0, 0.0, 2.0, 50.0),
                                                (-2.0, 3.0, 1.0, 10.0), (0.0, -5.0, 0.5, 20.0)])
def test_data_statistics(m: float, b: float, sigma: float, span: float) -> None:
    """For large n: mean x ≈ range/2, and y − m·x − b has variance σ²(1 + m²) (noise on both coordinates)."""
    n = 200_000
    with torch.random.fork_rng():
        torch.manual_seed(1234)
        data = get_data_from_a_line(m, b, n, sigma=sigma, range=span).double()
    x, y = data[:, 0], data[:, 1]
    assert float(x.mean()) == pytest.approx(span / 2, abs=0.01 * span)
    assert float(x.var()) == pytest.approx(span**2 / 12 + sigma**2, rel=0.03)
    residual = y - m * x - b
    assert float(residual.mean()) == pytest.approx(0.0, abs=0.05 * sigma * (1 + abs(m)))
    assert float(residual.var()) == pytest.approx(sigma**2 * (1 + m**2), rel=0.03)


def test_data_without_noise_lies_on_the_line() -> None:
    """σ = 0 gives points exactly on the line, x in [0, range)."""
    data = get_data_from_a_line(0.5, 1.0, 1000, sigma=0, range=50)
    x, y = data[:, 0], data[:, 1]
    assert ((x >= 0) & (x < 50)).all()
    torch.testing.assert_close(y, 0.5 * x + 1.0)


def test_data_follows_the_global_seed() -> None:
    """Seeding torch makes the data reproducible (the lesson's outputs depend on it)."""
    with torch.random.fork_rng():
        torch.manual_seed(7)
        first = get_data_from_a_line(0.5, 0, 20)
        torch.manual_seed(7)
        second = get_data_from_a_line(0.5, 0, 20)
    assert torch.equal(first, second)


# --- training loops ------------------------------------------------------------------

TRAINERS = st.sampled_from([(train_random_point, AE_loss), (train_random_point, SE_loss),
                            (train_all_points, MAE_loss), (train_all_points, MSE_loss)])


@FAST
@given(trainer=TRAINERS, steps=st.integers(0, 12), m0=st.floats(-2, 2), b=st.floats(-2, 2),
       n=st.integers(1, 40), seed=SEEDS)
def test_training_returns_steps_plus_one_floats(trainer: Any, steps: int, m0: float, b: float,
                                                n: int, seed: int) -> None:
    """steps + 1 Python floats, starting with the initial m; the data are left as they were."""
    train, loss_fn = trainer
    data = _random((n, 2), torch.float32, seed)
    kept = data.clone()
    evolution = train(data, m0, b, 1e-3, 0.1, steps, loss_fn)
    assert isinstance(evolution, list)
    assert len(evolution) == steps + 1
    assert all(type(v) is float for v in evolution)
    assert evolution[0] == m0
    assert all(math.isfinite(v) for v in evolution)
    assert torch.equal(data, kept)


@FAST
@given(trainer=TRAINERS, m0=st.floats(-2, 2), seed=SEEDS)
def test_training_accepts_tensor_start(trainer: Any, m0: float, seed: int) -> None:
    """A 0-d tensor as the starting m is reported as a float, and left unmodified."""
    train, loss_fn = trainer
    data = _random((10, 2), torch.float32, seed)
    start = torch.tensor(m0)
    evolution = train(data, start, 0.0, 1e-3, 0.1, 3, loss_fn)
    assert all(type(v) is float for v in evolution)
    assert evolution[0] == pytest.approx(m0, abs=1e-6)
    assert start.item() == pytest.approx(m0, abs=1e-6)


@FAST
@given(true_m=st.floats(-2, 2), m0=st.floats(-2, 2), b=st.floats(-5, 5), seed=SEEDS)
def test_train_all_points_with_mse_converges_on_clean_data(true_m: float, m0: float, b: float, seed: int) -> None:
    """On noiseless data the MSE loop settles on the true slope (its rate is the exact gradient)."""
    x = 50 * torch.rand(50, generator=torch.Generator().manual_seed(seed))
    data = torch.stack((x, true_m * x + b), dim=1)
    evolution = train_all_points(data, m0, b, 1e-4, 0.1, 300, MSE_loss)
    assert evolution[-1] == pytest.approx(true_m, abs=1e-3)


@FAST
@given(seed=SEEDS)
def test_train_random_point_moves_by_lr_times_rate(seed: int) -> None:
    """Each step adds learning_rate·rate of the drawn point (a one-point set removes the randomness)."""
    point = _random((1, 2), torch.float32, seed)
    evolution = train_random_point(point, 0.3, 0.0, 1e-2, 0.1, 1, SE_loss)
    rate = float(loss_rate_of_change_m(0.3, 0.0, point[0, 0], point[0, 1], 0.1, SE_loss))
    assert evolution[1] == pytest.approx(0.3 + 1e-2 * rate, rel=1e-6, abs=1e-6)


def test_train_random_point_draws_from_the_whole_data_set() -> None:
    """Over many steps every row gets drawn at some point (the draw is not stuck on one index)."""
    n = 4
    drawn: set[float] = set()

    def spy(y_pred: torch.Tensor, y_true: torch.Tensor) -> torch.Tensor:
        drawn.add(float(y_true))
        return AE_loss(y_pred, y_true)

    data = torch.stack((torch.ones(n), torch.arange(n, dtype=torch.float32)), dim=1)
    with torch.random.fork_rng():
        torch.manual_seed(0)
        train_random_point(data, 0.0, 0.0, 1e-3, 0.1, 60, spy)
    assert drawn == {0.0, 1.0, 2.0, 3.0}
