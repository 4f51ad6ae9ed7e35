# expect: lose train_random_point
# why: draws one random index for x and another for y, mixing coordinates of different points
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    n = data.shape[0]
    line_evolution = [float(m)]
    for step in range(steps):
        x_true = data[torch.randint(0, n, (1,))[0], 0]
        y_true = data[torch.randint(0, n, (1,))[0], 1]
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
