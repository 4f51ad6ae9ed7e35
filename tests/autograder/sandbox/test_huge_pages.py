"""The zygote's huge pages: its memory keeps every byte, and forks share 2 MiB pages where the kernel can."""

from __future__ import annotations

import json
import platform
import re
import subprocess
import sys

import pytest

from autograder.config import PROJECT_ROOT

PROBE = """
import json, os
from autograder.sandbox.zygote import HugePages
data = bytearray(os.urandom(1 << 20) * 24)  # 24 MiB on the heap or in an anonymous mapping
before = hash(bytes(data))
huge = HugePages()
slices = 0
while huge.pieces:
    huge.step()
    slices += 1
def anon_huge_kb():
    for line in open('/proc/self/smaps_rollup'):
        if line.startswith('AnonHugePages:'):
            return int(line.split()[1])
    return 0
kb = anon_huge_kb()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    data[12345] ^= 0xFF  # a fork's write copies one small page, never the parent's
    os.write(w, json.dumps([anon_huge_kb(), data[12345]]).encode())
    os._exit(0)
os.waitpid(pid, 0)
child_kb, child_byte = json.loads(os.read(r, 100))
print(json.dumps({"same": hash(bytes(data)) == before, "collapsed": huge.collapsed, "slices": slices,
                  "huge_kb": kb, "child_kb": child_kb, "parent_byte": data[12345], "child_byte": child_byte}))
"""


def _kernel() -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", platform.release())[:2])


def test_collapsing_keeps_every_byte_and_forks_share_the_huge_pages() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          cwd=PROJECT_ROOT, check=True)
    seen = json.loads(done.stdout)
    assert seen["same"]
    assert seen["child_byte"] == seen["parent_byte"] ^ 0xFF
    if _kernel() < (6, 1):
        assert seen["collapsed"] == 0
        pytest.skip("this kernel has no MADV_COLLAPSE (Linux 6.1+): forks copy 4 KiB page tables as before")
    assert seen["slices"] > 1  # in slices, so that no fork request waits for all of it
    assert seen["huge_kb"] >= 16 * 1024 and seen["child_kb"] >= 16 * 1024
