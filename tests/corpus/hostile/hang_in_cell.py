# expect: full
# why: a cell that ignores SIGTERM/SIGINT/SIGALRM/SIGHUP and busy-loops (bounded: gives up after 90 s)
# %% after line_model
import signal
import time

_saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGHUP)}
for _s in _saved:
    signal.signal(_s, signal.SIG_IGN)
_start = time.monotonic()
try:
    while time.monotonic() - _start < 90:  # bounded, even without a sandbox
        pass
finally:
    for _s, _handler in _saved.items():
        signal.signal(_s, _handler)
