# expect: full
# why: the rate converts m to a tensor of x_true's dtype and device (torch.as_tensor) before applying the formula
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    # m como tensor del mismo tipo y dispositivo que los datos (variable local nueva)
    pendiente = torch.as_tensor(m, dtype=x_true.dtype, device=x_true.device)
    error_abajo = loss_fn(line_model(pendiente - delta, b, x_true), y_true)
    error_arriba = loss_fn(line_model(pendiente + delta, b, x_true), y_true)
    return (error_abajo - error_arriba) / (2 * delta)
