# expect: full
# why: columns via unbind, m as a 0-d tensor, Python floats read from it stored in the list
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data.unbind(dim=1)
    values = [m.item() if isinstance(m, torch.Tensor) else float(m)]
    m = torch.as_tensor(m, dtype=data.dtype)
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m + learning_rate * rate
        values.append(m.detach().item())
        if verbose:
            print("paso", step, "m", m.item(), "ratio", rate.item())
    return values
