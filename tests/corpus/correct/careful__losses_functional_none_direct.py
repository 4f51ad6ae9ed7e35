# expect: full
# why: AE_loss and SE_loss with torch.nn.functional l1_loss / mse_loss and reduction='none', straight on y_pred and y_true
# %% first
import torch.nn.functional as F

# %%
def AE_loss(y_pred, y_true):
    # l1_loss con reduction="none" da |y_pred - y_true| elemento a elemento
    return F.l1_loss(y_pred, y_true, reduction="none")

# %%
def SE_loss(y_pred, y_true):
    # mse_loss con reduction="none" da (y_pred - y_true)² elemento a elemento
    return F.mse_loss(y_pred, y_true, reduction="none")
