# expect: full
# why: a process that judged code forks inherits the judging child's link to the worker; on its first judged call a right line_model leaves a grandchild that writes forged results (1e9) into that link every millisecond for a second and a half, through the calls of line_model and of the functions judged after it, served by the same child. The worker reads only the lines the child itself wrote (the kernel stamps each chunk with its writer's pid), so every function keeps its marks
# check: skip line_model is right; the grandchild only exists inside the grader's judging process
# %%
import os
import sys
import time

_STARTED = []


def _judging_link_socket():
    """The judging child's link to the worker, from the calling frames: inside a box only, never on a host."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as handle:
            boxed = " /home/alumno " in handle.read()
    except OSError:
        return None
    if not boxed or os.getuid() == 0 or os.getpid() == 1:
        return None
    frame = sys._getframe(2)
    while frame is not None:
        link = frame.f_locals.get("link")
        if type(link).__name__ == "Link" and hasattr(link, "sock"):
            return link.sock
        frame = frame.f_back
    return None


def line_model(m, b, inputs):
    """Right; the grandchild it leaves behind forges results for a while."""
    if not _STARTED:
        sock = _judging_link_socket()
        if sock is not None:
            _STARTED.append(True)
            if os.fork() == 0:
                try:
                    line = (b'{"op":"result","status":"ok","value":1000000000.0,"args_after":[],'
                            b'"kwargs_after":{"__dict__":[]},"output":""}\n')
                    deadline = time.monotonic() + 1.5
                    while time.monotonic() < deadline:
                        sock.sendall(line)
                        time.sleep(0.001)
                finally:
                    os._exit(0)
    return m * inputs + b
