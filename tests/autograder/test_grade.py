"""The grading processes of a batch: each claims a slot, and with no more of them than cores, a core of its own."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest

from autograder import grade


def _claimed(beside: bool) -> dict[str, object]:
    """``_claim_slot`` run in a fork, as a pool runs it: the fork's affinity and slot afterwards."""
    counter = multiprocessing.get_context("fork").Value("i", 0)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            grade._claim_slot(counter, os.getppid(), beside)
            seen = {"cores": sorted(os.sched_getaffinity(0)), "cpu": grade._SLOT["cpu"],
                    "beside": grade._SLOT["beside"]}
            os.write(write, json.dumps(seen).encode())
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as pipe:
        return json.loads(pipe.read())


@pytest.mark.parametrize("beside", [True, False])
def test_a_grading_process_beside_its_sandboxes_stays_on_its_core(beside: bool) -> None:
    cores = sorted(os.sched_getaffinity(0))
    seen = _claimed(beside)
    assert seen["cpu"] == cores[0]  # the first slot's core
    assert seen["beside"] is beside
    assert seen["cores"] == ([cores[0]] if beside else cores)
