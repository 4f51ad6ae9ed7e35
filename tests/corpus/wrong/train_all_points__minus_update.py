# expect: lose train_all_points
# why: updates m - learning_rate * rate, moving m uphill
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m - learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
