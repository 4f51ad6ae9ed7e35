"""Judged calls, inside the sandbox: run in a fork of the worker, which stays the grader's trusted voice.

Why a fork: the grader accepts replies only from the worker's own process (the
kernel stamps every message on the reply socket with its sender's pid; see
``autograder.sandbox.channel``), and the worker is single-threaded with no signal
handlers (``worker.lock_down``). The student's function runs in a child process
that shares the worker's state but not its identity: whatever it writes on the
reply socket (a forged reply, a fake ``args_after``) is dropped unread. Each call
comes with a socket of its own, made by the grader: the child's stand-ins ask their
questions there, and the child sends the call's result there, straight to the grader.
That result is worth what the student's function is worth, no more: the arguments after
the call are read from the grader's own memory. A function's first call comes from the
worker, with one more socket, the function's own: its later calls come from the grader
straight on it (``_serve_calls``). The private link to the worker carries only calls in and
a flood out; the worker reads there only what the child itself wrote (``Link``'s
``sender``), not what a process it forked wrote, and reports the child's end while a
function is being judged (:meth:`JudgingChild.watch`). One child (``JudgingChild``) serves the calls one
after another, each reseeded with a seed the grader chose; it is forked at the
first call and again after a call killed it, or when the next function is judged
and the last one's calls left shared state rebound (``fingerprint``). A fork per
call, or per function, would cost more than the calls themselves (a fork of a
process holding torch, with the pages its calls then copy, takes 10 to 30 ms).

Like ``worker.py``, this file is copied into the sandbox and imports only the
standard library, torch and ``wire``.
"""

from __future__ import annotations

import ctypes
import gc
import io
import math
import mmap
import os
import select
import socket
import sys
import traceback
from typing import Any, Callable

try:  # in the sandbox this file sits next to wire.py, probes.py and link.py, and the package is out of sight
    import probes  # type: ignore[import-not-found]
    import wire  # type: ignore[import-not-found]
    from link import Link, close_all, fork_making_room, others_alive, reap, watched_pair  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own in-process tests)
    from autograder.sandbox import probes, wire  # type: ignore[no-redef]
    from autograder.sandbox.link import (Link, close_all, fork_making_room, others_alive,  # type: ignore[no-redef]
                                         reap, watched_pair)

PROBES: dict[str, Callable[..., Any]] = {
    name: f for name, f in vars(probes).items() if callable(f) and getattr(f, "__module__", "") == probes.__name__}
"""The suites' probe losses by name: handed over as ``loss_fn``, they run here as they are."""



def describe_exception(exc: BaseException, limit: int = 6) -> dict[str, str]:
    """Type, message and the last frames of a traceback, as plain strings."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__, limit=-limit)
    return {"type": type(exc).__name__, "message": str(exc)[:500], "traceback": "".join(lines)[-2000:]}


class StandIn:
    """Answers for another graded function during one judged call, by asking the grader.

    No reference code or value is ever inside the sandbox: the grader computes the
    answer, and only while the call it belongs to is being judged, only for the
    functions that call may use (see ``autograder.trusted.MAY_USE``).

    A stand-in for a function the student's code calls by name (``own``: the
    student's own version) answers in the form that version returns, among the
    forms the notebook allows alike: a loop that does ``m += learning_rate * rate``
    with a rate returned as a Python float must not be handed a tensor. The own
    version runs once per kind of arguments (types, dtypes and shapes), on copies of
    them and with the random state put back, only to learn that form: it never
    changes the judged call's data or random numbers. In the judging child it runs in
    a fork of its own (:func:`form_apart`), once per child, and what it printed is
    printed again in every call that uses that kind, as the student's own helper would
    print when their code calls it. A form the notebook does
    not allow (another dtype, an extra dimension) is not copied, so a helper's own
    mistake is never charged again to the function that calls it. Functions handed
    over as arguments (a ``loss_fn``) have no own version: they keep the notebook's form.
    """

    def __init__(self, name: str, ask: Callable[[str, Any, Any], Any], own: Callable[..., Any] | None = None,
                 natives: dict[int, str] | None = None, probe: Callable[..., Any] | None = None,
                 forms: dict[Any, Any] | None = None) -> None:
        self.name = name
        self._ask = ask
        self._own = own
        self._forms: dict[Any, Any] = {}
        self._learnt: dict[Any, Any] = {} if forms is None else forms
        self._natives = natives or {}
        self._probe = probe or _form_here

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        answer = self._ask(self.name, _plain(list(args), self._natives), _plain(dict(kwargs), self._natives))
        if self._own is None:
            return answer
        key = self.name, argument_kind(args), argument_kind(kwargs)
        if key not in self._forms:  # the first use of this kind in this call: the helper runs, or ran
            own, form, printed = self._learnt.get(key, (None, None, ""))
            if own is not self._own:  # never probed in this process, or the name now holds another function
                form, printed = self._probe(self._own, args, kwargs)
                self._learnt[key] = self._own, form, printed
            print(printed, end="")  # as each call of the student's own helper prints it
            self._forms[key] = form
        return in_form(answer, self._forms[key])

    def __repr__(self) -> str:
        return f"<función {self.name}>"


def argument_kind(value: Any) -> Any:
    """What the form of a result may depend on: types, dtypes, the number of dimensions, whether a
    tensor holds no element, one or several, and devices; not values, nor lengths (a helper called
    with 20 points and then with 30 is probed once: each probe is a fork)."""
    import torch

    if type(value) is torch.Tensor:
        return ("tensor", str(value.dtype), value.dim(), min(value.numel(), 2), value.device.type)
    if type(value) in (list, tuple):
        return (type(value).__name__, tuple(argument_kind(v) for v in value))
    if type(value) is dict:
        return ("dict", tuple((str(k), argument_kind(v)) for k, v in value.items()))
    if type(value) is StandIn:
        return ("function", value.name)
    return type(value).__name__


def _form_of(own: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """The form of the student's own result for these arguments: a number, a float tensor, or None.

    Runs on copies of the tensors, with torch's and Python's random state put back
    afterwards: the judged call's data and random numbers see no trace of this probe.
    """
    import random

    import torch

    def copy(value: Any) -> Any:
        if type(value) is torch.Tensor:
            return value.detach().clone()
        if type(value) in (list, tuple):
            return type(value)(copy(v) for v in value)
        return value

    rng, py_rng = torch.get_rng_state(), random.getstate()
    try:
        value = own(*copy(args), **{k: copy(v) for k, v in kwargs.items()})
    except KeyboardInterrupt:
        raise  # the grader interrupting a call that ran too long
    except BaseException:  # noqa: BLE001 - a helper that fails (sys.exit too) gets the notebook's form
        return None
    finally:
        torch.set_rng_state(rng)
        random.setstate(py_rng)
    if type(value) in (float, int):
        return "number"
    if type(value) is torch.Tensor and value.dtype in (torch.float32, torch.float64) and value.dim() == 0:
        return value.dtype
    return None


def _form_here(own: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, str]:
    """:func:`_form_of` in this process (the project's in-process student): it prints as it runs."""
    return _form_of(own, args, kwargs), ""


def form_apart(own: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, str]:
    """:func:`_form_of` in a fork of its own, which holds no socket of the call: the judging child's.

    The student's own helper is student code run inside another function's call. In this
    process it could write on the link to the worker, or change what the calling function
    computes next; in a fork, whatever it does ends with the fork, and only the form comes
    back (one of three names, checked), with what it printed. Its stand-ins still ask
    the grader, through this process, which forwards only questions.
    """
    import torch

    parent_end, child_end = watched_pair()
    pid = fork_making_room()
    if pid == 0:
        code = 0
        try:
            parent_end.close()
            _cut_off(keep=child_end.fileno())
            _QUESTIONS["current"] = link = Link(child_end)
            printed = _Printed()
            sys.stdout = sys.stderr = printed
            form = _form_of(own, args, kwargs)
            name = "number" if form == "number" else {torch.float32: "float32", torch.float64: "float64"}.get(form)
            link.send({"op": "form", "form": name, "printed": "".join(printed.parts)})
        except BaseException:  # noqa: BLE001 - nothing may escape the fork
            code = 5
        finally:
            os._exit(code)
    child_end.close()
    link = Link(parent_end, sender=pid)
    form: Any = None
    printed = ""
    try:
        while (message := link.receive()) is not None:
            if message.get("op") == "helper":
                link.send(_forwarded(message))  # a probe gone before its answer: OSError, the form stays unknown
            elif message.get("op") == "form":
                named = message.get("form")
                form = {"number": "number", "float32": torch.float32, "float64": torch.float64}.get(named) \
                    if type(named) is str else None
                printed = str(message.get("printed", ""))
                break
    except OSError:
        pass
    finally:
        link.sock.close()
        reap(pid)
    return form, printed


def _cut_off(keep: int) -> None:
    """Every descriptor but stdin, stdout, stderr and ``keep`` now reads and writes /dev/null.

    Replaced rather than closed, so that no number is reused: a socket object of the call
    still naming one reaches nothing.
    """
    null = os.open(os.devnull, os.O_RDWR)
    for fd in [int(name) for name in os.listdir("/proc/self/fd")]:
        if fd > 2 and fd not in (keep, null):
            try:
                os.dup2(null, fd)
            except OSError:
                pass
    os.close(null)


class _Printed(io.TextIOBase):
    """What a probe prints, up to the characters a call's output keeps."""

    def __init__(self, limit: int = 4000) -> None:
        self.parts: list[str] = []
        self.room = limit

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        piece = text[:max(0, self.room)]
        self.parts.append(piece)
        self.room -= len(piece)
        return len(text)


def _forwarded(question: dict[str, Any]) -> dict[str, Any]:
    """A probe's question asked on the call's own socket; the answer, addressed back to the probe."""
    questions = _QUESTIONS.get("current")
    qid = os.urandom(8).hex()
    reply: dict[str, Any] | None = {"status": "error", "message": "no disponible"}
    if questions is not None:
        questions.send({"op": "helper", "qid": qid, "name": str(question.get("name")),
                        "args": question.get("args"), "kwargs": question.get("kwargs")})
        reply = {}
        while reply is not None and (reply.get("op") != "helper_reply" or reply.get("qid") != qid):
            reply, _ = questions.receive_with_fds()
        if reply is None:
            os._exit(4)
    return {**reply, "op": "helper_reply", "qid": question.get("qid")}


def in_form(answer: Any, form: Any) -> Any:
    """The grader's ``answer`` as a Python number or as a 0-d tensor, like the student's own result.

    Only between forms the notebook allows alike: a single value as a Python float
    or as a tensor (the rate; ``line_model`` of three numbers). Anything else keeps
    the notebook's form.
    """
    import torch

    if form == "number" and type(answer) is torch.Tensor:
        if answer.numel() == 1 and answer.device.type != "meta" and answer.layout == torch.strided:
            return float(answer.detach().reshape(()).item())
        return answer
    if isinstance(form, torch.dtype) and type(answer) in (float, int):
        return torch.tensor(float(answer), dtype=form)
    return answer


def _plain(value: Any, natives: dict[int, str] | None = None) -> Any:
    """Arguments for the grader: a stand-in travels as the name of the function it stands for, and so
    does a student's own function that the grader found right (``natives``: id to name)."""
    if type(value) is StandIn:
        return wire.Trusted(value.name)
    if natives and id(value) in natives:
        return wire.Trusted(natives[id(value)])
    if type(value) is list:
        return [_plain(v, natives) for v in value]
    if type(value) is dict:
        return {k: _plain(v, natives) for k, v in value.items()}
    return value


def call_function(user_ns: dict[str, Any], function: str, args: Any, kwargs: Any,
                  standins: dict[str, Any], shared: Callable[[Any], Any] | None = None) -> dict[str, Any]:
    """Call one student function on decoded arguments, with ``standins`` for some of the others."""
    target = user_ns.get(function)
    if not callable(target):
        return {"status": "missing"}
    resolve = getattr(standins, "handed_over", standins.__getitem__)
    call_args = wire.decode(args, resolve, shared)
    call_kwargs = wire.decode(kwargs, resolve, shared)
    saved = {name: user_ns[name] for name in standins if name != function and name in user_ns}
    user_ns.update({name: standins[name] for name in saved})
    watched = [(position, t, t._version) for position, t in _tensors(call_args, call_kwargs)]
    seed, seeders = _initial_seed(), _watch_seeders()
    try:
        value = target(*call_args, **call_kwargs)
    except BaseException as exc:  # noqa: BLE001 - SystemExit included: it is the student's error
        return {"status": "error", "error": describe_exception(exc)}
    finally:
        for name, original in saved.items():
            if user_ns.get(name) is standins[name]:
                user_ns[name] = original
        seeded = seeders()
    # Changed in place even if put back exactly (m -= Δ … m += Δ): the version counter tells.
    modified = sorted({position for position, t, version in watched if t._version != version}, key=str)
    try:
        encoded = wire.encode(value)
        natives = getattr(standins, "natives", None)
        # In the sandbox (``shared``) the grader reads the arguments back itself: nothing to send.
        after = [None, None] if shared is not None else [wire.encode(_plain(call_args, natives)),
                                                         wire.encode(_plain(call_kwargs, natives))]
    except BaseException as exc:  # noqa: BLE001 - e.g. a tensor too large to send
        return {"status": "error", "error": describe_exception(exc)}
    return {"status": "ok", "value": encoded, "args_after": after[0], "kwargs_after": after[1],
            "modified": modified, "reseeded": seeded or _initial_seed() != seed}


def _watch_seeders() -> Callable[[], bool]:
    """Flag calls of ``random.seed`` and ``numpy.random.seed`` until the returned function is called.

    That function puts them back and says whether either ran. torch's own seed is
    read directly (:func:`_initial_seed`); these two leave no trace to read.
    """
    import random

    modules = [random] + ([sys.modules["numpy"].random] if "numpy" in sys.modules else [])
    originals = [(module, module.seed) for module in modules]
    used: list[bool] = []

    def recording(original: Callable[..., Any]) -> Callable[..., Any]:
        def seed(*args: Any, **kwargs: Any) -> Any:
            used.append(True)
            return original(*args, **kwargs)
        return seed

    for module, original in originals:
        module.seed = recording(original)

    def stop() -> bool:
        for module, original in originals:
            module.seed = original
        return bool(used)
    return stop


def _initial_seed() -> int:
    """torch's current seed: ``torch.manual_seed`` inside the call changes it."""
    import torch

    return int(torch.initial_seed())


def _tensors(args: list[Any], kwargs: dict[str, Any]) -> list[tuple[Any, Any]]:
    """Every tensor among the arguments, with its argument's position (1-based) or keyword."""
    import torch

    found: list[tuple[Any, Any]] = []

    def walk(position: Any, value: Any) -> None:
        if type(value) is torch.Tensor:
            found.append((position, value))
        elif type(value) in (list, tuple):
            for item in value:
                walk(position, item)
    for i, value in enumerate(args, start=1):
        walk(i, value)
    for key, value in kwargs.items():
        walk(str(key), value)
    return found


def map_shared(fds: list[int]) -> Callable[[Any], Any]:
    """Decoder of ``__shared__`` tensors: the grader's memfds, mapped so that changes reach it."""
    import torch

    def tensor(body: Any) -> Any:
        dtype = wire._DTYPES[body["dtype"]]
        shape = [int(s) for s in body["shape"]]
        fd = fds[int(body["fd"])]
        size = math.prod(shape) * dtype.itemsize
        memory = mmap.mmap(fd, size)
        value = torch.frombuffer(memory, dtype=dtype).reshape(shape)
        return value.requires_grad_(bool(body.get("requires_grad"))) if dtype.is_floating_point else value
    return tensor



class Helpers(dict):  # type: ignore[type-arg]
    """Stand-ins for the helpers a call may use, by name; any other trusted name resolves too.

    ``names`` are the functions the student's code calls by name: their stand-ins
    answer in the form of the student's own version in ``user_ns``. Other names
    (a ``loss_fn`` handed over as an argument) answer in the notebook's form.

    ``native`` names are functions the grader found fully right (all their hidden
    tests passed, silently): they get no stand-in, and handed over by name they are
    the student's own. Such a helper runs exactly as the student's notebook runs it,
    without asking the grader anything; passed on to a stand-in it travels by name.
    So does a probe loss (``probes``): the suites' own input, run here as it is.
    """

    def __init__(self, names: list[str], ask: Callable[[str, Any, Any], Any], user_ns: dict[str, Any],
                 native: list[str] | tuple[str, ...] = (), probe: Callable[..., Any] | None = None,
                 forms: dict[Any, Any] | None = None) -> None:
        own = {name: _own(user_ns, name) for name in native}
        self._own_natives = {**PROBES, **{name: f for name, f in own.items() if f is not None}}
        self.natives: dict[int, str] = {id(f): name for name, f in self._own_natives.items()}
        super().__init__({name: StandIn(name, ask, _own(user_ns, name), self.natives, probe, forms)
                          for name in names if name not in self._own_natives})
        self._ask = ask

    def __missing__(self, name: str) -> Any:
        return StandIn(name, self._ask, natives=self.natives)

    def handed_over(self, name: str) -> Any:
        """A function passed as an argument (``loss_fn``): the grader's, in the notebook's form.

        Even when the student also wrote a function of that name, the judged call was
        handed the grader's own: its printing or form are not the judged function's doing.
        A native one is the student's own, already found right and silent; a probe loss
        is the suites' own function.
        """
        own = self._own_natives.get(name)
        return own if own is not None else StandIn(name, self._ask, natives=self.natives)


def _own(user_ns: dict[str, Any], name: str) -> Callable[..., Any] | None:
    """The student's own version of a helper, if the notebook defined one."""
    value = user_ns.get(name)
    return value if callable(value) and type(value) is not StandIn else None


def _call_once(link: Link, user_ns: dict[str, Any], message: dict[str, Any], fds: list[int],
               capture: Callable[[Callable[[], None]], Any], seed: Callable[[int], None]) -> None:
    """One call in the judging child: reseed, call, send the result to the grader on the call's own socket.

    The link to the worker carries only the call in and a flood out: the worker stays out of
    the way back (one process and two messages less per call) and only watches that this
    process is still alive (:meth:`JudgingChild.watch`).
    """
    def flooded() -> None:
        link.send({"op": "flood"})
        os._exit(3)

    def ask(name: str, args: Any, kwargs: Any) -> Any:
        questions = _QUESTIONS.get("current")  # the call in flight's: a stand-in kept from an earlier call asks there too
        if questions is None:
            raise TypeError(f"{name}: no está disponible fuera de una llamada")
        # Answers to lines this stand-in did not write (the student's own helper, run by a form probe,
        # may have written anything on any socket) carry another qid: they are skipped.
        qid = os.urandom(8).hex()
        questions.send({"op": "helper", "qid": qid, "name": name, "args": wire.encode(args),
                        "kwargs": wire.encode(kwargs)})
        reply: dict[str, Any] | None = {}
        while reply is not None and (reply.get("op") != "helper_reply" or reply.get("qid") != qid):
            reply, _ = questions.receive_with_fds()
        if reply is None:
            os._exit(4)
        if reply.get("status") != "ok":
            raise TypeError(str(reply.get("message", f"{name} no pudo calcularse")))
        return wire.decode(reply.get("value"), standins.handed_over)

    index = message.get("questions")
    if type(index) is not int or index != len(fds) - 1:  # the grader sends it last, after the shared tensors
        close_all(fds)
        return  # no socket to answer on: the worker refused the call before it came here
    call_socket = Link(socket.socket(fileno=fds.pop(index)))
    direct = message.get("direct")
    if type(direct) is int and direct == len(fds) - 1:  # a function's first call: its own socket, after the tensors
        previous = _DIRECT.pop("current", None)
        if previous is not None:
            previous.sock.close()
        _DIRECT["current"] = Link(socket.socket(fileno=fds.pop(direct)))
    _QUESTIONS["current"] = call_socket
    real_stdout, real_stderr = sys.stdout, sys.stderr
    captured = capture(flooded)
    sys.stdout = sys.stderr = captured
    try:
        if type(message.get("seed")) is int:
            seed(message["seed"])
        native = message.get("native")
        standins = Helpers([str(n) for n in message.get("helpers", [])], ask, user_ns,
                           [str(n) for n in native] if type(native) is list else [], form_apart, _PROBED)
        reply = call_function(user_ns, str(message["function"]), message.get("args", []),
                              message.get("kwargs", {"__dict__": []}), standins, map_shared(fds))
    except BaseException as exc:  # noqa: BLE001 - the student's error, whatever it is
        reply = {"status": "error", "error": describe_exception(exc)}
    finally:
        sys.stdout, sys.stderr = real_stdout, real_stderr
        close_all(fds)
        _QUESTIONS.pop("current", None)
    reply["output"] = captured.getvalue()
    # Straight to the grader, on the call's own socket: the worker relays nothing back.
    try:
        try:
            call_socket.send({"op": "result", **reply})
        except (TypeError, ValueError):
            call_socket.send({"op": "result", "status": "error", "output": "", "error": {
                "type": "ProtocolError", "message": "resultado ilegible", "traceback": ""}})
    except OSError:
        pass  # the grader gave up on this call (its deadline): nobody is listening
    finally:
        call_socket.sock.close()


def _serve_calls(link: Link, user_ns: dict[str, Any], capture: Callable[[Callable[[], None]], Any],
                 seed: Callable[[int], None]) -> None:
    """The judging child's life: calls one after another, until the worker hangs up.

    A function's first call comes from the worker, with the function's own socket; its later
    calls come from the grader straight on that socket, until the grader closes it.
    """
    forked = fingerprint(user_ns)
    while True:
        direct = _DIRECT.get("current")
        if direct is not None and not link.pending() and _grader_first(direct, link):
            _serve_direct(direct, link, user_ns, capture, seed)
            continue
        message, fds = link.receive_with_fds()
        if message is not None and message.get("op") == "clean":
            link.send({"op": "clean", "clean": fingerprint(user_ns) == forked})
            continue
        if message is None or message.get("op") != "call":
            return
        _call_once(link, user_ns, message, fds, capture, seed)


def _grader_first(direct: Link, link: Link) -> bool:
    """Wait for the function's socket or the worker's link; whether the function's socket is to be read."""
    try:
        return direct.pending() or direct.sock in select.select([link.sock, direct.sock], [], [])[0]
    except (OSError, ValueError):  # student code closed or replaced its descriptor: reading it says so
        return True


def _serve_direct(direct: Link, link: Link, user_ns: dict[str, Any],
                  capture: Callable[[Callable[[], None]], Any], seed: Callable[[int], None]) -> None:
    """One message from the grader on the function's socket: a call, or its end (the grader moved on,
    or the socket is spoilt), after which calls come through the worker again."""
    try:
        message, fds = direct.receive_with_fds()
    except (OSError, ValueError):
        message, fds = None, []
    if message is None:
        _DIRECT.pop("current", None)
        try:
            direct.sock.close()
        except OSError:
            pass
    elif message.get("op") == "call":
        _call_once(link, user_ns, {**message, "direct": None}, fds, capture, seed)
    else:
        close_all(fds)


SHARED_MODULES = ("builtins", "torch", "torch.nn", "torch.nn.functional", "torch.linalg", "torch.random",
                  "torch._dynamo", "torch._tensor", "math", "random", "numpy", "numpy.random", "functools",
                  "operator", "itertools", "matplotlib.pyplot", "sys")
"""Modules whose attributes a function's calls could replace to change what later functions' calls do."""
WALKED_MODULES = frozenset({"random", "numpy.random", "sys"})
"""Rebound and put back by every call (``sys.stdout``, the seeders watched): compared by value, not by version."""
_DICT_VERSION = 24 if sys.implementation.name == "cpython" and sys.version_info[:2] in ((3, 11), (3, 12)) else 0
"""Offset of ``ma_version_tag`` in a CPython 3.11/3.12 dict (after refcount, type and size); 0: not available."""


def _version(space: dict[str, Any]) -> int:
    """The dict's version: CPython gives every change of a dict a new, ever-growing number.

    Read, not walked: walking a module's values writes their reference counts, and in a
    judging child that copies every page holding them (about 900 pages for torch, numpy and
    matplotlib, measured). A change that is undone still leaves a new version: a fresh fork.
    """
    return ctypes.c_uint64.from_address(id(space) + _DICT_VERSION).value


def fingerprint(user_ns: dict[str, Any]) -> int:
    """Which object every name of the notebook and of :data:`SHARED_MODULES` (and ``torch.Tensor``) is bound to.

    Calls of one function share a child like calls in a notebook's kernel; a call that
    rebinds any of these (``torch.Tensor.mean = …`` left in place, a global of the notebook
    replaced) would also change what the next function's calls compute. Such a child is not
    handed on: the next function gets a fresh fork, which the rebinding never reached. The
    modules and ``torch.Tensor`` count by their dicts' versions where CPython keeps them.
    The check runs in the child, for notebooks that rebind by accident: one that forges it on
    purpose (hostile ``version_rewind``) changes only its own later results.
    """
    import torch

    # Dunder names are the machinery's own (``__warningregistry__`` after a warning, the
    # ``__compiled_fn_…`` of torch.compile), except the builtins every function looks names up in.
    notebook = {k: v for k, v in user_ns.items() if not k.startswith("__") or k == "__builtins__"}
    walked: list[dict[str, Any]] = [notebook]
    versions: list[tuple[int, int]] = []
    named = [(name, vars(sys.modules[name])) for name in SHARED_MODULES if name in sys.modules]
    # ``torch.Tensor``'s own dict, behind its read-only proxy: a new attribute there is a new version too.
    named.append(("", gc.get_referents(vars(torch.Tensor))[0]))
    for name, space in named:
        if _DICT_VERSION and name not in WALKED_MODULES and type(space) is dict:
            versions.append((id(space), _version(space)))
        else:
            walked.append(space)
    return hash((tuple(versions), tuple((len(space), tuple(map(id, space.values()))) for space in walked)))


class JudgingChild:
    """The fork in which the judged calls run, one after another.

    Forked from the worker at the first judged call, it starts from the notebook's
    state as the cells left it, and serves later calls until a call kills it, or
    until another function's turn comes after calls that rebound a name of the
    notebook or of torch and its neighbours (``fingerprint``): the next call then
    forks a fresh one, so one function's tricks never change another's results. Each
    call is reseeded with the grader's seed. Calls of one function share the child as
    successive calls share a notebook's kernel. The grader judges each function after
    every helper it may use (``trusted.JUDGING_ORDER``) and never calls a function
    again once its tests are done, so a trusted answer kept by the child can only
    reach functions whose marks are already settled.
    """

    def __init__(self, user_ns: dict[str, Any], capture: Callable[[Callable[[], None]], Any],
                 seed: Callable[[int], None], channel: tuple[int, ...] = ()) -> None:
        self.function = ""
        parent_end, child_end = watched_pair()
        sys.stdout.flush()
        # The notebook's objects stay shared: frozen, the child's collections never write to them.
        # They stay frozen in the worker too, so the next function's fork collects only what is
        # newer, not the whole of torch again. Frozen without a collection first: a collection
        # here would run the finalizers (``__del__``) of the notebook's garbage inside the worker,
        # student code in the one process whose replies the grader trusts; frozen, they never run.
        gc.freeze()
        self.pid = fork_making_room()
        if self.pid == 0:
            code = 0
            try:
                gc.enable()  # the worker collects only during cells (worker.serve); calls collect as usual
                parent_end.close()
                # The worker's sockets to the grader are shared with it: a child holding them could shut
                # them down or make them non-blocking, and so end the worker that later functions need.
                close_all(list(channel))
                _serve_calls(Link(child_end), user_ns, capture, seed)
            except BaseException:  # noqa: BLE001 - nothing may escape the child
                code = 5
            finally:
                os._exit(code)
        child_end.close()
        self.link = Link(parent_end, sender=self.pid)
        self.ended = ""

    def start(self, message: dict[str, Any], fds: list[int]) -> dict[str, Any] | None:
        """Hand one call to the child: None once it has it (its result goes to the grader on the
        call's own socket), or the reply that says it had died."""
        try:
            self.link.send({**message, "nfds": len(fds)}, fds)
        except OSError:
            return self._died()
        return None

    def watch(self) -> dict[str, Any] | None:
        """Without waiting: a flood the child reported, or its end (as ``died``), or None while it lives.

        Lines of any other process that holds the child's end are dropped unread (``Link``).
        """
        lines, ended = self.link.poll()
        for line in lines:
            try:
                received = wire.loads(line)
            except wire.WireError:
                continue  # anything else the child wrote on its own link is not a message: skipped
            if received.get("op") == "flood":
                self.stop()
                return {"op": "flood"}
        return self._died() if ended else None

    def clean(self) -> bool:
        """Whether the child's shared state (see :func:`fingerprint`) is still as it was forked."""
        try:
            self.link.send({"op": "clean"})
            received, _ = self.link.receive_with_fds()
        except OSError:
            return False
        return received is not None and received.get("op") == "clean" and received.get("clean") is True

    def _died(self) -> dict[str, Any]:
        self.stop()
        return {"status": "died", "detail": self.ended}

    def stop(self) -> None:
        if not self.ended:
            self.link.sock.close()
            self.ended = reap(self.pid)


_CHILD: dict[str, JudgingChild] = {}
_PROBED: dict[Any, Any] = {}
"""In the judging child: the forms its calls' stand-ins learnt, by helper and kind of arguments, each
with the function probed. A helper's form is probed once per child, not once per call: each probe is a fork."""
_DIRECT: dict[str, Link] = {}
"""In the judging child: the socket of the function being judged, on which the grader sends its later calls."""
_QUESTIONS: dict[str, Link] = {}
"""In the judging child: the question socket of the call in flight."""


def judged_call(user_ns: dict[str, Any], message: dict[str, Any], fds: list[int],
                capture: Callable[[Callable[[], None]], Any], seed: Callable[[int], None],
                channel: tuple[int, ...] = ()) -> dict[str, Any] | None:
    """Hand ``message``'s call to the judging child, forked at the first call (or after one died).

    Among ``fds``, the last (at ``message["questions"]``) is the call's own socket: the child's
    stand-ins ask the grader there, and the child sends its result there. None once the child
    has the call; the worker then watches it (:meth:`JudgingChild.watch`) and reports ``died``
    or ``flood`` if it comes to that. ``channel`` are the worker's own descriptors to the
    grader, which a child closes at once.
    """
    index = message.get("questions")
    if type(index) is not int or index != len(fds) - 1:
        return {"status": "error", "error": {"type": "ProtocolError", "message": "a call without its socket",
                                             "traceback": ""}}
    function = str(message.get("function"))
    child = _CHILD.get("current")
    if child is not None and not child.ended:
        child.watch()  # gone since its last result? then it ends here, and a fresh one serves this call
    if (child is not None and not child.ended and child.function != function
            and (others_alive(child.pid) or not child.clean())):
        child.stop()  # the last function's calls left a process, or changed shared state: it ends with them
    if child is None or child.ended:
        # The child also closes this request's descriptors, which it would otherwise inherit: a second
        # copy of the call's and the function's sockets, open for as long as the child lives.
        child = _CHILD["current"] = JudgingChild(user_ns, capture, seed, (*channel, *fds))
    child.function = function
    return child.start(message, fds)


def current_child() -> JudgingChild | None:
    """The judging child while it lives (for the worker to watch), else None."""
    child = _CHILD.get("current")
    return child if child is not None and not child.ended else None
