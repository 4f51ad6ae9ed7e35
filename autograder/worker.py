"""The process that runs student code, inside the sandbox.

It imports torch and IPython first (so a pool can start it ahead of time), then
obeys JSON-line commands on a private pipe: run a notebook cell with IPython
semantics, seed the random generators, receive the trusted helpers, call a
function. Every reply is plain data (``wire``); nothing here decides a grade.
Run as ``python worker.py IN_FD OUT_FD``.
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
import traceback
from typing import Any, Callable

try:  # in the sandbox this file sits next to wire.py, and the package is out of sight
    import wire  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own in-process tests)
    from autograder import wire  # type: ignore[no-redef]

GRADER_PACKAGES = ("reference", "autograder", "tests")


class _RefuseGraderPackages:
    """Second line of defence when there is no sandbox: student code may not import our packages."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name.split(".")[0] in GRADER_PACKAGES:
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None

OUTPUT_CHARS = 4000
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class CappedText(io.TextIOBase):
    """A stdout stand-in that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int = OUTPUT_CHARS, flood: int = 0,
                 on_flood: Callable[[], None] | None = None) -> None:
        self.parts: list[str] = []
        self.kept = 0
        self.total = 0
        self.limit = limit
        self.flood = flood
        self.on_flood = on_flood

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        self.total += len(text)
        if self.on_flood is not None and self.total > self.flood:
            self.on_flood()
        room = self.limit - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        return len(text)

    def getvalue(self) -> str:
        dropped = self.total - self.kept
        tail = f"\n[... {dropped} caracteres de salida omitidos]" if dropped > 0 else ""
        return _ANSI.sub("", "".join(self.parts)) + tail


def describe_exception(exc: BaseException, limit: int = 6) -> dict[str, str]:
    """Type, message and the last frames of a traceback, as plain strings."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-limit)
    return {"type": type(exc).__name__, "message": str(exc)[:500],
            "traceback": _ANSI.sub("", "".join(lines))[-2000:]}


def call_function(user_ns: dict[str, Any], trusted_ns: dict[str, Any], helper_names: list[str],
                  function: str, args: Any, kwargs: Any) -> dict[str, Any]:
    """Call one student function on decoded arguments; stand in trusted helpers for the others."""
    target = user_ns.get(function)
    if not callable(target):
        return {"status": "missing"}
    resolve = trusted_ns.__getitem__
    call_args = wire.decode(args, resolve)
    call_kwargs = wire.decode(kwargs, resolve)
    saved = {name: user_ns[name] for name in helper_names
             if name != function and name in user_ns and name in trusted_ns}
    user_ns.update({name: trusted_ns[name] for name in saved})
    try:
        value = target(*call_args, **call_kwargs)
    except BaseException as exc:  # noqa: BLE001 - SystemExit included: it is the student's error
        return {"status": "error", "error": describe_exception(exc)}
    finally:
        for name, original in saved.items():
            if user_ns.get(name) is trusted_ns[name]:
                user_ns[name] = original
    try:
        encoded = wire.encode(value)
        after = [wire.encode(call_args), wire.encode(call_kwargs)]
    except BaseException as exc:  # noqa: BLE001 - e.g. a tensor too large to send
        return {"status": "error", "error": describe_exception(exc)}
    return {"status": "ok", "value": encoded, "args_after": after[0], "kwargs_after": after[1]}


def seed_everything(seed: int) -> None:
    """Same seed, same random draws: grading a submission twice gives the same result."""
    import torch

    random.seed(seed)
    torch.manual_seed(seed)
    try:
        import numpy

        numpy.random.seed(seed % 2**32)
    except ImportError:  # pragma: no cover
        pass


class Worker:
    """Holds the IPython shell (the student's namespace) and the trusted namespace."""

    def __init__(self) -> None:
        os.environ.setdefault("MPLBACKEND", "Agg")
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot  # noqa: F401 - warm import, students use it
        import torch  # noqa: F401 - warm import
        from IPython.core.interactiveshell import InteractiveShell

        class HeadlessShell(InteractiveShell):
            """IPython without a GUI loop: ``%matplotlib inline`` and friends must not fail."""

            def enable_gui(self, gui: Any = None) -> None:
                return None

        self.shell = HeadlessShell.instance(colors="nocolor")
        self.trusted_ns: dict[str, Any] = {}
        self.helper_names: list[str] = []

    def handle(self, message: dict[str, Any]) -> dict[str, Any]:
        op = message.get("op")
        if op == "run_cell":
            result = self.shell.run_cell(str(message.get("source", "")), store_history=True)
            exc = result.error_before_exec or result.error_in_exec
            return {"status": "error", "error": describe_exception(exc)} if exc else {"status": "ok"}
        if op == "seed":
            seed_everything(int(message["seed"]))
            return {"status": "ok"}
        if op == "trust":
            namespace: dict[str, Any] = {"__name__": "grader_trusted"}
            exec(compile(str(message["source"]), "<grader>", "exec"), namespace)  # noqa: S102 - grader code
            self.trusted_ns = namespace
            self.helper_names = [str(n) for n in message.get("helpers", [])]
            return {"status": "ok"}
        if op == "call":
            return call_function(self.shell.user_ns, self.trusted_ns, self.helper_names,
                                 str(message["function"]), message.get("args", []),
                                 message.get("kwargs", {"__dict__": []}))
        return {"status": "error", "error": {"type": "ProtocolError", "message": f"op {op!r}", "traceback": ""}}


def serve(in_fd: int, out_fd: int, flood: int) -> None:
    """Answer commands until the pipe closes; student output is captured per command."""
    reader = os.fdopen(in_fd, "r", encoding="utf-8")
    writer = os.fdopen(out_fd, "w", encoding="utf-8")

    def flooded() -> None:
        """Past the output limit the sandbox is to be killed: say so and stop at once."""
        writer.write(wire.dumps({"op": "flood"}) + "\n")
        writer.flush()
        os._exit(3)
    real_stdout, real_stderr = sys.stdout, sys.stderr
    worker = Worker()
    writer.write(wire.dumps({"op": "ready", "pid": os.getpid()}) + "\n")
    writer.flush()
    for line in reader:
        message = wire.loads(line)
        captured = CappedText(flood=flood, on_flood=flooded)
        sys.stdout = sys.stderr = captured
        try:
            reply = worker.handle(message)
        except BaseException as exc:  # noqa: BLE001 - never let student code end the loop silently
            reply = {"status": "error", "error": describe_exception(exc)}
        finally:
            sys.stdout, sys.stderr = real_stdout, real_stderr
        reply.update(id=message.get("id"), output=captured.getvalue())
        try:
            line = wire.dumps(reply)
        except (TypeError, ValueError) as exc:
            line = wire.dumps({"id": message.get("id"), "status": "error", "output": "",
                               "error": {"type": "ProtocolError", "message": str(exc), "traceback": ""}})
        writer.write(line + "\n")
        writer.flush()


if __name__ == "__main__":
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - input() must not block
    for loaded in [m for m in sys.modules if m.split(".")[0] in GRADER_PACKAGES]:
        del sys.modules[loaded]
    sys.meta_path.insert(0, _RefuseGraderPackages())
    serve(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
