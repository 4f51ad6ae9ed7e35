# expect: lose loss_rate_of_change_m
# why: copies the lesson listing's denominator (m - delta) - (m + delta) = -2*delta, flipping the sign
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    return (loss_fn(line_model(m - delta, b, x_true), y_true)
            - loss_fn(line_model(m + delta, b, x_true), y_true)) / (m - delta - (m + delta))
