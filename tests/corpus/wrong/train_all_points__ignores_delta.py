# expect: lose train_all_points
# why: passes the lesson's 0.1 instead of the delta argument
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, 0.1, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
