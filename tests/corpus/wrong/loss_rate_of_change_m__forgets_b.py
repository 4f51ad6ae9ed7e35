# expect: lose loss_rate_of_change_m
# why: evaluates both lines with b = 0, as in the lesson's example, ignoring the b argument
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, 0, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, 0, x_true), y_true)
    return (loss_below - loss_above) / (2 * delta)
