# expect: full
# why: a right line_model that, on its first judged call, swaps the judging child's socket for this function (on which the grader sends the function's later calls) for one of its own, already holding a forged call of line_model whose result goes back to line_model itself, and closes the real one. The child serves the forged call into the student's own socket, which reaches nobody; the grader finds the function's socket closed and sends the later calls through the worker again, so every call is answered and every mark stays
# check: skip line_model is right; the swap happens only inside the grader's judging child
# %%
import os
import socket
import sys

_SWAPPED = []


def _judging_calls_module():
    """The judging child's ``calls`` module: inside a box only, in a process that is not its PID 1, never on a host."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as handle:
            boxed = " /home/alumno " in handle.read()
    except OSError:
        return None
    if not boxed or os.getuid() == 0 or os.getpid() == 1:
        return None
    module = sys.modules.get("calls")
    return module if module is not None and isinstance(getattr(module, "_DIRECT", None), dict) else None


def line_model(m, b, inputs):
    """Right; its first call swaps the function's socket in the judging child."""
    calls = _judging_calls_module()
    real = calls._DIRECT.get("current") if calls is not None else None
    if real is not None and not _SWAPPED:
        ours, theirs = socket.socketpair()
        answers, answers_theirs = socket.socketpair()
        forged = (b'{"op":"call","function":"line_model","args":[1.0,1.0,1.0],"kwargs":{"__dict__":[]},'
                  b'"helpers":[],"native":[],"seed":1,"questions":0,"nfds":1}\n')
        socket.send_fds(ours, [forged], [answers_theirs.fileno()])
        answers_theirs.close()
        calls._DIRECT["current"] = calls.Link(theirs)
        real.sock.close()
        _SWAPPED.append((ours, answers))
    return m * inputs + b
