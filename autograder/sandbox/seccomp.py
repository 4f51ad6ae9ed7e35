"""The system-call filter every sandbox runs under, compiled by libseccomp.

The filter allows everything a notebook legitimately does (torch, matplotlib,
threads, subprocesses) and answers ``EPERM`` to the calls that only serve an
escape: mounting, namespaces, tracing other processes, kernel keyrings, BPF,
loading kernels or modules, rebooting, and changing CPU affinity (which would
undo the CPU pinning used where no CPU cgroup exists). Nothing may name a process
group: every fork of the zygote shares the zygote's, so ``kill(0, SIGKILL)`` in one
notebook would end the zygote and every other submission's box at once, and
``setpriority``/``ioprio_set`` of "my group" would slow them. ``kill`` with pid 0 or
negative, ``setpriority(PRIO_PGRP, …)`` and ``ioprio_set(IOPRIO_WHO_PGRP, …)`` are
refused; a process of one's own box can still be signalled or reniced. ``clone`` with any
namespace flag is refused as well, and ``clone3`` reports ``ENOSYS`` so that
libc falls back to ``clone``, whose flags a filter can read.

The rules are compiled by libseccomp (through ``pyseccomp``, its ctypes binding)
into classic BPF, handed to bubblewrap with ``--seccomp FD``. The same
``build_filter()`` object can instead be ``load()``-ed in a forked process after
``prctl(PR_SET_NO_NEW_PRIVS)``, which is how a pre-started "zygote" would apply
it to each fork.
"""

from __future__ import annotations

import errno
import functools
import os
import tempfile
from typing import Any

DENIED: tuple[str, ...] = (
    "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsconfig",
    "fsmount", "fspick", "mount_setattr",
    "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
    "keyctl", "add_key", "request_key",
    "bpf", "perf_event_open", "userfaultfd",
    "unshare", "setns",
    "open_by_handle_at", "name_to_handle_at",
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module",
    "reboot", "swapon", "swapoff", "acct", "quotactl", "syslog",
    "settimeofday", "clock_settime", "adjtimex", "clock_adjtime", "sethostname", "setdomainname",
    "iopl", "ioperm", "lookup_dcookie", "vhangup", "nfsservctl",
    "sched_setaffinity",
)
"""System calls answered with EPERM (those unknown to this architecture are skipped)."""

CLONE_NAMESPACE_FLAGS = (0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000
                         | 0x20000000 | 0x40000000 | 0x00000080)
"""CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME."""


PRIO_PGRP = 1
IOPRIO_WHO_PGRP = 2
"""``which`` of ``setpriority`` and ``ioprio_set`` that means a process group (with 0: the caller's)."""


class SeccompUnavailable(RuntimeError):
    """libseccomp (or its binding) is missing: the sandbox would run without a filter."""


def _library() -> Any:
    try:
        import pyseccomp
    except (ImportError, OSError, AttributeError) as exc:  # the binding raises if libseccomp.so is absent
        raise SeccompUnavailable(f"libseccomp is not available ({exc}); install libseccomp2") from exc
    return pyseccomp


def build_filter() -> Any:
    """A ``pyseccomp.SyscallFilter``: allow by default, EPERM for :data:`DENIED` and namespace clones."""
    seccomp = _library()
    rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    deny = seccomp.ERRNO(errno.EPERM)
    for name in DENIED:
        try:
            rules.add_rule(deny, name)
        except (OSError, ValueError, RuntimeError):
            continue  # not a system call on this architecture
    for bit in range(32):  # clone with any namespace flag set
        flag = 1 << bit
        if CLONE_NAMESPACE_FLAGS & flag:
            rules.add_rule(deny, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    # kill(pid ≤ 0): the caller's process group, every process it may signal, or another group.
    # pid_t is 32 bits: only the register's low half counts, whatever the high half holds.
    rules.add_rule(deny, "kill", seccomp.Arg(0, seccomp.MASKED_EQ, 0xFFFFFFFF, 0))
    rules.add_rule(deny, "kill", seccomp.Arg(0, seccomp.MASKED_EQ, 0x80000000, 0x80000000))
    rules.add_rule(deny, "setpriority", seccomp.Arg(0, seccomp.EQ, PRIO_PGRP))
    rules.add_rule(deny, "ioprio_set", seccomp.Arg(0, seccomp.EQ, IOPRIO_WHO_PGRP))
    try:
        rules.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    except (OSError, ValueError, RuntimeError):
        pass
    return rules


@functools.cache
def bpf_program() -> bytes:
    """The compiled filter as raw classic-BPF bytes, the format ``bwrap --seccomp`` reads."""
    with tempfile.TemporaryFile() as handle:
        build_filter().export_bpf(handle)
        handle.seek(0)
        program = handle.read()
    if not program:
        raise SeccompUnavailable("libseccomp produced an empty filter")
    return program


def program_fd() -> int:
    """A fresh readable descriptor holding the BPF program (bubblewrap reads it to the end)."""
    read_end, write_end = os.pipe()
    program = bpf_program()
    if len(program) > 60_000:  # more than a pipe holds without a reader
        os.close(read_end)
        os.close(write_end)
        raise SeccompUnavailable("seccomp program too large for a pipe")
    os.write(write_end, program)
    os.close(write_end)
    return read_end
