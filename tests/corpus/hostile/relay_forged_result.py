# expect: lose line_model
# why: a right line_model, wherever it runs in a judging child, finds in the calling frames the child's link to the worker and the call's own socket to the grader, and writes two forged results on each: one with a huge value, one carrying another request's id. The worker no longer relays results (it drops whatever arrives on the link but a flood), so the link's lines change nothing; the grader takes the call socket's first result, as it took the worker's relay of the child's first line before: its own results come forged, and only line_model pays. When a wrong line_model's form is probed for the rate and the trainings, it runs in a fork of its own that holds no socket of the call, so their results stay theirs (before, measured on affe764, those three functions lost every point too, 30/100 in all)
# check: skip line_model is right; it loses only to the lines it forges inside the grader's judging process
# %%
import os
import sys


def _judging_links():
    """The judging child's link to the worker and the call's socket, from the calling frames: inside a box only,
    never on a host."""
    try:
        with open("/proc/self/mountinfo", encoding="utf-8") as handle:
            boxed = " /home/alumno " in handle.read()
    except OSError:
        return []
    if not boxed or os.getuid() == 0 or os.getpid() == 1:
        return []
    found = []
    frame = sys._getframe(2)
    while frame is not None:
        for name in ("call_socket", "link"):
            link = frame.f_locals.get(name)
            if type(link).__name__ == "Link" and hasattr(link, "send") and all(link is not f for f in found):
                found.append(link)
        frame = frame.f_back
    return found


def line_model(m, b, inputs):
    """Right; the lines it forges, not this formula, make it lose its points."""
    for link in _judging_links():
        try:
            link.send({"op": "result", "status": "ok", "value": 1e9, "args_after": [], "kwargs_after": {"__dict__": []}})
            link.send({"op": "result", "status": "ok", "value": -1.0, "id": "otra"})
        except (OSError, TypeError, ValueError):
            pass
    return m * inputs + b
