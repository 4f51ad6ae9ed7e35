# expect: lose line_model
# why: a cell takes over the notebook's own process for the judging: it replaces gc.disable with a no-op, sets the collection threshold to 1 and registers a gc callback (student code) that, at every collection in that process, forges a failing reply in the protocol's form for the line_model call in flight. Code that ran in the notebook's process can change what its own calls report, never what the grader measures itself or checks against the reference: only line_model pays, every other function keeps full marks
# check: skip line_model is right; it loses only to the replies forged inside the grading sandbox
# %%
import gc
import json
import os
import sys


def _forge(phase, info):
    if phase != "start" or not (os.getpid() == 1 and os.getuid() != 0 and len(sys.argv) > 2):
        return  # only inside a zygote's box
    frame, ident = sys._getframe(1), None
    while frame is not None and ident is None:
        found = frame.f_locals.get("message")
        if isinstance(found, dict) and found.get("op") == "call" and found.get("function") == "line_model":
            ident = found.get("id")
        frame = frame.f_back
    if ident is None:
        return
    forged = {"id": ident, "status": "error", "output": "",
              "error": {"type": "RuntimeError", "message": "respuesta falsificada", "traceback": ""}}
    try:
        os.write(int(sys.argv[2]), (json.dumps(forged, separators=(",", ":")) + "\n").encode())
    except (OSError, ValueError):
        pass


gc.callbacks.append(_forge)
gc.disable = lambda: None
gc.set_threshold(1)


# %%
def line_model(m, b, inputs):
    """Right: the forged replies, not this code, make it lose its points."""
    return m * inputs + b
