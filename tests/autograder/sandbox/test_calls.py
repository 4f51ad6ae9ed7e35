"""The judging child: handed on to the next function only while nothing shared was rebound; its links."""

from __future__ import annotations

import io

import pytest
import torch

from autograder.sandbox import calls, link, wire


def test_the_fingerprint_sees_a_rebound_tensor_method_and_a_rebound_notebook_name(
        monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = {"line_model": lambda m, b, x: m * x + b, "data": torch.zeros(3)}
    before = calls.fingerprint(namespace)
    namespace["data"].add_(1.0)  # changed in place, not rebound: calls share it as a kernel would
    assert calls.fingerprint(namespace) == before
    monkeypatch.setattr(torch.Tensor, "mean", lambda self, *a, **k: torch.Tensor.sum(self))
    assert calls.fingerprint(namespace) != before
    monkeypatch.undo()
    assert calls.fingerprint(namespace) != before or not calls._DICT_VERSION  # put back, yet changed: a fresh fork
    rebound = calls.fingerprint(namespace)
    original = namespace["line_model"]
    namespace["line_model"] = lambda m, b, x: m * x
    assert calls.fingerprint(namespace) != rebound
    namespace["line_model"] = original  # the notebook's names count by value: put back is as before
    assert calls.fingerprint(namespace) == rebound


def test_what_every_call_rebinds_and_puts_back_leaves_the_fingerprint_as_it_was() -> None:
    """Each call swaps ``sys.stdout`` and watches the seeders (``random.seed``) and puts them back:
    those modules count by value, or no child would ever be handed on."""
    import random
    import sys

    before = calls.fingerprint({})
    stdout, seed = sys.stdout, random.seed
    sys.stdout, random.seed = io.StringIO(), lambda *a, **k: None
    assert calls.fingerprint({}) != before
    sys.stdout, random.seed = stdout, seed
    assert calls.fingerprint({}) == before


def test_the_fingerprint_sees_a_rebound_module_function(monkeypatch: pytest.MonkeyPatch) -> None:
    before = calls.fingerprint({})
    monkeypatch.setattr(torch, "allclose", lambda *a, **k: True)
    assert calls.fingerprint({}) != before


def test_the_machinerys_own_names_are_not_a_rebinding() -> None:
    """A warning (``__warningregistry__``) or torch.compile (``__compiled_fn_…``) adds dunder globals to
    the notebook on their own: no fresh fork for that; ``__builtins__`` still counts."""
    namespace: dict[str, object] = {"x": 1, "__builtins__": __builtins__}
    before = calls.fingerprint(namespace)
    namespace["__warningregistry__"] = {}
    namespace["__compiled_fn_5_0000"] = len
    assert calls.fingerprint(namespace) == before
    namespace["__builtins__"] = {}
    assert calls.fingerprint(namespace) != before


def test_a_call_socket_brings_the_questions_then_the_result_and_nothing_else_is_taken_for_either() -> None:
    """The child writes its result on the call's own socket; the grader's reader tells it from the
    questions before it, and skips lines that are neither."""
    import socket

    from autograder.sandbox.replies import Question, Questions, Result

    ours, theirs = socket.socketpair()
    reader = Questions(ours, 1 << 20)
    value = torch.arange(6_000, dtype=torch.float32).reshape(-1, 2)  # written before any is read: it must fit
    theirs.sendall(b"basura\n" + wire.dumps({"op": "helper", "qid": "q1", "name": "AE_loss"}).encode() + b"\n"
                   + wire.dumps({"id": "x", "status": "ok", "value": 1.0}).encode() + b"\n")
    theirs.sendall(wire.dumps({"op": "result", "status": "ok", "value": wire.encode(value)}).encode() + b"\n")
    theirs.close()
    found: list[object] = []
    while reader.open:
        read = reader.read()
        assert not isinstance(read, str)
        found += read
    assert [type(item) for item in found] == [Question, Result]
    assert isinstance(found[1], Result) and torch.equal(wire.decode(found[1].message["value"]), value)
    ours.close()


def test_a_link_poll_returns_whole_lines_keeps_the_rest_and_says_when_the_stream_ended() -> None:
    import os
    import socket

    ours, theirs = socket.socketpair()
    reader = link.Link(ours)
    assert reader.poll() == ([], False)
    spare = os.open(os.devnull, os.O_RDONLY)
    socket.send_fds(theirs, [b'{"op":"flood"}\n{"op":'], [spare])
    os.close(spare)
    before = len(os.listdir("/proc/self/fd"))
    lines, ended = reader.poll()
    assert lines == [b'{"op":"flood"}'] and not ended
    assert len(os.listdir("/proc/self/fd")) == before  # what came along is closed, not kept
    theirs.sendall(b'"x"}\n')
    theirs.close()
    assert reader.poll() == ([b'{"op":"x"}'], True)
    ours.close()


def test_a_link_reads_lines_whole_skips_what_is_not_a_message_and_keeps_no_stray_descriptor() -> None:
    import os
    import socket

    ours, theirs = socket.socketpair()
    reader = link.Link(ours)
    spare = os.open(os.devnull, os.O_RDONLY)
    socket.send_fds(theirs, [b"basura\n" + wire.dumps({"op": "x", "nfds": 0}).encode()[:5]], [spare])
    os.close(spare)
    theirs.sendall(wire.dumps({"op": "x", "nfds": 0}).encode()[5:] + b"\n" + b"z" * 70_000 + b"\n")
    before = len(os.listdir("/proc/self/fd"))
    message, fds = reader.receive_with_fds()
    assert message == {"op": "x", "nfds": 0} and fds == []
    assert len(os.listdir("/proc/self/fd")) == before  # the descriptor that came with no message is closed
    line, fds = reader.receive_line()
    assert line == b"z" * 70_000 and fds == []
    theirs.close()
    assert reader.receive_line() == (None, [])
    ours.close()
