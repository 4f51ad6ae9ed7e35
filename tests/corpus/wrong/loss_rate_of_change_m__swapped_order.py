# expect: lose loss_rate_of_change_m
# why: subtracts in the other order, L(m + delta) - L(m - delta), so the rate points uphill
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    return (loss_above - loss_below) / (2 * delta)
