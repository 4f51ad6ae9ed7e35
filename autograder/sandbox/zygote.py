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

import ctypes
import gc
import json
import os
import select
import signal
import socket
import sys

if __name__ == "__main__":  # the zygote itself, not the project's tests importing this file
    # No collection while torch, matplotlib and IPython load: the collector would walk the growing
    # heap again and again, a quarter of a second of the zygote's start, which every grading waits for.
    gc.disable()

try:  # in the sandbox these files sit side by side; the package is out of sight
    import isolate  # type: ignore[import-not-found]
    import seccomp  # type: ignore[import-not-found]
    import worker  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own tests)
    from autograder.sandbox import isolate, seccomp, worker  # type: ignore[no-redef]

REQUEST_BYTES = 4096
MADV_COLLAPSE = 25
"""Linux 6.1+: back a range with transparent huge pages now, whatever the system's THP setting."""
HUGE_PAGE = 2 * 1024 * 1024
COLLAPSE_AFTER_FORKS = 8
"""Collapsing costs about 0.6 s of CPU and saves about 30 ms per fork (its start and its end): worth it
for a class, a loss for one notebook or a handful. It starts once this many forks have been made."""


class HugePages:
    """Backs the zygote's heap and anonymous memory with 2 MiB pages, a few at a time while it is idle.

    Every fork copies its parent's page tables and every exit tears them down, page by
    page: with the ~200 MB that torch, IPython and matplotlib leave on the heap, that is
    most of a fork's cost (about 15 ms for a fork and its exit). Huge pages are shared
    and released 512 at a time (about 5 ms); a fork that writes to one still copies only
    the 4 KiB it writes. Collapsing takes most of a second, so it starts only once a class
    is under way (:data:`COLLAPSE_AFTER_FORKS`) and runs in slices between fork requests:
    a fork is never kept waiting for more than one slice, and forks made before it ends
    are ordinary ones. The pages' contents never change. Kernels without
    ``MADV_COLLAPSE`` (before 6.1) refuse it, and nothing changes.
    """

    def __init__(self) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        self.pieces: list[int] = []
        self.collapsed = 0
        with open("/proc/self/maps", encoding="ascii") as maps:
            regions = [line.split() for line in maps]
        for fields in regions:
            if "w" not in fields[1] or (len(fields) > 5 and fields[5] != "[heap]"):
                continue  # writable anonymous memory only: libraries' pages are shared with their files
            start, end = (int(x, 16) for x in fields[0].split("-"))
            self.pieces += range(-(-start // HUGE_PAGE) * HUGE_PAGE, end // HUGE_PAGE * HUGE_PAGE, HUGE_PAGE)
        self.pieces.reverse()  # popped from the end: lowest addresses first

    def step(self, pieces: int = 2) -> None:
        """Collapse the next few 2 MiB pieces (up to 30 ms); stop at the first the kernel refuses outright."""
        for _ in range(min(pieces, len(self.pieces))):
            if self._libc.madvise(self.pieces.pop(), HUGE_PAGE, MADV_COLLAPSE) == 0:
                self.collapsed += HUGE_PAGE
            elif ctypes.get_errno() == 22 and not self.collapsed:  # EINVAL at once: no MADV_COLLAPSE here
                self.pieces.clear()


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                      "fsmblks", "uordblks", "fordblks", "keepcost")]


_HOLES: list[int] = []
"""The free chunks :func:`fill_heap_holes` took: kept for good, never written."""


def fill_heap_holes(limit: int = 50_000) -> int:
    """Take, and keep for good, every free chunk left inside the C heap (glibc's main arena); how many.

    Loading torch, matplotlib and IPython leaves a couple of thousand freed chunks spread
    over the heap. A fork's own ``malloc`` would reuse them, and its ``free`` would link and
    unlink them: writes into pages it shares with the zygote, each a copy-on-write fault.
    That is a sixth of the faults of a fork running this lesson's notebook (6,833 against
    5,749 in ``benchmarks.sandbox_costs``), about 7 ms of its CPU. Once the holes are taken, a fork allocates from
    the top of the heap: fresh pages of its own. The chunks cost about half a megabyte;
    without glibc's ``mallinfo2`` (2.33+) nothing is taken.
    """
    libc = ctypes.CDLL(None)
    info = getattr(libc, "mallinfo2", None)
    if info is None:
        return 0
    info.restype = _MallInfo2
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.restype, libc.free.argtypes = None, [ctypes.c_void_p]
    libc.sbrk.restype, libc.sbrk.argtypes = ctypes.c_void_p, [ctypes.c_ssize_t]
    taken = 0
    for shift in range(20, 3, -1):  # the largest holes first, down to the smallest chunk
        size = (1 << shift) - 8
        now, end = info(), libc.sbrk(0) or 0
        start, top = end - now.arena, end - now.keepcost  # the heap, and where its unused top begins
        while taken < limit:
            chunk = libc.malloc(size)
            if not chunk or not start <= chunk < top:  # none left this large: it came from the top
                libc.free(chunk)
                break
            _HOLES.append(chunk)
            taken += 1
    return taken


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
          default_flood: int) -> bool:
    """Serve one request on ``sock``: fork a worker for it; whether a fork was made."""
    try:
        data, fds, _, _ = socket.recv_fds(sock, REQUEST_BYTES, 3)
    except OSError:
        data, fds = b"", []
    if not data:
        sock.close()
        control.remove(sock)
        return False
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
    return "forked" in reply


def serve(flood: int, control_fds: list[int]) -> None:
    """Prepare once (imports, the seccomp rules), say so on every control socket, then fork on request."""
    prepared = worker.Worker()
    rules = seccomp.build_filter()
    os.makedirs(isolate.STAGE, exist_ok=True)
    worker.hide_grader_packages()
    # What is imported now stays for good: out of the collector's sight, its pages are never
    # written by a fork's garbage collections, so they stay shared instead of being copied.
    # The imports' own garbage is frozen with it, uncollected: collecting it would take 80 ms and
    # leave holes all over the heap that every fork's allocations then fill, copying the pages
    # around them (15 ms more per submission, measured); freed memory is kept anyway.
    gc.freeze()
    fill_heap_holes()
    gc.enable()  # as any process: the worker decides for itself when it collects (``worker.serve``)
    huge: HugePages | None = None  # made once a class is under way (COLLAPSE_AFTER_FORKS)
    forks = 0
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # forks' first processes are reaped by the kernel
    control = [socket.socket(fileno=fd) for fd in control_fds]
    for sock in control:
        sock.sendall(b'{"ready": true}\n')
    while control:
        idle_work = huge is not None and bool(huge.pieces)
        ready, _, _ = select.select(control, [], [], 0 if idle_work else None)
        if not ready and huge is not None:
            huge.step()
        for sock in ready:
            forks += _fork(control, sock, rules, prepared, flood)
        if huge is None and forks >= COLLAPSE_AFTER_FORKS:
            huge = HugePages()


if __name__ == "__main__":
    sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - input() must not block
    serve(int(sys.argv[1]), [int(fd) for fd in sys.argv[2:]])
