"""The plumbing between a sandbox's processes: framed links that read one writer only, and forks.

A judging child's link to the worker, and a form probe's to the judging child, are sockets whose
far end a process forked by student code inherits. ``Link`` reads only its ``sender``'s bytes
and ends when the sender has ended, whoever still holds the other end; ``others_alive`` tells
whether a judging child's calls left such a process behind. Like ``calls.py``, this file is
copied into the sandbox and imports only the standard library and ``wire``.
"""

from __future__ import annotations

import array
import os
import select
import socket
import struct
from typing import Any

try:  # in the sandbox this file sits next to wire.py, and the package is out of sight
    import wire  # type: ignore[import-not-found]
except ImportError:  # imported from the package (the project's own in-process tests)
    from autograder.sandbox import wire  # type: ignore[no-redef]

RECEIVE_BYTES = 1 << 16
_INT = array.array("i").itemsize
_CREDENTIALS = struct.calcsize("3i")
_ANCILLARY = socket.CMSG_SPACE(64 * _INT) + socket.CMSG_SPACE(_CREDENTIALS)
"""Room for 64 descriptors and the writer's credentials alongside one chunk."""
SENDER_POLL_S = 0.05
"""How often a reader waiting on its ``sender`` checks that the sender is still alive."""
LINK_LIMIT = 64 * 1024 * 1024
"""Largest message the child may send the worker: the grader's own cap is smaller."""


def fork_making_room() -> int:
    """``os.fork()``; at the box's process cap, first reap the ended children nobody waited for, once.

    A notebook may leave children it never waits for, and as its box's pid 1 the worker also
    inherits every orphan of the box: their zombies count against the cap until reaped. Only
    when the grader's own fork (a judged call's process, a form probe) finds no room are they
    reaped, so a cell that waits for its own child later still finds it there.
    """
    try:
        return os.fork()
    except BlockingIOError:
        while True:
            try:
                if os.waitpid(-1, os.WNOHANG)[0] == 0:
                    break
            except ChildProcessError:
                break
        return os.fork()


def watched_pair() -> tuple[socket.socket, socket.socket]:
    """A socketpair whose first end a ``Link`` with a ``sender`` can read: ``SO_PASSCRED`` is set
    on it now, before the fork that makes the writer, so even the writer's first byte carries its pid."""
    reader_end, writer_end = socket.socketpair()
    reader_end.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
    return reader_end, writer_end


def close_all(fds: list[int]) -> None:
    """Close descriptors received with a message, whatever state they are in."""
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


class Link:
    """Newline-delimited JSON over one end of a socketpair, bounded in size; descriptors may ride along.

    With ``sender`` (a child of this process, forked after ``SO_PASSCRED`` was set on this end)
    the kernel stamps every chunk with its writer's pid and never joins chunks of two writers:
    only ``sender``'s bytes are read, and the descriptors that came with anything else are closed
    unread. The stream also ends when ``sender`` has ended and left nothing unread, even if a
    process it forked still holds its end open (no end of file would ever come). A judging
    child's link and a form probe's are read so: a process that student code forks inherits the
    writer's end, and could otherwise answer the worker's "clean" check for the child, or keep its
    reader waiting until the call's deadline (results no longer travel on a child's link: they go
    to the grader on the call's own socket).
    """

    def __init__(self, sock: socket.socket, sender: int | None = None) -> None:
        self.sock = sock
        self.sender = sender
        self._buffer = bytearray()
        self._fds: list[int] = []

    def send(self, message: dict[str, Any], fds: list[int] | None = None) -> None:
        # Blocking again each time: student code run in this process (a form probe of its own helper)
        # may have set O_NONBLOCK on a duplicate of this socket, which shares its flags.
        self.sock.setblocking(True)
        data = (wire.dumps(message) + "\n").encode()
        if fds:
            sent = socket.send_fds(self.sock, [data[:4096]], fds)
            data = data[sent:]
        self.sock.sendall(data)

    def receive(self) -> dict[str, Any] | None:
        return self.receive_with_fds()[0]

    def pending(self) -> bool:
        """Whether a whole line is already here, read but not yet taken."""
        return b"\n" in self._buffer

    def receive_with_fds(self) -> tuple[dict[str, Any] | None, list[int]]:
        """The next well-formed message (others are skipped) and the descriptors sent with it,
        or None once the other end is gone."""
        while True:
            line, fds = self.receive_line()
            if line is None:
                return None, []
            try:
                message = wire.loads(line)
            except wire.WireError:
                close_all(fds)
                continue
            count = message.get("nfds", 0)
            count = count if type(count) is int and 0 <= count <= len(fds) else 0
            close_all(fds[count:])  # descriptors no message asked for are not kept
            return message, fds[:count]

    def receive_line(self) -> tuple[bytes | None, list[int]]:
        """The next line as it was written (None once the other end is gone), and every
        descriptor that arrived with it."""
        self.sock.setblocking(True)
        waiting = b"\n" not in self._buffer
        while waiting:
            try:  # 64 KiB at a time: a larger buffer is an mmap and munmap per message
                data, fds = self._chunk()
            except OSError:
                return None, []
            if data is None:
                continue  # another process wrote it: dropped
            self._fds += fds
            if not data or len(self._buffer) + len(data) > LINK_LIMIT:
                return None, []
            self._buffer += data
            waiting = b"\n" not in data
        end = self._buffer.index(b"\n")
        line = bytes(self._buffer[:end])
        del self._buffer[:end + 1]
        fds, self._fds = self._fds, []
        return line, fds

    def poll(self, chunks: int = 16) -> tuple[list[bytes], bool]:
        """Without waiting: the whole lines that have arrived, and whether the stream has ended.

        Reads at most ``chunks`` chunks, so that a process flooding the link with lines that are not
        the sender's never keeps the caller here. Descriptors that came along are closed: nothing
        read this way asks for any. A part of a line stays for the next read.
        """
        ended = False
        for _ in range(chunks):
            if not select.select([self.sock], [], [], 0)[0]:
                break
            try:
                data, fds = self._chunk()
            except OSError:
                ended = True
                break
            close_all(fds)
            if data is None:
                continue  # another process wrote it: dropped
            if not data or len(self._buffer) + len(data) > LINK_LIMIT:
                ended = True
                break
            self._buffer += data
        if not ended and self.sender is not None and self._sender_ended():
            ended = not select.select([self.sock], [], [], 0)[0]  # gone, and nothing of it left to read
        *lines, rest = bytes(self._buffer).split(b"\n")
        self._buffer = bytearray(rest)
        return lines, ended

    def _chunk(self) -> tuple[bytes | None, list[int]]:
        """One chunk and its descriptors; ``None`` for a chunk that is not ``sender``'s (its
        descriptors closed). An empty chunk is the end of the stream."""
        if self.sender is None:
            data, fds, _, _ = socket.recv_fds(self.sock, RECEIVE_BYTES, 64)
            return data, fds
        while not select.select([self.sock], [], [], SENDER_POLL_S)[0]:
            if self._sender_ended() and not select.select([self.sock], [], [], 0)[0]:
                return b"", []  # it can write nothing more, and nothing of it is left to read
        data, ancillary, _, _ = self.sock.recvmsg(RECEIVE_BYTES, _ANCILLARY)
        fds: list[int] = []
        writer = None
        for level, kind, body in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds += array.array("i", body[:len(body) - len(body) % _INT])
            elif level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS and len(body) >= _CREDENTIALS:
                writer = struct.unpack("3i", body[:_CREDENTIALS])[0]
        if data and writer != self.sender:
            close_all(fds)
            if self._sender_ended() and not select.select([self.sock], [], [], 0)[0]:
                return b"", []  # only others' lines keep coming: the writer is gone all the same
            return None, []
        return data, fds

    def _sender_ended(self) -> bool:
        """Whether ``sender`` has exited (it stays a zombie for whoever reaps it)."""
        try:
            return os.waitid(os.P_PID, self.sender, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
        except ChildProcessError:
            return True  # already reaped


def others_alive(child: int) -> bool:
    """Whether the box holds a live process besides its init, this process, its parent and ``child``.

    A process forked by judged code keeps the judging child's end of its link: it could read the
    next function's calls before the child does, so that they wait until their deadline. A child
    is handed on to the next function only if its calls left no such process (a zombie holds
    nothing). The processes a cell started count too: they only cost that notebook a fresh fork
    per function. Where ``/proc`` shows more than the box (an unconfined run), every function gets one.
    """
    mine = {1, os.getpid(), os.getppid(), child}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return True
    for entry in entries:
        if not entry.isdigit() or int(entry) in mine:
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                state = handle.read().rsplit(b")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue  # gone meanwhile
        if state not in (b"Z", b"X"):
            return True
    return False


def reap(pid: int) -> str:
    """Wait for the child (killing it if it outlives its result); how it ended, in words."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, 9)
            done, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return "ya había terminado"
    if os.WIFSIGNALED(status):
        return f"señal {os.WTERMSIG(status)}"
    return f"código de salida {os.WEXITSTATUS(status)}"
