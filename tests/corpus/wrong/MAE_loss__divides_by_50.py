# expect: lose MAE_loss
# why: divides the sum by 50, the size of the lesson's data, instead of the number of elements
# %%
def MAE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true).sum() / 50
