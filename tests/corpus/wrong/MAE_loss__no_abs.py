# expect: lose MAE_loss
# why: averages the signed differences, so positive and negative errors cancel
# %%
def MAE_loss(y_pred, y_true):
    return (y_pred - y_true).mean()
