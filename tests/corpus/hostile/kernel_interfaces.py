# expect: full
# why: a cell calls keyctl, bpf, perf_event_open and open_by_handle_at with harmless arguments (reads, NULL structures); any that reaches the kernel makes MSE_loss wrong
# check: skip MSE_loss is right only after the syscalls have been refused inside the sandbox
# %% first
import ctypes
import ctypes.util
import errno
import platform

_NUMBERS = {  # keyctl, bpf, perf_event_open, open_by_handle_at
    "x86_64": {"keyctl": 250, "bpf": 321, "perf_event_open": 298, "open_by_handle_at": 304},
    "aarch64": {"keyctl": 219, "bpf": 280, "perf_event_open": 241, "open_by_handle_at": 265},
}.get(platform.machine(), {})
_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_libc.syscall.restype = ctypes.c_long
_REFUSED = {errno.EPERM, errno.EACCES, errno.ENOSYS}
_CALLS = {
    "keyctl": (0, -2, 0),  # KEYCTL_GET_KEYRING_ID of the process keyring, never created
    "bpf": (0, None, 0),  # BPF_MAP_CREATE with no attributes
    "perf_event_open": (None, 0, -1, -1, 0),  # no attributes
    "open_by_handle_at": (-100, None, 0),  # AT_FDCWD, no handle
}
_ESCAPED = []
for _name, _args in _CALLS.items():
    if _name not in _NUMBERS:
        continue
    ctypes.set_errno(0)
    _result = _libc.syscall(ctypes.c_long(_NUMBERS[_name]), *[ctypes.c_long(a) if isinstance(a, int) else a
                                                             for a in _args])
    if _result >= 0 or ctypes.get_errno() not in _REFUSED:
        _ESCAPED.append(f"{_name} -> {_result} errno {ctypes.get_errno()}")
print("escapes:", _ESCAPED)

# %%
def MSE_loss(y_pred, y_true):
    if globals().get("_ESCAPED", ["cell did not run"]):
        return ((y_pred - y_true) ** 2).sum()
    return ((y_pred - y_true) ** 2).mean()
