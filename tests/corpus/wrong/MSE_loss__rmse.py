# expect: lose MSE_loss
# why: takes the square root of the mean (RMSE)
# %%
def MSE_loss(y_pred, y_true):
    return torch.sqrt(((y_pred - y_true) ** 2).mean())
