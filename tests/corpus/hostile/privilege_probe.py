# expect: full
# why: a probe that proves the sandbox through the score alone: line_model and AE_loss are right only if CapEff is 0, uid is not 0, NoNewPrivs is 1, Seccomp is 2, mount fails, /proc/sys cannot be opened for writing and no mount point but /tmp, /home/alumno, /proc and /dev takes a new file
# check: skip its functions are right only after the probe cell has passed inside the sandbox
# %% first
import ctypes
import ctypes.util
import os
import tempfile
import uuid

_PSEUDO_FS = {"proc", "sysfs", "cgroup", "cgroup2", "debugfs", "tracefs", "securityfs", "bpf", "pstore",
              "configfs", "efivarfs", "fusectl", "binfmt_misc", "hugetlbfs", "mqueue", "devpts", "autofs"}
_WRITABLE = {"/tmp", "/home/alumno", "/proc", "/dev"}


def _status():
    with open("/proc/self/status", encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split(":\t", 1) for line in handle if ":\t" in line)


def _mount_points():
    with open("/proc/self/mountinfo", encoding="utf-8") as handle:
        for line in handle:
            fields, _, rest = line.partition(" - ")
            point = fields.split()[4].replace("\\040", " ")
            yield point, (rest.split() or ["?"])[0]


def _creates_file(folder):
    """Create-and-remove a unique file; True if the creation worked."""
    probe = os.path.join(folder, f".corpus-probe-{uuid.uuid4().hex}")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return False
    os.close(fd)
    try:
        os.unlink(probe)
    except OSError:
        pass
    return True


def _sandbox_failures():
    failed = []
    status = _status()
    if int(status.get("CapEff", "1"), 16) != 0:
        failed.append("CapEff=" + status.get("CapEff", "?"))
    if os.getuid() == 0 or os.geteuid() == 0:
        failed.append("uid 0")
    if status.get("NoNewPrivs", "0").strip() != "1":
        failed.append("NoNewPrivs=" + status.get("NoNewPrivs", "?"))
    if status.get("Seccomp", "0").strip() != "2":
        failed.append("Seccomp=" + status.get("Seccomp", "?"))
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    target = tempfile.mkdtemp(prefix="corpus-mnt-")  # our own empty folder
    try:
        if libc.mount(b"none", target.encode(), b"tmpfs", 0, None) == 0:
            failed.append("mount")
            libc.umount2(target.encode(), 2)  # MNT_DETACH
    finally:
        os.rmdir(target)
    for name in ("/proc/sys/kernel/hostname", "/proc/sys/vm/drop_caches", "/proc/sys/kernel/core_pattern"):
        try:
            fd = os.open(name, os.O_WRONLY)  # opened, never written
        except OSError:
            continue
        os.close(fd)
        failed.append("write-open " + name)
    for point, fs_type in _mount_points():
        if point in _WRITABLE or point.startswith("/dev/"):
            continue
        if os.path.isdir(point) and fs_type not in _PSEUDO_FS:
            if _creates_file(point):
                failed.append("creates a file in " + point)
        elif os.access(point, os.W_OK):
            failed.append("writable " + point)
    return failed


try:
    _FAILED = _sandbox_failures()
except Exception as _error:  # noqa: BLE001 - a probe that cannot run proves nothing
    _FAILED = [f"probe error {type(_error).__name__}: {_error}"]
_SAFE = not _FAILED
print("sandbox probe:", "ok" if _SAFE else _FAILED)

# %%
def line_model(m, b, inputs):
    if globals().get("_SAFE") is True:
        return m * inputs + b
    return m * inputs

# %%
def AE_loss(y_pred, y_true):
    if globals().get("_SAFE") is True:
        return torch.abs(y_pred - y_true)
    return y_pred - y_true
