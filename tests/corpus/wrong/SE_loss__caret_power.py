# expect: lose SE_loss
# why: writes the power with ^ (bitwise xor), which fails on float tensors
# %%
def SE_loss(y_pred, y_true):
    return (y_pred - y_true) ^ 2
