"""How the hidden suites talk to a submission: ``student.call(name, *args) -> Call``.

The suites never touch student objects. Arguments are encoded, the function runs
elsewhere (normally in the sandbox), and what comes back is plain data decoded by
the judge: exact tensors, numbers, lists, or ``Opaque`` descriptions.
"""

from __future__ import annotations

import contextlib
import io
import random
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import torch

from autograder import trusted
from autograder.sandbox import wire
from autograder.sandbox.calls import Helpers, call_function, describe_exception

FailureKind = Literal["exception", "timeout", "crash", "missing", "output_limit", "memory", "protocol"]


@dataclass(frozen=True)
class Failure:
    """Why a call produced no value. ``message`` is Spanish and safe to show."""

    kind: FailureKind
    message: str
    exc_type: str = ""
    traceback: str = ""


@dataclass(frozen=True)
class Call:
    """One call of a student function, as seen from the judge."""

    function: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    value: Any = None
    args_after: tuple[Any, ...] = ()
    kwargs_after: dict[str, Any] = field(default_factory=dict)
    output: str = ""
    failure: Failure | None = None
    modified: tuple[int | str, ...] = ()
    """Arguments (1-based positions or keywords) changed in place during the call, even if put back."""
    reseeded: bool = False
    """Whether the call fixed torch's random seed (``torch.manual_seed``)."""

    @property
    def ok(self) -> bool:
        return self.failure is None


class Student(Protocol):
    """Anything that can run the submission's functions for the judge."""

    def call(self, function: str, *args: Any, **kwargs: Any) -> Call: ...


def failure_from_reply(function: str, reply: dict[str, Any]) -> Failure:
    """Turn a worker's non-ok reply into a ``Failure`` with a Spanish summary."""
    if reply.get("status") == "missing":
        return Failure("missing", f"No se encontró la función `{function}` en el cuaderno "
                                  "(¿se ha borrado o renombrado su celda, o no se ejecutó?).")
    error = reply.get("error") if isinstance(reply.get("error"), dict) else {}
    exc_type = str(error.get("type", "Error"))[:100]
    message = str(error.get("message", ""))[:500]
    if exc_type == "NotImplementedError":
        text = f"`{function}` todavía no está implementada (lanza NotImplementedError)."
    else:
        text = f"`{function}` lanzó {exc_type}: {message}"
    return Failure("exception", text, exc_type, str(error.get("traceback", ""))[-2000:])


def call_from_reply(function: str, args: tuple[Any, ...], kwargs: dict[str, Any],
                    reply: dict[str, Any]) -> Call:
    """Decode a worker reply; a malformed one is a protocol failure, never a crash of the judge."""
    output = str(reply.get("output", ""))
    if reply.get("status") != "ok":
        return Call(function, args, kwargs, output=output, failure=failure_from_reply(function, reply))
    try:
        value = wire.decode(reply.get("value"))
        after_args = wire.decode(reply.get("args_after"))
        after_kwargs = wire.decode(reply.get("kwargs_after"))
    except (wire.WireError, ValueError, TypeError, RuntimeError) as exc:
        return Call(function, args, kwargs, output=output,
                    failure=Failure("protocol", f"La respuesta de `{function}` no se pudo leer ({exc}).",
                                    type(exc).__name__))
    after = tuple(after_args) if isinstance(after_args, (list, tuple)) else ()
    modified = reply.get("modified")
    modified = tuple(p for p in modified if type(p) in (int, str))[:64] if type(modified) is list else ()
    return Call(function, args, kwargs, value, after, after_kwargs if isinstance(after_kwargs, dict) else {},
                output, modified=modified, reseeded=reply.get("reseeded") is True)


def encode_call(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any]:
    """Arguments as the worker expects them (positional list, keyword dict)."""
    return wire.encode(list(args)), wire.encode(dict(kwargs))


class InProcessStudent:
    """Runs functions from a namespace in this process, through the same codec and stand-ins.

    For the project's own tests of the suites, where speed matters and safety does not:
    never use it on real submissions.
    """

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.calls = 0
        self.settled = trusted.Settled()

    def record_verdict(self, function: str, full_marks: bool) -> None:
        """The suite runner's word on one finished hidden test (see ``trusted.Settled``)."""
        self.settled.record(function, full_marks)

    def call(self, function: str, *args: Any, **kwargs: Any) -> Call:
        self.calls += 1
        seed = (7 * 1_000_003 + self.calls) % (2**63)  # each call its own seed, as in the sandbox
        random.seed(seed)
        # As the sandbox seeds (worker.seed_everything): torch.manual_seed would also queue a lazy
        # seeding of every accelerator with a formatted stack, a quarter of the in-process judging.
        torch.default_generator.manual_seed(seed)
        if torch.cuda.is_available() and torch.cuda.is_initialized():
            torch.cuda.manual_seed_all(seed)
        encoded_args, encoded_kwargs = encode_call(args, kwargs)
        permitted = trusted.allowed(function, args, kwargs)

        def ask(name: str, helper_args: Any, helper_kwargs: Any) -> Any:
            """The sandbox's round trip to the grader, without the sockets."""
            reply = trusted.answer({"name": name, "args": wire.encode(helper_args),
                                    "kwargs": wire.encode(helper_kwargs)}, permitted)
            if reply.get("status") != "ok":
                raise TypeError(str(reply.get("message")))
            return wire.decode(reply["value"], helpers.handed_over)

        native = self.settled.native(function, args, kwargs)
        helpers = Helpers([n for n in trusted.MAY_USE.get(function, ()) if n not in native], ask, self.namespace,
                          native)
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            try:
                reply = call_function(self.namespace, function, encoded_args, encoded_kwargs, helpers)
            except Exception as exc:  # noqa: BLE001 - decoding errors become data too
                reply = {"status": "error", "error": describe_exception(exc)}
        reply["output"] = buffer.getvalue()[:4000]
        call = call_from_reply(function, args, kwargs, wire.loads(wire.dumps(reply)))
        self.settled.heard(function, call.output, not call.ok)
        return call
