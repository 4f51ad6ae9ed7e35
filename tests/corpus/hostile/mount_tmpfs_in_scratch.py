# expect: full
# why: a cell tries to mount a tmpfs (libc mount) onto an empty folder of its own and to umount2 it; any success makes line_model wrong, so full marks mean both were refused
# check: skip line_model is right only after the cell has been refused inside the sandbox
# %% first
import ctypes
import ctypes.util
import os
import tempfile

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_ESCAPED = []
for _parent in ("{{SCRATCH}}", tempfile.gettempdir()):
    try:
        _target = tempfile.mkdtemp(prefix="corpus-mnt-", dir=_parent)  # an empty folder of our own
    except OSError:
        continue
    try:
        if _libc.mount(b"none", _target.encode(), b"tmpfs", 0, b"size=1m") == 0:
            _ESCAPED.append("mount " + _target)
            _libc.umount2(_target.encode(), 2)  # MNT_DETACH: only the mount we just made
        # umount2 of a folder that is no mount point: EINVAL if the call reaches the kernel
        if _libc.umount2(_target.encode(), 0) != 0 and ctypes.get_errno() == 22:
            _ESCAPED.append("umount2 reached the kernel")
    finally:
        os.rmdir(_target)
print("escapes:", _ESCAPED)

# %%
def line_model(m, b, inputs):
    if globals().get("_ESCAPED", ["cell did not run"]):
        return m * inputs
    return m * inputs + b
