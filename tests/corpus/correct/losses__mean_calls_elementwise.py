# expect: full
# why: the mean losses reuse AE_loss / SE_loss and torch.mean; torch.square for SE
# %%
def SE_loss(y_pred, y_true):
    return torch.square(y_pred - y_true)

# %%
def MAE_loss(y_pred, y_true):
    return torch.mean(AE_loss(y_pred, y_true))

# %%
def MSE_loss(y_pred, y_true):
    return torch.mean(SE_loss(y_pred, y_true))
