# expect: lose AE_loss
# why: averages the absolute errors (that is MAE) instead of returning them element-wise
# %%
def AE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true).mean()
