# expect: lose line_model
# why: like forged_reply_value, but the forged reply (right value, the request's id, status ok) also says op "helper", the only kind of line the grader reads on a judged call's own question socket, and goes to every socket and pipe: read there it is a question, never a reply
# %%
import os
import stat
import sys

def _forge(value, args):
    """Write a reply for the request being served, if one can be found; else do nothing."""
    wire = sys.modules.get("wire")
    frame, request, writer = sys._getframe(1), None, None
    while frame is not None:
        message = frame.f_locals.get("message")
        if isinstance(message, dict) and message.get("op") == "call" and "id" in message:
            request, writer = message, frame.f_locals.get("writer")
        frame = frame.f_back
    if request is None or wire is None:
        return
    reply = {"id": request["id"], "op": "helper", "status": "ok", "value": wire.encode(value), "args_after": wire.encode(args),
             "kwargs_after": wire.encode({}), "output": ""}
    line = (wire.dumps(reply) + "\n").encode()
    if writer is not None:
        try:
            writer.write(line.decode())
            writer.flush()
        except Exception:
            pass
    for name in os.listdir("/proc/self/fd"):
        try:
            fd = int(name)
            if stat.S_ISFIFO(os.fstat(fd).st_mode) or stat.S_ISSOCK(os.fstat(fd).st_mode):
                os.write(fd, line)
        except (ValueError, OSError):
            continue

def line_model(m, b, inputs):
    _forge(m * inputs + b, (m, b, inputs))
    return m * inputs
