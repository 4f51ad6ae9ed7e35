# expect: full
# why: like the lesson's printed list: the initial m, then 0-d tensors (detached clones); index from torch.randint(...).item()
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [m]  # la m inicial tal cual, como en la lección
    m = torch.tensor(float(m))
    for step in range(steps):
        index = torch.randint(0, len(data), (1,)).item()
        x_true, y_true = data[index, 0], data[index, 1]
        change = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = (m + learning_rate * change).detach()
        line_evolution.append(m.clone())
        if verbose:
            print(f"step {step} | m = {m.item():.5f}")
    return line_evolution
