# expect: full
# why: torch.nn.functional l1_loss/mse_loss applied to the difference against zeros (reduction 'none' and 'mean')
# %% first
import torch.nn.functional as F

# %%
def AE_loss(y_pred, y_true):
    difference = y_pred - y_true
    return F.l1_loss(difference, torch.zeros_like(difference), reduction="none")

# %%
def SE_loss(y_pred, y_true):
    difference = y_pred - y_true
    return F.mse_loss(difference, torch.zeros_like(difference), reduction="none")

# %%
def MAE_loss(y_pred, y_true):
    difference = y_pred - y_true
    return F.l1_loss(difference, torch.zeros_like(difference), reduction="mean")

# %%
def MSE_loss(y_pred, y_true):
    difference = y_pred - y_true
    return F.mse_loss(difference, torch.zeros_like(difference))
