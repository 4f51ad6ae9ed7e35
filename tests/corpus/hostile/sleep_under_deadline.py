# expect: lose train_all_points
# why: wrong train_all_points (no learning rate) that sleeps 9 s, just under the 10 s call deadline, on every call: its slowness costs only its own points
# check: skip each call sleeps 9 s
# %%
import time

def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    time.sleep(9)
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        m = m + loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        line_evolution.append(float(m))
    return line_evolution
