# expect: full
# why: torch.randperm(n)[0] as the random index, float() to store m, inlined rate
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [float(m)]
    n = data.shape[0]
    for _ in range(steps):
        point = data[torch.randperm(n)[0]]
        x_true, y_true = point[0], point[1]
        loss_minus = loss_fn(line_model(m - delta, b, x_true), y_true)
        loss_plus = loss_fn(line_model(m + delta, b, x_true), y_true)
        m = m + learning_rate * (loss_minus - loss_plus) / (2 * delta)
        if verbose:
            print("m:", float(m), "punto:", float(x_true), float(y_true))
        evolution.append(float(m))
    return evolution
