# expect: full
# why: the zygote freezes what its imports left without collecting it; a cell thaws it all and collects (running whatever library finalizers that garbage holds, inside the notebook's process), looks for the traceback the zygote's warm-up formatted, and line_model does the same once in every process that judges it: nothing of the grader is found, no reply is disturbed, every function keeps full marks
# %%
import gc

import torch


def _thaw_and_collect():
    frozen = gc.get_freeze_count()
    gc.unfreeze()
    return frozen, gc.collect()


_frozen, _collected = _thaw_and_collect()
print("congelados:", _frozen, "recogidos:", _collected)
_left = vars(get_ipython().InteractiveTB).get("tb")  # noqa: F821 - IPython's own name in a cell
_files = []
while _left is not None:
    _frame = _left.tb_frame
    while _frame is not None:
        _files.append(_frame.f_code.co_filename)
        _frame = _frame.f_back
    _left = _left.tb_next
print("traza que quedó:", _files)

# %%
def line_model(m, b, x):
    """Recta y = m·x + b; la primera vez en cada proceso, descongela y recoge todo lo congelado."""
    import gc

    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()
    return m * x + b
