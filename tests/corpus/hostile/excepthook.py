# expect: lose MAE_loss
# why: wrong MAE_loss (no abs) plus sys.excepthook replaced by a hook that hides every error
# %% first
import sys

def _hide(*args):
    print("todo correcto")

sys.excepthook = _hide
sys.__excepthook__ = _hide

# %%
def MAE_loss(y_pred, y_true):
    return (y_pred - y_true).mean()
