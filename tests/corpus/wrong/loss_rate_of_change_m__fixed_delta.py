# expect: lose loss_rate_of_change_m
# why: uses the lesson's delta = 0.1 instead of the delta argument
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    d = 0.1
    loss_below = loss_fn(line_model(m - d, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + d, b, x_true), y_true)
    return (loss_below - loss_above) / (2 * d)
