# expect: lose SE_loss
# why: averages the squared errors (that is MSE) instead of returning them element-wise
# %%
def SE_loss(y_pred, y_true):
    return ((y_pred - y_true) ** 2).mean()
