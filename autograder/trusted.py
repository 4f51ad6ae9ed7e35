"""Stand-ins for the student's other graded functions, answered by the grader, never inside the sandbox.

A student function costs points only on itself: while ``loss_rate_of_change_m``
is judged, its calls to ``line_model`` and to the ``loss_fn`` it received are
answered with trusted values, so a wrong ``AE_loss`` does not also sink the rate
and both trainings. No reference code and no reference value beyond the judged
call's own answers ever enters the sandbox:

- inside, a stand-in (``calls.StandIn``) only forwards its arguments, as plain
  data, to the grader, which computes the answer here (:func:`answer`);
- the grader answers only while a judged call is in flight, only for the
  functions that call may legitimately use (:data:`MAY_USE`, plus the trusted
  losses passed to it as arguments), and refuses everything else;
- functions are judged in :data:`JUDGING_ORDER`, in which every function comes
  after all those it may use. Whatever student code learns from a stand-in,
  caches, or walks frames to find, concerns only functions whose judging is
  already over: it cannot buy a single point.

The grader's answer is a value; its form (a Python float or a tensor, its dtype
and shape) is adapted inside the sandbox to what the student's own version of the
helper returns, so a correct loop is never handed a form it was not written for
(``calls.in_form``). A helper the suites found fully right needs no stand-in at all:
later calls use the student's own version (:class:`Settled`), asking nothing.
"""

from __future__ import annotations

import functools
import inspect
import math
from types import MappingProxyType, ModuleType
from typing import Any, Callable, Iterable, Mapping

import torch

from autograder.sandbox import probes
from autograder.sandbox import wire
from reference import losses, model, training

HELPERS: tuple[Callable[..., Any], ...] = (
    model.line_model,
    losses.AE_loss,
    losses.SE_loss,
    losses.MAE_loss,
    losses.MSE_loss,
    training.loss_rate_of_change_m,
)
"""Graded functions that others may call; stood in for while another function is judged."""

HELPER_NAMES: tuple[str, ...] = tuple(f.__name__ for f in HELPERS)

MAY_USE: dict[str, tuple[str, ...]] = {
    "line_model": (),
    "get_data_from_a_line": ("line_model",),
    "AE_loss": (),
    "SE_loss": (),
    "MAE_loss": ("AE_loss",),
    "MSE_loss": ("SE_loss",),
    "loss_rate_of_change_m": ("line_model",),
    "train_random_point": ("line_model", "AE_loss", "SE_loss", "loss_rate_of_change_m"),
    "train_all_points": ("line_model", "AE_loss", "SE_loss", "MAE_loss", "MSE_loss", "loss_rate_of_change_m"),
}
"""The graded functions each judged function may call and get a trusted answer from."""

JUDGING_ORDER: tuple[str, ...] = ("line_model", "get_data_from_a_line", "AE_loss", "SE_loss", "MAE_loss",
                                  "MSE_loss", "loss_rate_of_change_m", "train_random_point", "train_all_points")
"""Every function after all those it may use (checked by the tests)."""

MAX_HELPER_ELEMENTS = 2_000_000
"""Largest question (tensor elements in all) a stand-in may ask: the hidden inputs are far smaller."""


def _public_functions(module: ModuleType) -> list[Callable[..., Any]]:
    return [f for name, f in vars(module).items()
            if inspect.isfunction(f) and f.__module__ == module.__name__ and not name.startswith("_")]


@functools.cache
def namespace() -> Mapping[str, Callable[..., Any]]:
    """Every trusted callable by name (the graded helpers and the probe losses of the suites).

    Built once (it is asked for at every stand-in question, up to hundreds per submission)
    and read-only, so no caller can change what the next one gets.
    """
    return MappingProxyType({f.__name__: f for f in (*HELPERS, *_public_functions(probes))})


def allowed(function: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> frozenset[str]:
    """What may be asked during a judged call of ``function`` with these arguments."""
    passed = {v.name for v in (*args, *kwargs.values()) if type(v) is wire.Trusted}
    return frozenset(MAY_USE.get(function, ())) | frozenset(passed)


def _too_large(args: list[Any], kwargs: dict[str, Any]) -> bool:
    """More elements than :data:`MAX_HELPER_ELEMENTS` in the inputs, or in their broadcast."""
    tensors = [v for v in (*args, *kwargs.values()) if type(v) is torch.Tensor]
    if sum(t.numel() for t in tensors) > MAX_HELPER_ELEMENTS:
        return True
    return math.prod(_broadcast(tuple(t.shape) for t in tensors)) > MAX_HELPER_ELEMENTS


def _broadcast(shapes: Iterable[tuple[int, ...]]) -> list[int]:
    """The broadcast of shapes, dimension by dimension (largest size where they disagree: an
    upper bound, and shapes that do not broadcast fail in the computation on their own).
    ``torch.broadcast_shapes`` gives the same for valid shapes at a hundred times the cost."""
    result: list[int] = []
    for shape in shapes:
        result = [1] * (len(shape) - len(result)) + result
        for i, size in enumerate(shape, start=len(result) - len(shape)):
            if size != 1:
                result[i] = size if result[i] == 1 else max(result[i], size)
    return result


def answer(question: dict[str, Any], permitted: frozenset[str]) -> dict[str, Any]:
    """The grader's reply to a stand-in's question, computed here; a refusal says why, in Spanish."""
    name = question.get("name")
    if type(name) is not str or name not in permitted:
        return {"status": "error", "message": f"{name!s:.40}: no está disponible en esta llamada"}
    table = namespace()
    try:
        args = wire.decode(question.get("args"))
        kwargs = wire.decode(question.get("kwargs"))
    except (wire.WireError, ValueError, TypeError, RuntimeError):
        return {"status": "error", "message": f"{name}: argumentos ilegibles"}
    if type(args) is not list or type(kwargs) is not dict or _too_large(args, kwargs):
        return {"status": "error", "message": f"{name}: argumentos no válidos o demasiado grandes"}

    def resolve(value: Any) -> Any:
        if type(value) is wire.Trusted:
            if value.name not in permitted:
                raise TypeError(f"{value.name} no está disponible en esta llamada")
            return table[value.name]
        return value
    try:
        value = table[name](*[resolve(a) for a in args], **{k: resolve(v) for k, v in kwargs.items()})
        return {"status": "ok", "value": wire.encode(value)}
    except Exception as exc:  # noqa: BLE001 - student-chosen arguments: their error, reported to them
        detail = str(exc)[:200].replace("'Opaque'", "'objeto no admitido'")
        return {"status": "error", "message": f"la versión de confianza de {name} no pudo calcularse con los "
                                              f"argumentos que recibió ({type(exc).__name__}: {detail})"}


class Settled:
    """Which graded functions a submission has fully right so far, as the suites settle them.

    A call may use the student's own version of a helper, with no stand-in and no
    question to the grader, when that helper has passed all its hidden tests at full
    marks and never printed nor failed in a judged call. The suites judge
    helpers first (:data:`JUDGING_ORDER`), so their marks are settled by then. The
    student's own right code is then exactly what their notebook runs; a stand-in is
    needed only where a helper is wrong, so that its mistake is not charged twice.
    """

    def __init__(self) -> None:
        self._full: dict[str, bool] = {}
        self._noisy: set[str] = set()

    def record(self, function: str, full_marks: bool) -> None:
        """One hidden test of ``function`` finished, at full marks or not."""
        self._full[function] = self._full.get(function, True) and full_marks

    def heard(self, function: str, printed: str, failed: bool) -> None:
        """A judged call of ``function`` ended; printing or failing rules out running it natively."""
        if printed or failed:
            self._noisy.add(function)

    def _right(self, name: str) -> bool:
        """Fully right and silent, and so is everything it may use: its own code asks nothing either."""
        return (self._full.get(name) is True and name not in self._noisy
                and all(self._right(helper) for helper in MAY_USE.get(name, ())))

    def native(self, function: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[str]:
        """The functions this call may use that can run as the student's own code."""
        return sorted(n for n in allowed(function, args, kwargs) if self._right(n))
