# expect: full
# why: tensor methods y_pred.sub(y_true).abs() / .square(), means with .mean() and torch.mean(SE_loss(...))
# %%
def AE_loss(y_pred, y_true):
    return y_pred.sub(y_true).abs()

# %%
def SE_loss(y_pred, y_true):
    return y_pred.sub(y_true).square()

# %%
def MAE_loss(y_pred, y_true):
    return y_pred.sub(y_true).abs().mean()

# %%
def MSE_loss(y_pred, y_true):
    return torch.mean(SE_loss(y_pred, y_true))
