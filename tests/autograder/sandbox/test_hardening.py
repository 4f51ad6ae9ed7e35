"""The sandbox's privileges, channel and limits, attacked from inside (confined runs only).

Every attempt is harmless even if confinement failed: mounts target a folder of the
sandbox's own /tmp, /proc/sys files are opened but never written, a probe file that
should not be creatable is removed at once, and loops are bounded.
"""

from __future__ import annotations

import errno
import json
from contextlib import contextmanager
from typing import Any, Iterator

import pytest
import torch

import reference
from autograder import trusted
from autograder.sandbox import seccomp, wire
from autograder.config import Limits
from autograder.execute import Execution
from autograder.student import SandboxStudent
from autograder.sandbox.channel import SHARED, Death, Sandbox

pytestmark = pytest.mark.slow

PROBE = r'''
import ctypes, os
status = dict(line.split(":", 1) for line in open("/proc/self/status").read().splitlines() if ":" in line)
facts = {k: status[k].split()[0] for k in ("Uid", "CapEff", "CapBnd", "NoNewPrivs", "Seccomp")}
libc = ctypes.CDLL(None, use_errno=True)
target = "/tmp/probe-mount-" + os.urandom(6).hex()  # removed below, whatever happens
os.mkdir(target)
facts["mount"] = libc.mount(b"none", target.encode(), b"tmpfs", 0, None) == 0
if facts["mount"]:
    libc.umount2(target.encode(), 2)
os.rmdir(target)
facts["unshare"] = libc.unshare(0x10000000) == 0
try:
    os.close(os.open("/proc/sys/kernel/hostname", os.O_WRONLY))
    facts["proc_sys"] = True
except OSError:
    facts["proc_sys"] = False
writable = []
for line in open("/proc/self/mountinfo").read().splitlines():
    point = line.split()[4]
    if point in ("/tmp", "/home/alumno", "/proc", "/dev") or point.startswith(("/proc/", "/dev/")):
        continue
    probe = os.path.join(point, ".probe-hardening")
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        os.unlink(probe)
        writable.append(point)
    except OSError:
        pass
facts["writable"] = writable
print("FACTS" + __import__("json").dumps(facts))
'''


@contextmanager
def judging(cells: list[str], limits: Limits, bwrap_path: str) -> Iterator[tuple[Execution, SandboxStudent]]:
    """A notebook of ``cells`` run in a fresh sandbox and ready for judged calls; closed afterwards."""
    execution = Execution(cells, limits, bwrap_path, seed=3)
    try:
        execution.run_cells()
        execution.begin_judging()
        yield execution, SandboxStudent(execution)
    finally:
        execution.close()


@pytest.fixture(params=["zygote", "direct"])
def box(request: pytest.FixtureRequest, bwrap_path: str, limits: Limits) -> Iterator[Sandbox]:
    """A sandbox forked by the zygote (how grading runs) and one started by bubblewrap (its fallback)."""
    sandbox = Sandbox(limits, bwrap_path, server=SHARED if request.param == "zygote" else None)
    assert sandbox.forked == (request.param == "zygote")
    assert not isinstance(sandbox.wait_ready(120), Death)
    yield sandbox
    sandbox.close()


def run(sandbox: Sandbox, source: str, timeout: float = 20) -> dict[str, Any]:
    reply = sandbox.request({"op": "run_cell", "source": source}, timeout)
    assert isinstance(reply, dict), reply
    return reply


def test_student_code_has_no_privileges(box: Sandbox) -> None:
    output = run(box, PROBE)["output"]
    facts = json.loads(output.split("FACTS", 1)[1])
    assert facts["Uid"] != "0"
    assert int(facts["CapEff"], 16) == 0 and int(facts["CapBnd"], 16) == 0
    assert facts["NoNewPrivs"] == "1" and facts["Seccomp"] == "2"
    assert not facts["mount"] and not facts["unshare"] and not facts["proc_sys"]
    assert facts["writable"] == []


def test_the_filter_denies_every_listed_call() -> None:
    names = seccomp.DENIED
    for required in ("mount", "umount2", "pivot_root", "ptrace", "process_vm_readv", "process_vm_writev",
                     "keyctl", "bpf", "perf_event_open", "unshare", "setns", "open_by_handle_at",
                     "kexec_load", "kexec_file_load", "init_module", "finit_module", "reboot"):
        assert required in names
    assert len(seccomp.bpf_program()) > 8 * len(names)  # one compiled rule at least per call


def test_a_notebook_may_signal_a_process_but_never_a_group(box: Sandbox) -> None:
    """A zygote's fork shares the zygote's process group: ``kill(0, …)`` would reach the zygote and every
    other submission's box. Probed with signal 0, which only asks whether the signal could be sent."""
    source = ("import os\nseen = []\n"
              "for pid in (0, -1, -os.getpid(), -2**31, os.getpid()):\n"
              "    try:\n        os.kill(pid, 0)\n        seen.append('sent')\n"
              "    except OSError as exc:\n        seen.append(exc.errno)\n"
              "print('FACTS' + __import__('json').dumps(seen))")
    seen = json.loads(run(box, source)["output"].split("FACTS", 1)[1])
    assert seen == [errno.EPERM] * 4 + ["sent"]


def test_a_notebook_may_renice_a_process_but_never_a_group(box: Sandbox) -> None:
    """``setpriority`` and ``ioprio_set`` of "my process group" would reach the zygote's other forks.
    Probed with the values they already have (niceness 0, no I/O class): harmless if they went through."""
    source = ("import ctypes, os, platform\nseen = {}\n"
              "for which in (os.PRIO_PGRP, os.PRIO_PROCESS):\n"
              "    try:\n        os.setpriority(which, 0, 0)\n        seen[which] = 'set'\n"
              "    except OSError as exc:\n        seen[which] = exc.errno\n"
              "libc = ctypes.CDLL(None, use_errno=True)\n"
              "if platform.machine() == 'x86_64':  # ioprio_set(which, 0, 0): syscall 251 there\n"
              "    for which in (2, 1):\n"
              "        seen[10 + which] = 'set' if libc.syscall(251, which, 0, 0) == 0 else ctypes.get_errno()\n"
              "print('FACTS' + __import__('json').dumps(seen))")
    seen = json.loads(run(box, source)["output"].split("FACTS", 1)[1])
    assert seen["1"] == errno.EPERM and seen["0"] == "set"
    if "12" in seen:
        assert seen["12"] == errno.EPERM and seen["11"] == "set"


def test_a_huge_line_on_every_descriptor_is_skipped_and_memory_stays_bounded(box: Sandbox) -> None:
    source = ("import os, stat\nblob = b'x' * (24 << 20) + b'\\n'\n"
              "for name in os.listdir('/proc/self/fd'):\n"
              "    fd = int(name)\n"
              "    try:\n"
              "        if stat.S_ISFIFO(os.fstat(fd).st_mode) and fd > 2:\n"
              "            os.write(fd, blob)\n"
              "    except OSError:\n"
              "        pass\nprint('sent')")
    reply = run(box, source, timeout=60)
    assert reply["status"] == "ok" and "sent" in reply["output"]
    assert run(box, "print(6 * 7)")["output"].strip() == "42"


def test_an_oversize_answer_kills_the_sandbox_unparsed(bwrap_path: str) -> None:
    small = Limits(cell_timeout_s=20, call_timeout_s=20, memory_limit_mb=2048, reply_limit_mb=1)
    sandbox = Sandbox(small, bwrap_path)
    try:
        sandbox.wait_ready(120)
        reply = sandbox.request({"op": "run_cell", "source": "print('y' * 3_000_000)"}, 30)
    finally:
        sandbox.close()
    assert isinstance(reply, Death) and reply.kind in ("protocol", "output_limit")


FORGER = r'''
import gc, json, os, stat, sys, threading, torch

def _ids():
    found = set()
    for frame in sys._current_frames().values():
        while frame is not None:
            for value in list(frame.f_locals.values()):
                if isinstance(value, dict) and isinstance(value.get("id"), str):
                    found.add(value["id"])
            frame = frame.f_back
    return found

def _forge(value):
    for request_id in _ids():
        fake = {"id": request_id, "status": "ok", "value": value, "output": "",
                "args_after": [{"__tensor__": {"dtype": "float32", "shape": [3], "device": "cpu",
                                "requires_grad": False, "data": "AACAPwAAAEAAAEBA"}}],
                "kwargs_after": {"__dict__": []}}
        line = (json.dumps(fake) + "\n").encode()
        for name in os.listdir("/proc/self/fd"):
            try:
                if stat.S_ISFIFO(os.fstat(int(name)).st_mode) or stat.S_ISSOCK(os.fstat(int(name)).st_mode):
                    os.write(int(name), line)
            except OSError:
                pass

def SE_loss(y_pred, y_true):
    y_pred.add_(100.0)          # changes its argument in place...
    _forge(7)                   # ...and claims, on every descriptor, that it did not
    return (y_pred - y_true) ** 2
'''


def test_forged_replies_cannot_hide_a_changed_argument(bwrap_path: str, limits: Limits) -> None:
    execution = Execution([FORGER], limits, bwrap_path, seed=3)
    try:
        execution.run_cells()
        execution.begin_judging()
        y_pred = torch.tensor([1.0, 2.0, 3.0])
        call = SandboxStudent(execution).call("SE_loss", y_pred, torch.tensor(0.0))
    finally:
        execution.close()
    assert call.ok, call.failure
    assert torch.equal(call.value, (y_pred + 100.0) ** 2)  # the function's own result, not the forged 7
    assert torch.equal(call.args_after[0], y_pred + 100.0)  # the grader read the memory itself


GRANDCHILD_FORGER = r'''
import os, sys

def _forge_from_a_grandchild(value):
    """Fork; the grandchild writes a result line into the judging child's link and exits; wait for it."""
    frame = sys._getframe(1)
    while frame is not None and type(frame.f_locals.get("link")).__name__ != "Link":
        frame = frame.f_back
    if frame is None or os.getpid() == 1:  # only inside a judging child, never in the worker or on a host
        return
    sock = frame.f_locals["link"].sock
    line = ('{"op":"result","status":"ok","value":%r,"args_after":[],"kwargs_after":{"__dict__":[]},"output":""}\n'
            % value).encode()
    child = os.getpid()
    pid = os.fork()
    if pid == 0:
        try:
            if SPOOF:  # claim the judging child's pid as its own: the kernel refuses it without CAP_SYS_ADMIN
                import socket, struct
                creds = struct.pack("3i", child, os.getuid(), os.getgid())
                try:
                    sock.sendmsg([line], [(socket.SOL_SOCKET, socket.SCM_CREDENTIALS, creds)])
                except OSError:
                    pass
            else:
                sock.sendall(line)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)

def line_model(m, b, inputs):
    _forge_from_a_grandchild(12345.0)  # in the link before this call's own result
    return m * inputs + b
'''


@pytest.mark.parametrize("spoof", [False, True], ids=["plain", "claims_the_childs_pid"])
def test_a_grandchild_cannot_write_a_result_into_the_judging_childs_link(spoof: bool, bwrap_path: str,
                                                                        limits: Limits) -> None:
    """A process the judged code forks inherits the child's link: its lines are not the child's, and are dropped.

    Without the pid check, its forged line came first and was taken for the call's result (and
    a grandchild left running could do the same to a later function's calls). Sending the
    child's pid as its own credentials is refused by the kernel: the box holds no capability.
    """
    with judging([f"SPOOF = {spoof}\n" + GRANDCHILD_FORGER], limits, bwrap_path) as (_, student):
        values = [student.call("line_model", 2.0, 1.0, float(x)).value for x in range(3)]
    assert values == [1.0, 3.0, 5.0]


SLEEPER = r'''
import os, time

def _leave_a_sleeper():
    """In a judging child only (never the worker, PID 1, nor as root): fork a process that sleeps 30 s."""
    if os.getpid() != 1 and os.getuid() != 0 and os.fork() == 0:
        try:
            time.sleep(30)
        finally:
            os._exit(0)
'''

DIES_LEAVING_A_HOLDER = SLEEPER + r'''
def line_model(m, b, inputs):
    """In a judging child only: leave a sleeper that holds the link, then end."""
    if os.getpid() != 1 and os.getuid() != 0:
        _leave_a_sleeper()
        os._exit(0)
    return m * inputs + b
'''


def test_a_call_that_ends_its_process_is_reported_as_such_though_its_child_holds_the_link(
        bwrap_path: str, limits: Limits) -> None:
    """No end of file comes while the sleeper holds the child's end: the worker also watches the child itself.

    Before, the worker waited for the end of file until the grader's deadline, and the call was a timeout.
    """
    with judging([DIES_LEAVING_A_HOLDER], limits, bwrap_path) as (_, student):
        call = student.call("line_model", 2.0, 1.0, 3.0)
    assert call.failure is not None
    assert call.failure.kind == "crash", call.failure
    assert "terminó su proceso" in call.failure.message


LEAVES_A_PROCESS = SLEEPER + r'''
def line_model(m, b, inputs):
    """Its process id; when ``m`` is 1, it first leaves a sleeper behind."""
    if m == 1:
        _leave_a_sleeper()
    return float(os.getpid())

def AE_loss(y_pred, y_true):
    return float(os.getpid())
'''


@pytest.mark.parametrize("leaves", [False, True], ids=["nothing_left", "a_process_left"])
def test_a_judging_child_that_left_a_process_is_not_handed_on(leaves: bool, bwrap_path: str,
                                                               limits: Limits) -> None:
    """A process that judged code forks holds the child's link: the next function gets a fresh child.

    Otherwise that process could read the next function's calls before the child does. A child
    whose calls left nothing behind still serves the next function (no fork for nothing).
    """
    with judging([LEAVES_A_PROCESS], limits, bwrap_path) as (_, student):
        first = student.call("line_model", 1.0 if leaves else 2.0, 0.0, 0.0).value
        again = student.call("line_model", 2.0, 0.0, 0.0).value
        then = student.call("AE_loss", torch.tensor(0.0), torch.tensor(0.0)).value
    assert first == again
    assert (then != first) == leaves


def test_a_background_forger_changes_nothing(bwrap_path: str, limits: Limits) -> None:
    """A process started by a cell writes fake replies, with every id it can find, for 20 s."""
    forger = FORGER.replace("def SE_loss", "def _unused") + (
        "import time\n"
        "if os.fork() == 0:\n"
        "    end = time.time() + 20\n"
        "    while time.time() < end:\n"
        "        _forge(1e9)\n"
        "        time.sleep(0.001)\n"
        "    os._exit(0)\n"
        "def line_model(m, b, inputs):\n    return m * inputs + b\n")
    with judging([forger], limits, bwrap_path) as (_, student):
        values = [student.call("line_model", 2.0, 1.0, float(x)).value for x in range(20)]
    assert values == [2.0 * x + 1.0 for x in range(20)]


def test_a_large_result_crosses_whole_and_exact(bwrap_path: str, limits: Limits) -> None:
    """A result longer than one read of every socket on its way (the child's line goes on to the
    grader as the child wrote it) arrives bit for bit, and the next call is answered as usual."""
    cells = ["import torch\n"
             "def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):\n"
             "    print('datos', n)\n"
             "    return torch.arange(2 * n, dtype=torch.float64).reshape(n, 2) * m + b\n",
             "def line_model(m, b, x):\n    return m * x + b\n"]
    with judging(cells, limits, bwrap_path) as (_, student):
        data = student.call("get_data_from_a_line", 0.5, 1.0, 30_000)
        line = student.call("line_model", 2.0, 1.0, 3.0)
    assert data.failure is None and data.output == "datos 30000\n"
    assert torch.equal(data.value, torch.arange(60_000, dtype=torch.float64).reshape(30_000, 2) * 0.5 + 1.0)
    assert line.failure is None and line.value == 7.0


def test_a_helpers_form_probe_leaves_nothing_behind_in_the_call_that_made_it(bwrap_path: str, limits: Limits) -> None:
    """The student's own line_model runs, to learn its form, inside the rate's call: in a fork of
    its own. What it prints is printed; what it breaks (torch's subtraction, a global) stays there."""
    cells = ["import torch\nprobed = []\n"
             "def line_model(m, b, x):\n"
             "    probed.append(1)\n"
             "    print('sonda')\n"
             "    torch.Tensor.__sub__ = lambda a, b: a\n"
             "    return m * x + b\n",
             "def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):\n"
             "    below = loss_fn(line_model(m - delta, b, x_true), y_true)\n"
             "    above = loss_fn(line_model(m + delta, b, x_true), y_true)\n"
             "    return (below - above) / (2 * delta), len(probed)\n"]
    x, y = torch.tensor(29.3), torch.tensor(15.5)
    with judging(cells, limits, bwrap_path) as (_, student):
        rate = student.call("loss_rate_of_change_m", 0.8, 0.0, x, y, 0.1, wire.Trusted("AE_loss"))
    assert rate.failure is None and rate.output == "sonda\n"
    value, probed = rate.value
    expected = reference.loss_rate_of_change_m(0.8, 0.0, x, y, 0.1, reference.AE_loss)
    assert torch.allclose(value, expected) and probed == 0


def test_stand_ins_answer_only_what_the_judged_call_may_use(bwrap_path: str, limits: Limits) -> None:
    """During get_data_from_a_line only line_model answers; a forged stand-in for the rate is refused."""
    cells = ["import torch\nleaks = {}\n"
             "def loss_rate_of_change_m(*args):\n    return 'own'\n"
             "def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):\n"
             "    stand_in = globals()['line_model']\n"
             "    leaks['line_model'] = stand_in(1.0, 2.0, torch.tensor([3.0]))\n"
             "    leaks['rate'] = loss_rate_of_change_m(1.0, 0.0, 1.0, 1.0, 0.1, None)\n"
             "    try:\n"
             "        forged = type(stand_in)('loss_rate_of_change_m', stand_in._ask)\n"
             "        leaks['forged'] = forged(1.0, 0.0, 1.0, 1.0, 0.1, stand_in)\n"
             "    except Exception as exc:\n"
             "        leaks['forged'] = type(exc).__name__\n"
             "    print(repr(leaks))\n"
             "    x = range * torch.rand(n, device=device)\n"
             "    return torch.stack((x + sigma * torch.randn(n, device=device),"
             " m * x + b + sigma * torch.randn(n, device=device)), dim=1)\n",
             "def line_model(m, b, x):\n    return m * x + b + 1000\n"]
    with judging(cells, limits, bwrap_path) as (execution, student):
        data = student.call("get_data_from_a_line", 1.0, 0.0, 5)
        late = student.call("line_model", 1.0, 2.0, 3.0)
        reply = execution.sandbox.request({"op": "run_cell", "source": "print(repr(leaks))"}, 10)  # type: ignore[union-attr]
    assert data.ok, data.failure
    assert "'line_model': tensor([5.])" in data.output  # answered by the grader, not the student's +1000
    assert "'rate': 'own'" in data.output  # not a stand-in during get_data_from_a_line
    assert "'forged': 'TypeError'" in data.output  # the grader refused the forged question
    assert isinstance(reply, dict) and reply["output"].strip() == "{}"  # nothing of the call outlived it
    assert late.value == 1005.0  # after the call, the student's own line_model is back


def test_functions_are_judged_after_every_helper_they_may_use() -> None:
    order = {name: i for i, name in enumerate(trusted.JUDGING_ORDER)}
    for function, helpers in trusted.MAY_USE.items():
        assert all(order[h] < order[function] for h in helpers), function


def test_a_refused_question_names_no_reference_value() -> None:
    question = {"name": "loss_rate_of_change_m", "args": wire.encode([1.0, 0.0, torch.tensor(1.0), torch.tensor(1.0),
                                                                      0.1, wire.Trusted("AE_loss")]),
                "kwargs": wire.encode({})}
    assert trusted.answer(question, frozenset({"line_model"}))["status"] == "error"
    assert trusted.answer(question, frozenset({"loss_rate_of_change_m"}))["status"] == "error"  # AE not allowed
    allowed = trusted.answer(question, frozenset({"loss_rate_of_change_m", "AE_loss"}))
    assert allowed["status"] == "ok"
    huge = {"name": "line_model", "args": wire.encode([torch.zeros(3000, 1), 0.0, torch.zeros(3000)]),
            "kwargs": wire.encode({})}
    assert trusted.answer(huge, frozenset({"line_model"}))["status"] == "error"  # 9e6 elements broadcast


def test_a_submission_never_outlives_its_total_budget(bwrap_path: str) -> None:
    """40 sleeping cells, then a function that sleeps under its call deadline: the cap stops both."""
    limits = Limits(cell_timeout_s=4, call_timeout_s=3, memory_limit_mb=2048, submission_timeout_s=10,
                    judging_reserve_s=4, notebook_budget_s=90)
    cells = (["import time"] + ["time.sleep(1.0)"] * 40
             + ["def line_model(m, b, x):\n    time.sleep(1.0)\n    return m * x + b"])
    execution = Execution(cells, limits, bwrap_path, seed=1)
    try:
        records = execution.run_cells()
        execution.begin_judging()
        student = SandboxStudent(execution)
        calls = [student.call("line_model", 1.0, 2.0, float(k)) for k in range(20)]
    finally:
        execution.close()
    slept = [r for r in records[1:41] if r.status == "ok"]
    assert len(slept) <= (10 - 4) / 1.0 + 1  # the cells stopped running before the judging reserve
    assert records[-1].status == "ok"  # the definition still ran
    answered = [c for c in calls if c.ok]
    assert 1 <= len(answered) <= 4 / 1.0 + 1
    assert all(c.failure is not None and "tiempo total" in c.failure.message for c in calls[len(answered) + 1:])


FLOODS_IN_A_CALL = r'''
def line_model(m, b, inputs):
    """Prints far past the output limit inside its judged call."""
    for _ in range(400):
        print("y" * 100_000)
    return m * inputs + b
'''


def test_a_call_that_floods_its_output_ends_the_sandbox_as_an_output_limit(bwrap_path: str,
                                                                            limits: Limits) -> None:
    """The child reports its flood on its link to the worker, which tells the grader for the call in flight."""
    with judging([FLOODS_IN_A_CALL], limits, bwrap_path) as (_, student):
        call = student.call("line_model", 2.0, 1.0, 3.0)
    assert call.failure is not None and call.failure.kind == "output_limit", call.failure


ENDS_AFTER_ITS_RESULT = r'''
import os, signal

def line_model(m, b, inputs):
    """Right; when ``m`` is 1 it also leaves a process that ends the judging child once the call is over."""
    if m == 1 and os.getpid() != 1 and os.fork() == 0:
        try:
            import time
            time.sleep(0.3)
            os.kill(os.getppid(), signal.SIGKILL)
        finally:
            os._exit(0)
    return m * inputs + b

def AE_loss(y_pred, y_true):
    return abs(y_pred - y_true)
'''


def test_a_child_that_ended_between_calls_is_replaced_before_the_next_function_calls(
        bwrap_path: str, limits: Limits) -> None:
    """Its result was delivered; its end, noticed after, costs no other call anything."""
    import time

    with judging([ENDS_AFTER_ITS_RESULT], limits, bwrap_path) as (_, student):
        first = student.call("line_model", 1.0, 1.0, 3.0)
        time.sleep(1.0)  # the leftover ends the child meanwhile, then itself
        second = student.call("AE_loss", 5.0, 2.0)
    assert first.ok and first.value == 4.0, first.failure
    assert second.ok and second.value == 3.0, second.failure


DIRECT_CALLS = r'''
import os, sys

def line_model(m, b, inputs):
    """Right; when ``m`` is 3 it ends its process instead, past every except."""
    if m == 3:
        os._exit(0)
    return m * inputs + b

def AE_loss(y_pred, y_true):
    """Right; its first call also points the judging child's socket for this function at /dev/null."""
    direct = sys.modules.get("calls", sys.modules.get("autograder.sandbox.calls"))
    link = getattr(direct, "_DIRECT", {}).get("current") if direct is not None else None
    if y_true == 0 and link is not None and os.getpid() != 1:
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, link.sock.fileno())
        os.close(null)
    return abs(y_pred - y_true)
'''


def test_a_functions_later_calls_end_and_recover_as_calls_through_the_worker_do(bwrap_path: str,
                                                                                limits: Limits) -> None:
    """Later calls of a function go to the child straight; its end is still reported for the call
    that caused it, and a child whose function socket was spoilt is reached through the worker."""
    with judging([DIRECT_CALLS], limits, bwrap_path) as (_, student):
        calls = [student.call("line_model", m, 1.0, 2.0) for m in (1.0, 2.0, 3.0)]
        losses = [student.call("AE_loss", 5.0, y) for y in (0.0, 1.0, 2.0)]
    assert [c.value for c in calls[:2]] == [3.0, 5.0]
    assert calls[2].failure is not None and calls[2].failure.kind == "crash", calls[2].failure
    assert "terminó su proceso" in calls[2].failure.message
    assert [c.value for c in losses] == [5.0, 4.0, 3.0], [c.failure for c in losses]
