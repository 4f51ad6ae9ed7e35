# expect: full
# why: an extra helper function for the loss at a given slope, and 0.5 * difference / delta
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    def loss_at(slope):
        return loss_fn(line_model(slope, b, x_true), y_true)

    return 0.5 * (loss_at(m - delta) - loss_at(m + delta)) / delta
