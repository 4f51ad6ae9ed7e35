# expect: full
# why: the first code cell forks 3 children that busy-loop for up to 150 s (named corpus-orphan), competing with the worker for the CPU through the notebook and the judging
# %% first
import os
import time

_SPINNERS = []
for _ in range(3):
    _pid = os.fork()
    if _pid == 0:
        try:
            with open("/proc/self/comm", "w") as _comm:
                _comm.write("corpus-orphan")
            _deadline = time.monotonic() + 150  # bounded, even without a sandbox
            while time.monotonic() < _deadline:
                pass
        finally:
            os._exit(0)
    _SPINNERS.append(_pid)
print("procesos:", _SPINNERS)
