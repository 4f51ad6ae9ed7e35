# expect: lose line_model, SE_loss
# why: wrong line_model and SE_loss that, when called, look for the grader's versions: globals saved during other judged calls, loss_fn arguments, frames' locals (sys._getframe, inspect) and gc.get_objects(); they delegate to any found
# check: skip the test process holds the reference, which the walk would find
# %% first
import gc
import inspect
import sys

_STASH = {}
_WANTED = ("line_model", "SE_loss", "AE_loss", "MSE_loss", "MAE_loss", "loss_rate_of_change_m")


def _keep(name, candidate, mine):
    if callable(candidate) and candidate is not mine and getattr(candidate, "__name__", "") == name:
        _STASH.setdefault(name, candidate)


_SEARCHES = [0]


def _search(mine):
    """Everything that looks like the grader's copy of a graded function (a few scans only: gc is slow)."""
    _SEARCHES[0] += 1
    if _SEARCHES[0] > 6 and _STASH:
        return
    if _SEARCHES[0] > 12:
        return
    for name in _WANTED:
        _keep(name, globals().get(name), mine.get(name))
    frame = sys._getframe(1)
    while frame is not None:
        for scope in (frame.f_locals, frame.f_globals):
            for value in list(scope.values()):
                if isinstance(value, dict):
                    for name in _WANTED:
                        _keep(name, value.get(name), mine.get(name))
                elif callable(value):
                    _keep(getattr(value, "__name__", ""), value, mine.get(getattr(value, "__name__", "")))
        frame = frame.f_back
    try:
        for info in inspect.stack(context=0)[1:]:
            for value in list(info.frame.f_locals.values()):
                if callable(value) and getattr(value, "__name__", "") in _WANTED:
                    _keep(value.__name__, value, mine.get(value.__name__))
    except Exception:
        pass
    for obj in gc.get_objects():
        if inspect.isfunction(obj) and obj.__name__ in _WANTED:
            _keep(obj.__name__, obj, mine.get(obj.__name__))


_MINE = {}

# %%
def line_model(m, b, inputs):
    _search(_MINE)
    if "line_model" in _STASH:
        try:
            return _STASH["line_model"](m, b, inputs)
        except Exception:
            pass
    return m * inputs

# %%
def SE_loss(y_pred, y_true):
    _search(_MINE)
    if "SE_loss" in _STASH:
        try:
            return _STASH["SE_loss"](y_pred, y_true)
        except Exception:
            pass
    return torch.abs(y_pred - y_true)

# %%
_MINE.update(line_model=line_model, SE_loss=SE_loss)
