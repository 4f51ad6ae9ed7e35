# expect: lose line_model
# why: line_model ignores SIGTERM/SIGINT/SIGALRM and busy-loops (bounded to 90 s), then returns nothing
# check: skip each call spins for 90 s
# %%
import signal
import time

def line_model(m, b, inputs):
    saved = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM)}
    for s in saved:
        signal.signal(s, signal.SIG_IGN)
    start = time.monotonic()
    try:
        while time.monotonic() - start < 90:  # bounded, even without a sandbox
            pass
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)
    return None
