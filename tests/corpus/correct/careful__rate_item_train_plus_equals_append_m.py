# expect: full
# why: the rate as a Python float via .item(); since m is a number and the rate a float, the loops do m += lr * rate and store m itself
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    error_menos = loss_fn(line_model(m - delta, b, x_true), y_true)
    error_mas = loss_fn(line_model(m + delta, b, x_true), y_true)
    ratio = (error_menos - error_mas) / (2 * delta)
    return ratio.item()  # un float de Python, como permite la documentación

# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    pendientes = [m]
    for paso in range(steps):
        i = int(torch.randint(0, len(data), (1,)))
        x_i, y_i = data[i, 0], data[i, 1]
        ratio = loss_rate_of_change_m(m, b, x_i, y_i, delta, loss_fn)
        if verbose:
            print("paso", paso, "m", m, "punto", (x_i.item(), y_i.item()),
                  "error m-Δ", loss_fn(line_model(m - delta, b, x_i), y_i).item(),
                  "error m+Δ", loss_fn(line_model(m + delta, b, x_i), y_i).item(),
                  "ratio", ratio)
        m += learning_rate * ratio
        pendientes.append(m)
    return pendientes

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x, y = data[:, 0], data[:, 1]
    pendientes = [m]
    for paso in range(steps):
        ratio = loss_rate_of_change_m(m, b, x, y, delta, loss_fn)
        if verbose:
            print("paso", paso, "m", m, "media y", y.mean().item(),
                  "media pred", line_model(m, b, x).mean().item(),
                  "error m-Δ", loss_fn(line_model(m - delta, b, x), y).item(),
                  "error m+Δ", loss_fn(line_model(m + delta, b, x), y).item(),
                  "ratio", ratio)
        m += learning_rate * ratio
        pendientes.append(m)
    return pendientes
