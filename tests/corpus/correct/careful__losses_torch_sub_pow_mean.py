# expect: full
# why: function forms only: torch.abs(torch.sub(...)), torch.pow(torch.sub(...), 2) and torch.mean around them
# %%
def AE_loss(y_pred, y_true):
    return torch.abs(torch.sub(y_pred, y_true))

# %%
def SE_loss(y_pred, y_true):
    return torch.pow(torch.sub(y_pred, y_true), 2)

# %%
def MAE_loss(y_pred, y_true):
    return torch.mean(torch.abs(torch.sub(y_pred, y_true)))

# %%
def MSE_loss(y_pred, y_true):
    return torch.mean(torch.pow(torch.sub(y_pred, y_true), 2))
