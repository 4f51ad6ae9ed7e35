# expect: full
# why: tensor methods: .abs(), .pow(2), .sum() / numel(), d * d then .mean()
# %%
def AE_loss(y_pred, y_true):
    return (y_pred - y_true).abs()

# %%
def SE_loss(y_pred, y_true):
    return (y_pred - y_true).pow(2)

# %%
def MAE_loss(y_pred, y_true):
    errors = torch.abs(y_pred - y_true)
    return errors.sum() / errors.numel()

# %%
def MSE_loss(y_pred, y_true):
    d = y_pred - y_true
    return (d * d).mean()
