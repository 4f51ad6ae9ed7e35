# expect: full
# why: columns via data.unbind(1); the list keeps the initial m as received followed by 0-d tensors (allowed by the docstring)
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data.unbind(1)
    line_evolution = [m]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        if verbose:
            print(f"paso {step}: m={m}, media y={y_true.mean()}, media pred={line_model(m, b, x_true).mean()}, "
                  f"L(m-Δ)={loss_fn(line_model(m - delta, b, x_true), y_true)}, "
                  f"L(m+Δ)={loss_fn(line_model(m + delta, b, x_true), y_true)}, ratio={rate}")
        m = m + learning_rate * rate  # objeto nuevo en cada paso
        line_evolution.append(m)
    return line_evolution
