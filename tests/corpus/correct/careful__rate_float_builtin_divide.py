# expect: full
# why: both losses turned into Python floats first, the rate computed in plain Python arithmetic and returned as a float
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    L_abajo = float(loss_fn(line_model(m - delta, b, x_true), y_true))
    L_arriba = float(loss_fn(line_model(m + delta, b, x_true), y_true))
    return (L_abajo - L_arriba) / (2 * delta)
