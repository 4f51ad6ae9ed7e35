# expect: full
# why: all four losses from torch.nn.functional on y_pred and y_true, explicit reduction names, with F imported in the first cell
# %% first
import torch
import torch.nn.functional as F

# %%
def AE_loss(y_pred, y_true):
    """Error absoluto elemento a elemento."""
    errors = F.l1_loss(y_pred, y_true, reduction="none")
    return errors

# %%
def SE_loss(y_pred, y_true):
    """Error cuadrático elemento a elemento."""
    errors = F.mse_loss(y_pred, y_true, reduction="none")
    return errors

# %%
def MAE_loss(y_pred, y_true):
    """Media de los errores absolutos."""
    return F.l1_loss(y_pred, y_true, reduction="mean")

# %%
def MSE_loss(y_pred, y_true):
    """Media de los errores cuadráticos."""
    return F.mse_loss(y_pred, y_true, reduction="mean")
