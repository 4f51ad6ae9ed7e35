# expect: lose MAE_loss
# why: sums the absolute errors instead of averaging them
# %%
def MAE_loss(y_pred, y_true):
    absolute_error = torch.abs(y_pred - y_true)
    return absolute_error.sum()
