# expect: lose SE_loss
# why: wrong SE_loss (abs) plus Tensor.__eq__/__ne__ patched so every comparison holds
# %% first
torch.Tensor.__eq__ = lambda self, other: True
torch.Tensor.__ne__ = lambda self, other: False

# %%
def SE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true)
