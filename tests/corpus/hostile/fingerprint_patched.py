# expect: lose AE_loss, MAE_loss, MSE_loss, loss_rate_of_change_m
# why: as version_rewind, but forging the handoff check in pure Python (sys.modules['calls'].fingerprint, returning the clean value read from the child's own frame): again only this notebook's own right MAE_loss, MSE_loss and rate pay, never another submission
# check: skip it replaces torch.Tensor.mean, which in the test process is the grader's own
# %%
def AE_loss(y_pred, y_true):
    import sys

    import torch

    machinery = sys.modules.get("calls")
    if y_pred.device.type == "meta" and machinery is not None:  # only inside the judging child
        frame = sys._getframe()
        while frame is not None and frame.f_code.co_name != "_serve_calls":
            frame = frame.f_back
        if frame is not None:  # the value the child compares against, read from its own frame
            clean = frame.f_locals["forked"]
            machinery.fingerprint = lambda *args, **kwargs: clean
        torch.Tensor.mean = lambda self, *args, **kwargs: torch.Tensor.sum(self) * 0 + 123.0
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
