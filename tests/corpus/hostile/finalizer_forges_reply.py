# expect: full
# why: right functions, plus cyclic garbage whose finalizer (__del__, student code) finds the id of the request in flight and writes a forged failing reply, in the protocol's own form, on the worker's reply pipe; automatic collection is turned off so that the garbage outlives the cells. A collection inside the worker while a call is judged (the worker forced one before forking the judging child) ran it there and failed line_model; the worker now collects only during cells
# %%
import gc
import json
import os
import sys


class _Forger:
    def __del__(self):
        if not (os.getpid() == 1 and os.getuid() != 0 and len(sys.argv) > 2):  # only inside a zygote's box
            return
        frame, ident = sys._getframe(1), None
        while frame is not None and ident is None:
            for name in ("current", "message"):
                found = frame.f_locals.get(name)
                if isinstance(found, dict) and "id" in found:
                    ident = found["id"]
                    break
            frame = frame.f_back
        if ident is None:
            return
        forged = {"id": ident, "status": "error", "output": "",
                  "error": {"type": "RuntimeError", "message": "respuesta falsificada", "traceback": ""}}
        try:
            os.write(int(sys.argv[2]), (json.dumps(forged, separators=(",", ":")) + "\n").encode())
        except (OSError, ValueError):
            pass


_forger = _Forger()
_forger.itself = _forger  # a cycle: only the garbage collector frees it, and runs __del__
del _forger
gc.disable()  # no collection until someone asks for one
