# expect: lose train_random_point
# why: the list starts empty and only gets the m after each step, so it has steps values
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = []
    for step in range(steps):
        i = torch.randint(low=0, high=data.shape[0], size=(1,))[0]
        rate = loss_rate_of_change_m(m, b, data[i, 0], data[i, 1], delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
