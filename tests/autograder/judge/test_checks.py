"""Properties of the pure judging helpers: strict types, sound tolerances, honest statistics, short feedback."""

from __future__ import annotations

import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

import reference
from autograder import trusted
from autograder.judge import checks, feedback, stats
from autograder.sandbox import wire
from autograder.judge.checks import Mismatch
from autograder.proxy import Call, Failure
from autograder.judge.rate_bounds import POINTWISE, RateSpec, rate_interval, step_interval

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
    share, lowest = stats.short_gaps(x)
    assert share >= lowest and abs(share - stats.SHORT_GAP_SHARE) < 0.01
    assert stats.short_gaps(x.sort().values)[0] == share  # sorted random draws are still random
    shuffled_grid = torch.linspace(0, 7, 1001)[:-1][torch.randperm(1000, generator=g)]
    assert stats.short_gaps(shuffled_grid)[0] == 0.0 < stats.short_gaps(shuffled_grid)[1]
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
    from autograder.judge.judging import judge_loss
    from autograder.proxy import InProcessStudent

    pred = torch.tensor([v[0] for v in values], dtype=dtype)
    true = torch.tensor([v[1] for v in values], dtype=dtype)
    for formula in EQUIVALENT[name]:
        judge_loss(InProcessStudent({name: formula}), name, pred, true)


# ---------------------------------------------------------------- NaN, infinities and whose tolerance

class Answers:
    """A fake student whose every function returns ``make(*args)``, arguments untouched."""

    def __init__(self, make) -> None:
        self.make = make

    def call(self, function: str, *args: object, **kwargs: object) -> Call:
        return Call(function, args, kwargs, self.make(*args), args, dict(kwargs), "")


def _points(n: int, m: float, b: float, sigma: float, high: float, seed: int = 0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    u = high * torch.rand(n, generator=g, dtype=torch.float64)
    noise = sigma * torch.randn(n, 2, generator=g, dtype=torch.float64)
    return torch.stack((u + noise[:, 0], m * u + b + noise[:, 1]), dim=1).to(F32)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_data_checks_fail_non_finite_points_with_a_mismatch(bad: float) -> None:
    from autograder.judge import data_checks

    data = _points(2000, -2.0, 5.0, 1e-4, 12.0)
    data[7, 1] = bad
    checks_of_data = [lambda d: data_checks.expect_line(call_of(d), d, -2.0, 5.0, 1e-4),
                      lambda d: data_checks.expect_uniform_x(call_of(d), d.flip(1), 12.0, 1e-4),
                      lambda d: data_checks.expect_noise_sd(call_of(d), d, -2.0, 5.0, 1e-4, 12.0),
                      lambda d: data_checks.expect_independent_noise(call_of(d), d, -2.0, 5.0, 1e-4, 12.0),
                      lambda d: data_checks.expect_x_mean(call_of(d), d.flip(1), 12.0, 1e-4)]
    for check in checks_of_data:
        with pytest.raises(Mismatch):
            check(data)
    with pytest.raises(Mismatch, match="punto nº 7"):
        data_checks.get_data(Answers(lambda *args: data), (-2.0, 5.0, 2000, 1e-4, 12.0))
    clean = _points(2000, -2.0, 5.0, 1e-4, 12.0)
    data_checks.expect_line(call_of(clean), clean, -2.0, 5.0, 1e-4)
    data_checks.expect_uniform_x(call_of(clean), clean, 12.0, 1e-4)


def test_one_huge_point_does_not_widen_the_noise_bounds() -> None:
    from autograder.judge import data_checks

    data = _points(100_000, -1.5, 6.0, 0.5, 20.0)
    data_checks.expect_noise_sd(call_of(data), data, -1.5, 6.0, 0.5, 20.0)
    data[3] = torch.tensor([1e30, -1.5e30 + 6.0])  # on the line, but no correct answer gets there
    with pytest.raises(Mismatch):
        data_checks.expect_noise_sd(call_of(data), data, -1.5, 6.0, 0.5, 20.0)


def test_statistics_of_nan_fail() -> None:
    assert not stats.gaussian_norm_ok(math.nan, 0.0, 100, 1.0)
    assert not stats.gaussian_norm_ok(math.inf, 0.0, 100, 1.0)
    assert stats.uniform_distance(torch.tensor([0.5, math.nan]), 0.0, 1.0, 0.0) == 1.0
    assert not bool(checks.inside(torch.tensor(math.nan), torch.tensor(-math.inf), torch.tensor(math.inf)))
    assert not bool(checks.inside(torch.tensor(0.0), torch.tensor(math.nan), torch.tensor(1.0)))


def test_tolerance_comes_from_the_reference_not_the_returned_dtype() -> None:
    assert checks.reference_dtype(torch.zeros(2, dtype=torch.float64)) == torch.float64
    assert checks.reference_dtype(torch.zeros(2, dtype=torch.bfloat16)) == torch.bfloat16
    assert checks.reference_dtype(1.5) == checks.reference_dtype(2) == F32  # numbers: what torch makes of them


M, B, X = 1.234, 5.678, -3.21
EXACT = M * X + B


@pytest.mark.parametrize("make", [
    lambda m, b, x: m * x + b, lambda m, b, x: b + x * m,
    lambda m, b, x: torch.tensor(m * x + b), lambda m, b, x: torch.tensor(m * x + b, dtype=torch.float64),
    lambda m, b, x: torch.add(torch.mul(torch.as_tensor(x), m), b),  # numbers turned into float32 first
    lambda m, b, x: (torch.tensor(m) * x + b).item(), lambda m, b, x: torch.tensor(m * x + b, requires_grad=True),
], ids=["float", "reordered", "float32_tensor", "float64_tensor", "as_tensor_math", "item", "grad"])
def test_correct_number_results_pass(make) -> None:
    from autograder.judge.judging import judge_line

    judge_line(Answers(make), M, B, X)


@pytest.mark.parametrize("value", [
    torch.tensor(EXACT * 1.1, dtype=torch.bfloat16), torch.tensor(EXACT, dtype=torch.bfloat16),
    torch.tensor(EXACT, dtype=torch.float16), EXACT * (1 + 1e-4), torch.tensor(EXACT * (1 + 1e-4)),
    math.nan, math.inf, -math.inf, 2**1000, -(2**1100), 1e308, torch.tensor(math.nan),
    torch.tensor([EXACT * 1.1]), torch.tensor(EXACT, device="meta"), True, complex(EXACT, 0), None, "3.27", [EXACT], wire.Opaque("MyTensor", "t"),
], ids=["bf16_10pc_off", "bf16_rounded", "f16_rounded", "float_1e-4_off", "f32_1e-4_off", "nan", "inf",
        "minus_inf", "huge_int", "huger_int", "huge", "nan_tensor", "shape_1_off", "meta", "bool", "complex", "none", "str",
        "list", "opaque"])
def test_wrong_number_results_fail(value: object) -> None:
    from autograder.judge.judging import judge_line

    with pytest.raises(Mismatch, match="Se probó"):
        judge_line(Answers(lambda *args: value), M, B, X)


@pytest.mark.parametrize("value, form", [
    (torch.tensor([EXACT]), "forma (1,)"), (torch.tensor([[EXACT]], dtype=torch.float64), "forma (1, 1)"),
], ids=["shape_1", "shape_1_1"])
def test_a_number_result_of_the_wrong_shape_is_right_in_value_and_only_noted(value: object, form: str) -> None:
    from autograder.judge.judging import judge_line

    checks.take_form_notes()
    judge_line(Answers(lambda *args: value), M, B, X)
    notes = checks.take_form_notes()
    assert len(notes) == 1 and form in notes[0] and notes[0].startswith("Se probó")


def test_a_mean_loss_returned_as_python_float_loses_only_its_form() -> None:
    from autograder.judge.judging import judge_loss

    pred, true = torch.linspace(-3, 3, 7), torch.linspace(2, -1, 7)
    checks.take_form_notes()
    judge_loss(Answers(lambda p, t: float(((p - t) ** 2).mean())), "MSE_loss", pred, true)
    [note] = checks.take_form_notes()
    assert "float" in note and ".item()" in note
    with pytest.raises(Mismatch, match="Se probó"):  # a wrong value still fails, whatever its form
        judge_loss(Answers(lambda p, t: float(((p - t) ** 2).sum())), "MSE_loss", pred, true)
    checks.take_form_notes()


def test_a_rate_may_be_a_python_float_without_any_note() -> None:
    from autograder.judge.judging import judge_rate

    def rate(m: float, b: float, x: torch.Tensor, y: torch.Tensor, delta: float, loss: wire.Trusted) -> float:
        loss_fn = trusted.namespace()[loss.name]
        return float((loss_fn((m - delta) * x + b, y) - loss_fn((m + delta) * x + b, y)) / (2 * delta))

    checks.take_form_notes()
    judge_rate(Answers(rate), 0.8, 0.0, torch.tensor(30.0), torch.tensor(14.0), 0.1, "AE_loss")
    assert checks.take_form_notes() == []


def test_a_tensor_result_keeps_its_own_tolerance_whatever_comes_back() -> None:
    from autograder.judge.judging import judge_loss

    pred, true = torch.linspace(-3, 3, 7, dtype=torch.float64), torch.linspace(2, -1, 7, dtype=torch.float64)
    judge_loss(Answers(lambda p, t: (p - t).abs()), "AE_loss", pred, true)
    rounded = ((pred - true).abs() * (1 + 1e-9)).to(torch.float64)  # fine for float32, not for float64
    with pytest.raises(Mismatch):
        judge_loss(Answers(lambda p, t: rounded), "AE_loss", pred, true)
    with pytest.raises(Mismatch):
        judge_loss(Answers(lambda p, t: (p - t).abs().to(torch.bfloat16)), "AE_loss", pred, true)
    strided = torch.stack(((pred - true).abs(), pred), dim=-1)[..., 0]
    judge_loss(Answers(lambda p, t: strided), "AE_loss", pred, true)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, 2**1000, -(2**1100), 10**5000, torch.tensor(math.nan),
                                 torch.tensor(1.0, dtype=torch.bfloat16), True, None],
                         ids=["nan", "inf", "minus_inf", "2**1000", "-2**1100", "10**5000", "nan_tensor", "bf16",
                              "bool", "none"])
def test_trajectories_refuse_non_finite_and_half_precision_items(bad: object) -> None:
    from autograder.judge.trajectory import read_trajectory

    good = [0.8, 0.81, torch.tensor(0.82), torch.tensor(0.83, dtype=torch.float64)]
    assert read_trajectory(call_of(good), 3, strict=True).tolist() == pytest.approx([0.8, 0.81, 0.82, 0.83])
    with pytest.raises(Mismatch, match="elemento nº 2"):
        read_trajectory(call_of(good[:2] + [bad] + good[3:]), 3)


def test_sparse_tensors_are_never_data_and_never_crash_the_feedback() -> None:
    x = torch.arange(4.0)
    sparse = x.to_sparse()
    with pytest.raises(Mismatch, match="argumento nº 1"):
        checks.expect_unchanged(call_of(args=(x,), after=(sparse,)))
    with pytest.raises(Mismatch):
        checks.expect_tensor(call_of(sparse), sparse, (4,), F32)
    assert checks.number_like(torch.tensor([1.5]).to_sparse()) is None
    assert "sparse" in feedback.fmt_value(sparse)
