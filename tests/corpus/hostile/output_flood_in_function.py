# expect: lose train_all_points
# why: wrong train_all_points (fixed delta 0.1) whose verbose log prints 20 MB per step (bounded to 5 steps)
# check: skip its verbose call prints 100 MB
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, 0.1, loss_fn)
        if verbose and step < 5:
            print("m" * 20_000_000)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
