# expect: full
# why: forks one detached child (exits within 60 s) that keeps forging results and writing to its scratch folder after the cell ends
# %%
import json
import os
import time

_pid = os.fork()
if _pid == 0:
    try:
        os.setsid()
        with open("/proc/self/comm", "w") as _comm:  # its own name, so the test can look for it
            _comm.write("corpus-orphan")
        _forged = json.dumps({"score": 100.0, "tests": []})
        _deadline = time.monotonic() + 60  # bounded, even without a sandbox
        while time.monotonic() < _deadline:
            for _target in ("{{RESULTS}}/wrong__AE_loss__no_abs.json", "{{SCRATCH}}/orphan-alive.txt"):
                try:
                    with open(_target, "w", encoding="utf-8") as _file:
                        _file.write(_forged)
                except OSError:
                    pass
            time.sleep(1)
    finally:
        os._exit(0)
print("hijo lanzado:", _pid)
