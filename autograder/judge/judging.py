"""One call of a deterministic graded function, judged against the reference.

Order of every verdict: the call succeeded; the arguments came back unchanged;
the result has exactly the reference's type, shape, dtype and device; only then
its values, within a forward-error bound of the reference's dtype (never the
dtype the student happened to return). Expected values are recomputed here in
float64 from the exact inputs.
"""

from __future__ import annotations

from typing import Any, Callable

import torch

import reference
from autograder import trusted
from autograder.judge import checks
from autograder.sandbox import wire
from autograder.judge.checks import Candidate
from autograder.judge.meta_forms import reference_on
from autograder.proxy import Call, Student
from autograder.judge.rate_bounds import RateSpec, rate_interval
from autograder.judge.trajectory import DELTA_HINT, SIGN_HINT

K = 16.0
"""Roundings allowed relative to the magnitudes involved (a few operations, with a margin)."""

F64 = Callable[[torch.Tensor, torch.Tensor], tuple[torch.Tensor, torch.Tensor]]
_SUM_HINT = "¿Sumas en lugar de hacer la media (.mean())?"
_LOSSES: dict[str, tuple[F64, list[tuple[str, F64]], str]] = {
    # name: (value and magnitude from d and |y_pred| + |y_true|, likely mistakes, hint for a wrong shape)
    "AE_loss": (lambda d, s: (d.abs(), s), [
        ("¿Falta el valor absoluto (torch.abs)?", lambda d, s: (d, s)),
        ("Eso es el error cuadrático; AE_loss es |y_pred − y_true|.", lambda d, s: (d * d, s * s))],
        "AE_loss da el error de cada elemento (la forma de las entradas); la media la calcula MAE_loss."),
    "SE_loss": (lambda d, s: (d * d, s * s), [
        ("Eso es el error absoluto; SE_loss es (y_pred − y_true)**2.", lambda d, s: (d.abs(), s)),
        ("¿Multiplicas por 2 en lugar de elevar al cuadrado (**2)?", lambda d, s: (2 * d, s)),
        ("¿Falta elevar al cuadrado?", lambda d, s: (d, s))],
        "SE_loss da el error de cada elemento (la forma de las entradas); la media la calcula MSE_loss."),
    "MAE_loss": (lambda d, s: (d.abs().mean(), s.mean()), [
        (_SUM_HINT, lambda d, s: (d.abs().sum(), s.sum())),
        ("Eso es el error cuadrático medio; MAE usa el valor absoluto.", lambda d, s: ((d * d).mean(), (s * s).mean())),
        ("¿Falta el valor absoluto (torch.abs)?", lambda d, s: (d.mean(), s.mean()))],
        "MAE_loss devuelve un solo número, la media de todos los errores, como tensor 0-d (.mean(), sin .item())."),
    "MSE_loss": (lambda d, s: ((d * d).mean(), (s * s).mean()), [
        ("¿Haces la raíz cuadrada? MSE no lleva raíz (eso sería RMSE).", lambda d, s: ((d * d).mean().sqrt(), s.mean())),
        (_SUM_HINT, lambda d, s: ((d * d).sum(), (s * s).sum())),
        ("Eso es el error absoluto medio; MSE eleva al cuadrado.", lambda d, s: (d.abs().mean(), s.mean())),
        ("¿Elevas al cuadrado la media en vez de hacer la media de los cuadrados?", lambda d, s: (d.mean() ** 2, s.mean() ** 2))],
        "MSE_loss devuelve un solo número, la media de todos los errores, como tensor 0-d (.mean(), sin .item())."),
}


def judge_line(student: Student, m: Any, b: Any, inputs: Any) -> Call:
    """``line_model(m, b, inputs)`` equals ``m·inputs + b``."""
    call = student.call("line_model", m, b, inputs)
    value = checks.returned(call)
    checks.expect_unchanged(call)
    model = reference_on(reference.line_model, m, b, inputs)
    actual = checks.expect_like(call, value, model, shape_hint="¿Respetas el broadcasting? Usa m * inputs + b.")
    if actual.device.type == "meta":
        return call
    mm, bb, xx = checks.as_f64(m), checks.as_f64(b), checks.as_f64(inputs)
    dtype = checks.precision(model, m, b)
    tol = K * (checks.eps(dtype) * (mm.abs() * xx.abs() + bb.abs()) + checks.tiny(dtype))
    checks.expect_within(call, actual, *checks.around(mm * xx + bb, tol), lambda: [
        ("¿Has olvidado sumar b?", *checks.around(mm * xx, tol)),
        ("¿Has intercambiado m y b? La recta es m * inputs + b.", *checks.around(bb * xx + mm, tol)),
        ("¿Multiplicas m por (inputs + b)?", *checks.around(mm * (xx + bb), tol)),
    ])
    return call


def judge_loss(student: Student, name: str, y_pred: Any, y_true: Any) -> Call:
    """One of the four losses, value by value (or its mean) against the formula."""
    call = student.call(name, y_pred, y_true)
    value = checks.returned(call)
    checks.expect_unchanged(call)
    model = reference_on(getattr(reference, name), y_pred, y_true)
    formula, mistakes, shape_hint = _LOSSES[name]
    actual = checks.expect_like(call, value, model, shape_hint=shape_hint)
    if actual.device.type == "meta":
        return call
    pred, true = checks.as_f64(y_pred), checks.as_f64(y_true)
    d, s = pred - true, pred.abs() + true.abs()
    d, s = torch.broadcast_tensors(d, s)
    roundings = d.numel() + K if name.startswith("M") else K  # a mean may add n roundings
    dtype = checks.reference_dtype(model)
    slack, floor = roundings * checks.eps(dtype), K * checks.tiny(dtype)

    def bounds(f: F64) -> tuple[torch.Tensor, torch.Tensor]:
        expected, magnitude = f(d, s)
        return checks.around(expected, slack * magnitude + floor)

    checks.expect_within(call, actual, *bounds(formula), lambda: [(hint, *bounds(f)) for hint, f in mistakes])
    return call


def judge_rate(student: Student, m: Any, b: Any, x: Any, y: Any, delta: float, loss: str) -> Call:
    """``loss_rate_of_change_m`` equals ``(L(m−Δ) − L(m+Δ)) / (2Δ)`` for the given ``loss_fn``."""
    call = student.call("loss_rate_of_change_m", m, b, x, y, delta, wire.Trusted(loss))
    value = checks.returned(call)
    checks.expect_unchanged(call)
    model = reference_on(reference.loss_rate_of_change_m, m, b, x, y, delta, trusted.namespace()[loss])
    actual = checks.expect_like(call, value, model, allow_number=True,
                                shape_hint="El ratio tiene la forma de loss_fn(line_model(m, b, x_true), y_true).")
    if actual.device.type == "meta":
        return call
    spec = RateSpec(float(b), checks.as_f64(x), checks.as_f64(y), delta, loss,
                    eps=checks.eps(checks.precision(model, m, b, delta)))
    mm = checks.as_f64(m)
    lo, hi = rate_interval(spec, mm)

    def candidates() -> list[Candidate]:
        """Likely mistakes, each as the interval it would give: computed only for a wrong rate."""
        found: list[Candidate] = [(SIGN_HINT, -hi, -lo), (DELTA_HINT, 2 * lo, 2 * hi),
                                  ("¿Divides entre 4·Δ? Basta con 2·Δ.", lo / 2, hi / 2)]
        variants = [("¿Has intercambiado x_true e y_true?", spec.but(x=spec.y, y=spec.x))]
        if float(b) != 0:
            variants.append(("¿Has olvidado b al predecir? La predicción es line_model(m ± Δ, b, x_true).",
                             spec.but(b=0.0)))
        if delta != 0.1:
            variants.append(("¿Usas el argumento delta o un valor fijo?", spec.but(delta=0.1)))
        variants += [("¿Usas loss_fn o una pérdida fija?", spec.but(loss=other))
                     for other in ("AE_loss", "SE_loss", "MAE_loss", "MSE_loss") if other != loss]
        return found + [(hint, *rate_interval(variant, mm)) for hint, variant in variants]
    checks.expect_within(call, actual, lo, hi, candidates)
    return call
