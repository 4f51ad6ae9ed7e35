# expect: lose train_random_point
# why: always trains on data[0] instead of a random point
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [float(m)]
    for step in range(steps):
        x_true, y_true = data[0, 0], data[0, 1]
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
