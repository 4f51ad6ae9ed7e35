"""Without bubblewrap, a root grader still gives root up: the worker runs as ``nobody`` where it can.

These start only ``id`` and short Python probes, never student code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.config import Limits
from autograder.sandbox import privileges
from autograder.sandbox.channel import Death, Sandbox
from autograder.sandbox.launch import HERE, Launch

needs_root = pytest.mark.skipif(not privileges.is_root(), reason="giving root up needs a root grader")


@needs_root
def test_an_unconfined_launch_that_drops_root_execs_as_nobody(limits: Limits) -> None:
    launch = Launch(None, ["/usr/bin/id", "-u"], limits, [])
    launch.drop_root = True  # as decided for an interpreter nobody can run
    done = subprocess.run(launch.argv, capture_output=True, text=True, preexec_fn=launch.in_child, timeout=30,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(privileges.HOST_UID)


@needs_root
def test_nobody_cannot_run_an_interpreter_behind_a_private_folder(tmp_path: Path) -> None:
    private = tmp_path / "privado"
    private.mkdir(mode=0o700)
    python = private / "python3"
    python.symlink_to(sys.executable)
    assert not privileges.nobody_can_run(str(python), str(HERE / "worker.py"))


@needs_root
def test_the_decision_matches_what_nobody_can_do_and_the_result_says_which_user(limits: Limits) -> None:
    """Whatever this machine allows, the unconfined worker's uid is the one its protections name."""
    sandbox = Sandbox(limits, None, server=None)
    try:
        assert not isinstance(sandbox.wait_ready(120), Death)
        reply = sandbox.request({"op": "run_cell", "source": "import os\nprint('UID', os.getuid())"}, 30)
        assert isinstance(reply, dict) and reply["status"] == "ok", reply
        uid = int(reply["output"].split("UID", 1)[1])
        can = privileges.nobody_can_run(sys.executable, str(HERE / "worker.py"))
        assert uid == (privileges.HOST_UID if can else 0)
        assert ("as-nobody" if can else "as-root") in sandbox.protections
    finally:
        sandbox.close()


def test_a_grader_that_is_not_root_never_tries_to_change_user(limits: Limits, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(privileges, "is_root", lambda: False)
    assert Launch(None, [sys.executable, str(HERE / "worker.py")], limits, []).drop_root is False
    assert os.path.exists(HERE / "worker.py")
