"""Plain-data codec for everything that crosses the sandbox boundary.

Values become JSON that can never run code when read (no pickle). Only exact
built-in types and exact ``torch.Tensor`` objects keep their identity; anything
else (subclasses, numpy, objects with a forged ``__eq__``) arrives as an
``Opaque`` description that the judge can name but never mistake for a value.

This file is copied into the sandbox next to the worker: it imports only the
standard library and torch.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass
from typing import Any, Callable

import torch

MAX_ELEMENTS = 20_000_000
_DTYPES = {
    "float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32,
    "float64": torch.float64, "int8": torch.int8, "int16": torch.int16, "int32": torch.int32,
    "int64": torch.int64, "uint8": torch.uint8, "bool": torch.bool,
    "complex64": torch.complex64, "complex128": torch.complex128,
}
_DTYPE_NAMES = {v: k for k, v in _DTYPES.items()}


class WireError(ValueError):
    """A message that is not valid plain data (malformed, too large, unknown dtype)."""


@dataclass(frozen=True)
class Opaque:
    """A value of a type the judge does not accept as data: only its type name and a short repr."""

    type: str
    repr: str


@dataclass(frozen=True)
class Trusted:
    """A reference to a grader-owned callable (e.g. a loss) resolved inside the sandbox."""

    name: str


def _qualname(value: Any) -> str:
    cls = type(value)
    module = getattr(cls, "__module__", "") or ""
    return f"{module}.{cls.__qualname__}" if module not in ("builtins", "") else cls.__qualname__


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)[:200]
    except BaseException:  # noqa: BLE001 - student __repr__ may raise anything
        return "<repr falló>"


def _encode_tensor(t: torch.Tensor) -> dict[str, Any]:
    if t.layout != torch.strided or t.dtype not in _DTYPE_NAMES:
        raise TypeError
    if t.numel() > MAX_ELEMENTS:
        raise WireError(f"tensor with {t.numel()} elements is too large")
    body: dict[str, Any] = {
        "dtype": _DTYPE_NAMES[t.dtype], "shape": list(t.shape),
        "device": str(t.device), "requires_grad": bool(t.requires_grad), "data": None,
    }
    if t.device.type != "meta":
        flat = torch.Tensor.contiguous(t.detach().to("cpu")).reshape(-1)
        body["data"] = base64.b64encode(flat.view(torch.uint8).numpy().tobytes()).decode("ascii")
    return {"__tensor__": body}


def encode(value: Any, depth: int = 0) -> Any:
    """Turn a value into JSON-ready data, judging each object by its exact type."""
    if depth > 20:
        return {"__opaque__": {"type": _qualname(value), "repr": "<anidado demasiado>"}}
    kind = type(value)
    if value is None or kind is bool or kind is int or kind is str:
        return value
    if kind is float:
        return value if math.isfinite(value) else {"__float__": repr(value)}
    if kind is list:
        return [encode(v, depth + 1) for v in value]
    if kind is tuple:
        return {"__tuple__": [encode(v, depth + 1) for v in value]}
    if kind is dict and all(type(k) is str for k in value):
        return {"__dict__": [[k, encode(v, depth + 1)] for k, v in value.items()]}
    if kind is torch.Tensor:
        try:
            return _encode_tensor(value)
        except TypeError:
            pass
    if kind is torch.device:
        return {"__device__": str(value)}
    if kind is torch.dtype and value in _DTYPE_NAMES:
        return {"__dtype__": _DTYPE_NAMES[value]}
    if kind is Trusted:
        return {"__trusted__": value.name}
    if kind is Opaque:
        return {"__opaque__": {"type": value.type, "repr": value.repr}}
    return {"__opaque__": {"type": _qualname(value), "repr": _safe_repr(value)}}


def _decode_tensor(body: Any) -> torch.Tensor:
    dtype = _DTYPES.get(body.get("dtype")) if isinstance(body, dict) else None
    shape = body.get("shape") if dtype is not None else None
    if dtype is None or not isinstance(shape, list) or not all(type(s) is int and s >= 0 for s in shape):
        raise WireError("malformed tensor")
    numel = math.prod(shape)
    if numel > MAX_ELEMENTS:
        raise WireError("tensor too large")
    device = str(body.get("device", "cpu"))
    if body.get("data") is None:
        if device != "meta":
            raise WireError("tensor without data")
        return torch.empty(shape, dtype=dtype, device="meta")
    raw = base64.b64decode(body["data"], validate=True)
    itemsize = dtype.itemsize
    if len(raw) != numel * itemsize:
        raise WireError("tensor data does not match its shape")
    flat = torch.frombuffer(bytearray(raw), dtype=dtype) if numel else torch.empty(0, dtype=dtype)
    tensor = flat.reshape(shape).clone()
    if device.startswith("cuda") and torch.cuda.is_available():
        tensor = tensor.to(device)
    return tensor.requires_grad_(bool(body.get("requires_grad"))) if dtype.is_floating_point else tensor


def decode(data: Any, resolve: Callable[[str], Any] | None = None,
           shared: Callable[[Any], Any] | None = None) -> Any:
    """Rebuild a value from :func:`encode` output.

    Sandbox side only: ``resolve`` maps ``Trusted`` names to callables, and ``shared``
    maps a ``__shared__`` tensor (one whose memory the grader also holds) to a tensor.
    """
    if data is None or type(data) in (bool, int, str, float):
        return data
    if type(data) is list:
        return [decode(v, resolve, shared) for v in data]
    if type(data) is not dict or len(data) != 1:
        raise WireError("malformed value")
    (tag, body), = data.items()
    if tag == "__float__" and body in ("nan", "inf", "-inf"):
        return float(body)
    if tag == "__tuple__" and type(body) is list:
        return tuple(decode(v, resolve, shared) for v in body)
    if tag == "__dict__" and type(body) is list:
        return {str(k): decode(v, resolve, shared) for k, v in body}
    if tag == "__shared__" and shared is not None and type(body) is dict:
        return shared(body)
    if tag == "__tensor__":
        return _decode_tensor(body)
    if tag == "__device__" and type(body) is str:
        return torch.device(body)
    if tag == "__dtype__" and body in _DTYPES:
        return _DTYPES[body]
    if tag == "__trusted__" and type(body) is str:
        return resolve(body) if resolve is not None else Trusted(body)
    if tag == "__opaque__" and type(body) is dict:
        return Opaque(str(body.get("type", "?"))[:200], str(body.get("repr", ""))[:200])
    raise WireError(f"unknown tag {tag!r}")


def dumps(message: dict[str, Any]) -> str:
    """One protocol message as one JSON line; its ``id``, if any, comes first.

    The grader reads the first bytes of a line to tell its own replies from anything
    else, and skips a foreign line without keeping or parsing it.
    """
    if "id" in message:
        message = {"id": message["id"], **{k: v for k, v in message.items() if k != "id"}}
    return json.dumps(message, allow_nan=False, separators=(",", ":"))


def line_prefix(request_id: str) -> bytes:
    """How every line answering request ``request_id`` starts (see :func:`dumps`)."""
    return ('{"id":' + json.dumps(request_id) + ",").encode()


def loads(line: str | bytes) -> dict[str, Any]:
    """Parse one protocol line; anything that is not a JSON object is a ``WireError``."""
    try:
        message = json.loads(line)
    except (ValueError, RecursionError) as exc:
        raise WireError(f"not JSON: {exc}") from None
    if type(message) is not dict:
        raise WireError("message is not an object")
    return message
