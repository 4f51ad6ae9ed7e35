# expect: lose train_random_point
# why: uses every point at every step (that is train_all_points) instead of one random point
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, data[:, 0], data[:, 1], delta, loss_fn).mean()
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
