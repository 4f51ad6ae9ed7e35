# expect: full
# why: MAE and MSE share one mean compiled with torch.compile(backend="eager"): torch._dynamo, which the grader no longer preloads, is imported by the student's own cell and must trace right on CPU and on the meta device
# %% first
import torch


def _mean_of(errors):
    return errors.mean()


_compiled_mean = torch.compile(_mean_of, backend="eager", dynamic=True)

# %%
def MAE_loss(y_pred, y_true):
    """Media de los errores absolutos, compilada."""
    return _compiled_mean((y_pred - y_true).abs())

# %%
def MSE_loss(y_pred, y_true):
    """Media de los errores cuadráticos, compilada."""
    return _compiled_mean((y_pred - y_true) ** 2)
