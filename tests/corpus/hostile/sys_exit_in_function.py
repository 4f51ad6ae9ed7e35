# expect: lose MSE_loss
# why: MSE_loss computes the right value, prints it and calls sys.exit(0) instead of returning it
# %%
import sys

def MSE_loss(y_pred, y_true):
    value = ((y_pred - y_true) ** 2).mean()
    print("MSE =", value)
    sys.exit(0)
