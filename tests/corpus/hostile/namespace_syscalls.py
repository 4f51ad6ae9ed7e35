# expect: full
# why: forked children try unshare(CLONE_NEWUSER|CLONE_NEWNS), setns into their own user namespace, PTRACE_TRACEME and process_vm_readv on themselves; any call that reaches the kernel makes MAE_loss wrong
# check: skip MAE_loss is right only after the syscalls have been refused inside the sandbox
# %% first
import ctypes
import ctypes.util
import os

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


class _IoVec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("len", ctypes.c_size_t)]


def _attempt(name):
    """Run in a child; exit 0 when the call got through, 1 when it was refused."""
    if name == "unshare":
        return _libc.unshare(0x10000000 | 0x00020000) == 0  # CLONE_NEWUSER | CLONE_NEWNS
    if name == "setns":
        fd = os.open("/proc/self/ns/user", os.O_RDONLY)
        ok = _libc.setns(fd, 0) == 0 or ctypes.get_errno() == 22  # EINVAL: reached the kernel
        os.close(fd)
        return ok
    if name == "ptrace":
        return _libc.ptrace(0, 0, None, None) == 0  # PTRACE_TRACEME: our own process only
    if name == "process_vm_readv":
        source, target = ctypes.create_string_buffer(b"corpus", 8), ctypes.create_string_buffer(8)
        local, remote = _IoVec(ctypes.addressof(target), 8), _IoVec(ctypes.addressof(source), 8)
        return _libc.process_vm_readv(os.getpid(), ctypes.byref(local), 1, ctypes.byref(remote), 1, 0) == 8
    return False


_ESCAPED = []
for _name in ("unshare", "setns", "ptrace", "process_vm_readv"):
    _pid = os.fork()
    if _pid == 0:
        _code = 1
        try:
            _code = 0 if _attempt(_name) else 1
        finally:
            os._exit(_code)
    _, _status = os.waitpid(_pid, 0)
    if os.WIFEXITED(_status) and os.WEXITSTATUS(_status) == 0:
        _ESCAPED.append(_name)
print("escapes:", _ESCAPED)

# %%
def MAE_loss(y_pred, y_true):
    if globals().get("_ESCAPED", ["cell did not run"]):
        return (y_pred - y_true).mean()
    return torch.abs(y_pred - y_true).mean()
