# expect: full
# why: columns via unbind, m as a 0-d tensor, detached copies stored in the list
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data.unbind(dim=1)
    values = [m.detach().clone() if isinstance(m, torch.Tensor) else m]
    m = torch.as_tensor(m, dtype=data.dtype)
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m + learning_rate * rate
        values.append(m.detach().clone())
        if verbose:
            print("paso", step, "m", m.item(), "ratio", rate.item())
    return values
