# expect: lose MAE_loss
# why: takes the absolute value of the mean difference instead of the mean of the absolute values
# %%
def MAE_loss(y_pred, y_true):
    return torch.abs((y_pred - y_true).mean())
