# expect: lose train_all_points
# why: train_all_points with the right values that prints its log (about 300 characters per step) even with verbose=False: it loses only the no-printing check
# check: skip its values are right; the in-process checks do not look at printing
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        print(f"----- paso {step}: m = {float(m)!r}, ratio = {float(rate)!r} " + "·" * 200)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
