# expect: lose AE_loss
# why: copy-paste slip: squares the difference (that is SE)
# %%
def AE_loss(y_pred, y_true):
    return (y_pred - y_true) ** 2
