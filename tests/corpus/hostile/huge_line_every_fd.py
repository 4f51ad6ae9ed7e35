# expect: full
# why: the last cell writes a 32 MiB line (a JSON-looking prefix, then filler) to every pipe or socket among its open descriptors, in the background too, hoping to choke the grader's reader
# %%
import os
import stat
import threading
import time

_LINE = b'{"id": "' + b"7" * (32 * 2**20) + b'", "status": "ok"}\n'  # 32 MiB


def _pipes():
    """Descriptors that are pipes or sockets: never a regular file or a terminal."""
    found = []
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = int(name)
            mode = os.fstat(fd).st_mode
        except (ValueError, OSError):
            continue
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            found.append(fd)
    return found


def _flood(deadline):
    for fd in _pipes():
        if time.monotonic() > deadline:
            return
        try:
            os.set_blocking(fd, True)
            os.write(fd, _LINE)
        except OSError:
            pass


_deadline = time.monotonic() + 20  # bounded, even without a sandbox
threading.Thread(target=_flood, args=(_deadline,), daemon=True).start()
_flood(_deadline)
print("descriptores:", _pipes())
