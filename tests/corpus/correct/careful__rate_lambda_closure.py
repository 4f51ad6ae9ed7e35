# expect: full
# why: the rate with a helper closure L = lambda p: loss_fn(line_model(p, b, x_true), y_true), written as in the docstring
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    L = lambda p: loss_fn(line_model(p, b, x_true), y_true)
    return (L(m - delta) - L(m + delta)) / (2 * delta)
