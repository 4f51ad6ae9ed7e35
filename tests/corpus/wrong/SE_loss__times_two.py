# expect: lose SE_loss
# why: typo: multiplies the difference by 2 instead of raising it to the power 2
# %%
def SE_loss(y_pred, y_true):
    return (y_pred - y_true) * 2
