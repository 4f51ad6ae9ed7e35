# expect: full
# why: an extra helper that does one update step, the rate inlined with the loss at m - delta and m + delta
# %% after loss_rate_of_change_m
def one_training_step(m, b, x, y, learning_rate, delta, loss_fn):
    """Un paso: mueve m en la dirección en la que baja el error."""
    loss_down = loss_fn(line_model(m - delta, b, x), y)
    loss_up = loss_fn(line_model(m + delta, b, x), y)
    return m + learning_rate * (loss_down - loss_up) / (2 * delta)

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x, y = data.T
    history = [float(m)]
    for step in range(steps):
        m = one_training_step(m, b, x, y, learning_rate, delta, loss_fn)
        history.append(float(m))
        if verbose:
            print(f"paso {step}: m = {float(m):.6f}")
    return history
