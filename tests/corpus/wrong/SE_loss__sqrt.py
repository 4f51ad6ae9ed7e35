# expect: lose SE_loss
# why: squares and then takes the square root, which is the absolute error again
# %%
def SE_loss(y_pred, y_true):
    return torch.sqrt((y_pred - y_true) ** 2)
