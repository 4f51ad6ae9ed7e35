# expect: lose train_random_point
# why: visits the points in order (step % n) instead of drawing them at random
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [float(m)]
    for step in range(steps):
        i = step % len(data)
        rate = loss_rate_of_change_m(m, b, data[i, 0], data[i, 1], delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
