"""Forks of the zygote: each submission's box is its own, and nothing of one reaches another.

Every probe is harmless if confinement failed: it only reads, or writes inside the
sandbox's own /tmp, and binds an abstract socket with a random name.
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterator

import pytest

from autograder.config import Limits
from autograder.sandbox import forkserver
from autograder.sandbox.channel import SHARED, Death, Sandbox

pytestmark = pytest.mark.slow


def started(limits: Limits, bwrap: str, server: Any = SHARED) -> Sandbox:
    sandbox = Sandbox(limits, bwrap, server=server)
    assert not isinstance(sandbox.wait_ready(120), Death)
    return sandbox


def facts(sandbox: Sandbox, source: str) -> Any:
    reply = sandbox.request({"op": "run_cell", "source": source + "\nprint('FACTS' + __import__('json').dumps(out))"}, 20)
    assert isinstance(reply, dict) and reply["status"] == "ok", reply
    return json.loads(reply["output"].split("FACTS", 1)[1])


@pytest.fixture
def pair(bwrap_path: str, limits: Limits) -> Iterator[tuple[Sandbox, Sandbox]]:
    first, second = started(limits, bwrap_path), started(limits, bwrap_path)
    yield first, second
    first.close()
    second.close()


def test_a_fork_is_confined_like_a_bubblewrap_sandbox(pair: tuple[Sandbox, Sandbox]) -> None:
    first, _ = pair
    assert first.forked and "zygote-fork" in first.protections
    seen = facts(first, """import os, socket
status = dict(l.split(':', 1) for l in open('/proc/self/status').read().splitlines() if ':' in l)
out = {k: status[k].split()[0] for k in ('Uid', 'CapEff', 'CapBnd', 'NoNewPrivs', 'Seccomp')}
out['pid'] = os.getpid()
out['home'] = os.getcwd()
out['host'] = socket.gethostname()""")
    assert seen["Uid"] == "1000" and int(seen["CapEff"], 16) == 0 and int(seen["CapBnd"], 16) == 0
    assert seen["NoNewPrivs"] == "1" and seen["Seccomp"] == "2"
    assert seen["pid"] == 1 and seen["home"] == "/home/alumno" and seen["host"] == "sandbox"


def test_two_forks_at_once_see_nothing_of_each_other(pair: tuple[Sandbox, Sandbox]) -> None:
    first, second = pair
    name = "zygote-probe-" + os.urandom(6).hex()
    mine = facts(first, f"""import os, socket
open('/tmp/{name}', 'w').write('secreto')
open('/dev/shm/{name}', 'w').write('secreto')
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind('\\0{name}')
listener.listen()
out = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())""")
    theirs = facts(second, f"""import os, socket
out = {{'pids': sorted(int(p) for p in os.listdir('/proc') if p.isdigit()),
       'tmp': os.path.exists('/tmp/{name}'), 'shm': os.path.exists('/dev/shm/{name}')}}
try:
    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).connect('\\0{name}')
    out['socket'] = True
except OSError:
    out['socket'] = False""")
    assert mine == [1]  # the worker, its box's pid 1: no other submission, no zygote
    assert theirs == {"pids": [1], "tmp": False, "shm": False, "socket": False}


def test_nothing_of_a_fork_survives_into_the_next(bwrap_path: str, limits: Limits) -> None:
    name = "zygote-probe-" + os.urandom(6).hex()
    first = started(limits, bwrap_path)
    facts(first, f"import sys, torch\nopen('/tmp/{name}', 'w').write('x')\nsys.modules['torch'].SECRET = 41\n"
                 "globals()['leftover'] = 1\nout = 0")
    first.close()
    second = started(limits, bwrap_path)
    try:
        seen = facts(second, f"import os, torch\nout = [os.path.exists('/tmp/{name}'), hasattr(torch, 'SECRET'), "
                             "'leftover' in globals()]")
    finally:
        second.close()
    assert seen == [False, False, False]


def test_killing_a_fork_ends_everything_it_started(bwrap_path: str, limits: Limits) -> None:
    sandbox = started(limits, bwrap_path)
    facts(sandbox, "import os\nif os.fork() == 0:\n    import time\n    time.sleep(600)\n    os._exit(0)\nout = 0")
    worker = sandbox.worker_pid
    assert worker is not None
    sandbox.close()
    assert _ended(worker)  # and with its box's pid 1, the kernel ends the sleeping child it left
    assert all(not group.path.exists() for group in sandbox.groups)  # removable: nothing left in them


def _ended(pid: int) -> bool:
    """Gone, or a zombie waiting for the sandbox's own init (bubblewrap's) to reap it."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


def test_a_broken_zygote_falls_back_to_a_fresh_sandbox(bwrap_path: str, limits: Limits) -> None:
    server = forkserver.ForkServer(limits, bwrap_path, 1)
    server.close()
    sandbox = started(limits, bwrap_path, server)
    try:
        assert not sandbox.forked
        assert facts(sandbox, "out = 6 * 7") == 42
    finally:
        sandbox.close()


@pytest.fixture
def box(bwrap_path: str, limits: Limits) -> Iterator[Sandbox]:
    sandbox = started(limits, bwrap_path)
    yield sandbox
    sandbox.close()


def test_signals_from_inside_the_box_do_not_end_its_worker(box: Sandbox) -> None:
    """The worker is its box's pid 1: what a cell, or a process it starts, sends it without a
    handler is dropped, SIGKILL included; only the grader, from outside, can end it."""
    facts(box, "import os, signal\nout = os.getpid()\nif out == 1 and os.getuid() != 0:\n"
               "    child = os.fork()\n"
               "    if child == 0:\n"
               "        for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):\n            os.kill(1, s)\n"
               "        os._exit(0)\n"
               "    os.waitpid(child, 0)\n"
               "    for s in (signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):\n        os.kill(1, s)")
    assert facts(box, "import os, time\ntime.sleep(0.2)\nout = [os.getpid(), 6 * 7]") == [1, 42]


def test_a_fork_holds_no_descriptor_of_the_zygote(box: Sandbox) -> None:
    """Only its own channel, output pipe and /dev/null: no control socket, log or file of the zygote."""
    seen = facts(box, "import os\nout = {}\nfor fd in os.listdir('/proc/self/fd'):\n"
                      "    try:\n        out[fd] = os.readlink('/proc/self/fd/' + fd)\n"
                      "    except OSError:\n        pass")
    kinds = sorted(target.split(":")[0] for target in seen.values())
    assert kinds == ["/dev/null", "/dev/null", "pipe", "pipe", "socket", "socket"], seen


def test_a_fork_has_the_meta_device_ready_without_torch_dynamo(pair: tuple[Sandbox, Sandbox]) -> None:
    """The zygote's warm-up leaves torch._dynamo unimported (lazy_dynamo), and a cell that compiles
    still gets it: the optimizer's step, which imports it, runs and updates the weight."""
    first, _ = pair
    seen = facts(first, """import sys, torch
out = {'before': 'torch._dynamo' in sys.modules}
(torch.empty(3, device='meta') + 1).abs().mean()
out['after_meta'] = 'torch._dynamo' in sys.modules
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.5)
((w - 3.0) ** 2).sum().backward()
opt.step()
out['w'] = w.item()
out['after_step'] = 'torch._dynamo' in sys.modules""")
    assert seen == {"before": False, "after_meta": False, "w": 3.0, "after_step": True}


@pytest.mark.parametrize("beside", [True, False])
def test_a_sandbox_beside_its_grader_stays_on_the_graders_core(bwrap_path: str, limits: Limits,
                                                               beside: bool) -> None:
    """Pinned beside its grading process, a sandbox runs on that core alone, even where a CPU cgroup
    caps it; otherwise the cgroup is the cap and the sandbox may run on any core."""
    cores = sorted(os.sched_getaffinity(0))
    sandbox = Sandbox(limits, bwrap_path, cpu=cores[-1], server=SHARED, beside=beside)
    try:
        assert not isinstance(sandbox.wait_ready(120), Death)
        seen = facts(sandbox, "import os\nout = sorted(os.sched_getaffinity(0))")
        capped = any(group.controller == "cpu" for group in sandbox.groups)
        assert seen == ([cores[-1]] if beside or not capped else cores)
        assert sandbox.cpu_pinned == (not capped)  # reported as a protection only when it is the cap
    finally:
        sandbox.close()
