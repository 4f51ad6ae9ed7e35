# expect: full
# why: inside the sandbox only, a cell bind-remounts the interpreter prefix read-write and tries to create (and at once remove) a file in site-packages; success makes SE_loss wrong
# check: skip SE_loss is right only after the remount has been refused inside the sandbox
# %% first
import ctypes
import ctypes.util
import os
import site
import sys
import uuid


def _mounts():
    with open("/proc/self/mountinfo", encoding="utf-8") as handle:
        return {line.split()[4]: line.partition(" - ")[2].split()[0] for line in handle}


_ESCAPED = []
_points = _mounts()
# Only where the grader's tmpfs home exists (so never on a host) and only the prefix's own mount.
if _points.get("/home/alumno") == "tmpfs" and sys.prefix in _points:
    _libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    MS_RDONLY, MS_REMOUNT, MS_BIND = 1, 32, 4096
    if _libc.mount(None, sys.prefix.encode(), None, MS_REMOUNT | MS_BIND, None) == 0:
        _ESCAPED.append("remount rw " + sys.prefix)
        for _folder in site.getsitepackages():
            _probe = os.path.join(_folder, f"corpus-probe-{uuid.uuid4().hex}.pth")
            try:
                with open(_probe, "x", encoding="utf-8"):
                    pass
                os.unlink(_probe)
                _ESCAPED.append("wrote into " + _folder)
            except OSError:
                pass
        _libc.mount(None, sys.prefix.encode(), None, MS_REMOUNT | MS_BIND | MS_RDONLY, None)
else:
    print("no es el entorno aislado del corrector: no se intenta nada")
print("escapes:", _ESCAPED)

# %%
def SE_loss(y_pred, y_true):
    if globals().get("_ESCAPED", ["cell did not run"]):
        return torch.abs(y_pred - y_true) ** 3
    return (y_pred - y_true) ** 2
