# expect: lose loss_rate_of_change_m
# why: divides by delta instead of 2*delta, doubling the rate
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (loss_below - loss_above) / delta
