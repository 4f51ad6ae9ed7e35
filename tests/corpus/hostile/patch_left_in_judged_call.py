# expect: lose AE_loss
# why: a wrong AE_loss whose judged calls replace torch.Tensor.mean and rebind the notebook's line_model, and never put them back: the functions judged after it (MAE_loss, MSE_loss, the rate, both trainings) use mean and line_model, so the calls of one function must not hand such changes on to another's
# check: skip it replaces torch.Tensor.mean, which in the test process is the grader's own
# %%
def AE_loss(y_pred, y_true):
    import torch

    if y_pred.device.type == "meta":  # only the hidden tests call it so: the notebook's own cells never do
        torch.Tensor.mean = lambda self, *args, **kwargs: torch.Tensor.sum(self) * 0 + 123.0
        globals()["line_model"] = lambda m, b, x: m * x * 0 - 7.0
    return (y_pred - y_true).abs() + 1
