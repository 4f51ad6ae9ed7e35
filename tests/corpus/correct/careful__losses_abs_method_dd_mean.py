# expect: full
# why: .abs() method for AE, d * d for SE, MAE via AE_loss(...).mean(), MSE as (d * d).mean()
# %%
def AE_loss(y_pred, y_true):
    return (y_pred - y_true).abs()

# %%
def SE_loss(y_pred, y_true):
    d = y_pred - y_true
    return d * d

# %%
def MAE_loss(y_pred, y_true):
    return AE_loss(y_pred, y_true).mean()

# %%
def MSE_loss(y_pred, y_true):
    d = y_pred - y_true
    return (d * d).mean()
