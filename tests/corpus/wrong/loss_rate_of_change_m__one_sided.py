# expect: lose loss_rate_of_change_m
# why: one-sided difference (L(m) - L(m + delta)) / delta instead of the central one
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_here = loss_fn(line_model(m, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (loss_here - loss_above) / delta
