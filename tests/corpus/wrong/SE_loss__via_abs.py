# expect: lose SE_loss
# why: takes the absolute value instead of squaring
# %%
def SE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true)
