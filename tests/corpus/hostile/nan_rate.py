# expect: lose loss_rate_of_change_m
# why: loss_rate_of_change_m returns a NaN tensor (0/0) of the right shape, which never compares equal to anything
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    rate = (loss_below - loss_above) / (2 * delta)
    return rate * 0 / torch.zeros_like(torch.as_tensor(rate))
