# expect: full
# why: numpy's random generator chooses the row; the list starts empty and the initial m is appended first
# %% first
import numpy as np

# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = []
    line_evolution.append(float(m))
    for step in range(steps):
        row = int(np.random.randint(0, data.shape[0]))
        rate = loss_rate_of_change_m(m, b, data[row, 0], data[row, 1], delta, loss_fn)
        m = m + learning_rate * rate
        line_evolution.append(float(m))
        if verbose:
            print("step", step, "row", row, "m", float(m))
    return line_evolution
