# expect: lose train_all_points
# why: train_all_points ends its process with os._exit(0) instead of returning
# check: skip calling it would end the test process
# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    import os

    os._exit(0)
