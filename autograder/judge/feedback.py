"""Short Spanish descriptions of values and calls for the feedback a student reads.

Everything here summarises: long tensors and lists are cut, student text is
truncated, and nothing ever quotes grader or reference source code.
"""

from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

import torch

from autograder.sandbox import wire

MAX_ITEMS = 6
MAX_TEXT = 300


def plural(n: int, one: str, many: str | None = None) -> str:
    """``n`` followed by a noun that agrees with it: ``1 paso``, ``2 pasos``, ``1 vez``, ``0 veces``.

    ``many`` defaults to ``one + 's'``; pass it for other plurals (``valor``/``valores``).
    """
    return f"{n} {one if n == 1 else many or one + 's'}"


def truncate(text: str, limit: int = MAX_TEXT) -> str:
    """Cut ``text`` to ``limit`` characters, saying how much was left out."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [{plural(len(text) - limit, 'carácter omitido', 'caracteres omitidos')}]"


def fmt_number(x: object) -> str:
    """A number as a student would type it, with enough digits to see small differences.

    A float always reads as a float (``4.0``, ``0.25``, ``1.2345679e-05``, ``nan``, ``-inf``),
    with at most 8 significant digits; an int as an int.
    """
    if type(x) is int and x.bit_length() > 128:  # str() of a huge int is slow, or refused past 4300 digits
        return f"un entero de unas {int(x.bit_length() * math.log10(2)) + 1} cifras"
    if type(x) is not float or not math.isfinite(x):
        return truncate(str(x), 40)  # ints, bools, nan, inf, -inf and anything else, as Python writes them
    text = f"{x:.8g}"
    return text if "." in text or "e" in text else text + ".0"


def _fmt_items(items: Sequence[Any], limit: int) -> str:
    shown = [fmt_value(v, short=True) for v in items[:limit]]
    if len(items) > limit:
        shown.append(f"… ({plural(len(items), 'elemento')})")
    return ", ".join(shown)


def fmt_tensor(t: torch.Tensor, limit: int = MAX_ITEMS) -> str:
    """A tensor's first values plus its shape, dtype and device."""
    dtype = str(t.dtype).replace("torch.", "")
    shape = tuple(t.shape)
    meta = f"forma {shape}, {dtype}" + ("" if t.device.type == "cpu" else f", device='{t.device}'")
    if t.device.type == "meta":
        return f"tensor sin datos ({meta})"
    if t.layout != torch.strided:
        return f"tensor de formato {str(t.layout).replace('torch.', '')} ({meta})"
    flat = t.detach().reshape(-1)[:limit].tolist()
    if t.dtype.is_floating_point:
        flat = [float(v) for v in flat]  # 4.0, never 4: the values of a float tensor read as floats
    body = ", ".join(fmt_number(v) for v in flat)
    if t.dim() == 0:
        return f"tensor({body}) ({meta})"
    more = f", … ({plural(t.numel(), 'elemento')})" if t.numel() > limit else ""
    return f"tensor([{body}{more}]) ({meta})"


def fmt_value(value: Any, short: bool = False) -> str:
    """Any decoded value (tensor, number, list, ``Opaque``…) in a few words."""
    limit = 3 if short else MAX_ITEMS
    kind = type(value)
    if kind is torch.Tensor:
        return fmt_tensor(value, limit)
    if kind in (float, int, bool):
        return fmt_number(value) if kind is not bool else str(value)
    if value is None:
        return "None"
    if kind is str:
        return repr(truncate(value, 60))
    if kind is list:
        return f"[{_fmt_items(value, limit)}]"
    if kind is tuple:
        return f"({_fmt_items(value, limit)}{',' if len(value) == 1 else ''})"
    if kind is dict:
        return "{" + _fmt_items([f"{k}: …" for k in value], limit) + "}"
    if kind is wire.Opaque:
        return f"un objeto de tipo `{value.type}` ({truncate(value.repr, 80)})"
    if kind is wire.Trusted:
        return value.name
    if kind is torch.device:
        return f"torch.device('{value}')"
    if callable(value) and hasattr(value, "__name__"):
        return str(value.__name__)
    return truncate(repr(value), 80)


def describe_type(value: Any) -> str:
    """What kind of thing a value is, in words (used when the type itself is wrong)."""
    kind = type(value)
    if kind is torch.Tensor:
        dtype = str(value.dtype).replace("torch.", "")
        dims = "0-d" if value.dim() == 0 else f"de forma {tuple(value.shape)}"
        where = "" if value.device.type == "cpu" else f" en el dispositivo '{value.device}'"
        return f"un tensor {dims} de tipo {dtype}{where}"
    names = {float: "un float de Python", int: "un int de Python", bool: "un bool",
             list: "una lista", tuple: "una tupla", dict: "un diccionario", str: "un texto (str)"}
    if kind in (list, tuple):
        return names[kind] + (f" de {plural(len(value), 'elemento')}" if value else " vacía")
    if kind in names:
        return names[kind]
    if value is None:
        return "None (¿falta un `return`?)"
    if kind is wire.Opaque:
        return f"un objeto de tipo `{value.type}`"
    return f"un objeto de tipo `{kind.__name__}`"


def fmt_call(function: str, args: Sequence[Any] = (), kwargs: Mapping[str, Any] | None = None) -> str:
    """``function(arg, …)`` with every argument summarised."""
    parts = [fmt_value(a, short=True) for a in args]
    parts += [f"{k}={fmt_value(v, short=True)}" for k, v in (kwargs or {}).items()]
    return f"{function}({', '.join(parts)})"


def one_line(text: str) -> str:
    """Student-made text (a ``__repr__``, an error message, printed output) on one line: no line it
    writes can pass for one of ours, a ``Pista:`` above all (the class report counts those)."""
    return " ⏎ ".join(part for part in text.splitlines() if part.strip()) if "\n" in text or "\r" in text else text


def message(tried: str, expected: str = "", got: str = "", hint: str = "", output: str = "") -> str:
    """The standard feedback layout: what was tried, expected, obtained, and a hint."""
    lines = [f"Se probó: {tried}"]
    if expected:
        lines.append(f"Se esperaba: {expected}")
    if got:
        lines.append(f"Se obtuvo: {one_line(got)}")
    if hint:
        lines.append(f"Pista: {hint}")
    if output.strip():
        lines.append(f"Salida impresa: {one_line(truncate(output.strip(), 200))}")
    return "\n".join(lines)
