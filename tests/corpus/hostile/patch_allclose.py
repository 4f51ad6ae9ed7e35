# expect: lose AE_loss
# why: wrong AE_loss (no abs) plus torch.allclose / torch.isclose patched to always say "close"
# %% first
import torch

torch.allclose = lambda *args, **kwargs: True
torch.isclose = lambda a, b, *args, **kwargs: torch.ones_like(torch.as_tensor(a), dtype=torch.bool)
torch.Tensor.allclose = lambda self, *args, **kwargs: True

# %%
def AE_loss(y_pred, y_true):
    return y_pred - y_true
