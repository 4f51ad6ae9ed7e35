# expect: full
# why: the first code cell starts 4 daemon threads that spin on the CPU (and fight for the GIL) for up to 150 s, through the rest of the notebook and the judging
# %% first
import threading
import time


def _spin(deadline):
    total = 0
    while time.monotonic() < deadline:  # bounded, even without a sandbox
        total += 1


_SPIN_UNTIL = time.monotonic() + 150
for _ in range(4):
    threading.Thread(target=_spin, args=(_SPIN_UNTIL,), daemon=True).start()
