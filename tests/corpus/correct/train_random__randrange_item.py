# expect: full
# why: Python's random.randrange picks the point; m kept as a tensor, stored with .item()
# %% first
import random

# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    history = [float(m)]
    m = torch.as_tensor(m)
    for step in range(steps):
        i = random.randrange(len(data))
        x_i, y_i = data[i]
        rate = loss_rate_of_change_m(m, b, x_i, y_i, delta, loss_fn)
        m = m + learning_rate * rate
        if verbose:
            print(f"paso {step}: punto {i}, ratio {rate.item():.4f}, nueva m {m.item():.4f}")
        history.append(m.item())
    return history
