"""What student code can and cannot do inside the sandbox.

Every attempt here is harmless even if confinement failed: writes target only this
test's tmp_path, loops and sleeps are bounded, and nothing is deleted or killed
outside the sandbox's own processes.
"""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path
from typing import Iterator

import pytest

from autograder.config import PROJECT_ROOT, Limits
from autograder.sandbox.launch import HOME, bwrap_command
from autograder.sandbox.channel import Death, Sandbox

pytestmark = pytest.mark.slow


@pytest.fixture
def box(mode: str | None, limits: Limits) -> Iterator[Sandbox]:
    sandbox = Sandbox(limits, mode)
    assert not isinstance(sandbox.wait_ready(120), Death)
    yield sandbox
    sandbox.close()


def run(sandbox: Sandbox, source: str, timeout: float = 10) -> dict | Death:
    return sandbox.request({"op": "run_cell", "source": source}, timeout)


def test_cells_keep_state_and_report_errors(box: Sandbox) -> None:
    assert run(box, "x = 41")["status"] == "ok"  # type: ignore[index]
    reply = run(box, "print(x + 1)\nraise ValueError('nope')")
    assert isinstance(reply, dict) and reply["status"] == "error"
    assert reply["error"]["type"] == "ValueError" and "42" in reply["output"]


def test_ipython_semantics(box: Sandbox) -> None:
    reply = run(box, "%matplotlib inline\n%time y = 2\nimport matplotlib.pyplot as plt\nplt.plot([1, 2]); plt.show()\n"
                     "print(get_ipython() is not None)")
    assert isinstance(reply, dict) and reply["status"] == "ok", reply
    assert "True" in reply["output"]


def test_grader_packages_cannot_be_imported(box: Sandbox) -> None:
    for name in ("reference", "autograder", "autograder.suites"):
        reply = run(box, f"import {name}")
        assert isinstance(reply, dict) and reply["error"]["type"] == "ModuleNotFoundError", name


def test_course_files_are_invisible_when_confined(bwrap_path: str, limits: Limits, tmp_path: Path) -> None:
    secret = tmp_path / "results.json"
    secret.write_text("{}")
    sandbox = Sandbox(limits, bwrap_path)
    try:
        sandbox.wait_ready(120)
        probe = (f"import os\nprint([os.path.exists(p) for p in "
                 f"{[str(PROJECT_ROOT / 'reference'), str(PROJECT_ROOT / 'autograder'), str(PROJECT_ROOT / 'source'), str(secret)]!r}])")
        reply = run(sandbox, probe)
        assert isinstance(reply, dict) and "[False, False, False, False]" in reply["output"], reply
    finally:
        sandbox.close()


def test_writes_never_reach_the_host(bwrap_path: str, limits: Limits, tmp_path: Path) -> None:
    target = tmp_path / "escaped.txt"
    sandbox = Sandbox(limits, bwrap_path)
    try:
        sandbox.wait_ready(120)
        run(sandbox, f"open({str(target)!r}, 'w').write('x')")
        assert run(sandbox, "open('notes.txt', 'w').write('ok')")["status"] == "ok"  # type: ignore[index]
    finally:
        sandbox.close()
    assert not target.exists()


def test_no_network_when_confined(bwrap_path: str, limits: Limits) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        sandbox = Sandbox(limits, bwrap_path)
        try:
            sandbox.wait_ready(120)
            reply = run(sandbox, f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=2)")
        finally:
            sandbox.close()
    assert isinstance(reply, dict) and reply["status"] == "error"


def test_signal_ignoring_loop_is_killed_at_the_deadline(box: Sandbox) -> None:
    started = time.monotonic()
    reply = run(box, "import signal, time\nfor s in (signal.SIGTERM, signal.SIGINT):\n"
                     "    try:\n        signal.signal(s, signal.SIG_IGN)\n    except OSError:\n        pass\n"
                     "end = time.time() + 60\n"
                     "while time.time() < end:\n    pass", timeout=2)
    assert reply == Death("timeout", "2 s")
    assert time.monotonic() - started < 15
    assert box.process.poll() is not None


def test_background_children_die_with_the_sandbox(bwrap_path: str, limits: Limits) -> None:
    """Only confinement promises this: the PID namespace dies with bubblewrap."""
    box = Sandbox(limits, bwrap_path)
    box.wait_ready(120)
    marker = "59.31415"
    run(box, f"import subprocess\nsubprocess.Popen(['sleep', '{marker}'], start_new_session=True)")
    box.close()
    time.sleep(0.5)
    survivors = subprocess.run(["pgrep", "-f", f"sleep {marker}"], capture_output=True, text=True).stdout
    assert survivors.strip() == ""


def test_raw_output_flood_kills_the_sandbox(box: Sandbox) -> None:
    reply = run(box, "import os\nfor _ in range(2000):\n    os.write(1, b'x' * 65536)")
    assert isinstance(reply, Death) and reply.kind == "output_limit"


def test_print_flood_kills_the_sandbox(box: Sandbox) -> None:
    reply = run(box, "for _ in range(200):\n    print('y' * 100_000)")
    assert isinstance(reply, Death) and reply.kind == "output_limit"


def test_memory_is_capped(box: Sandbox) -> None:
    reply = run(box, "import torch\nblocks = [torch.ones(256 * 2**20 // 4) for _ in range(24)]")
    assert isinstance(reply, Death) or reply["status"] == "error"


def test_exit_of_the_worker_is_a_crash(box: Sandbox) -> None:
    assert run(box, "import os\nos._exit(0)") == Death("crash", "the worker closed its pipe")


def test_replies_forged_by_student_code_are_ignored(box: Sandbox) -> None:
    """A cell writes fake replies on the worker's own reply pipe; the next call is still real."""
    forged = ("import json, os, sys\nfd = int(sys.argv[2])\nfor guess in range(1, 50):\n"
              "    os.write(fd, (json.dumps({'id': guess, 'status': 'ok', 'value': 42, 'output': ''}) + "
              "'\\n').encode())\n"
              "def line_model(m, b, inputs):\n    return m * inputs + b")
    assert run(box, forged)["status"] == "ok"  # type: ignore[index]
    ours, theirs = socket.socketpair()  # the call's own socket: the child answers there
    try:
        reply = box.request({"op": "call", "function": "line_model", "args": [2, 1, 3],
                             "kwargs": {"__dict__": []}, "questions": 0}, 10, [theirs.fileno()], questions=ours)
    finally:
        ours.close()
        theirs.close()
    assert isinstance(reply, dict) and reply["value"] == 7


def test_a_call_without_its_own_socket_is_refused_with_a_reply(box: Sandbox) -> None:
    """The result travels on the call's socket: a call sent without one gets the worker's refusal."""
    assert run(box, "def line_model(m, b, inputs):\n    return m * inputs + b")["status"] == "ok"  # type: ignore[index]
    reply = box.request({"op": "call", "function": "line_model", "args": [2, 1, 3],
                         "kwargs": {"__dict__": []}}, 10)
    assert isinstance(reply, dict) and reply["status"] == "error"
    assert reply["error"]["type"] == "ProtocolError"


def test_writable_tmpfs_are_mounted_before_the_read_only_binds(bwrap_path: str, limits: Limits) -> None:
    """A virtual environment under /tmp (a CI clone, say) must not be hidden by the /tmp tmpfs."""
    cmd = bwrap_command(bwrap_path, ["/usr/bin/python3"], limits, 0)
    first_bind = cmd.index("--ro-bind")
    tmpfs_targets = [cmd[i + 1] for i, arg in enumerate(cmd) if arg == "--tmpfs"]
    assert "/tmp" in tmpfs_targets
    assert max(i for i, arg in enumerate(cmd) if arg == "--tmpfs" and cmd[i + 1] in ("/tmp", HOME)) < first_bind


def test_process_count_is_capped_where_cgroups_allow(bwrap_path: str, limits: Limits) -> None:
    """A (bounded) fork bomb stops at the cap: at most 300 children, each gone within 5 s."""
    box = Sandbox(limits, bwrap_path)
    try:
        if "pids" not in box.protections:
            pytest.skip("no pids cgroup can be made on this machine")
        box.wait_ready(120)
        reply = run(box, "import os, time\nborn = 0\ntry:\n    for _ in range(300):\n"
                         "        if os.fork() == 0:\n            time.sleep(5)\n            os._exit(0)\n"
                         "        born += 1\nexcept OSError:\n    pass\nprint('born', born)", timeout=30)
    finally:
        box.close()
    assert isinstance(reply, dict), reply
    born = int(reply["output"].split("born")[1].split()[0])
    assert born < limits.max_processes
