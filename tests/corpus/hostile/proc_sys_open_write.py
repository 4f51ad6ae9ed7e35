# expect: full
# why: a cell opens /proc/sys files and /proc/sysrq-trigger for writing (never writes); an open that succeeds makes line_model wrong
# check: skip line_model is right only after the opens have been refused inside the sandbox
# %% first
import os

_ESCAPED = []
for _name in ("/proc/sys/kernel/hostname", "/proc/sys/kernel/core_pattern", "/proc/sys/vm/drop_caches",
              "/proc/sys/kernel/modprobe", "/proc/sysrq-trigger", "/proc/sys/fs/binfmt_misc/register"):
    try:
        _fd = os.open(_name, os.O_WRONLY)  # opened, never written
    except OSError as _error:
        print("rechazado", _name, _error.strerror)
        continue
    os.close(_fd)
    _ESCAPED.append(_name)
print("escapes:", _ESCAPED)

# %%
def line_model(m, b, inputs):
    if globals().get("_ESCAPED", ["cell did not run"]):
        return m * (inputs + b)
    return m * inputs + b
