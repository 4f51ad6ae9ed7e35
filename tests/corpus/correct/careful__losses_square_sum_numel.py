# expect: full
# why: torch.square for SE, means written as sum() / numel() over the broadcast differences
# %%
def SE_loss(y_pred, y_true):
    diferencia = y_pred - y_true
    return torch.square(diferencia)

# %%
def MAE_loss(y_pred, y_true):
    errores = torch.abs(y_pred - y_true)
    # la media: suma de todos los errores entre el número de elementos
    return errores.sum() / errores.numel()

# %%
def MSE_loss(y_pred, y_true):
    errores = torch.square(y_pred - y_true)
    return torch.sum(errores) / errores.numel()
