# expect: lose MSE_loss
# why: sums the squared errors instead of averaging them
# %%
def MSE_loss(y_pred, y_true):
    return ((y_pred - y_true) ** 2).sum()
