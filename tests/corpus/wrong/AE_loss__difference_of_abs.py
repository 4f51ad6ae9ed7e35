# expect: lose AE_loss
# why: subtracts the absolute values, |y_pred| - |y_true|, instead of taking |y_pred - y_true|
# %%
def AE_loss(y_pred, y_true):
    return torch.abs(y_pred) - torch.abs(torch.as_tensor(y_true))
