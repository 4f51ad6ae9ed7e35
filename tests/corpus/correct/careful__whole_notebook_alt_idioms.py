# expect: full
# why: all nine exercises rewritten in other idioms (F losses, uniform_, torch.normal, lambda rate, while/for loops) in one notebook
# %% first
import torch
import torch.nn.functional as F

# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = torch.empty(n, device=device).uniform_(0, range)
    y = m * x + b
    x_ruido = x + torch.normal(0.0, sigma, size=(n,), device=device)
    y_ruido = y + torch.normal(0.0, sigma, size=(n,), device=device)
    return torch.column_stack([x_ruido, y_ruido])

# %%
def line_model(m, b, inputs):
    return inputs * m + b

# %%
def AE_loss(y_pred, y_true):
    return F.l1_loss(y_pred, y_true, reduction="none")

# %%
def SE_loss(y_pred, y_true):
    return torch.pow(torch.sub(y_pred, y_true), 2)

# %%
def loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn):
    L = lambda p: loss_fn(line_model(p, b, x_true), y_true)
    return (L(m - delta) - L(m + delta)) / (2 * delta)

# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_col, y_col = data[:, 0], data[:, 1]
    pendientes = [float(m)]
    paso = 0
    while paso < steps:
        i = torch.randint(0, data.shape[0], (1,)).item()
        ratio = loss_rate_of_change_m(m, b, x_col[i], y_col[i], delta, loss_fn)
        if verbose:
            print(f"paso {paso}: m={float(m):.4f} punto=({x_col[i].item():.2f}, {y_col[i].item():.2f}) "
                  f"L(m-Δ)={loss_fn(line_model(m - delta, b, x_col[i]), y_col[i]).item():.4f} "
                  f"L(m+Δ)={loss_fn(line_model(m + delta, b, x_col[i]), y_col[i]).item():.4f} "
                  f"ratio={float(ratio):.4f}")
        m = m + learning_rate * ratio
        pendientes.append(float(m))
        paso += 1
    return pendientes

# %%
def MAE_loss(y_pred, y_true):
    return F.l1_loss(y_pred, y_true)

# %%
def MSE_loss(y_pred, y_true):
    d = y_pred - y_true
    return (d * d).sum() / d.numel()

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    xs, ys = data.T
    pendientes = [float(m)]
    for paso in range(steps):
        ratio = loss_rate_of_change_m(m, b, xs, ys, delta, loss_fn)
        if verbose:
            print(f"paso {paso}: m={float(m):.4f} media y={ys.mean().item():.4f} "
                  f"media pred={line_model(m, b, xs).mean().item():.4f} "
                  f"L(m-Δ)={loss_fn(line_model(m - delta, b, xs), ys).item():.4f} "
                  f"L(m+Δ)={loss_fn(line_model(m + delta, b, xs), ys).item():.4f} "
                  f"ratio={float(ratio):.4f}")
        m = m + learning_rate * ratio
        pendientes.append(float(m))
    return pendientes
