# expect: lose SE_loss
# why: wrong SE_loss (times two) followed by a cell that calls os._exit(0) mid-notebook; the cells after it still count
# %%
def SE_loss(y_pred, y_true):
    return (y_pred - y_true) * 2

# %% after SE_loss
import os

os._exit(0)
