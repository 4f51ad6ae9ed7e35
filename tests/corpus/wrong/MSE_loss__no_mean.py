# expect: lose MSE_loss
# why: forgets the mean and returns the element-wise squared errors
# %%
def MSE_loss(y_pred, y_true):
    squared_error = (y_pred - y_true) ** 2
    return squared_error
