"""The grader's reading of the worker's reply pipe: the request's id is the one the worker wrote first."""

from __future__ import annotations

import socket

from autograder.sandbox.replies import Replies


def read_all(lines: bytes, request_id: str) -> list[object]:
    ours, theirs = socket.socketpair()
    try:
        replies = Replies(ours, 1 << 20)
        theirs.sendall(lines)
        return replies.read(request_id)
    finally:
        ours.close()
        theirs.close()


def test_a_second_id_further_in_a_reply_does_not_change_whose_reply_it_is() -> None:
    """A judging child's result goes on as the child wrote it, behind the worker's id: an "id" the child
    added itself would otherwise make the grader wait for a reply that had already come."""
    found = read_all(b'{"id":"abc","status":"ok","value":1,"id":"otra"}\n', "abc")
    assert found == [{"id": "abc", "status": "ok", "value": 1}]


def test_only_lines_that_start_with_the_requests_id_are_read() -> None:
    found = read_all(b'{"id":"old","status":"ok"}\n{"status":"ok","id":"abc"}\n{"id":"abc","status":"ok"}\n'
                     b'{"id":"abc",roto\n', "abc")
    assert found[0] == {"id": "abc", "status": "ok"}
    assert len(found) == 2 and isinstance(found[1], str) and found[1].startswith("protocol:")
