# expect: lose AE_loss
# why: returns the signed difference y_pred - y_true, without the absolute value
# %%
def AE_loss(y_pred, y_true):
    return y_pred - y_true
