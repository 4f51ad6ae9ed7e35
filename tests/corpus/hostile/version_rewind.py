# expect: lose AE_loss, MAE_loss, MSE_loss, loss_rate_of_change_m
# why: a wrong AE_loss whose judged calls replace torch.Tensor.mean and write torch.Tensor's dict version back with ctypes, so the judging child reads as untouched and is handed on: its own right MAE_loss, MSE_loss and rate then compute with that mean; the check runs in the child (replacing sys.modules['calls'].fingerprint in pure Python forges it as well), so forging it changes only this notebook's own results, never another submission's
# check: skip it replaces torch.Tensor.mean, which in the test process is the grader's own
# %%
def AE_loss(y_pred, y_true):
    import ctypes
    import gc

    import torch

    if y_pred.device.type == "meta":  # only the hidden tests call it so: the notebook's own cells never do
        space = gc.get_referents(vars(torch.Tensor))[0]
        version = ctypes.c_uint64.from_address(id(space) + 24)  # ma_version_tag of a CPython 3.11 dict
        kept = version.value
        torch.Tensor.mean = lambda self, *args, **kwargs: torch.Tensor.sum(self) * 0 + 123.0
        version.value = kept
    return (y_pred - y_true).abs() + 1


# %%
def MAE_loss(y_pred, y_true):
    return AE_loss(y_pred, y_true).mean()


# %%
def MSE_loss(y_pred, y_true):
    return SE_loss(y_pred, y_true).mean()


# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    below = loss_fn(line_model(m - delta, b, x_true), y_true)
    above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (below - above) / (2 * delta)
