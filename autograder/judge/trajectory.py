"""Judging a training run (the list of slopes ``m`` it returns), step by step.

Every step is checked against the student's *own* previous ``m``, so rounding
never accumulates: ``m_{k+1}`` must be ``m_k + learning_rate·rate(m_k)`` for one
data point (``train_random_point``) or for all of them (``train_all_points``).
Only finite numbers are read, and a step passes only inside its interval, so NaN
and infinities always fail.
When a step is wrong, likely mistakes are replayed to pick a hint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from autograder.judge import checks, feedback
from autograder.sandbox import wire
from autograder.proxy import Call, Student
from autograder.judge.rate_bounds import RateSpec, step_interval

F32 = torch.finfo(torch.float32).eps
SIGN_HINT = ("¿Has invertido el signo? El ratio es (L(m−Δ) − L(m+Δ)) / (2·Δ) y se suma "
             "(m = m + learning_rate·ratio).")
DELTA_HINT = "¿Divides entre 2·Δ? La distancia entre m−Δ y m+Δ es 2·Δ."
ALIAS_HINT = ("¿Guardas en la lista el mismo tensor que luego modificas in situ (m += …)? "
              "Guarda un valor nuevo en cada paso (m = m + …, o bien m.item()).")
_POINTWISE_OF = {"MAE_loss": "AE_loss", "MSE_loss": "SE_loss",
                 "mean_cubic_AE_loss": "cubic_AE_loss", "mean_skewed_loss": "skewed_loss"}


@dataclass(frozen=True)
class Run:
    """The arguments of one training call, as the grader chose them."""

    data: torch.Tensor
    m: float
    b: float
    learning_rate: float
    delta: float
    steps: int
    loss: str

    def spec(self, per_point: bool) -> RateSpec:
        x, y = checks.as_f64(self.data[:, 0])[None, :], checks.as_f64(self.data[:, 1])[None, :]
        if per_point:
            return RateSpec(self.b, x, y, self.delta, _POINTWISE_OF.get(self.loss, self.loss))
        return RateSpec(self.b, x, y, self.delta, self.loss, mean_dim=1)


def read_trajectory(call: Call, steps: int, strict: bool = False) -> torch.Tensor:
    """The returned slopes as finite float64 numbers.

    Each value may be a Python number or a float32/float64 tensor holding one value
    (the docstring allows both). ``strict`` also notes a tuple instead of a list: the
    same values in another container cost only the form share.
    """
    value = checks.returned(call)
    want = f"una lista de {feedback.plural(steps + 1, 'valor', 'valores')} de m (la m inicial y una más por paso)"
    if type(value) not in (list, tuple):
        checks.fail(call, want, feedback.describe_type(value),
                    "Devuelve la lista con la evolución de m (line_evolution), no solo la m final.")
    if strict and type(value) is tuple:
        checks.note_form(call, want, feedback.describe_type(value),
                         "Devuelve una lista (line_evolution = [...]), sin convertirla en tupla.")
    if len(value) != steps + 1:
        checks.fail(call, want, feedback.describe_type(value),
                    "La lista empieza con la m inicial y añade la nueva m tras cada paso, así que tiene "
                    "steps + 1 valores.")
    numbers = []
    for i, item in enumerate(value):
        number = checks.number_like(item)
        if number is None:
            checks.fail(call, "que cada elemento de la lista fuera un número (float de Python o un tensor con "
                        "un solo valor)", f"el elemento nº {i} es {feedback.describe_type(item)}",
                        "Guarda cada m como float (float(m)) o como un tensor float32/float64 de un solo valor.")
        if not math.isfinite(number):
            checks.fail(call, "que cada valor de m fuera un número finito",
                        f"el elemento nº {i} es {feedback.fmt_value(item, short=True)}",
                        "¿Diverge el entrenamiento? Revisa el signo del paso y que uses learning_rate.")
        numbers.append(number)
    return torch.tensor(numbers, dtype=torch.float64)


def expect_start(call: Call, ms: torch.Tensor, m0: float) -> None:
    """The list starts with the initial slope (a float32 copy of it is fine)."""
    if not abs(ms[0].item() - m0) <= F32 * abs(m0):  # NaN fails
        aliased = ms.numel() > 2 and bool((ms == ms[-1]).all())
        checks.fail(call, f"que el primer valor de la lista fuera la m inicial, {feedback.fmt_number(m0)}",
                    feedback.fmt_number(ms[0].item()),
                    ALIAS_HINT if aliased else "Añade la m inicial a la lista antes del primer paso.")


def _rules(run: Run, per_point: bool) -> list[tuple[str, RateSpec, float]]:
    """The correct update first (hint ``''``), then likely mistakes as (hint, spec, rate scale)."""
    spec = run.spec(per_point)
    rules = [("", spec, 1.0), (SIGN_HINT, spec, -1.0), (DELTA_HINT, spec, 2.0),
             (SIGN_HINT + " " + DELTA_HINT, spec, -2.0),
             ("¿Has olvidado b al predecir? La predicción es line_model(m ± Δ, b, x).", spec.but(b=0.0), 1.0),
             ("¿Has intercambiado x e y? x es la columna 0 de data e y la columna 1.",
              spec.but(x=spec.y, y=spec.x), 1.0)]
    if run.delta != 0.1:
        rules.append(("¿Usas el argumento delta o un valor fijo?", spec.but(delta=0.1), 1.0))
    if run.learning_rate != 1e-3:
        rules.append(("¿Usas el argumento learning_rate o un valor fijo?", spec, 1e-3 / run.learning_rate))
    own = _POINTWISE_OF.get(run.loss, run.loss)
    for loss in ("AE_loss", "SE_loss") if per_point else ("MAE_loss", "MSE_loss"):
        if _POINTWISE_OF.get(loss, loss) != own:
            rules.append(("¿Usas loss_fn o una pérdida fija?", spec.but(loss=loss), 1.0))
    return rules


def _matches(ms: torch.Tensor, spec: RateSpec, lr: float, scale: float = 1.0) -> torch.Tensor:
    lo, hi = step_interval(spec, ms[:-1, None], lr, scale)
    after = ms[1:, None] if lo.dim() == 2 else ms[1:]
    return checks.inside(after, lo, hi)


def _explain(ms: torch.Tensor, run: Run, per_point: bool) -> str:
    if ms.numel() > 2 and bool((ms[1:] == ms[-1]).all()):
        return ALIAS_HINT
    for hint, spec, scale in _rules(run, per_point)[1:]:
        match = _matches(ms, spec, run.learning_rate, scale)
        if bool((match.any(1) if per_point else match).all()):
            return hint
    if per_point:
        return "Cada paso calcula el ratio con un punto (data[i, 0], data[i, 1]) y la m actual."
    return "Cada paso calcula el ratio con todos los puntos (data[:, 0], data[:, 1]) y la m actual."


def identify_points(ms: torch.Tensor, run: Run) -> torch.Tensor | None:
    """Index of the data point behind each step of a single-point run, or ``None``.

    A run with a wrong update rule (sign, Δ…) is still read with that rule, so the
    choice of points is judged on its own.
    """
    for _, spec, scale in _rules(run, per_point=True):
        match = _matches(ms, spec, run.learning_rate, scale)
        if bool(match.any(1).all()):
            return match.to(torch.int8).argmax(1)
    return None


def _step_text(ms: torch.Tensor, k: int) -> str:
    before, after = feedback.fmt_number(ms[k].item()), feedback.fmt_number(ms[k + 1].item())
    return f"en el paso {k + 1}, m pasó de {before} a {after}"


def judge_all_steps(call: Call, ms: torch.Tensor, run: Run) -> None:
    """Each step of ``train_all_points`` is the mean-loss update from the student's previous ``m``."""
    spec = run.spec(per_point=False)
    lo, hi = step_interval(spec, ms[:-1, None], run.learning_rate)
    ok = checks.inside(ms[1:], lo, hi)
    if bool(ok.all()):
        return
    k = checks.first_false(ok)
    want = (f"m + learning_rate·ratio (con todos los puntos y la m anterior) ≈ "
            f"{feedback.fmt_number(((lo[k] + hi[k]) / 2).item())}")
    checks.fail(call, want, _step_text(ms, k), _explain(ms, run, per_point=False))


def judge_random_steps(call: Call, ms: torch.Tensor, run: Run) -> torch.Tensor:
    """Each step of ``train_random_point`` is the update for some data point; returns which (first match)."""
    spec = run.spec(per_point=True)
    match = _matches(ms, spec, run.learning_rate)
    ok = match.any(1)
    if bool(ok.all()):
        return match.to(torch.int8).argmax(1)
    k = checks.first_false(ok)
    lo, hi = step_interval(spec, ms[k:k + 1, None], run.learning_rate)
    values = [feedback.fmt_number(v) for v in ((lo + hi) / 2).reshape(-1).tolist()]
    options = " o ".join(filter(None, (", ".join(values[:-1]), values[-1])))
    checks.fail(call, f"que cada paso fuera m + learning_rate·ratio con algún punto de data "
                      f"(desde esa m, {options}, según el punto)",
                _step_text(ms, k), _explain(ms, run, per_point=True))


def train(student: Student, function: str, run: Run, *extra: object) -> tuple[Call, torch.Tensor]:
    """Call a training function with ``run``'s arguments (positionally) and read its trajectory."""
    call = student.call(function, run.data, run.m, run.b, run.learning_rate, run.delta, run.steps,
                        wire.Trusted(run.loss), *extra)
    checks.returned(call)
    checks.expect_unchanged(call)
    ms = read_trajectory(call, run.steps)
    expect_start(call, ms, run.m)
    return call, ms
