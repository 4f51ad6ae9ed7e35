"""The zygote: one sandboxed process that imports torch, matplotlib and IPython once, then forks a worker per submission.

It runs in bubblewrap like a worker (unprivileged user, no network, read-only
interpreter, nothing of the course), but never runs student code itself. Each
request on a control socket brings three descriptors (the worker's request
socket, its reply socket and its raw-output pipe); the zygote forks, and the
fork builds a box of its own (``isolate.confine``: user, mount, PID, network,
IPC and UTS namespaces, fresh scratch, limits, no capabilities, seccomp) before
it serves as an ordinary ``worker``. A fork is a copy-on-write image of a
process in which no student code has run, so nothing of one submission can be
in another's. Forks happen only while this process has a single thread.
Run as ``python zygote.py FLOOD_BYTES CONTROL_FD...``.
"""

from __future__ import annotations

import gc
import json
import os
import select
import signal
import socket
import sys

try:  # in the sandbox these files sit side by side; the package is out of sight
    import isolate  # type: ignore[import-not-found]
    import seccomp  # type: ignore[import-not-found]
    import worker  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own tests)
    from autograder.sandbox import isolate, seccomp, worker  # type: ignore[no-redef]

REQUEST_BYTES = 4096


def _box(request: dict[str, object]) -> isolate.Box:
    sizes = {k: v for k, v in request.items()
             if k in ("memory_bytes", "scratch_bytes", "shm_bytes", "file_bytes") and type(v) is int and v > 0}
    return isolate.Box(**sizes)  # type: ignore[arg-type]


def _in_fork(control: list[socket.socket], fds: list[int], box: isolate.Box, rules: object,
             prepared: worker.Worker, flood: int) -> None:
    """The fork's whole life: drop the zygote's sockets, take stdout/stderr, confine, serve."""
    code = 0
    try:
        for sock in control:
            sock.close()
        sock_fd, reply_fd, out_fd = fds
        os.dup2(out_fd, 1)
        os.dup2(out_fd, 2)
        os.close(out_fd)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the worker reaps its judged calls itself
        isolate.confine(box, rules)
        sys.argv = ["/grader/worker.py", str(sock_fd), str(reply_fd), str(flood)]  # as a worker started alone
        worker.serve(sock_fd, reply_fd, flood, prepared)
    except BaseException:  # noqa: BLE001 - nothing of a fork may return into the zygote's loop
        code = 71
    finally:
        os._exit(code)


def _fork(control: list[socket.socket], sock: socket.socket, rules: object, prepared: worker.Worker,
          default_flood: int) -> None:
    try:
        data, fds, _, _ = socket.recv_fds(sock, REQUEST_BYTES, 3)
    except OSError:
        data, fds = b"", []
    if not data:
        sock.close()
        control.remove(sock)
        return
    try:
        request = json.loads(data)
        if len(fds) != 3 or not isinstance(request, dict):
            raise ValueError("a fork needs three descriptors")
        if len(os.listdir("/proc/self/task")) != 1:
            raise RuntimeError("the zygote is not single-threaded")
        box = _box(request)
        flood = request.get("flood_bytes") if type(request.get("flood_bytes")) is int else default_flood
        pid = os.fork()
        if pid == 0:
            _in_fork(control, fds, box, rules, prepared, flood)
        reply = {"token": request.get("token"), "forked": pid}
    except (ValueError, RuntimeError, OSError) as exc:
        reply = {"token": request.get("token") if isinstance(request, dict) else None, "error": str(exc)}
    finally:
        for fd in fds:
            os.close(fd)
    sock.sendall((json.dumps(reply) + "\n").encode())


def serve(flood: int, control_fds: list[int]) -> None:
    """Prepare once (imports, the seccomp rules), say so on every control socket, then fork on request."""
    prepared = worker.Worker()
    rules = seccomp.build_filter()
    os.makedirs(isolate.STAGE, exist_ok=True)
    worker.hide_grader_packages()
    # What is imported now stays for good: out of the collector's sight, its pages are never
    # written by a fork's garbage collections, so they stay shared instead of being copied.
    gc.collect()
    gc.freeze()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # forks' first processes are reaped by the kernel
    control = [socket.socket(fileno=fd) for fd in control_fds]
    for sock in control:
        sock.sendall(b'{"ready": true}\n')
    while control:
        ready, _, _ = select.select(control, [], [])
        for sock in ready:
            _fork(control, sock, rules, prepared, flood)


if __name__ == "__main__":
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - input() must not block
    serve(int(sys.argv[1]), [int(fd) for fd in sys.argv[2:]])
