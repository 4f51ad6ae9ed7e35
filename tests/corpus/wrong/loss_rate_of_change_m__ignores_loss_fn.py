# expect: lose loss_rate_of_change_m
# why: always uses AE_loss, whatever loss_fn it is given
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = AE_loss(line_model(m - delta, b, x_true), y_true)
    loss_above = AE_loss(line_model(m + delta, b, x_true), y_true)
    return (loss_below - loss_above) / (2 * delta)
