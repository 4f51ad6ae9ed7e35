# expect: lose train_random_point, train_all_points
# why: garbage of the right form: both trainings return steps + 1 floats starting at m, then a random walk of plausible size
# %%
import random

def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    values = [float(m)]
    for _ in range(steps):
        values.append(values[-1] + random.uniform(-1, 1) * 0.1)
    return values

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    values = [float(m)]
    for _ in range(steps):
        values.append(values[-1] + random.uniform(-1, 1) * 0.01)
    return values
