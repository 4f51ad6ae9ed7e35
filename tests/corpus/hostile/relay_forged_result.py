# expect: lose line_model
# why: the worker hands a judging child's result line on to the grader as the child wrote it; a right line_model, wherever it runs in a judging child, finds the child's link to the worker in the calling frames and writes two forged results there: one with a huge value, one carrying another request's id (the grader keeps the id the worker wrote first). Its own results then come one call late or forged: only line_model pays. When a wrong line_model's form is probed for the rate and the trainings, it runs in a fork of its own that holds no socket of the call, so their results stay theirs (before, measured on affe764, those three functions lost every point too, 30/100 in all)
# check: skip line_model is right; it loses only to the lines it forges inside the grader's judging process
# %%
import os
import sys


def _judging_link():
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
        if type(link).__name__ == "Link" and hasattr(link, "send"):
            return link
        frame = frame.f_back
    return None


def line_model(m, b, inputs):
    """Right; the lines it forges, not this formula, make it lose its points."""
    link = _judging_link()
    if link is not None:
        try:
            link.send({"op": "result", "status": "ok", "value": 1e9, "args_after": [], "kwargs_after": {"__dict__": []}})
            link.send({"op": "result", "status": "ok", "value": -1.0, "id": "otra"})
        except (OSError, TypeError, ValueError):
            pass
    return m * inputs + b
