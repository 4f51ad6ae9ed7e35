# expect: lose MSE_loss
# why: returns a Python float with .item() instead of a tensor
# %%
def MSE_loss(y_pred, y_true):
    squared_error = (y_pred - y_true) ** 2
    return squared_error.mean().item()
