# expect: lose train_random_point
# why: draws the random index once, before the loop, so every step uses the same point
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [float(m)]
    i = torch.randint(low=0, high=data.shape[0], size=(1,))[0]
    x_true, y_true = data[i, 0], data[i, 1]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
