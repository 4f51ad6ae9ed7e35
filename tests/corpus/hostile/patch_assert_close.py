# expect: lose MSE_loss
# why: wrong MSE_loss (sum) plus torch.testing.assert_close and numpy's testing made silent
# %% first
import numpy.testing
import torch.testing

torch.testing.assert_close = lambda *args, **kwargs: None
numpy.testing.assert_allclose = lambda *args, **kwargs: None

# %%
def MSE_loss(y_pred, y_true):
    return ((y_pred - y_true) ** 2).sum()
