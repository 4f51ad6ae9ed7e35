# expect: full
# why: inside its own box (the worker is PID 1, uid 1000), a cell looks for other submissions and for the zygote that forked it (every PID in /proc, their environment and memory maps), has a child of its own and then itself send SIGTERM, SIGHUP and SIGKILL to the box's PID 1 (the worker, which an init's protection keeps alive), and leaves a file in /dev/shm and an abstract socket for whoever comes next: there is nobody else to see and nothing breaks
# %%
import os
import signal
import socket

_inside = os.getpid() == 1 and os.getuid() != 0  # a zygote's box; never signal anything on a host
_visible = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
print("procesos visibles:", _visible)
for _pid in _visible:
    for _what in ("environ", "maps", "cmdline"):
        try:
            with open(f"/proc/{_pid}/{_what}", "rb") as _handle:
                print(_pid, _what, len(_handle.read()))
        except OSError as _error:
            print(_pid, _what, type(_error).__name__)
if _inside:
    try:
        with open("/dev/shm/corpus-zygote-trace", "w", encoding="utf-8") as _handle:
            _handle.write("estuve aquí")
    except OSError:
        pass
    _listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        _listener.bind("\0corpus-zygote-trace")
        _listener.listen()
    except OSError:
        pass
    _child = os.fork()
    if _child == 0:  # a process of the box, and the worker itself, try to end the box's PID 1
        for _signal in (signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):
            os.kill(1, _signal)
        os._exit(0)
    os.waitpid(_child, 0)
    for _signal in (signal.SIGTERM, signal.SIGHUP, signal.SIGKILL):
        try:
            os.kill(1, _signal)
        except OSError as _error:
            print("kill", _signal, type(_error).__name__)
