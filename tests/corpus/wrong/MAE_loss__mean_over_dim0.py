# expect: lose MAE_loss
# why: averages over dim 0 only, so a 2-D input gives a vector instead of one number
# %%
def MAE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true).mean(dim=0)
