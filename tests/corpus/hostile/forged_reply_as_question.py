# expect: lose line_model
# why: like forged_reply_value, but its forged reply (right value, the request's id, status ok) also says op "helper", the only kind of line the grader reads on a judged call's own question socket; written to every socket, also when a form probe runs this line_model inside another function's call: read there it is a question, never a reply, and no stand-in may take its answer for its own
# %%
import os
import stat
import sys


def _request_id():
    """The id of the judged call being served (none in the notebook's own cells), from the callers' frames."""
    frame = sys._getframe(1)
    while frame is not None:
        message = frame.f_locals.get("message")
        if isinstance(message, dict) and message.get("op") == "call" and "id" in message:
            return message["id"]
        frame = frame.f_back
    return None


def line_model(m, b, inputs):
    wire, request = sys.modules.get("wire"), _request_id()
    if wire is not None and request is not None:
        forged = {"id": request, "op": "helper", "qid": "", "status": "ok", "value": wire.encode(m * inputs + b)}
        line = (wire.dumps(forged) + "\n").encode()
        for name in os.listdir("/proc/self/fd"):
            try:
                if stat.S_ISSOCK(os.fstat(int(name)).st_mode):
                    os.write(int(name), line)
            except (ValueError, OSError):
                continue
    return m * inputs
