"""Pure judging helpers: values in, verdicts out.

A failed check raises :class:`Mismatch` with Spanish feedback (what was tried,
what was expected, what came back, and a hint). Types are checked strictly
before any comparison, so an ``Opaque`` value, a tensor subclass or an object
with a forged ``__eq__`` can never pass: only exact ``torch.Tensor`` objects and
exact Python numbers are ever compared. Every comparison is written as "inside
the bounds", never as "outside", so NaN always fails; and every tolerance comes
from the reference's dtype and the inputs, never from what the student returned.
"""

from __future__ import annotations

import math
from typing import Any, Callable, NoReturn, Sequence

import torch

from autograder.judge import feedback
from autograder.sandbox import wire
from autograder.proxy import Call

Candidate = tuple[str, torch.Tensor, torch.Tensor]
"""A likely mistake: (hint, lowest, highest value it would give)."""

_FAILURE_HINTS = {
    "timeout": "¿Hay algún bucle que no termina o un cálculo demasiado grande?",
    "memory": "¿Creas tensores o listas enormes?",
    "output_limit": "¿Hay un print dentro de un bucle largo? Imprime menos.",
    "crash": "El proceso que ejecutaba tu código terminó de golpe (¿sys.exit, os._exit?).",
}
UNCHANGED_HINT = ("Ninguna función debe modificar sus argumentos (nada de `+=` ni `*=` sobre un tensor recibido, "
                  "ni métodos acabados en `_` como `add_`, ni asignaciones a `x[...]`); crea tensores nuevos.")


class Mismatch(AssertionError):
    """A check the submission did not pass; ``str(exc)`` is the Spanish feedback."""


def tried(call: Call) -> str:
    """The call as the student would have written it, arguments summarised."""
    return f"`{feedback.fmt_call(call.function, call.args, call.kwargs)}`"


def fail(call: Call, expected: str, got: str, hint: str = "") -> NoReturn:
    """Raise the standard feedback for ``call``."""
    raise Mismatch(feedback.message(tried(call), expected, got, hint))


def returned(call: Call) -> Any:
    """The call's value; a call that failed (exception, timeout…) fails the check with its reason."""
    if call.failure is not None:
        raise Mismatch(feedback.message(tried(call), got=call.failure.message,
                                        hint=_FAILURE_HINTS.get(call.failure.kind, ""), output=call.output))
    return call.value


def eps(dtype: torch.dtype) -> float:
    """Machine epsilon of a floating dtype (float32 for anything else)."""
    return torch.finfo(dtype if dtype.is_floating_point else torch.float32).eps


def tiny(dtype: torch.dtype) -> float:
    """Smallest normal number of a floating dtype: below it rounding errors are absolute, not relative."""
    return torch.finfo(dtype if dtype.is_floating_point else torch.float32).tiny


def _same(before: Any, after: Any) -> bool:
    if type(before) is torch.Tensor:
        if (type(after) is not torch.Tensor or after.layout != torch.strided or after.dtype != before.dtype
                or after.shape != before.shape):
            return False
        if before.device.type == "meta" or after.device.type == "meta":
            return after.device.type == before.device.type
        return bool(torch.equal(after.cpu(), before.cpu()))
    if type(before) in (float, int, bool):
        return type(after) is type(before) and (after == before or after != after and before != before)
    if type(before) in (list, tuple):
        return (type(after) is type(before) and len(after) == len(before)
                and all(_same(b, a) for b, a in zip(before, after)))
    return True  # devices, trusted callables: not data the student could change


def expect_unchanged(call: Call) -> None:
    """Every data argument (tensors, numbers, lists) came back exactly as it was sent, never changed in place."""
    for where in call.modified:
        before = call.args[where - 1] if type(where) is int and 0 < where <= len(call.args) else call.kwargs.get(
            str(where))
        fail(call, f"que el argumento {_named(where)}, {feedback.fmt_value(before)}, no cambiara",
             "la función lo modificó durante la llamada (aunque después lo dejara igual)", UNCHANGED_HINT)
    pairs = list(zip(call.args, call.args_after))
    pairs += [(v, call.kwargs_after.get(k)) for k, v in call.kwargs.items() if k in call.kwargs_after]
    for position, (before, after) in enumerate(pairs, start=1):
        if not _same(before, after):
            fail(call, f"que el argumento nº {position}, {feedback.fmt_value(before)}, no cambiara",
                 f"después de la llamada valía {feedback.fmt_value(after)}", UNCHANGED_HINT)


def _named(where: int | str) -> str:
    return f"nº {where}" if type(where) is int else f"{where}="


def expect_no_reseed(call: Call) -> None:
    """The call left torch's seed alone (the notebook: functions never fix the random seed)."""
    if call.reseeded:
        fail(call, "que la función no fijara la semilla aleatoria", "la llamada ejecutó torch.manual_seed",
             "No llames a torch.manual_seed dentro de las funciones: la semilla la fija quien las llama.")


def expect_tensor(call: Call, value: Any, shape: Sequence[int], dtype: torch.dtype,
                  device: str = "cpu", what: str = "el resultado", shape_hint: str = "") -> torch.Tensor:
    """An exact ``torch.Tensor`` with this shape, dtype and device type, or a failure saying which differs.

    ``shape_hint`` explains a wrong shape (the most telling mistake for each function).
    """
    want = f"un torch.Tensor de forma {tuple(shape)} y tipo {str(dtype).replace('torch.', '')} en el dispositivo '{device}'"
    if type(value) is not torch.Tensor or value.layout != torch.strided:
        extra = " (solo se acepta un torch.Tensor exacto, no subclases ni imitaciones)" if type(value) is wire.Opaque else ""
        fail(call, f"{what}, {want}", feedback.describe_type(value) + extra,
             "Devuelve un torch.Tensor normal, calculado con operaciones de torch.")
    if value.device.type != device:
        fail(call, f"{what}, {want}", feedback.describe_type(value),
             f"El resultado debe quedar en el dispositivo '{device}': créalo allí (device=...) o calcúlalo "
             "con operaciones sobre las entradas.")
    if tuple(value.shape) != tuple(shape):
        fail(call, f"{what}, {want}", feedback.describe_type(value), shape_hint)
    if value.dtype != dtype:
        fail(call, f"{what}, {want}", feedback.describe_type(value),
             "No cambies el tipo de los datos (nada de .float(), .double() ni un dtype= fijo).")
    return value


_FORM_NOTES: list[str] = []
"""Form problems of the test being run: a right value in the wrong type, dtype, shape or device."""


def take_form_notes() -> list[str]:
    """The form problems recorded since the last call (the suite runner takes them after each test)."""
    notes = list(_FORM_NOTES)
    _FORM_NOTES.clear()
    return notes


def note_form(call: Call, expected: str, got: str, hint: str) -> None:
    """Record a form problem without failing: the test goes on to judge the value.

    A test whose values are all right but has form notes loses only its form share
    of the points (``form_share`` in ``[tool.autograder]``).
    """
    _FORM_NOTES.append(feedback.message(tried(call), expected, got, hint))


def _want(model: torch.Tensor, allow_number: bool) -> str:
    text = (f"un torch.Tensor de forma {tuple(model.shape)} y tipo {str(model.dtype).replace('torch.', '')} "
            f"en el dispositivo '{model.device.type}'")
    return text + (" o un número de Python (float)" if allow_number else "")


def _form_hint(value: Any, model: torch.Tensor, shape_hint: str) -> str:
    if type(value) is not torch.Tensor:
        return "Devuelve el tensor que da la fórmula, sin convertirlo en número (sin .item() ni float())."
    if value.device.type != model.device.type:
        return f"Deja el resultado en el dispositivo de las entradas ('{model.device.type}')."
    if tuple(value.shape) != tuple(model.shape):
        return shape_hint or "Revisa la forma del resultado (nada de reshape, unsqueeze ni listas)."
    return "No cambies el tipo de los datos (nada de .float(), .double() ni un dtype= fijo)."


def expect_like(call: Call, value: Any, model: Any, what: str = "el resultado",
                shape_hint: str = "", allow_number: bool = False) -> torch.Tensor:
    """The values of ``value`` as float64 in the reference's shape, ready to be judged.

    Value and form are judged apart. A result whose numbers can be read and line up
    one to one with the reference's (a Python number, or a float32/float64 tensor
    with as many elements) goes on to be judged by value; a different type, shape,
    dtype or device is only noted (:func:`note_form`). A result that cannot be read
    that way, or has another number of elements, fails here. On the meta device
    there are no values, so the form is all there is and is checked strictly.
    ``allow_number`` accepts a Python number where the reference gives one value.

    Where the reference itself returns a Python number (all inputs were numbers), a
    0-d float32 or float64 tensor is as good: turning numbers into tensors is not a
    mistake. Its precision is judged by :func:`reference_dtype`, like any other.
    """
    if type(model) is not torch.Tensor:
        number = number_like(value)
        if number is None:
            fail(call, f"{what}, un número (de Python o un tensor 0-d float32 o float64)",
                 feedback.describe_type(value), "Con números de Python el resultado debe ser un número.")
        if type(value) is torch.Tensor and value.dim() != 0:
            note_form(call, f"{what}, un número (de Python o un tensor 0-d)", feedback.describe_type(value),
                      "Con números de Python el resultado es un solo número, sin dimensiones.")
        return torch.tensor(number, dtype=torch.float64)
    if model.device.type == "meta":
        return expect_tensor(call, value, model.shape, model.dtype, "meta", what, shape_hint)
    want = _want(model, allow_number)
    if type(value) in (float, int) and model.numel() == 1:
        number = number_like(value)
        assert number is not None
        if not allow_number:
            note_form(call, f"{what}, {want}", feedback.describe_type(value), _form_hint(value, model, shape_hint))
        return torch.full(tuple(model.shape), number, dtype=torch.float64)
    readable = (type(value) is torch.Tensor and value.layout == torch.strided and value.device.type != "meta"
                and value.dtype in (torch.float32, torch.float64))
    if not readable:
        extra = " (solo se acepta un torch.Tensor exacto, no subclases ni imitaciones)" if type(value) is wire.Opaque else ""
        fail(call, f"{what}, {want}", feedback.describe_type(value) + extra,
             "Devuelve un torch.Tensor normal (float32 o float64), calculado con operaciones de torch.")
    if value.numel() != model.numel():
        fail(call, f"{what}, {want}", feedback.describe_type(value), shape_hint)
    if (tuple(value.shape), value.dtype, value.device.type) != (tuple(model.shape), model.dtype, model.device.type):
        note_form(call, f"{what}, {want}", feedback.describe_type(value), _form_hint(value, model, shape_hint))
    return value.detach().to("cpu", torch.float64).reshape(model.shape)


NUMBER_DTYPE = torch.float32
"""The dtype torch gives Python numbers turned into tensors (``torch.as_tensor(0.5)``)."""


def reference_dtype(model: Any) -> torch.dtype:
    """The precision a result is held to, from the reference alone (never from the student's value).

    A tensor result: its dtype. A Python number (inputs that were all numbers): a
    correct student may compute it in float64 (Python floats) or turn the numbers
    into tensors first, which torch makes float32; both are right, so the looser
    float32 bound applies whatever the student returns.
    """
    return model.dtype if type(model) is torch.Tensor else NUMBER_DTYPE


def precision(model: Any, *inputs: Any) -> torch.dtype:
    """The dtype whose rounding a result is allowed: the reference's, never finer than float32 where
    an input is a Python number.

    ``torch.tensor(m)`` turns a Python number into float32, so a careful student who
    makes tensors of ``m`` or ``b`` before computing with float64 data carries float32
    rounding into a float64 result: right by the notebook, which asks for no more.
    """
    dtype = reference_dtype(model)
    if any(type(v) in (float, int) for v in inputs) and eps(dtype) < eps(NUMBER_DTYPE):
        return NUMBER_DTYPE
    return dtype


def number_like(value: Any) -> float | None:
    """A plain number from a Python float/int or a one-element float32/float64 tensor on the CPU; else ``None``.

    Half precision (float16, bfloat16) is refused: no correct computation here
    produces it, and its rounding is far coarser than any tolerance.
    """
    if type(value) in (float, int):
        if type(value) is int and abs(value) >= 2**1000:  # beyond what float() converts safely
            return math.inf if value > 0 else -math.inf
        return float(value)
    if (type(value) is torch.Tensor and value.layout == torch.strided and value.device.type == "cpu"
            and value.dtype in (torch.float32, torch.float64)):
        if value.numel() == 1:
            return float(value.detach().reshape(()).item())
    return None


def as_f64(value: Any) -> torch.Tensor:
    """Exact float64 copy of grader-made data (tensors or numbers) for computing bounds."""
    if type(value) is torch.Tensor:
        return value.detach().to("cpu", torch.float64)
    return torch.tensor(float(value), dtype=torch.float64)


def inside(actual: torch.Tensor, lo: torch.Tensor, hi: torch.Tensor) -> torch.Tensor:
    """Element-wise ``lo ≤ actual ≤ hi``: NaN is never inside, and nothing is inside NaN bounds."""
    return (actual >= lo) & (actual <= hi)


def first_false(ok: torch.Tensor) -> int:
    """Flat index of the first ``False`` of a boolean tensor that is not all ``True``."""
    return int((~ok).reshape(-1).nonzero()[0])


def diagnose(actual: torch.Tensor, candidates: Sequence[Candidate]) -> str:
    """The hint of the first likely mistake that explains every value of ``actual``, or ``''``."""
    for hint, lo, hi in candidates:
        try:
            lo_b, hi_b = torch.broadcast_tensors(lo, hi)
            if lo_b.shape == actual.shape and bool(inside(actual, lo_b, hi_b).all()):
                return hint
        except RuntimeError:
            continue
    return ""


def expect_within(call: Call, actual: torch.Tensor, lo: torch.Tensor, hi: torch.Tensor,
                  candidates: Sequence[Candidate] | Callable[[], Sequence[Candidate]] = (),
                  what: str = "el resultado", hint: str = "") -> None:
    """Every element of ``actual`` (float64) lies in ``[lo, hi]``; otherwise show the first one that does not.

    ``candidates`` (likely mistakes, for the hint) may be a function that computes them: most
    calls are right, and their bounds are then never needed.
    """
    lo, hi = torch.broadcast_to(lo, actual.shape), torch.broadcast_to(hi, actual.shape)
    ok = inside(actual, lo, hi)
    if bool(ok.all()):
        return
    bad = first_false(ok)
    index = [int(i) for i in torch.unravel_index(torch.tensor(bad), actual.shape)]
    where = "" if actual.dim() == 0 else f" (posición {index})"
    mid = ((lo + hi) / 2).reshape(-1)[bad].item()
    width = ((hi - lo) / 2).reshape(-1)[bad].item()
    expected = f"{what}{where} ≈ {feedback.fmt_number(mid)} (± {width:.1e})"
    got = f"{feedback.fmt_number(actual.reshape(-1)[bad].item())}"
    if actual.numel() > 1:
        got += f"; {int((~ok).sum())} de {actual.numel()} valores fuera de tolerancia"
    fail(call, expected, got, diagnose(actual, candidates() if callable(candidates) else candidates) or hint)


def around(expected: torch.Tensor, tol: torch.Tensor | float) -> tuple[torch.Tensor, torch.Tensor]:
    """``[expected − tol, expected + tol]`` as a pair of tensors."""
    return expected - tol, expected + tol
