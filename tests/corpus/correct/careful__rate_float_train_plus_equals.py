# expect: full
# why: the rate returned as a Python float (float(...), allowed by the docstring) and both loops updating with m += learning_rate * rate
# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    loss_below = loss_fn(line_model(m - delta, b, x_true), y_true)
    loss_above = loss_fn(line_model(m + delta, b, x_true), y_true)
    # la documentación permite devolver el ratio como número de Python
    return float((loss_below - loss_above) / (2 * delta))

# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    evolution = [m]  # la m inicial tal como se recibe (un número)
    for step in range(steps):
        index = torch.randint(low=0, high=data.shape[0], size=(1,)).item()
        x_point, y_point = data[index, 0], data[index, 1]
        rate = loss_rate_of_change_m(m, b, x_point, y_point, delta, loss_fn)
        if verbose:
            below = loss_fn(line_model(m - delta, b, x_point), y_point)
            above = loss_fn(line_model(m + delta, b, x_point), y_point)
            print(f"paso {step}: m = {float(m):.5f}, punto = ({float(x_point):.3f}, {float(y_point):.3f}), "
                  f"error(m-Δ) = {float(below):.4f}, error(m+Δ) = {float(above):.4f}, ratio = {float(rate):.4f}")
        m += learning_rate * rate  # m es un número: += crea un número nuevo
        evolution.append(float(m))
    return evolution

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_all, y_all = data[:, 0], data[:, 1]
    evolution = [m]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_all, y_all, delta, loss_fn)
        if verbose:
            below = loss_fn(line_model(m - delta, b, x_all), y_all)
            above = loss_fn(line_model(m + delta, b, x_all), y_all)
            mean_pred = line_model(m, b, x_all).mean()
            print(f"paso {step}: m = {float(m):.5f}, media y = {float(y_all.mean()):.4f}, "
                  f"media y pred = {float(mean_pred):.4f}, error(m-Δ) = {float(below):.4f}, "
                  f"error(m+Δ) = {float(above):.4f}, ratio = {float(rate):.4f}")
        m += learning_rate * rate
        evolution.append(float(m))
    return evolution
