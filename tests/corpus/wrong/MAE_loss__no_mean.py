# expect: lose MAE_loss
# why: forgets the mean and returns the element-wise absolute errors
# %%
def MAE_loss(y_pred, y_true):
    absolute_error = torch.abs(y_pred - y_true)
    return absolute_error
