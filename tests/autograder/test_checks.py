"""Properties of the pure judging helpers: strict types, sound tolerances, honest statistics, short feedback."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import reference
from autograder import checks, feedback, stats, trusted, wire
from autograder.checks import Mismatch
from autograder.proxy import Call, Failure
from autograder.rate_bounds import POINTWISE, RateSpec, rate_interval, step_interval

F32 = torch.float32
LOSSES = trusted.namespace()
finite = st.floats(-50, 50, allow_nan=False, allow_infinity=False, width=32)


def call_of(value: object = None, args: tuple = (), after: tuple = (), failure: Failure | None = None) -> Call:
    return Call("f", args, {}, value, after or args, {}, "", failure)


def rates(m: float, b: float, x: torch.Tensor, y: torch.Tensor, delta: float, loss: str) -> list[torch.Tensor]:
    """The same rate written in several orders a student might use, in the dtype of ``x``."""
    fn = LOSSES[loss]
    mt, bt = torch.tensor(m, dtype=x.dtype), torch.tensor(b, dtype=x.dtype)
    return [reference.loss_rate_of_change_m(m, b, x, y, delta, fn),
            reference.loss_rate_of_change_m(mt, bt, x, y, delta, fn),
            (fn((m - delta) * x + b, y) - fn((m + delta) * x + b, y)) / ((m + delta) - (m - delta)),
            0.5 * (fn(x * (mt - delta) + bt, y) - fn(x * (mt + delta) + bt, y)) / delta,
            (fn(b + x * (m - delta), y) - fn(b + x * (m + delta), y)) / 2 / delta]


@settings(max_examples=300, deadline=None)
@given(m=st.floats(-5, 5, width=32), b=st.floats(-10, 10, width=32), delta=st.floats(1e-3, 2),
       xs=st.lists(st.tuples(finite, finite), min_size=1, max_size=40), loss=st.sampled_from(sorted(POINTWISE)),
       lr=st.floats(1e-6, 1e-2), dtype=st.sampled_from([F32, torch.float64]))
def test_rate_and_step_intervals_contain_every_implementation(m, b, delta, xs, loss, lr, dtype):
    x = torch.tensor([p[0] for p in xs], dtype=dtype)
    y = torch.tensor([p[1] for p in xs], dtype=dtype)
    spec = RateSpec(b, x.double(), y.double(), delta, loss, eps=checks.eps(dtype))
    lo, hi = rate_interval(spec, torch.tensor(m, dtype=torch.float64))
    for rate in rates(m, b, x, y, delta, loss):
        assert bool(checks.inside(rate.double(), lo, hi).all()), (rate, lo, hi)
    step_lo, step_hi = step_interval(spec, torch.tensor(m, dtype=torch.float64), lr)
    for rate in rates(m, b, x, y, delta, loss):
        for new_m in (m + lr * rate, torch.tensor(m, dtype=dtype) + lr * rate):
            assert bool(checks.inside(torch.as_tensor(new_m).double(), step_lo, step_hi).all())


@pytest.mark.parametrize("loss", sorted(POINTWISE))
def test_rate_interval_is_tight_enough_to_see_mistakes(loss: str) -> None:
    x, y = torch.linspace(1, 40, 30, dtype=torch.float64), torch.linspace(5, 30, 30, dtype=torch.float64)
    lo, hi = rate_interval(RateSpec(1.0, x, y, 0.1, loss), torch.tensor(0.8, dtype=torch.float64))
    width, size = (hi - lo).abs().max().item(), torch.maximum(lo.abs(), hi.abs()).max().item()
    assert width < 1e-3 * size


VALUES = st.one_of(st.floats(allow_nan=False), st.integers(), st.booleans(), st.text(max_size=5), st.none(),
                   st.lists(st.floats(allow_nan=False), max_size=4),
                   st.builds(wire.Opaque, st.sampled_from(["MyTensor", "numpy.ndarray", "Forged"]), st.text(max_size=9)))


@given(VALUES)
def test_only_exact_tensors_pass_expect_tensor(value: object) -> None:
    with pytest.raises(Mismatch):
        checks.expect_tensor(call_of(value), value, (), F32)


@pytest.mark.parametrize("value, shape, dtype, device", [
    (torch.zeros(3), (4,), F32, "cpu"), (torch.zeros(3), (3,), torch.float64, "cpu"),
    (torch.zeros(3, dtype=torch.float64), (3,), F32, "cpu"), (torch.zeros(3), (3,), F32, "meta"),
    (torch.zeros(()), (1,), F32, "cpu")])
def test_expect_tensor_checks_shape_dtype_device(value, shape, dtype, device) -> None:
    with pytest.raises(Mismatch, match="Se esperaba"):
        checks.expect_tensor(call_of(value), value, shape, dtype, device)
    assert checks.expect_tensor(call_of(value), value, value.shape, value.dtype, "cpu") is value


def test_number_like_rules() -> None:
    assert checks.number_like(2.5) == 2.5 and checks.number_like(3) == 3.0
    assert checks.number_like(torch.tensor(1.5)) == 1.5 and checks.number_like(torch.tensor([1.5])) == 1.5
    for value in (True, "1", None, torch.tensor(1), torch.zeros(2), wire.Opaque("T", "1.0"), [1.0]):
        assert checks.number_like(value) is None
    assert checks.number_like(torch.tensor([1.5]), zero_dim_only=True) is None


def test_expect_unchanged_sees_modified_tensors_and_ignores_callables() -> None:
    x = torch.arange(4.0)
    checks.expect_unchanged(call_of(args=(x, 2.0, wire.Trusted("AE_loss")), after=(x.clone(), 2.0, wire.Opaque("f", ""))))
    with pytest.raises(Mismatch, match="argumento nº 1"):
        checks.expect_unchanged(call_of(args=(x, 2.0), after=(x + 1, 2.0)))
    with pytest.raises(Mismatch, match="argumento nº 2"):
        checks.expect_unchanged(call_of(args=(x, 2.0), after=(x, 3.0)))


def test_returned_reports_the_failure_in_spanish() -> None:
    failure = Failure("timeout", "`f` superó el tiempo límite.")
    with pytest.raises(Mismatch) as info:
        checks.returned(call_of(failure=failure))
    assert "Se probó: `f()`" in str(info.value) and "bucle" in str(info.value)
    assert issubclass(Mismatch, AssertionError)


def test_expect_within_names_the_hint_of_the_matching_mistake() -> None:
    actual = torch.tensor([2.0, 4.0], dtype=torch.float64)
    expected = torch.tensor([1.0, 2.0], dtype=torch.float64)
    with pytest.raises(Mismatch, match="Pista: doble"):
        checks.expect_within(call_of(), actual, *checks.around(expected, 1e-9),
                             [("negado", -expected, -expected), ("doble", 2 * expected, 2 * expected)])
    checks.expect_within(call_of(), actual, *checks.around(actual, 0.0))


@given(st.integers(1, 10_000))
def test_feedback_of_any_tensor_is_short(n: int) -> None:
    text = feedback.fmt_value(torch.randn(n, 3))
    assert len(text) < 200 and "forma" in text
    assert len(feedback.fmt_call("f", [torch.randn(n), list(range(n)), "x" * n])) < 400
    assert len(feedback.truncate("y" * n, 50)) < 90


def test_chi_square_and_gaussian_bounds_accept_real_noise() -> None:
    g = torch.Generator().manual_seed(0)
    for n in (10, 1000, 100_000):
        lo, hi = stats.chi2_interval(n)
        assert lo < n < hi
        noise = 3 * torch.randn(n, generator=g, dtype=torch.float64)
        assert stats.gaussian_norm_ok(noise.norm().item(), 0.0, n, 3.0)
        assert abs(noise.mean().item()) <= stats.gaussian_mean(n, 3.0)
        assert noise.abs().max().item() <= 3 * stats.gaussian_max(n)
    assert not stats.gaussian_norm_ok(0.9 * 3 * math.sqrt(1e5), 0.0, 100_000, 3.0)


def test_uniform_and_order_statistics() -> None:
    g = torch.Generator().manual_seed(1)
    x = 7 * torch.rand(100_000, generator=g)
    assert stats.uniform_distance(x, 0, 7, 0.0) <= stats.dkw(x.numel())
    assert stats.uniform_distance(3.5 + torch.randn(100_000, generator=g), 0, 7, 0.0) > 0.1
    fraction, band = stats.increasing_pairs(x)
    assert abs(fraction - 0.5) <= band
    assert stats.increasing_pairs(torch.linspace(0, 7, 1000))[0] == 1.0
    counts = torch.tensor([130, 120, 125, 125])
    assert bool(stats.proportions_ok(counts, 500, 0.25).all())
    assert not bool(stats.proportions_ok(torch.tensor([167, 167, 166, 0]), 500, 0.25).all())


EQUIVALENT = {
    "AE_loss": [lambda p, t: torch.sqrt((t - p) ** 2), lambda p, t: (p - t).abs()],
    "SE_loss": [lambda p, t: (p - t) * (p - t), lambda p, t: torch.square(t - p)],
    "MAE_loss": [lambda p, t: torch.abs(p - t).sum() / torch.abs(p - t).numel(), lambda p, t: torch.mean(abs(t - p))],
    "MSE_loss": [lambda p, t: torch.mean((t - p) ** 2), lambda p, t: ((p - t) * (p - t)).sum() / (p - t).numel()],
}


normal = finite.filter(lambda v: v == 0 or abs(v) > 1e-6)  # sqrt(d**2) underflows below ~1e-19


@settings(max_examples=60, deadline=None)
@given(values=st.lists(st.tuples(normal, normal), min_size=1, max_size=60),
       dtype=st.sampled_from([F32, torch.float64]), name=st.sampled_from(sorted(EQUIVALENT)))
def test_loss_judge_accepts_equivalent_formulas(values, dtype, name) -> None:
    from autograder.judging import judge_loss
    from autograder.proxy import InProcessStudent

    pred = torch.tensor([v[0] for v in values], dtype=dtype)
    true = torch.tensor([v[1] for v in values], dtype=dtype)
    for formula in EQUIVALENT[name]:
        judge_loss(InProcessStudent({name: formula}), name, pred, true)
