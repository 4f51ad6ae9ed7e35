# expect: lose MSE_loss
# why: squares the mean difference instead of averaging the squared differences
# %%
def MSE_loss(y_pred, y_true):
    return (y_pred - y_true).mean() ** 2
