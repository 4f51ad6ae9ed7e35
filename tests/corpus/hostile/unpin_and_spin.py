# expect: full
# why: the first cell tries to leave the core its grading process shares with it (sched_setaffinity, refused by the filter) and forks 2 children that busy-loop there for up to 150 s: its own grading slows, no other submission's does
# %% first
import os
import time

try:
    os.sched_setaffinity(0, range(os.cpu_count() or 1))
    _ESCAPED = "sí"
except OSError as _exc:
    _ESCAPED = f"no ({_exc.strerror})"
print("salir de su núcleo:", _ESCAPED, "núcleos:", sorted(os.sched_getaffinity(0)))

_SPINNERS = []
for _ in range(2):
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
