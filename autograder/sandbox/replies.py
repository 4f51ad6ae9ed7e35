"""What the grader reads from a sandbox, in its own thread: the worker's replies and a judged call's questions.

Replies come up a socket on which the kernel stamps every message with its
sender's pid: only bytes written by the worker's own process are read (its pid
is the first sender's, learnt from its "ready" message, sent before any student
code runs). Of those, only a line that starts with the id of the request in
flight is kept, up to a cap; anything else is skipped unparsed as it streams by.

A judged call's stand-ins ask their questions on a socket of that call alone
(``Questions``), straight from the call's child, and the child sends the call's
result there too: the worker relays nothing, and only reports the child's death
or flood on the reply socket. Reading both here, in the thread that waits for the
reply, costs no hand-over between threads per message.
"""

from __future__ import annotations

import select
import socket
import struct
import time
from dataclasses import dataclass
from typing import Any

from autograder.sandbox import wire

_CREDENTIALS = struct.calcsize("3i")
CHUNK = 1 << 16


class Lines:
    """Newline-framed lines, each at most ``cap`` bytes; with a ``prefix``, other lines are skipped unkept."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._line = bytearray()
        self._skipping = False
        self.overflow = False

    def feed(self, chunk: bytes, prefix: bytes | None = None) -> list[bytes]:
        """The lines this chunk completes (those that start with ``prefix``, if given)."""
        done: list[bytes] = []
        while chunk:
            end = chunk.find(b"\n")
            piece, chunk = (chunk, b"") if end < 0 else (chunk[:end], chunk[end + 1:])
            if not self._skipping:
                self._line += piece
                if prefix is not None and not prefix.startswith(bytes(self._line[:len(prefix)])):
                    self._skipping, self._line = True, bytearray()
                elif len(self._line) > self.cap:
                    self.overflow = True
                    return done
            if end >= 0:
                if not self._skipping and self._line:
                    done.append(bytes(self._line))
                self._line, self._skipping = bytearray(), False
        return done


class Replies:
    """The reply socket's reader: the worker's own lines for the request in flight, parsed."""

    def __init__(self, sock: socket.socket, cap: int) -> None:
        self.sock = sock
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self.lines = Lines(cap)
        self.worker_pid: int | None = None
        self.closed = False

    def read(self, request_id: str) -> list[dict[str, Any] | str]:
        """One chunk's worth: parsed messages, or a reason (str) the channel is broken."""
        try:
            data, ancillary, _, _ = self.sock.recvmsg(CHUNK, socket.CMSG_SPACE(_CREDENTIALS))
        except OSError:
            data, ancillary = b"", []
        if not data:
            self.closed = True
            return []
        sender = None
        for level, kind, body in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS and len(body) >= _CREDENTIALS:
                sender = struct.unpack("3i", body[:_CREDENTIALS])[0]
        if self.worker_pid is None:
            self.worker_pid = sender
        if sender is None or sender != self.worker_pid:
            return []
        found: list[dict[str, Any] | str] = []
        for line in self.lines.feed(data, wire.line_prefix(request_id)):
            try:
                message = wire.loads(line)
            except wire.WireError as exc:
                found.append(f"protocol: {exc}")
                continue
            # The worker wrote the id in front; a second "id" further on is not its word: the first one is.
            message["id"] = request_id
            found.append(message)
        if self.lines.overflow:
            found.append(f"protocol: una respuesta de más de {self.lines.cap} bytes")
        return found


@dataclass(frozen=True)
class Question:
    """A stand-in's question, as read from its call's socket."""

    message: dict[str, Any]


@dataclass(frozen=True)
class Result:
    """The judging child's result of the call, as read from the call's socket (``"op": "result"``).

    The child writes it there itself: the worker relays nothing back. It is worth what
    the worker's relay of it was worth before: whatever the student's function does, it
    could write any result it liked from inside the child, so nothing in it is trusted
    beyond that (the arguments after the call are read from the grader's own memory).
    """

    message: dict[str, Any]


class Questions:
    """One judged call's own socket, the grader's end: questions and then the result in, answers out."""

    def __init__(self, sock: socket.socket, cap: int) -> None:
        self.sock = sock
        self.lines = Lines(cap)
        self.open = True

    def read(self) -> list[Question | Result] | str:
        """The questions (and result) one chunk completes (malformed lines are skipped), or why to stop
        the call."""
        try:
            data = self.sock.recv(CHUNK)
        except OSError:
            data = b""
        if not data:
            self.open = False  # the call's child closed it: its call is over
            return []
        found: list[Question | Result] = []
        for line in self.lines.feed(data):
            try:
                message = wire.loads(line)
            except wire.WireError:
                continue
            if message.get("op") == "helper":
                found.append(Question(message))
            elif message.get("op") == "result":
                found.append(Result(message))
        if self.lines.overflow:
            return f"una respuesta o pregunta de más de {self.lines.cap} bytes"
        return found

    def answer(self, question: Question, answer: dict[str, Any], deadline: float) -> bool:
        """Send the answer to ``question`` (with its ``qid``, by which the stand-in that asked knows it
        from the answers to lines it did not write), waiting at most until ``deadline`` for the child."""
        qid = question.message.get("qid")
        data = (wire.dumps({**answer, "op": "helper_reply", "qid": qid if type(qid) is str else ""}) + "\n").encode()
        try:
            self.sock.settimeout(max(0.001, deadline - time.monotonic()))
            self.sock.sendall(data)
        except (OSError, ValueError):
            return False
        return True


def readable(replies: Replies, questions: Questions | None, deadline: float) -> list[object]:
    """Which of the two has something to read before ``deadline`` (possibly neither)."""
    watched: list[Any] = [replies.sock] + ([questions.sock] if questions is not None and questions.open else [])
    try:
        ready, _, _ = select.select(watched, [], [], max(0.0, deadline - time.monotonic()))
    except (OSError, ValueError):
        return [replies]
    return [replies if s is replies.sock else questions for s in ready]
