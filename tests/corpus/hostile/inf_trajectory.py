# expect: lose train_all_points
# why: train_all_points returns a list of steps + 1 Python floats, starting at m, then inf and NaN
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    values = [float("inf"), float("-inf"), float("nan")]
    return [float(m)] + [values[step % 3] for step in range(steps)]
