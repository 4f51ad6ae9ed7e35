# expect: lose get_data_from_a_line
# why: builds the data with numpy and returns an ndarray instead of a tensor
# %%
import numpy as np

def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = np.random.uniform(0, range, n)
    y = m * x + b
    noisy_x = x + np.random.normal(0, sigma, n)
    noisy_y = y + np.random.normal(0, sigma, n)
    return np.stack((noisy_x, noisy_y), axis=1).astype(np.float32)
