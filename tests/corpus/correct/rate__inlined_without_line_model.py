# expect: full
# why: the two neighbouring lines written inline instead of calling line_model
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    prediction_below = (m - delta) * x_true + b
    prediction_above = (m + delta) * x_true + b
    loss_below = loss_fn(prediction_below, y_true)
    loss_above = loss_fn(prediction_above, y_true)
    return (loss_below - loss_above) / (2 * delta)
