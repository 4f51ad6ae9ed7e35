# expect: lose train_random_point
# why: always uses AE_loss, the lesson's choice, instead of the loss_fn argument
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [float(m)]
    for step in range(steps):
        i = torch.randint(low=0, high=data.shape[0], size=(1,))[0]
        rate = loss_rate_of_change_m(m, b, data[i, 0], data[i, 1], delta, AE_loss)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
