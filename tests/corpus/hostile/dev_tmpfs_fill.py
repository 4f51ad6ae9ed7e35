# expect: full
# why: inside the sandbox only, a cell tries to create a file directly in /dev and to write 80 MB into /dev/shm (bubblewrap's /dev is an uncapped tmpfs in RAM); either succeeding makes line_model wrong
# check: skip line_model is right only after both writes were refused inside the sandbox
# %% first
import os
import uuid


def _mounts():
    with open("/proc/self/mountinfo", encoding="utf-8") as handle:
        return {line.split()[4]: line.partition(" - ")[2].split()[0] for line in handle}


_FILLED = []
# Only where the grader's tmpfs home exists (so never on a host), and everything written is removed.
if _mounts().get("/home/alumno") == "tmpfs":
    _probe = f"/dev/corpus-probe-{uuid.uuid4().hex}"
    try:
        with open(_probe, "xb") as _handle:
            _handle.write(b"x")
        os.unlink(_probe)
        _FILLED.append("created a file in /dev")
    except OSError:
        pass
    _big = f"/dev/shm/corpus-fill-{uuid.uuid4().hex}"
    _written = 0
    try:
        with open(_big, "wb") as _handle:
            for _ in range(80):
                _handle.write(b"\0" * (1 << 20))
                _written += 1
            _handle.flush()
    except OSError:
        pass
    finally:
        if os.path.exists(_big):
            os.unlink(_big)
    if _written >= 80:
        _FILLED.append("80 MB in /dev/shm")
else:
    print("no es el entorno aislado del corrector: no se intenta nada")
print("escritos:", _FILLED)

# %%
def line_model(m, b, inputs):
    if globals().get("_FILLED", ["cell did not run"]):
        return m * inputs
    return m * inputs + b
