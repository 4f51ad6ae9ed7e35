# expect: lose train_random_point
# why: turns m into a tensor, updates it in place with += and appends the same object every step
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    m = torch.tensor(float(m))
    line_evolution = [m]
    for step in range(steps):
        i = torch.randint(low=0, high=data.shape[0], size=(1,))[0]
        rate = loss_rate_of_change_m(m, b, data[i, 0], data[i, 1], delta, loss_fn)
        m += learning_rate * rate
        line_evolution.append(m)
    return line_evolution
