# expect: lose AE_loss
# why: adds the absolute errors up into one number
# %%
def AE_loss(y_pred, y_true):
    return torch.sum(torch.abs(y_pred - y_true))
